#!/usr/bin/env bash
# Quick start 1: install what is missing, build, fill a demo store (first time only) and launch the workstation.
# Extra arguments go to the workstation, e.g. --lang en or --caller 07715551234.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target hotlinedesk hotlinedesk-cli hotlinedesk-portal
db=${HOTLINEDESK_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/HotlineDesk/demo.db}
if [ ! -f "$db" ]; then
    mkdir -p "$(dirname "$db")"
    ./build/release/app/cli/hotlinedesk-cli demo --db "$db"
fi
exec ./build/release/app/workstation/hotlinedesk --db "$db" "$@"
