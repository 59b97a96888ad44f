#!/bin/sh
# As the official image does: `redis-server …` listens on every address of the container (compose's network
# is all that reaches it), other commands run as they are.
if [ "${1:-}" = redis-server ]; then
  shift
  exec redis-server "$@" --bind 0.0.0.0 --protected-mode no
fi
exec "$@"
