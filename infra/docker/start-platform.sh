#!/bin/sh
# The platform's container starts as root only to hand its user what Docker mounts as root's: the database
# password (a file secret keeps the host's owner and mode) and the volumes; then it runs as that user.
set -eu
if [ -n "${RATHAUS_DATABASE_PASSWORD_FILE:-}" ]; then
  install -d -o rathaus -m 700 /run/rathaus
  install -o rathaus -m 600 "$RATHAUS_DATABASE_PASSWORD_FILE" /run/rathaus/database.password
  export RATHAUS_DATABASE_PASSWORD_FILE=/run/rathaus/database.password
fi
chown -R rathaus /app/var
exec setpriv --reuid=rathaus --regid=rathaus --init-groups "$@"
