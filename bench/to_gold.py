#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Converts Gloss native JSON (gloss annotate --format json) to the gold schema score.py reads.
"""Usage: to_gold.py NATIVE.json [OUT.json]   (NATIVE may be '-' for stdin; OUT defaults to stdout)

Output: {"mentions": [{"type", "subtype", "text", "start", "end", "speaker"?}]} with UTF-8 byte
offsets; QUOTE mentions carry "speaker" = the canonical name of the speaker entity or null.
Only PERSON, ORG, PLACE, QUOTE and FIGURE annotations are kept."""
import json
import sys

KINDS = {'PERSON', 'ORG', 'PLACE', 'QUOTE', 'FIGURE'}


def convert(doc):
    names = {e['id']: e['name'] for e in doc.get('entities', [])}
    text = doc.get('text', '').encode('utf-8')
    out = []
    for a in doc.get('annotations', []):
        if a.get('kind') not in KINDS:
            continue
        m = {'type': a['kind'], 'subtype': a.get('subtype') or None,
             'text': text[a['start']:a['end']].decode('utf-8', 'replace'),
             'start': a['start'], 'end': a['end']}
        if a['kind'] == 'QUOTE':
            sp = a.get('speaker')
            m['speaker'] = names.get(sp) if sp is not None else None
        out.append(m)
    out.sort(key=lambda m: (m['start'], m['end'], m['type']))
    return {'mentions': out}


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__ + '\n')
        return 2
    src = sys.stdin if argv[1] == '-' else open(argv[1], encoding='utf-8')
    with src:
        doc = json.load(src)
    data = json.dumps(convert(doc), ensure_ascii=False, indent=1)
    if len(argv) > 2:
        with open(argv[2], 'w', encoding='utf-8') as f:
            f.write(data + '\n')
    else:
        sys.stdout.write(data + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
