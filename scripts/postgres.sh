#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, in ./.pg (never committed; see ROOT below).
#
#   bash scripts/postgres.sh start    # install if needed, init, start; print the test database URL
#   bash scripts/postgres.sh url      # print the URL of the running server
#   bash scripts/postgres.sh stop     # stop it (does nothing when it is not running)
#
# Idempotent: `start` on a running server only prints the URL. Only the URL goes to stdout, so
#   export SITREP_TEST_POSTGRES_URL="$(bash scripts/postgres.sh start)"
# works. The server listens on 127.0.0.1 only and trusts local connections: it is for tests,
# holds nothing worth keeping, and runs with fsync off.
set -euo pipefail
cd "$(dirname "$0")/.."

SUPERUSER="postgres"
ROOT="$(pwd)/.pg"
# As root the server runs as the postgres user, who may not be allowed into this checkout
# (a home folder, say): then the cluster lives in a folder of its own under /tmp instead.
if [ "$(id -u)" = 0 ] && getent passwd "$SUPERUSER" >/dev/null && ! runuser -u "$SUPERUSER" -- test -x "$(pwd)"; then
    ROOT="${TMPDIR:-/tmp}/sitrep-pg-$(pwd | cksum | cut -d' ' -f1)"
fi
DATA="$ROOT/data"
SOCKETS="$ROOT/run"
LOG="$ROOT/server.log"
# The port the running server was started on; SITREP_PG_PORT only chooses it at start.
PORT_FILE="$ROOT/port"
PORT="${SITREP_PG_PORT:-54329}"
# A server that does not answer within this many seconds is reported, not waited on forever.
export PGCONNECT_TIMEOUT=10
DATABASE="sitrep_test"

say() { echo "postgres.sh: $*" >&2; }
die() { say "error: $*"; exit 1; }

find_bin() {
    # The newest installed PostgreSQL (Debian puts each major version in its own folder).
    local dirs
    dirs="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$dirs" ] && [ -x "$dirs/postgres" ]; then
        echo "$dirs"
    fi
}

install_postgres() {
    [ "$(id -u)" = 0 ] || die "PostgreSQL is not installed and this is not root; run: sudo apt-get install -y postgresql"
    command -v apt-get >/dev/null || die "PostgreSQL is not installed and apt-get is missing; install PostgreSQL 13 or newer"
    say "installing PostgreSQL from the Debian packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

# The server refuses to run as root: as root, every server command runs as the postgres user.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        # From /, which the postgres user may enter even when it may not enter this checkout.
        (cd / && runuser -u "$SUPERUSER" -- "$@")
    else
        "$@"
    fi
}

running() {
    [ -f "$DATA/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

url() {
    echo "postgresql://$SUPERUSER@127.0.0.1:$PORT/$DATABASE"
}

init_cluster() {
    local version
    version="$("$BIN/postgres" --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')"
    if [ -f "$DATA/PG_VERSION" ] && [ "$(cat "$DATA/PG_VERSION")" != "$version" ]; then
        say "the cluster in $DATA is from PostgreSQL $(cat "$DATA/PG_VERSION"); making a new one for $version"
        rm -rf "$DATA"
    fi
    mkdir -p "$ROOT" "$SOCKETS"
    if [ "$(id -u)" = 0 ]; then
        getent passwd "$SUPERUSER" >/dev/null || die "there is no '$SUPERUSER' user to run the server as"
        chown -R "$SUPERUSER" "$ROOT"
        as_owner test -w "$ROOT" || die "user '$SUPERUSER' cannot write $ROOT; check the permissions of its parent folders"
    fi
    if [ ! -f "$DATA/PG_VERSION" ]; then
        say "initialising a test cluster in $DATA"
        as_owner "$BIN/initdb" -D "$DATA" -U "$SUPERUSER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
            >"$ROOT/initdb.log" 2>&1 || { cat "$ROOT/initdb.log" >&2; die "initdb failed"; }
    fi
}

start() {
    BIN="$(find_bin)"
    if [ -z "$BIN" ]; then
        install_postgres
        BIN="$(find_bin)"
        [ -n "$BIN" ] || die "PostgreSQL was installed but no /usr/lib/postgresql/*/bin/postgres was found"
    fi
    if running; then
        PORT="$(cat "$PORT_FILE" 2>/dev/null || echo "$PORT")"
    else
        init_cluster
        say "starting PostgreSQL on 127.0.0.1:$PORT (log: $LOG)"
        # Throwaway data: durability settings off, so the tests do not wait on the disk.
        as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start -o \
            "-p $PORT -k $SOCKETS -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
             -c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB" >/dev/null \
            || { tail -n 20 "$LOG" >&2 || true; die "the server did not start (is port $PORT taken? set SITREP_PG_PORT)"; }
        echo "$PORT" >"$PORT_FILE"
    fi
    local exists
    exists="$("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" || die "cannot connect to the server on port $PORT"
    if [ "$exists" != 1 ]; then
        "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" "$DATABASE"
    fi
    url
}

stop() {
    BIN="$(find_bin)"
    if [ -n "$BIN" ] && running; then
        as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
        say "stopped the test server"
    fi
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    url)
        BIN="$(find_bin)"
        { [ -n "$BIN" ] && running; } || die "the test server is not running; run: bash scripts/postgres.sh start"
        PORT="$(cat "$PORT_FILE" 2>/dev/null || echo "$PORT")"
        url
        ;;
    *) die "usage: bash scripts/postgres.sh [start|url|stop]" ;;
esac
