#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval38 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval38/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['271-brandon-bay-fisherman-inquest-tralee'] = r'''
> Kerryman
O media Kerryman
> ‘He knew that water better than any man alive’ – inquest told Cloghane fisherman was swept from his boat by a wave
Q direct Máire Bean Uí Bheaglaoich :: ‘He knew that water better than any man alive’
L city Cloghane
> Coroner urges inshore fishermen to have lifejackets serviced after Tadhg Ó Beaglaoich (58) drowned off Brandon Point
P full Tadhg Ó Beaglaoich
F age 58
L geo Brandon Point
> Orla Breathnach-Keane
P full Orla Breathnach-Keane
> Wed 10 Mar 2038 at 17:42
F date 10 Mar 2038
F time 17:42
> The pier at Brandon, where Tadhg Ó Beaglaoich kept the Cáit Bhán. Photo: Domhnall Mac Giolla Rua
L city Brandon
P full Tadhg Ó Beaglaoich
P full Domhnall Mac Giolla Rua
> A Cloghane fisherman who drowned off Brandon Point last summer was swept from his open boat by a single large wave as he hauled lobster pots, and the lifejacket he was wearing failed to inflate, an inquest in Tralee has heard.
L city Cloghane
L geo Brandon Point
L city Tralee
> Tadhg Ó Beaglaoich (58), of Ballyquin, Cloghane, was pronounced dead at University Hospital Kerry on July 23 last year, more than three hours after he went into the water at the mouth of Brandon Bay.
P full Tadhg Ó Beaglaoich
F age 58
L city Ballyquin
L city Cloghane
O other University Hospital Kerry
F date July 23
F duration three hours
L geo Brandon Bay
> Coroner for Kerry Dr Fionnuala Sheehy-Breen returned a verdict of accidental death at Tralee Courthouse on Tuesday, and said the death of a man with four decades at sea should prompt every small-boat skipper on the coast “to open up that lifejacket today, not tomorrow”.
L region Kerry
P full Fionnuala Sheehy-Breen
L facility Tralee Courthouse
F duration four decades
Q direct Fionnuala Sheehy-Breen :: “to open up that lifejacket today, not tomorrow”
> The inquest heard that Mr Ó Beaglaoich, who had fished out of Brandon for 41 years, left the pier at about 6.15am on the day of his death in the Cáit Bhán, a 7.4-metre open fibreglass boat, with his nephew, Colm Ó Beaglaoich (24).
P partial Ó Beaglaoich
L city Brandon
F duration 41 years
F time 6.15am
F quantity 7.4-metre
P full Colm Ó Beaglaoich
F age 24
> Colm told the inquest the sea was “lumpy, but nothing out of the ordinary” when they reached their fourth string of pots, about 800 metres north-east of Brandon Point, shortly before 7am.
P partial Colm
Q direct Colm Ó Beaglaoich :: “lumpy, but nothing out of the ordinary”
F quantity 800 metres
L geo Brandon Point
F time 7am
> “I turned to stack a pot and I heard the sea come in behind us. When I looked back, Tadhg was gone over the side,” he said.
Q direct Colm Ó Beaglaoich :: “I turned to stack a pot and I heard the sea come in behind us. When I looked back, Tadhg was gone over the side,”
P partial Tadhg
> “I could see his head for maybe a minute, not more. He was roaring at me to bring her around. I threw the ring and it landed short of him.
Q direct Colm Ó Beaglaoich :: “I could see his head for maybe a minute, not more. He was roaring at me to bring her around. I threw the ring and it landed short of him.
> “By the time I had her turned, I couldn’t see him at all. That’s the part I go over every night.”
Q direct Colm Ó Beaglaoich :: “By the time I had her turned, I couldn’t see him at all. That’s the part I go over every night.”
> Valentia Coast Guard Radio received a Mayday call from the boat at 7.02am. Sergeant Máirtín Ó Conchúir of Tralee Garda Station told the inquest that the Irish Coast Guard helicopter Rescue 115, based at Shannon, the Fenit RNLI all-weather lifeboat and the Castlegregory unit of the Irish Coast Guard were tasked, along with six local boats.
O government Valentia Coast Guard Radio
F time 7.02am
P full Máirtín Ó Conchúir
O government Tralee Garda Station
O government Irish Coast Guard
L city Shannon
O nonprofit Fenit RNLI
L city Castlegregory
O government Irish Coast Guard
F number six
> A winchman on Rescue 115 spotted him at 8.41am, about 1.5 nautical miles from where he had gone into the water. He was flown to University Hospital Kerry in Tralee, where he was pronounced dead at 10.20am.
F time 8.41am
F quantity 1.5 nautical miles
O other University Hospital Kerry
L city Tralee
F time 10.20am
> Consultant pathologist Dr Ravindra Kulkarni-Hayes said the cause of death was drowning, with cold-water shock a contributing factor. The sea temperature that morning was about 14 degrees, he said. A toxicology report found no alcohol or drugs in his system.
P full Ravindra Kulkarni-Hayes
F quantity 14 degrees
> A report by the Marine Casualty Investigation Board (MCIB), published in January, found that the firing mechanism of Mr Ó Beaglaoich’s lifejacket had corroded and that the jacket had not been serviced since 2031. It also found the boat carried no personal locator beacon, although the family had bought one in 2035 that was “kept in a drawer at home”.
O government Marine Casualty Investigation Board
O government MCIB
P partial Ó Beaglaoich
F date 2031
F date 2035
Q direct Marine Casualty Investigation Board :: “kept in a drawer at home”
> The board recommended that the Department of Transport write to the owners of all fishing vessels under 15 metres to remind them that inflatable lifejackets must be checked every 12 months. “A lifejacket is only as good as its last service,” the MCIB report said.
O government Department of Transport
F quantity 15 metres
F duration 12 months
Q direct Marine Casualty Investigation Board :: “A lifejacket is only as good as its last service,”
O government MCIB
> In a statement read to the inquest by the family’s solicitor, his widow, Máire Bean Uí Bheaglaoich, said her husband “knew that water better than any man alive” and had “respected it every day he went out”.
P full Máire Bean Uí Bheaglaoich
Q direct Máire Bean Uí Bheaglaoich :: “knew that water better than any man alive”
Q direct Máire Bean Uí Bheaglaoich :: “respected it every day he went out”
> “Tadhg would want the lads to learn from this, not to be frightened off the water,” the statement said.
Q direct Máire Bean Uí Bheaglaoich :: “Tadhg would want the lads to learn from this, not to be frightened off the water,”
P partial Tadhg
> Dr Sheehy-Breen extended her sympathy to his widow, their three children and the fishing community of the Dingle Peninsula. “This was a careful, experienced man, and he still went into the water,” she said. “If it can happen to Tadhg, it can happen to anyone.”
P partial Sheehy-Breen
F number three
L geo Dingle Peninsula
Q direct Fionnuala Sheehy-Breen :: “This was a careful, experienced man, and he still went into the water,”
Q direct Fionnuala Sheehy-Breen :: “If it can happen to Tadhg, it can happen to anyone.”
P partial Tadhg
> Speaking after the inquest, Donnchadh Mac Gearailt, secretary of the Kerry Inshore Fishermen’s Association, said free lifejacket servicing clinics would be held at Fenit harbour on March 27 and at the pier in An Daingean on April 3, funded with €18,500 from Bord Iascaigh Mhara (BIM).
P full Donnchadh Mac Gearailt
O nonprofit Kerry Inshore Fishermen’s Association
L city Fenit
F date March 27
L city An Daingean
F date April 3
F money €18,500
O government Bord Iascaigh Mhara
O government BIM
> “There are men on this coast wearing jackets that haven’t been opened since the day they were bought,” he said. “Nobody wants to be the next name read out in that courthouse.”
Q direct Donnchadh Mac Gearailt :: “There are men on this coast wearing jackets that haven’t been opened since the day they were bought,”
Q direct Donnchadh Mac Gearailt :: “Nobody wants to be the next name read out in that courthouse.”
'''

#@@272

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
