"""cpo-deck: turn a short YAML brief into a five-slide executive deck."""

from __future__ import annotations

__version__ = "0.1.0"

from .build import build_decks, preview
from .errors import CpoDeckError
from .loader import load_brief
from .outline import build_outline
from .render import render_outline

__all__ = [
    "CpoDeckError",
    "__version__",
    "build_decks",
    "build_outline",
    "load_brief",
    "preview",
    "render_outline",
]
