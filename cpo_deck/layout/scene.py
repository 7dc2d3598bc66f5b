"""The scene: what the layout decides and every renderer reads. Boxes in points, text as runs
with explicit sizes, shapes with a colour role. Plain frozen data; nothing here measures or draws.
"""

from __future__ import annotations

from typing import NamedTuple

from msgspec import Struct, field

from ..geometry import Box
from ..outline import Chart, Outline, Slide


class Run(NamedTuple):
    """A piece of text in one style."""

    text: str
    size: float
    """Points."""
    bold: bool
    role: str
    """The colour role (``primary``, ``accent``, ``text``, ``muted``, …) in the pack's theme."""


Paragraphs = list[list[Run]]
"""Paragraphs, each a list of runs."""


class Bullet(Struct, frozen=True):
    """A hanging bullet: its character (or :data:`~.units.NUMBERED`), indent and colour role."""

    char: str
    indent: float
    role: str


class TextBox(Struct, frozen=True):
    """Text in a box: paragraphs of runs; bullets from paragraph ``bullet_from`` on."""

    box: Box
    paras: Paragraphs
    name: str
    font: str
    align: str = "left"
    italic: bool = False
    space_before: float | list[float] = 0.0
    """Points before every paragraph but the first, or a value per paragraph."""
    indents: dict[int, float] = field(default_factory=dict)
    """Left indent in points for some paragraphs (by index)."""
    bullet: Bullet | None = None
    bullet_from: int = 0
    placeholder: str | None = None
    """``"title"`` or ``"body"``: fill the layout's placeholder instead of a new text box."""
    right_indents: dict[int, float] = field(default_factory=dict)
    """Right indent in points for some paragraphs (by index): where lines are made to break
    better (no one-word last line) without changing the text."""


class Shape(Struct, frozen=True):
    """A filled shape: ``rect``, ``triangle``, ``oval`` or ``diamond``."""

    box: Box
    fill: str
    name: str
    kind: str = "rect"
    rotation: float = 0.0


class ChartBox(Struct, frozen=True):
    """The native chart; ``value_labels[i]`` says whether point ``i`` is labelled.

    Value labels are text written by the pack's formatter, as the scorecard writes numbers
    (``$5,400``, ``2.10%``, ``310 per week``), not number formats a viewer fills in with its own
    locale's separators; the values themselves stay numbers in the chart's data."""

    box: Box
    spec: Chart
    value_labels: list[bool]
    label_texts: list[str]
    """The first series' labels, ``""`` at a gap."""
    label_below: list[bool]
    """Which value labels go below their point (near the target's label), not above."""
    font: str
    axis: tuple[float | None, float | None]
    """The value axis's minimum and maximum (``None``: the renderer's own)."""
    target_label: str = ""
    target_at: int | None = None
    """The category whose target point carries the target's label (a trend's only)."""
    target_below: bool = False
    latest: int | None = None
    """A trend's latest point: its label sits beside the projection, moved right."""
    latest_shift: float = 0.0
    """How far right, as a share of the chart's width."""
    label_skip: int = 1
    """Every how many categories the axis is labelled (1: each; 2: every second, ...)."""


class Cell(Struct, frozen=True):
    """A table cell: paragraphs of runs and a fill role."""

    paras: Paragraphs
    fill: str
    right_indents: dict[int, float] = field(default_factory=dict)
    """Right indent in points for some paragraphs, so that no line ends in one word alone."""


class TableBox(Struct, frozen=True):
    """The native table with computed column widths and row heights."""

    box: Box
    widths: list[float]
    heights: list[float]
    cells: list[list[Cell]]
    font: str


class Picture(Struct, frozen=True):
    """An image (the pack's logo)."""

    box: Box
    path: str
    name: str


Element = TextBox | Shape | ChartBox | TableBox | Picture


class SlidePlan(Struct, frozen=True):
    """Everything the writer draws on one slide, in drawing order."""

    slide: Slide
    """The slide as fitted: anything moved off it is in its notes."""
    layout: str
    title_idx: int
    body_idx: int | None
    title_box: Box
    elements: list[Element]
    decisions: list[str]


class DeckPlan(Struct, frozen=True):
    """The fitted outline (notes include anything moved) and a plan per slide."""

    outline: Outline
    slides: list[SlidePlan]
    warnings: list[str]

    def decisions(self) -> dict[str, list[str]]:
        """Fitting decisions per slide kind, for the preview."""
        return {p.slide.kind: p.decisions for p in self.slides}
