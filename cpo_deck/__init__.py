"""cpo-deck: turn a short YAML brief into a five-slide executive deck.

The public API is loaded on first use, so ``import cpo_deck`` (and ``cpo-deck --version``)
stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .build import build_decks, preview
    from .errors import CpoDeckError
    from .loader import load_brief
    from .outline import build_outline
    from .render import render_outline
    from .session import Session

_API = {
    "CpoDeckError": "errors",
    "Session": "session",
    "build_decks": "build",
    "build_outline": "outline",
    "load_brief": "loader",
    "preview": "build",
    "render_outline": "render",
}

__all__ = [
    "CpoDeckError",
    "Session",
    "__version__",
    "build_decks",
    "build_outline",
    "load_brief",
    "preview",
    "render_outline",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module when the name is first used."""
    if name in _API:
        return getattr(importlib.import_module(f".{_API[name]}", __name__), name)
    raise AttributeError(f"module 'cpo_deck' has no attribute {name!r}")
