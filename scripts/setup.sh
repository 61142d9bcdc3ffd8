#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs everything Gloss needs on Debian, without prompts, skipping what is already there.
# Usage: scripts/setup.sh [--no-browser] [--no-npm]
#   --no-browser  skip Chromium (enough for ./build-wasm.sh)
#   --no-npm      skip the npm packages (playwright-core, peers' libraries)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
want_browser=1
want_npm=1
for arg in "$@"; do
    case "$arg" in
        --no-browser) want_browser=0 ;;
        --no-npm) want_npm=0 ;;
        *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

log() { printf '[setup] %s\n' "$*"; }

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup.sh: run as root or install sudo" >&2; exit 1; }
    sudo_cmd=(sudo)
fi

# Debian packages: build tools, emscripten, libraries, fonts, browser.
packages=(cmake g++ make git python3 xz-utils bzip2 dpkg-dev ca-certificates
          emscripten nodejs npm nlohmann-json3-dev doctest-dev zlib1g-dev
          fonts-noto-core fonttools)
[ "$want_browser" -eq 1 ] && packages+=(chromium)
missing=()
for p in "${packages[@]}"; do
    # A Node.js that ships its own npm (e.g. NodeSource's nodejs) conflicts with Debian's npm.
    [ "$p" = npm ] && command -v npm >/dev/null && continue
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
else
    log "Debian packages present"
fi

# Dear ImGui sources (Debian source package, pinned hash) unless IMGUI_DIR points elsewhere.
"$root/scripts/fetch-imgui.sh"
"$root/scripts/fetch-zlib.sh"

# npm packages, pinned by package-lock.json.
if [ "$want_npm" -eq 1 ]; then
    if [ ! -d "$root/node_modules/playwright-core" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
        log "installing npm packages (npm ci)"
        (cd "$root" && npm ci --no-audit --no-fund --loglevel=error </dev/null)
    else
        log "npm packages present"
    fi
fi
log "ok"
