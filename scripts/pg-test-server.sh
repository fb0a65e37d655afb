#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server (Debian's packages) for the test suite and prints the
# DATABASE_URL to use. Usage: eval "$(bash scripts/pg-test-server.sh start)"; ... ; bash scripts/pg-test-server.sh stop
set -euo pipefail
PGDIR=${PGDIR:-/tmp/tir-pg}
PGPORT=${PGPORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL server is not installed (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-start}" in
  start)
    if [ ! -f "$PGDIR/PG_VERSION" ]; then
      mkdir -p "$PGDIR"; [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
      as_pg "$bin/initdb" -D "$PGDIR" -U postgres -A trust >/dev/null
    fi
    if ! as_pg "$bin/pg_ctl" -D "$PGDIR" status >/dev/null 2>&1; then
      as_pg "$bin/pg_ctl" -D "$PGDIR" -l "$PGDIR/server.log" -w \
        -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
    fi
    echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PGPORT/postgres"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$PGDIR" -m fast stop >/dev/null 2>&1 || true
    ;;
esac
