"""Plan every slide before anything is drawn: boxes, font sizes and line pitch chosen with real
font metrics, and what must move to the speaker notes to fit. Pure Python (no python-pptx), so
``preview`` shows the same fitting decisions the deck is built with.

Each slide kind has a preferred size and a floor (12 pt for body text, 10 pt inside tables, or
higher where the pack says so). A slide whose content does not fit at the floor goes through the
pack's overflow policy: ``notes`` moves the lowest-priority detail into the speaker notes and
says so; ``fail`` stops with the field to shorten and by how much. Nothing is truncated.

- :mod:`.scene`: the plan types every renderer reads (boxes, runs, shapes, chart, table).
- :mod:`.units`: every distance and size, named.
- :mod:`.canvas`: what one slide records while it is planned, and the style it is planned in.
- :mod:`.frame`: section label, title, footer, page number and logo, the same on every slide.
- :mod:`.problem`, :mod:`.impact`, :mod:`.metrics` (with :mod:`.chart`), :mod:`.tradeoffs`,
  :mod:`.ask`: one module per slide kind, each laying out the content area.
- :mod:`.overflow`: what moves to the notes, in which order.
- :mod:`.deck`: the whole deck, slide by slide, through the overflow policy.
"""

from __future__ import annotations

from .deck import SLIDE_KINDS, plan_deck
from .scene import (
    Bullet,
    Cell,
    ChartBox,
    DeckPlan,
    Element,
    Picture,
    Run,
    Shape,
    SlidePlan,
    TableBox,
    TextBox,
)
from .units import CELL_X, CELL_Y, INSET_X, INSET_Y, NUMBERED

__all__ = [
    "CELL_X",
    "CELL_Y",
    "INSET_X",
    "INSET_Y",
    "NUMBERED",
    "SLIDE_KINDS",
    "Bullet",
    "Cell",
    "ChartBox",
    "DeckPlan",
    "Element",
    "Picture",
    "Run",
    "Shape",
    "SlidePlan",
    "TableBox",
    "TextBox",
    "plan_deck",
]
