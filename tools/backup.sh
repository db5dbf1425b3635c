#!/usr/bin/env bash
# Backs up Lantern's PostgreSQL database into one file, while Lantern runs:
#   tools/backup.sh DATABASE FILE     e.g. tools/backup.sh lantern lantern-$(date +%F).dump
# pg_dump's custom format (-Fc): compressed, restored with tools/restore.sh. The server and the
# connection come from libpq's variables, PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres);
# pg_dump must be the server's major version or newer (psql --version; SHOW server_version).
set -euo pipefail
if (( $# != 2 )); then
  echo "usage: $0 DATABASE FILE" >&2
  exit 2
fi
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
pg_dump --format=custom --no-owner --file="$2" "$1"
