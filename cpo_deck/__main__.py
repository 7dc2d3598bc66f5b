"""``python -m cpo_deck``."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while starting up
    sys.stderr.write("interrupted\n")
    sys.exit(130)

main()
