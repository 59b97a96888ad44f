"""`python -m services worker <name>`: a service's worker process, as the platform starts it."""

import sys

from services.registry import NAMES, worker

if len(sys.argv) != 3 or sys.argv[1] != "worker" or sys.argv[2] not in NAMES:
    sys.exit(f"usage: python -m services worker {{{','.join(NAMES)}}}")
worker(sys.argv[2])
