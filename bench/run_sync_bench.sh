#!/usr/bin/env bash
# Starts a throw-away PostgreSQL on loopback and runs the sync benchmark against it (and against a SQLite centre).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build/release}
pg=$(mktemp -d) && chmod 755 "$pg"   # the postgres user must reach the cluster folder
trap 'bash tests/support/postgres.sh stop "$pg/cluster"; rm -rf "$pg"' EXIT
bash tests/support/postgres.sh start "$pg/cluster"
"$build/bench/bench_sync" --central "$(cat "$pg/cluster/central-url.txt")"
"$build/bench/bench_sync" --central "sqlite:$pg/central.db"
