#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Rebuilds the committed font subsets in assets/fonts/ from Debian's fonts-noto-core with
# pyftsubset (Debian package fonttools). Run it only to change the glyph set; the build uses
# the committed files. Glyphs: ASCII, Latin-1, Latin Extended-A/B (Vučić, Čukaru), general
# punctuation (– — ‘ ’ “ ” „ … ‰ ‹ ›), spacing modifier letters (the ʻokina of "Haʻapai", ʼ) and
# the currency signs (€ ₹ ₦ ₱ ₩ ₫ ₽). (Noto Sans/Serif have no arrows or minus sign:
# the UI draws those itself.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
src=${NOTO_DIR:-/usr/share/fonts/truetype/noto}
out="$root/assets/fonts"
command -v pyftsubset >/dev/null || { echo "build-fonts: pyftsubset missing (apt-get install fonttools)" >&2; exit 1; }
mkdir -p "$out"
unicodes="U+0020-007E,U+00A0-024F,U+02B0-02FF,U+2010-2027,U+2030-203A,U+20A0-20C0"
for face in NotoSerif-Regular NotoSerif-Bold NotoSerif-Italic NotoSans-Regular NotoSans-Bold; do
    [ -f "$src/$face.ttf" ] || { echo "build-fonts: $src/$face.ttf missing (apt-get install fonts-noto-core)" >&2; exit 1; }
    pyftsubset "$src/$face.ttf" --unicodes="$unicodes" --layout-features='' --no-hinting \
        --desubroutinize --output-file="$out/$face.subset.ttf"
    printf '[fonts] %-20s %7d bytes\n' "$face" "$(stat -c %s "$out/$face.subset.ttf")"
done
# The licence text (SIL OFL 1.1) as Debian ships it in the package's copyright file.
copyright=/usr/share/doc/fonts-noto-core/copyright
if [ -f "$copyright" ]; then
    {
        echo "Noto fonts (subsets in this folder), Copyright 2010-2020 Google Inc./Google LLC."
        echo "Source: Debian package fonts-noto-core, subset with pyftsubset (scripts/build-fonts.sh)."
        echo "Noto declares no Reserved Font Name, so the subsets keep their names."
        echo
        echo "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007"
        echo
        # The stanza holding the full text: "License: OFL-1.1" followed by indented lines.
        awk '/^License: OFL-1.1$/{buf=""; on=1; next} on && /^ /{buf=buf $0 "\n"; next}
             on{ if (length(buf) > length(best)) best=buf; on=0 } END{ if (on && length(buf) > length(best)) best=buf; printf "%s", best }' "$copyright" \
            | sed -e 's/^ \.$//' -e 's/^ //'
    } > "$out/OFL.txt"
fi
