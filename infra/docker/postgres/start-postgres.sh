#!/bin/sh
# Starts as root to read the password (a secret file may be root's alone), then runs as postgres. On first
# start: initdb with the superuser and password given, every TCP connection asked for its password
# (scram-sha-256), the database POSTGRES_DB made; afterwards the cluster in PGDATA is used as it is.
set -eu
as_postgres() { setpriv --reuid=postgres --regid=postgres --init-groups "$@"; }
mkdir -p "$PGDATA"
chown postgres:postgres "$PGDATA"
chmod 700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  user=${POSTGRES_USER:-postgres}
  if [ -n "${POSTGRES_PASSWORD_FILE:-}" ]; then
    password=$(cat "$POSTGRES_PASSWORD_FILE")
  else
    password=${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD or POSTGRES_PASSWORD_FILE}
  fi
  password_file=$(mktemp)
  printf '%s' "$password" > "$password_file"
  chown postgres "$password_file"
  # shellcheck disable=SC2086 # the extra arguments are a list of words
  as_postgres initdb --username="$user" --pwfile="$password_file" --auth-local=trust \
    --auth-host=scram-sha-256 --locale=C.UTF-8 ${POSTGRES_INITDB_ARGS:-} >/dev/null
  rm -f "$password_file"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  database=${POSTGRES_DB:-$user}
  if [ "$database" != postgres ]; then
    as_postgres pg_ctl -w -o "-c listen_addresses=''" start >/dev/null
    # POSTGRES_INITDB_ARGS may ask a password of the socket too (--auth=scram-sha-256)
    PGPASSWORD=$password as_postgres psql -q --username="$user" --dbname=postgres \
      -c "CREATE DATABASE \"$database\""
    as_postgres pg_ctl -w -m fast stop >/dev/null
  fi
fi
exec setpriv --reuid=postgres --regid=postgres --init-groups postgres -c listen_addresses='*'
