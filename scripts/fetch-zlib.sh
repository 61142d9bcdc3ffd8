#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fetches zlib 1.2.13 from Debian's source package (bookworm, the system's own release) into
# third_party/zlib-1.2.13 for the Emscripten build (natively the system's zlib1g-dev is used),
# with a private apt configuration so the system's apt setup is untouched. The mirror is the one
# the system already uses. The tarball is checked against a pinned sha256 (the one the .dsc lists).
# Prints nothing to do when ZLIB_SRC_DIR is set or the sources are already unpacked.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version="1.2.13.dfsg"
debian_version="1:${version}-1"
tarball="zlib_${version}.orig.tar.bz2"
sha256="71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1"
dest="$root/third_party/zlib-1.2.13"

if [ -n "${ZLIB_SRC_DIR:-}" ]; then
    [ -f "$ZLIB_SRC_DIR/inflate.c" ] || { echo "fetch-zlib: ZLIB_SRC_DIR=$ZLIB_SRC_DIR has no inflate.c" >&2; exit 1; }
    echo "[zlib] using ZLIB_SRC_DIR=$ZLIB_SRC_DIR"
    exit 0
fi
if [ -f "$dest/inflate.c" ] && [ -f "$dest/deflate.c" ] && [ -f "$dest/zlib.h" ]; then
    echo "[zlib] sources present in third_party/zlib-1.2.13"
    exit 0
fi

# The mirror the system already uses: first Debian URI in its sources (deb822 or one-line).
mirror=""
for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    mirror=$(awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' "$f")
    [ -n "$mirror" ] && break
done
if [ -z "$mirror" ]; then
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        mirror=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^(https?|file):/ && $i !~ /security/) { print $i; exit } }' "$f")
        [ -n "$mirror" ] && break
    done
fi
[ -n "$mirror" ] || { echo "fetch-zlib: no Debian mirror found in the system's apt sources; set ZLIB_SRC_DIR" >&2; exit 1; }

work="$root/third_party/.apt-zlib"
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/download"
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror bookworm main" > "$work/sources.list"
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache"
          -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache=" -o "APT::Sandbox::User=root")
echo "[zlib] fetching Debian source package zlib ${debian_version} from $mirror (bookworm)"
apt-get "${apt_opts[@]}" -qq update </dev/null
(cd "$work/download" && apt-get "${apt_opts[@]}" -qq source --download-only "zlib=${debian_version}" </dev/null)
got=$(sha256sum "$work/download/$tarball" | cut -d' ' -f1)
if [ "$got" != "$sha256" ]; then
    echo "fetch-zlib: sha256 mismatch for $tarball: got $got, want $sha256" >&2
    exit 1
fi
tmp="$root/third_party/.zlib-unpack"
rm -rf "$tmp" && mkdir -p "$tmp"
tar -xjf "$work/download/$tarball" -C "$tmp"
src=$(dirname "$(find "$tmp" -maxdepth 2 -name inflate.c | head -1)")
rm -rf "$dest" && mv "$src" "$dest" && rm -rf "$tmp"
echo "[zlib] unpacked into third_party/zlib-1.2.13"
