"""``python -m cpo_deck``."""

from .cli import main

main()
