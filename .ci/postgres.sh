#!/usr/bin/env bash
# Makes sure the PostgreSQL server on 127.0.0.1:5432 runs and a fresh, empty test database exists.
# Usage: .ci/postgres.sh [database]   (default: followup_ci). Prints the JDBC URL on its last line.
# Fails clearly when PostgreSQL is not installed or does not come up.
set -euo pipefail
DB="${1:-followup_ci}"
HOST="${PGHOST:-127.0.0.1}" PORT="${PGPORT:-5432}" USER_="${PGUSER:-postgres}"

if ! command -v psql >/dev/null || ! command -v pg_isready >/dev/null; then
  echo "postgres.sh: PostgreSQL client tools are missing (apt-get install postgresql)" >&2; exit 2
fi
if ! pg_isready -q -h "$HOST" -p "$PORT"; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    version="$(ls /etc/postgresql | sort -V | tail -1)"
    echo "postgres.sh: starting PostgreSQL $version/main" >&2
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
  for _ in $(seq 1 30); do pg_isready -q -h "$HOST" -p "$PORT" && break; sleep 1; done
  pg_isready -q -h "$HOST" -p "$PORT" || { echo "postgres.sh: no PostgreSQL on $HOST:$PORT" >&2; exit 2; }
fi
# leftovers of test runs (PostgresDatabases.PREFIX): one fresh database per test context, dropped here
for old in $(psql -At -h "$HOST" -p "$PORT" -U "$USER_" -d postgres \
    -c "SELECT datname FROM pg_database WHERE datname LIKE 'followup\\_t\\_%'"); do
  psql -q -h "$HOST" -p "$PORT" -U "$USER_" -d postgres -c "DROP DATABASE IF EXISTS \"$old\" WITH (FORCE)"
done
PGOPTIONS='-c client_min_messages=warning' psql -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$USER_" -d postgres <<SQL
DROP DATABASE IF EXISTS "$DB" WITH (FORCE);
CREATE DATABASE "$DB" ENCODING 'UTF8' TEMPLATE template0;
SQL
echo "jdbc:postgresql://$HOST:$PORT/$DB"
