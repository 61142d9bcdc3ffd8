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

. "$root/scripts/lib/debian-source.sh"
work="$root/third_party/.apt-zlib"
fetch_debian_source zlib "$work" bookworm zlib "${debian_version}" "$tarball" "$sha256" ||
    { echo "fetch-zlib: download failed; set ZLIB_SRC_DIR to sources you already have" >&2; exit 1; }
tmp="$root/third_party/.zlib-unpack"
rm -rf "$tmp" && mkdir -p "$tmp"
tar -xjf "$work/download/$tarball" -C "$tmp"
src=$(dirname "$(find "$tmp" -maxdepth 2 -name inflate.c | head -1)")
rm -rf "$dest" && mv "$src" "$dest" && rm -rf "$tmp"
echo "[zlib] unpacked into third_party/zlib-1.2.13"
