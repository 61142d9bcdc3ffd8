#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fetches Dear ImGui 1.90.1 from Debian's source package (trixie) into third_party/imgui-1.90.1,
# using a private apt configuration so the system's apt setup is untouched. The mirror is the one
# the system already uses. The tarball is checked against a pinned sha256.
# Prints nothing to do when IMGUI_DIR is set or the sources are already unpacked.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version="1.90.1+ds"
tarball="imgui_${version}.orig.tar.xz"
sha256="ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"
dest="$root/third_party/imgui-1.90.1"

if [ -n "${IMGUI_DIR:-}" ]; then
    [ -f "$IMGUI_DIR/imgui.cpp" ] || { echo "fetch-imgui: IMGUI_DIR=$IMGUI_DIR has no imgui.cpp" >&2; exit 1; }
    echo "[imgui] using IMGUI_DIR=$IMGUI_DIR"
    exit 0
fi
if [ -f "$dest/imgui.cpp" ] && [ -f "$dest/backends/imgui_impl_glfw.cpp" ]; then
    echo "[imgui] sources present in third_party/imgui-1.90.1"
    exit 0
fi

. "$root/scripts/lib/debian-source.sh"
work="$root/third_party/.apt"
fetch_debian_source imgui "$work" trixie imgui "${version}-1" "$tarball" "$sha256" ||
    { echo "fetch-imgui: download failed; set IMGUI_DIR to sources you already have" >&2; exit 1; }
tmp="$root/third_party/.imgui-unpack"
rm -rf "$tmp" && mkdir -p "$tmp"
tar -xJf "$work/download/$tarball" -C "$tmp"
src=$(dirname "$(find "$tmp" -name imgui.cpp -not -path '*/backends/*' | head -1)")
rm -rf "$dest" && mv "$src" "$dest" && rm -rf "$tmp"
echo "[imgui] unpacked into third_party/imgui-1.90.1"
