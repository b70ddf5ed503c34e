#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the hub's tests: its own data folder, bound to
# 127.0.0.1 only on a free port, trust authentication (loopback, test data only).
#   scripts/pg-cluster.sh start DIR   prints postgresql://buurtplein@127.0.0.1:PORT/buurtplein
#                                     and writes it to DIR/url
#   scripts/pg-cluster.sh stop DIR    stops the cluster and removes DIR
# As root the server runs as the postgres system user (PostgreSQL refuses root).
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action="$1"
dir="$2"
case "$dir" in /*) ;; *) dir="$(pwd)/$dir" ;; esac

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-cluster: no PostgreSQL server under /usr/lib/postgresql/*/bin; run scripts/setup-debian.sh" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 \
            || as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}

case "$action" in
start)
    stop_cluster
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
        if ! runuser -u postgres -- test -w "$dir"; then
            echo "pg-cluster: the postgres user cannot reach $dir (a parent folder is closed to it); use a DIR under /tmp" >&2
            exit 1
        fi
    fi
    as_owner "$bindir/initdb" -D "$dir/data" -U buurtplein --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # A port can be taken between the check and the start, so a failed start tries another.
    for attempt in $(seq 1 20); do
        port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            continue
        fi
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=50" \
            start >/dev/null 2>&1; then
            as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U buurtplein buurtplein
            url="postgresql://buurtplein@127.0.0.1:$port/buurtplein"
            echo "$url" >"$dir/url"
            echo "$url"
            exit 0
        fi
    done
    echo "pg-cluster: could not start PostgreSQL on a free port; see $dir/server.log" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
    ;;
stop)
    stop_cluster
    rm -rf "$dir"
    ;;
*)
    usage
    ;;
esac
