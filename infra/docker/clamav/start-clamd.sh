#!/bin/sh
# The official signatures once where the mirror answers (freshclam gives up quickly where it does not),
# then clamd in the foreground.
timeout 60 freshclam --stdout --quiet --foreground 2>/dev/null || echo "freshclam: no signature mirror; the project's own signatures only"
exec clamd --config-file=/etc/clamav/clamd.conf
