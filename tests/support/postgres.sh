#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the central-store tests: loopback only, in the build folder.
# Usage: postgres.sh start|stop|resume DIR. start makes a new cluster and writes DIR/central-url.txt (an odbc: URL for
# the "postgres" database of superuser "hotline"; tests create their own databases from it); stop stops it at once
# (like a crash); resume starts the stopped cluster again on the same port with its data.
set -euo pipefail
action=$1 dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (bash packaging/install-deps.sh)"; exit 1; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

serve() {
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $1 -k $dir -c fsync=off -c max_connections=50" start >/dev/null \
        || { cat "$dir/server.log"; exit 1; }
}

if [ "$action" = stop ]; then
    [ -f "$dir/data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    exit 0
fi
if [ "$action" = resume ]; then
    serve "$(cat "$dir/port")"
    exit 0
fi

[ -f "$dir/data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
rm -rf "$dir" && mkdir -p "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
as_pg "$bin/initdb" -D "$dir/data" -U hotline -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log"; exit 1; }
port=54329
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
echo "$port" >"$dir/port"
serve "$port"
echo "odbc:Driver={PostgreSQL Unicode};Server=127.0.0.1;Port=$port;Database=postgres;Uid=hotline;Pwd=hotline;" \
    >"$dir/central-url.txt"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
