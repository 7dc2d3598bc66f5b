"""The canvas a slide is planned on: what it records (elements, fitting decisions, the first
overflow) and the style it is planned in (fonts, floors, formatter)."""

from __future__ import annotations

from typing import Any

from msgspec import Struct, field, structs

from ..formatting import Formatter
from ..geometry import Box
from ..measure import Font, Para, block_height, widow_free
from .scene import Element, Paragraphs, Shape, TextBox
from .units import INSET_X, MOST_EMPTY


def _right_indents(box: TextBox) -> dict[int, float]:
    """Per paragraph, the right indent that keeps its last line from being one word alone
    (paragraphs of one size and weight; the others are left as they are)."""
    out: dict[int, float] = {}
    for index, runs in enumerate(box.paras):
        if len({(r.size, r.bold) for r in runs}) != 1:
            continue
        left = box.indents.get(index, 0.0)
        if box.bullet is not None and index >= box.bullet_from:
            left = box.bullet.indent
        width = box.box.w - 2 * INSET_X - left
        text = "".join(r.text for r in runs)
        font = Font(box.font, runs[0].size, runs[0].bold, box.italic)
        narrower = widow_free(text, font, width)
        if narrower < width:
            out[index] = width - narrower
    return out


class Style(Struct, frozen=True):
    """What every slide is planned with: the pack's fonts, floors and number formatter."""

    heading_font: str
    body_font: str
    floor: float
    """The smallest body text, points."""
    table_floor: float
    """The smallest table text, points."""
    formatter: Formatter
    body_placeholder: bool = False
    """The layout has a body placeholder to put the slide's text in."""
    title_size: float = 28.0
    """The deck's one title size: the largest at which every slide's headline fits."""

    @property
    def hero(self) -> float:
        """The least size of a large number: 1.25 times the title (the type ladder)."""
        return round(self.title_size * 1.25)


class Overflow(Struct, frozen=True):
    """Content that did not fit at the floor: the field, the room it needed and had."""

    field: str
    needed: float
    available: float
    chars: int


class Canvas(Struct):
    """Records one slide's plan: elements in drawing order, decisions, the first overflow."""

    kind: str
    style: Style
    elements: list[Element] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    overflow: Overflow | None = None

    def text(
        self, box: Box, paras: Paragraphs, name: str, flush: bool = False, **options: Any
    ) -> None:
        """Record a text box. ``flush``: the text itself (not the box with its inner margin)
        starts and ends on the grid, lined up with the tiles, table and panels."""
        if flush:
            box = Box(box.x - INSET_X, box.y, box.w + 2 * INSET_X, box.h)
        options.setdefault("font", self.style.body_font)
        element = TextBox(box, paras, name, **options)
        right = _right_indents(element) if element.align == "left" else {}
        if len(paras) == 1 and right and element.align == "left":
            # One paragraph: narrow the box itself (LibreOffice ignores a title's right indent).
            narrower = Box(box.x, box.y, box.w - right[0], box.h)
            self.elements.append(structs.replace(element, box=narrower))
        else:
            self.elements.append(structs.replace(element, right_indents=right))

    def balanced(self, area: Box, height: float) -> float:
        """Where a block ``height`` tall starts in ``area``: at the top, or, when it would
        leave more than 40% of the area empty below it, just far enough down that it does not.
        Sparse blocks then end on the same line on every slide, as near the title as can be."""
        offset = area.h * (1 - MOST_EMPTY) - height
        if offset <= 0:
            return area.y
        self.decisions.append(f"{self.kind}: content balanced in the content area")
        return area.y + offset

    def rect(
        self, box: Box, fill: str, name: str, kind: str = "rect", rotation: float = 0.0
    ) -> None:
        """Record a filled shape."""
        self.elements.append(Shape(box, fill, name, kind, rotation))

    def add(self, element: Element) -> None:
        """Record a chart, table or picture."""
        self.elements.append(element)

    def decide(self, decision: str) -> None:
        """Record a fitting decision the preview shows."""
        self.decisions.append(decision)

    def over(
        self, field: str, paras: list[Para], font: str, size: float, width: float, available: float
    ) -> None:
        """Record that ``paras`` (of ``field``) do not fit in ``available`` points, unless an
        earlier overflow was recorded."""
        if self.overflow is None:
            needed = block_height(paras, font, size, width, split_words=True) or available * 2
            chars = sum(len(p.text) for p in paras)
            self.overflow = Overflow(field, needed, available, chars)

    def overflowed(self, field: str, needed: float, available: float, chars: int) -> None:
        """Record an overflow measured by the caller, unless an earlier one was recorded."""
        if self.overflow is None:
            self.overflow = Overflow(field, needed, available, chars)

    def shrunk(self, what: str, size: float, preferred: float) -> None:
        """Record that ``what`` was set below its preferred size."""
        if size < preferred:
            self.decisions.append(f"{self.kind}: {what} {size:g} pt (shrunk from {preferred:g})")
