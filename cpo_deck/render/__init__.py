"""Renderers: the outline as text, markdown or JSON (:mod:`.outline`), and the deck plan as a
``.pptx`` (:mod:`.pptx`, the only module that imports python-pptx, loaded only to write decks).
"""

from __future__ import annotations

from .outline import Format, render_outline

__all__ = ["Format", "render_outline"]
