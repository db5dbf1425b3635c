#!/usr/bin/env bash
# Restores a backup made by tools/backup.sh into a new database, then start Lantern on it:
#   tools/restore.sh FILE DATABASE    e.g. tools/restore.sh lantern-2026-12-04.dump lantern_restored
# Refuses a database that exists, so that a restore never mixes with other data. The server and the
# connection come from PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), as for backup.sh.
set -euo pipefail
if (( $# != 2 )); then
  echo "usage: $0 FILE DATABASE" >&2
  exit 2
fi
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
createdb "$2"
pg_restore --no-owner --exit-on-error --dbname="$2" "$1"
