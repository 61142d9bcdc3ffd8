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
[ -n "$mirror" ] || { echo "fetch-imgui: no Debian mirror found in the system's apt sources; set IMGUI_DIR" >&2; exit 1; }

work="$root/third_party/.apt"
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/download"
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" > "$work/sources.list"
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache"
          -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache=" -o "APT::Sandbox::User=root")
echo "[imgui] fetching Debian source package imgui ${version}-1 from $mirror (trixie)"
apt-get "${apt_opts[@]}" -qq update </dev/null
(cd "$work/download" && apt-get "${apt_opts[@]}" -qq source --download-only "imgui=${version}-1" </dev/null)
got=$(sha256sum "$work/download/$tarball" | cut -d' ' -f1)
if [ "$got" != "$sha256" ]; then
    echo "fetch-imgui: sha256 mismatch for $tarball: got $got, want $sha256" >&2
    exit 1
fi
tmp="$root/third_party/.imgui-unpack"
rm -rf "$tmp" && mkdir -p "$tmp"
tar -xJf "$work/download/$tarball" -C "$tmp"
src=$(dirname "$(find "$tmp" -name imgui.cpp -not -path '*/backends/*' | head -1)")
rm -rf "$dest" && mv "$src" "$dest" && rm -rf "$tmp"
echo "[imgui] unpacked into third_party/imgui-1.90.1"
