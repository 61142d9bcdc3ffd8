# SPDX-License-Identifier: MIT
# Sourced by scripts/fetch-*.sh: downloads one Debian source tarball with a private apt
# configuration (own sources list and lists directory, so the system's apt setup is untouched),
# from the mirror the system already uses, and checks it against a pinned sha256.

# Prints the first non-security Debian URI of the system's apt sources (deb822 or one-line).
system_debian_mirror() {
    local f mirror=""
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
    printf '%s' "$mirror"
}

# fetch_debian_source TAG WORKDIR SUITE PACKAGE DEBIAN_VERSION TARBALL SHA256
# Leaves the verified tarball at WORKDIR/download/TARBALL.
fetch_debian_source() {
    local tag=$1 work=$2 suite=$3 package=$4 debian_version=$5 tarball=$6 sha256=$7
    local mirror got
    mirror=$(system_debian_mirror)
    [ -n "$mirror" ] || { echo "[$tag] no Debian mirror found in the system's apt sources" >&2; return 1; }
    mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/download"
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main" > "$work/sources.list"
    local apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
                    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache"
                    -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache=" -o "APT::Sandbox::User=root")
    echo "[$tag] fetching Debian source package $package $debian_version from $mirror ($suite)"
    apt-get "${apt_opts[@]}" -qq update </dev/null
    (cd "$work/download" && apt-get "${apt_opts[@]}" -qq source --download-only "$package=$debian_version" </dev/null)
    got=$(sha256sum "$work/download/$tarball" | cut -d' ' -f1)
    if [ "$got" != "$sha256" ]; then
        echo "[$tag] sha256 mismatch for $tarball: got $got, want $sha256" >&2
        return 1
    fi
}
