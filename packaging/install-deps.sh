#!/usr/bin/env bash
# Installs HotlineDesk's build, test and run dependencies on Debian 12 when any is missing.
# Needs root or sudo. Nothing is downloaded at build time: everything comes from Debian's archive.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mapfile -t pkgs < <(grep -vE '^\s*(#|$)' "$here/debian-packages.txt")

# Node.js may come from elsewhere than Debian (NodeSource's nodejs bundles npm and conflicts with Debian's npm
# package): a node of 18 or newer with its npm on the PATH stands for the packages nodejs and npm.
node_ok() {
    command -v node >/dev/null && command -v npm >/dev/null &&
        [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -ge 18 ]
}

missing=()
for p in "${pkgs[@]}"; do
    if [[ $p == nodejs || $p == npm ]] && node_ok; then
        continue
    fi
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=sudo
else
    sudo=
fi
echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
