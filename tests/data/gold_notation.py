# SPDX-License-Identifier: MIT
# The gold notation shared by tests/data/eval*/make_gold.py: locating annotated spans in the
# article lines and writing NN-slug.txt + NN-slug.gold.json with UTF-8 byte offsets.
"""Notation of tests/data/eval*/make_gold.py:

    > one line of article text (headline, byline, caption or paragraph)
    P full   Jane Doe                      PERSON, subtype, span text
    O media  AP                            ORG
    L city   WASHINGTON                    PLACE
    F date   May 7, 2024                   FIGURE
    Q direct Jane Doe :: “We won,”         QUOTE, subtype, speaker (- = null) :: span text

Annotation lines belong to the text line above them. Non-QUOTE mentions never overlap each
other, so they are listed in reading order and located one after the other (whole-word match,
starting after the previous one); QUOTE mentions are located the same way on their own cursor.
A span text may be prefixed with "+N " to skip N earlier unannotated occurrences.
Offsets are UTF-8 byte offsets into the .txt file, end exclusive (GUIDELINES.md §0).
--dump prints every mention with its context for review.
"""
import json
import os
import re

TYPES = {'P': 'PERSON', 'O': 'ORG', 'L': 'PLACE', 'F': 'FIGURE', 'Q': 'QUOTE'}


def locate(line, needle, cursor, skip):
    pat = re.escape(needle)
    if re.match(r'\w', needle[0]):
        pat = r'(?<!\w)' + pat
    if re.match(r'\w', needle[-1]):
        pat += r'(?!\w)'
    rx = re.compile(pat)
    pos = cursor
    for _ in range(skip + 1):
        m = rx.search(line, pos)
        if not m:
            raise SystemExit('not found after %d: %r in %r' % (cursor, needle, line[:60]))
        pos = m.end()
    return m.start(), m.end()


def build(slug, spec):
    lines, mentions = [], []
    offset = 0          # byte offset of the current line
    cur = None          # current line text
    cursors = {}
    for raw in spec.strip('\n').split('\n'):
        if raw.startswith('> '):
            if cur is not None:
                offset += len((cur + '\n').encode('utf-8'))
            cur = raw[2:]
            lines.append(cur)
            cursors = {'Q': 0, 'X': 0}
            continue
        if not raw.strip():
            continue
        code, subtype, rest = raw.split(' ', 2)
        speaker = None
        if code == 'Q':
            speaker, rest = rest.split(' :: ', 1)
            speaker = None if speaker == '-' else speaker
        skip = 0
        m = re.match(r'\+(\d+) (.*)', rest)
        if m:
            skip, rest = int(m.group(1)), m.group(2)
        key = 'Q' if code == 'Q' else 'X'
        s, e = locate(cur, rest, cursors[key], skip)
        cursors[key] = e
        bs = offset + len(cur[:s].encode('utf-8'))
        be = bs + len(rest.encode('utf-8'))
        men = {'type': TYPES[code], 'subtype': subtype, 'text': rest, 'start': bs, 'end': be}
        if code == 'Q':
            men['speaker'] = speaker
        mentions.append(men)
    text = '\n'.join(lines) + '\n'
    data = text.encode('utf-8')
    for men in mentions:
        assert data[men['start']:men['end']].decode('utf-8') == men['text'], men
    mentions.sort(key=lambda m: (m['start'], m['end'], m['type']))
    title = next(l for l in lines if len(l.split()) > 3)
    gold = {'source': 'invented', 'title': title, 'mentions': mentions}
    return text, gold


def main(argv, articles, here):
    """Writes here/SLUG.txt and here/SLUG.gold.json for every article; --dump prints them."""
    dump = '--dump' in argv
    for slug, spec in articles.items():
        text, gold = build(slug, spec)
        with open(os.path.join(here, slug + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
        with open(os.path.join(here, slug + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('%s: %d bytes, %d mentions' % (slug, len(text.encode('utf-8')), len(gold['mentions'])))
        if dump:
            data = text.encode('utf-8')
            for m in gold['mentions']:
                ctx = data[max(0, m['start'] - 25):m['start']].decode('utf-8', 'replace')
                aft = data[m['end']:m['end'] + 15].decode('utf-8', 'replace')
                print('  %-6s %-12s %s[[%s]]%s %s' % (
                    m['type'], m['subtype'], ctx.replace('\n', '/'), m['text'],
                    aft.replace('\n', '/'), ('<' + str(m['speaker']) + '>') if 'speaker' in m else ''))
    return 0
