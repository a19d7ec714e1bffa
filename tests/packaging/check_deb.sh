#!/usr/bin/env bash
# Usage: check_deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1 version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/hotlinedesk_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for need in fonts-noto-cjk libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6 libsodium23; do
    grep -q "$need" <<<"$depends" || { echo "the package does not depend on $need"; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
for program in usr/bin/hotlinedesk usr/bin/hotlinedesk-cli usr/bin/hotlinedesk-portal usr/share/applications/hotlinedesk.desktop \
               usr/share/hotlinedesk/nginx/hotlinedesk-portal.conf usr/share/hotlinedesk/nginx/hotlinedesk-portal-zones.conf \
               usr/share/hotlinedesk/systemd/hotlinedesk-portal.service; do
    [ -e "$work/root/$program" ] || { echo "the package lacks /$program"; exit 1; }
done
out=$("$work/root/usr/bin/hotlinedesk-cli" --version)
echo "$out"
[ "$out" = "hotlinedesk-cli $version" ] || { echo "unexpected version output"; exit 1; }
out=$("$work/root/usr/bin/hotlinedesk-portal" --version)
[ "$out" = "hotlinedesk-portal $version" ] || { echo "unexpected hotlinedesk-portal --version: $out"; exit 1; }
