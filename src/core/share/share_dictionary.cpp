// SPDX-License-Identifier: MIT
// The g1 share link's preset deflate dictionary: frozen, since every g1 link depends on it.
#include "gloss/share.h"

namespace gloss::core {

// Common English news words and phrases, and the compact JSON's own key patterns. Raw deflate may
// refer back into this text from the first byte on, which saves about 9% on a 5 KB article.
// NEVER edit: a changed dictionary makes every existing g1 link undecodable (the check value
// then refuses it as damaged). A new dictionary needs a new link version (g2).
std::string_view share_dictionary() {
    static constexpr const char k_dictionary[] =
    "{\"a\":[[\",\"f\":\"\",\"h\":\"\",\"k\":\"\",\"n\":\"\",\"t\":\"\",\"v\":1,\"w\":{\"d\":1,\"e\":,\"k\":,\"p\":1,\"s\":},\"x\":[[\n "
    "according to the government minister president official officials spokesperson spokesman company "
    "companies country countries council committee department ministry agency authority authorities "
    "organization organisation union party parliament election elections campaign policy policies "
    "program programme project projects report reports reported statement statements announced "
    "announcement decision decided agreement agreed meeting meetings member members leader leaders "
    "people public national international regional local state states city cities town village "
    "region area world global foreign domestic economic economy market markets business businesses "
    "industry trade investment investments infrastructure energy power security military defence "
    "defense police court law legal rights health hospital school schools students teachers children "
    "families family women men residents workers community communities history historical government's "
    "president's country's\n million billion thousand hundred percent per cent year years month "
    "months week weeks day days today yesterday tomorrow Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October November "
    "December first second third last next previous new old more most less least many much some "
    "any every each other another such only also just even still already again never always often "
    "however although because while since until after before during without within between against "
    "among through across around about above below under over into onto from with than then that "
    "this these those there their they them what which who whom whose when where why how would "
    "could should will shall might must can may have has had having been being were was are is "
    "not no nor but or and the of to in on at by for as it its it's he his him she her hers we "
    "our us you your I my me one two three four five six seven eight nine ten eleven twelve twenty "
    "thirty forty fifty said says say saying told tells asked added noted explained warned argued "
    "claimed called described expected according to “ ” ‘ ’ — – … said. he said. she said. they "
    "said. “We “I “It “The The A In It He She They This But And As For On At By After When While "
    "With Some Many Most However, said in a statement on said on in the of the to the and the for "
    "the on the at the by the with the from the that the is the was the will be would be has been "
    "have been had been it is it was there is there are there was there were one of the part of "
    "the some of the most of the as well as in order to more than less than at least up to due "
    "to such as so that even though in addition to at the same time at the end of the for the first "
    "time";
    return {k_dictionary, sizeof k_dictionary - 1};
}

} // namespace gloss::core
