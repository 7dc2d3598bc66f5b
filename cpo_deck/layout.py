"""Plan every slide before anything is drawn: boxes, font sizes and line pitch chosen with real
font metrics, and what must move to the speaker notes to fit. Pure Python (no python-pptx), so
``preview`` shows the same fitting decisions the deck is built with.

Each slide kind has a preferred size and a floor (12 pt for body text, 10 pt inside tables, or
higher where the pack says so). A slide whose content does not fit at the floor goes through the
pack's overflow policy: ``notes`` moves the lowest-priority detail into the speaker notes and
says so; ``fail`` stops with the field to shorten and by how much. Nothing is truncated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import FitError, PackError
from .geometry import TEXT_KINDS, Box, LayoutInfo, read_geometry, resolve_placeholders
from .logo import Logo, load_logo
from .measure import Font, Para, block_height, fit
from .outline import (
    Bullets,
    Chart,
    Decision,
    Facts,
    Listing,
    Outline,
    Quote,
    Scorecard,
    ScoreRow,
    Slide,
    Steps,
    Table,
    Tiles,
)
from .packs import Pack

INSET_X = 0.06 * 72
INSET_Y = 0.04 * 72
CELL_X = 0.08 * 72
CELL_Y = 0.05 * 72
HEADER_ROOM = 0.84 * 72
"""Room above the title for the initiative line and the section label, in points."""
BULLET_INDENT = 0.3 * 72
STRIP_INDENT = 0.22 * 72
SCORE_GAP = 8.0
NUMBER_INDENT = 0.4 * 72
NUMBERED = "1."
"""As a bullet character: number the paragraphs 1., 2., ... with a hanging indent."""
SPLIT = 0.6
"""Two-column slides (problem, metrics, ask) put the right column at the same place."""
COL_GAP = 0.35 * 72

Run = tuple[str, float, bool, str]
"""(text, size in points, bold, colour role)"""


@dataclass(frozen=True)
class TextBox:
    """Text in a box: paragraphs of runs; bullets from paragraph ``bullet_from`` on."""

    box: Box
    paras: list[list[Run]]
    name: str
    font: str
    align: str = "left"
    italic: bool = False
    space_before: float | list[float] = 0.0
    """Points before every paragraph but the first, or a value per paragraph."""
    indents: dict[int, float] = field(default_factory=dict)
    """Left indent in points for some paragraphs (by index)."""
    bullet: tuple[str, float, str] | None = None
    bullet_from: int = 0
    placeholder: str | None = None
    """``"title"`` or ``"body"``: fill the layout's placeholder instead of a new text box."""


@dataclass(frozen=True)
class Shape:
    """A filled shape: ``rect``, ``triangle`` or ``oval``."""

    box: Box
    fill: str
    name: str
    kind: str = "rect"
    rotation: float = 0.0


@dataclass(frozen=True)
class ChartBox:
    """The native chart; ``value_labels[i]`` says whether point ``i`` is labelled."""

    box: Box
    spec: Chart
    value_labels: list[bool]
    font: str
    label_unit: str | None
    """The unit data labels show (a long unit stays in the chart title only)."""
    target_label: str


@dataclass(frozen=True)
class Cell:
    """A table cell: paragraphs of runs and a fill role."""

    paras: list[list[Run]]
    fill: str


@dataclass(frozen=True)
class TableBox:
    """The native table with computed column widths and row heights."""

    box: Box
    widths: list[float]
    heights: list[float]
    cells: list[list[Cell]]
    font: str


@dataclass(frozen=True)
class Picture:
    """An image (the pack's logo)."""

    box: Box
    path: str
    name: str


Element = TextBox | Shape | ChartBox | TableBox | Picture


@dataclass
class SlidePlan:
    """Everything the writer draws on one slide."""

    slide: Slide
    layout: str
    title_idx: int
    body_idx: int | None
    title_box: Box
    elements: list[Element]
    decisions: list[str]


@dataclass
class DeckPlan:
    """The fitted outline (notes include anything moved) and a plan per slide."""

    outline: Outline
    slides: list[SlidePlan]
    warnings: list[str]

    def decisions(self) -> dict[str, list[str]]:
        """Fitting decisions per slide kind, for the preview."""
        return {p.slide.kind: p.decisions for p in self.slides}


@dataclass
class _Overflow:
    field: str
    needed: float
    available: float
    chars: int


def plan_deck(outline: Outline, pack: Pack) -> DeckPlan:
    """Plan all five slides on ``pack``, applying the overflow policy where content won't fit."""
    geometry = read_geometry(pack.base_path)
    logo = load_logo(pack.logo_path, pack.config.theme.logo) if pack.logo_path else None
    words: dict[str, str] = dict(pack.module("labels.j2").words)
    slides: list[SlidePlan] = []
    warnings: list[str] = []
    for slide in outline.slides:
        choice = pack.config.layouts[slide.kind]  # type: ignore[index]
        try:
            info = geometry.layout(choice.layout)
            title_idx, body_idx = resolve_placeholders(info, choice)
        except PackError as exc:
            raise PackError(f"pack '{pack.name}', {slide.kind} slide: {exc.message}") from None
        plan = _plan_with_moves(
            slide, pack, info, (title_idx, body_idx), geometry, logo, words, warnings
        )
        slides.append(plan)
    fitted = dataclasses.replace(outline, slides=[p.slide for p in slides])
    return DeckPlan(fitted, slides, warnings)


def _plan_with_moves(
    slide: Slide,
    pack: Pack,
    info: LayoutInfo,
    idx: tuple[int, int | None],
    geometry: Any,
    logo: Logo | None,
    words: dict[str, str],
    warnings: list[str],
) -> SlidePlan:
    moved: list[str] = []
    while True:
        planner = _Planner(slide, pack, info, idx, geometry, logo)
        planner.plan()
        if planner.overflow is None:
            break
        over = planner.overflow
        move = None if pack.config.fit.overflow == "fail" else _next_move(slide, over.field, words)
        if move is None:
            raise FitError(_shorten_message(slide.kind, over, planner.floor))
        slide, what = move
        moved.append(what)
    if moved:
        warnings.append(
            f"{slide.kind} slide: moved to the speaker notes, as the slide is full even at "
            f"{planner.floor:g} pt: {', '.join(moved)} (shorten the slide's text to keep them "
            "on the slide)"
        )
    decisions = planner.decisions + [f"{what} moved to the speaker notes" for what in moved]
    return SlidePlan(
        slide, info.name, idx[0], idx[1], planner.title_box, planner.elements, decisions
    )


def _shorten_message(kind: str, over: _Overflow, floor: float) -> str:
    share = 1 - over.available / over.needed if over.needed > 0 else 0.1
    cut = max(1, round(over.chars * share + 0.5))
    return (
        f"{over.field}: does not fit on the {kind} slide even at {floor:g} pt "
        f"({over.needed:.0f} pt of text for {over.available:.0f} pt of room); shorten it by "
        f"about {cut} characters"
    )


# -- moving low-priority detail into the notes ------------------------------------------------


def _with_notes(slide: Slide, blocks: list[Any], text: str, words: dict[str, str]) -> Slide:
    heading = words.get("moved", "")
    prefix = "" if heading in slide.notes else f"\n\n{heading}"
    return dataclasses.replace(slide, blocks=blocks, notes=f"{slide.notes}{prefix}\n{text}")


def _move_block(
    slide: Slide,
    kind: type[Any],
    label: Callable[[Any], str],
    words: dict[str, str],
    match: Callable[[Any], bool] = lambda _b: True,
) -> Slide | None:
    block = next((b for b in slide.blocks if isinstance(b, kind) and match(b)), None)
    if block is None:
        return None
    blocks = [b for b in slide.blocks if b is not block]
    return _with_notes(slide, blocks, label(block), words)


def _listing_text(listing: Listing) -> str:
    return f"{listing.label}: " + "; ".join(listing.items)


def _next_move(slide: Slide, region: str, words: dict[str, str]) -> tuple[Slide, str] | None:
    """The next piece of low-priority detail to move off ``slide``, for the overflowing region."""
    if region == "subtitle" and slide.subheading:
        text = f"{words.get('subtitle', 'Subtitle')}: {slide.subheading}"
        without = _with_notes(slide, slide.blocks, text, words)
        return dataclasses.replace(without, subheading=None), "subtitle"
    if slide.kind == "problem":
        new = _move_block(slide, Quote, lambda q: f"{q.label}: {q.text}", words)
        return (new, "problem.evidence") if new else None
    if slide.kind == "metrics":
        chart: Chart | None = slide.block(Chart)
        if region.endswith(".history") and chart is not None and any(chart.categories):
            values = chart.series[0].values
            pairs = "; ".join(
                f"{c}: {v:g}"
                for c, v in zip(chart.categories, values, strict=False)
                if v is not None
            )
            unlabelled = dataclasses.replace(chart, categories=[""] * len(chart.categories))
            blocks = [unlabelled if b is chart else b for b in slide.blocks]
            text = f"{chart.title}: {pairs}; {chart.target_text} ({chart.target_label})"
            return _with_notes(slide, blocks, text, words), "metrics.items[0].history labels"
        card: Scorecard | None = slide.block(Scorecard)
        if card is not None and any(r.detail for r in card.rows):
            details = "\n".join(f"{r.name}: {r.detail}" for r in card.rows if r.detail)
            plain = [dataclasses.replace(r, detail="") for r in card.rows]
            blocks = [
                dataclasses.replace(card, rows=plain) if b is card else b for b in slide.blocks
            ]
            return _with_notes(slide, blocks, details, words), "metrics.items[*] details"
        return None
    if slide.kind == "tradeoffs":
        for label_key, what in (("risks", "tradeoffs.risks"), ("not_doing", "tradeoffs.not_doing")):
            label = words.get(label_key)

            def is_it(block: Any, label: str | None = label) -> bool:
                return bool(block.label == label)

            moved = _move_block(slide, Listing, _listing_text, words, is_it)
            if moved:
                return moved, what
        table: Table | None = slide.block(Table)
        if table is None:
            return None
        order = [i for i in range(len(table.rows)) if i not in table.highlight] + table.highlight
        for index in order:  # option summaries, the recommended option's last
            lines = table.rows[index][0].split("\n")
            if len(lines) > 1:
                text = f"{lines[0]}: " + " ".join(lines[1:])
                changed = _table_cell(slide, table, index, 0, lines[0])
                return (
                    _with_notes(changed, changed.blocks, text, words),
                    f"tradeoffs.options[{index}].summary",
                )
        for keep in (3, 2, 1):  # then pros and cons beyond the first few, others first
            for index in order:
                for col, key in ((1, "pros"), (2, "cons")):
                    items = [x for x in table.rows[index][col].split("\n") if x]
                    if len(items) > keep:
                        name = table.rows[index][0].split("\n")[0]
                        text = f"{name} ({table.header[col]}): " + "; ".join(items[keep:])
                        changed = _table_cell(slide, table, index, col, "\n".join(items[:keep]))
                        return (
                            _with_notes(changed, changed.blocks, text, words),
                            f"tradeoffs.options[{index}].{key} beyond the first {keep}",
                        )
        return None
    if slide.kind == "ask":
        steps: Steps | None = slide.block(Steps)
        if steps is not None:
            keep = 2 if len(steps.items) > 2 else len(steps.items) - 1
            kept = [dataclasses.replace(steps, items=steps.items[:keep])] if keep else []
            at = next(i for i, b in enumerate(slide.blocks) if b is steps)
            blocks = [*slide.blocks[:at], *kept, *slide.blocks[at + 1 :]]
            text = f"{steps.label}: " + "; ".join(
                f"{i}. {s}" for i, s in enumerate(steps.items[keep:], start=keep + 1)
            )
            what = f"ask.next_steps beyond the first {keep}" if keep else "ask.next_steps"
            return _with_notes(slide, blocks, text, words), what
    return None


def _table_cell(slide: Slide, table: Table, row: int, col: int, text: str) -> Slide:
    rows = [list(r) for r in table.rows]
    rows[row][col] = text
    new_table = dataclasses.replace(table, rows=rows)
    return dataclasses.replace(slide, blocks=[new_table if b is table else b for b in slide.blocks])


# -- the planner -------------------------------------------------------------------------------


class _Planner:
    """Plans one slide; sets ``overflow`` when something does not fit at the floor."""

    def __init__(
        self,
        slide: Slide,
        pack: Pack,
        info: LayoutInfo,
        idx: tuple[int, int | None],
        geometry: Any,
        logo: Logo | None,
    ) -> None:
        self.slide = slide
        self.pack = pack
        self.heading_font = pack.config.theme.fonts.heading
        self.body_font = pack.config.theme.fonts.body
        self.colors = pack.config.theme.colors
        self.floor = float(pack.config.fit.body_floor)
        self.table_floor = float(pack.config.fit.table_floor)
        self.title_idx, self.body_idx = idx
        self.slide_w = geometry.width / 12700
        self.slide_h = geometry.height / 12700
        self.logo = logo
        self.elements: list[Element] = []
        self.decisions: list[str] = []
        self.overflow: _Overflow | None = None
        title_ph = next(p for p in info.placeholders if p.idx == self.title_idx).points
        title = title_ph
        if title.y < HEADER_ROOM:  # the template's title sits too high for our label rows
            title = Box(title.x, HEADER_ROOM, title.w, max(title.h, 0.9 * 72))
        self.logo_box = self._logo_box()
        self.title_box = self._avoid_logo(title)
        self.footer_box, self.page_box = self._footer_boxes(info, title_ph)
        self.content = Box(title.x, 0, title.w, 0)  # set once the footer is planned

    # -- recording ---------------------------------------------------------------------------
    def text(
        self, box: Box, paras: list[list[Run]], name: str, flush: bool = False, **options: Any
    ) -> None:
        """Record a text box. ``flush``: the text itself (not the box with its inner margin)
        starts and ends on the grid, lined up with the tiles, table and panels."""
        if flush:
            box = Box(box.x - INSET_X, box.y, box.w + 2 * INSET_X, box.h)
        options.setdefault("font", self.body_font)
        self.elements.append(TextBox(box, paras, name, **options))

    def rect(
        self, box: Box, fill: str, name: str, kind: str = "rect", rotation: float = 0.0
    ) -> None:
        self.elements.append(Shape(box, fill, name, kind, rotation))

    def _over(
        self, field: str, paras: list[Para], font: str, size: float, width: float, available: float
    ) -> None:
        if self.overflow is None:
            needed = block_height(paras, font, size, width, split_words=True) or available * 2
            chars = sum(len(p.text) for p in paras)
            self.overflow = _Overflow(field, needed, available, chars)

    def _shrunk(self, what: str, size: float, preferred: float) -> None:
        if size < preferred:
            self.decisions.append(
                f"{self.slide.kind}: {what} {size:g} pt (shrunk from {preferred:g})"
            )

    # -- geometry ----------------------------------------------------------------------------
    def _footer_boxes(self, info: LayoutInfo, title: Box) -> tuple[Box, Box]:
        """Where the layout keeps its footer and slide number, else our own footer row."""
        boxes = {}
        for p in info.placeholders:
            b = p.points
            if p.type in ("footer", "slide_number") and b.y > self.slide_h * 0.6 and b.w > 36:
                boxes[p.type] = Box(b.x, b.y, b.w, max(b.h, 0.3 * 72))
        x, w = title.x, title.w
        top = self.slide_h - 0.55 * 72
        page = boxes.get("slide_number", Box(x + w - 1.4 * 72, top, 1.4 * 72, 0.3 * 72))
        # The footer line runs from the content's left edge to the page number, on the row
        # where the template keeps its footer.
        row = boxes.get("footer", page if "slide_number" in boxes else Box(x, top, w, 0.3 * 72))
        right = page.x - 6 if page.x > x else x + w
        footer = Box(x, row.y, max(right - x, 72), row.h)
        return self._avoid_logo(footer), self._avoid_logo(page)

    def _logo_box(self) -> Box | None:
        if self.logo is None:
            return None
        margin = 0.3 * 72
        h = self.logo.height * 72
        w = h * self.logo.aspect
        x = self.slide_w - margin - w if self.logo.corner.endswith("right") else margin
        y = margin * 0.8 if self.logo.corner.startswith("top") else self.slide_h - margin - h
        return Box(x, y, w, h)

    def _avoid_logo(self, box: Box) -> Box:
        """Shorten ``box`` so it does not run under the logo."""
        logo = self.logo_box
        if logo is None or box.bottom <= logo.y or box.y >= logo.bottom:
            return box
        if logo.x >= box.right or logo.right <= box.x:
            return box
        if self.logo and self.logo.corner.endswith("right"):
            return Box(box.x, box.y, max(logo.x - 0.2 * 72 - box.x, 36), box.h)
        right = logo.right + 0.2 * 72
        return Box(right, box.y, max(box.right - right, 36), box.h)

    # -- the slide ---------------------------------------------------------------------------
    def plan(self) -> None:
        self._title()
        self._chrome()
        footer_top = min(self.footer_box.y, self.page_box.y)
        top = self.title_box.bottom + 0.18 * 72
        bottom = footer_top - 0.12 * 72
        if self.logo_box and self.logo_box.y > self.slide_h / 2:
            bottom = min(bottom, self.logo_box.y - 0.1 * 72)
        self.content = Box(self.title_box.x, top, self.title_box.w, bottom - top)
        getattr(self, f"_{self.slide.kind}")()
        if self.logo is not None and self.logo_box is not None:
            self.elements.append(Picture(self.logo_box, str(self.logo.path), "Logo"))

    def _title(self) -> None:
        box = self.title_box
        inner_w, inner_h = box.w - 2 * INSET_X, box.h - 2 * INSET_Y
        paras = [Para(self.slide.title, bold=True)]
        size, fits = fit(paras, self.heading_font, inner_w, inner_h, 28, 18)
        if not fits:  # a long headline may take up to half as much room again, downwards
            needed = block_height(paras, self.heading_font, 18, inner_w, True) or inner_h * 9
            if needed <= inner_h * 1.5:
                box = Box(box.x, box.y, box.w, needed + 2 * INSET_Y)
                self.title_box = box
                self.decisions.append(f"{self.slide.kind}: title box grown to fit the headline")
            else:
                self._over(
                    f"{self.slide.kind}.headline", paras, self.heading_font, 18, inner_w, inner_h
                )
        self._shrunk("title", size, 28)
        self.text(
            box,
            [[(self.slide.title, size, True, "primary")]],
            "Title",
            flush=True,
            font=self.heading_font,
            placeholder="title",
        )

    def _chrome(self) -> None:
        box = self.title_box
        label = self._avoid_logo(Box(box.x, box.y - 0.36 * 72, box.w, 0.3 * 72))
        self.text(
            label, [[(self.slide.label.upper(), 12, True, "accent")]], "Section label", flush=True
        )
        if self.slide.heading:
            runs: list[Run] = [(self.slide.heading, 14, True, "primary")]
            if self.slide.subheading:
                runs.append(("  —  " + self.slide.subheading, 14, False, "muted"))
            head = self._avoid_logo(Box(box.x, box.y - 0.74 * 72, box.w, 0.34 * 72))
            one_line = head.h - 2 * INSET_Y + 1
            paras = [Para("".join(r[0] for r in runs), bold=True)]
            size, fits = fit(paras, self.body_font, head.w - 2 * INSET_X, one_line, 14, 10)
            if not fits:
                self._over(
                    "subtitle" if self.slide.subheading else "title",
                    paras,
                    self.body_font,
                    10,
                    head.w - 2 * INSET_X,
                    one_line,
                )
            self.text(head, [[(t, size, b, c) for t, _, b, c in runs]], "Initiative", flush=True)
        # The footer may take up to three lines at 8 pt; it grows upwards from its row.
        foot = self.footer_box
        inner_w = foot.w - 2 * INSET_X
        footer_paras = [Para(self.slide.footer)]
        size, lines_h = 10.0, 0.0
        for size in (10.0, 9.0, 8.0):
            lines_h = block_height(footer_paras, self.body_font, size, inner_w, True) or 0
            if lines_h <= size * 1.2 * (1 if size > 8 else 3):
                break
        height = max(foot.h, lines_h + 2 * INSET_Y)
        bottom = max(foot.bottom, self.page_box.bottom)
        self.footer_box = Box(foot.x, bottom - height, foot.w, height)
        self.text(
            self.footer_box, [[(self.slide.footer, size, False, "muted")]], "Footer", flush=True
        )
        self.text(
            self.page_box,
            [[(self.slide.page, 10, False, "muted")]],
            "Page number",
            flush=True,
            align="right",
        )

    # -- problem -----------------------------------------------------------------------------
    def _problem(self) -> None:
        bullets: Bullets = self.slide.block(Bullets)
        quote: Quote | None = self.slide.block(Quote)
        area = self.content
        gap = COL_GAP
        text_w = area.w * SPLIT if quote else area.w
        points_h = self._bullets(Box(area.x, area.y, text_w, area.h), bullets.items)
        if quote:
            panel = Box(area.x + text_w + gap, area.y, area.w - text_w - gap, area.h)
            self._quote(panel, quote, points_h)

    def _bullets(self, box: Box, items: list[str]) -> float:
        """The points as a bulleted list; returns the height they take."""
        paras = [Para(item, space_before=6) for item in items]
        inner_w = box.w - 2 * INSET_X - BULLET_INDENT
        size, fits = fit(paras, self.body_font, inner_w, box.h - 2 * INSET_Y, 22, self.floor)
        if not fits:
            self._over(
                "problem.points", paras, self.body_font, self.floor, inner_w, box.h - 2 * INSET_Y
            )
        self._shrunk("points", size, 22)
        placeholder = (
            "body" if self.body_idx is not None and self.slide.kind in TEXT_KINDS else None
        )
        self.text(
            box,
            [[(i, size, False, "text")] for i in items],
            "Points",
            flush=True,
            space_before=size * 0.6,
            bullet=("•", BULLET_INDENT, "accent"),
            placeholder=placeholder,
        )
        needed = block_height(paras, self.body_font, size, inner_w, True) or box.h
        return min(box.h, needed + 2 * INSET_Y)

    def _quote(self, panel: Box, quote: Quote, points_h: float) -> None:
        pad = 0.25 * 72
        inner_w = panel.w - 2 * pad - 2 * INSET_X
        text = quote.text  # a source or a quote, shown as written
        paras = [Para(text)]
        room = panel.h - 2 * pad - 0.4 * 72 - 2 * INSET_Y
        size, fits = fit(paras, self.body_font, inner_w, room, 20, self.floor)
        if not fits:
            self._over("problem.evidence", paras, self.body_font, self.floor, inner_w, room)
        self._shrunk("evidence", size, 20)
        needed = block_height(paras, self.body_font, size, inner_w) or room
        # The panel ends where the points end, so the two columns share a bottom line.
        height = min(panel.h, max(2.2 * 72, points_h, needed + 2 * pad + 0.45 * 72 + 2 * INSET_Y))
        self.rect(Box(panel.x, panel.y, panel.w, height), "surface", "Evidence panel")
        self.rect(Box(panel.x, panel.y, 0.06 * 72, height), "accent", "Evidence bar")
        self.text(
            Box(panel.x + pad, panel.y + pad * 0.8, panel.w - 2 * pad, 0.3 * 72),
            [[(quote.label.upper(), 12, True, "accent")]],
            "Evidence label",
        )
        self.text(
            Box(
                panel.x + pad,
                panel.y + pad * 0.8 + 0.4 * 72,
                panel.w - 2 * pad,
                height - pad * 1.6 - 0.4 * 72,
            ),
            [[(text, size, False, "text")]],
            "Evidence",
        )

    # -- impact ------------------------------------------------------------------------------
    def _impact(self) -> None:
        tiles: Tiles = self.slide.block(Tiles)
        area = self.content
        count = len(tiles.tiles)
        gap = 0.25 * 72
        width = (area.w - gap * (count - 1)) / count
        pad = 0.2 * 72
        inner_w = width - 2 * pad - 2 * INSET_X
        font = self.body_font
        values = {}
        value_size = 54.0
        for index, tile in enumerate(tiles.tiles):
            if tile.value:
                size, fits = fit([Para(tile.value, bold=True)], font, inner_w, 54 * 1.2, 54, 20)
                if fits:
                    values[index] = tile.value
                    value_size = min(value_size, size)
                else:
                    self.decisions.append(
                        f"impact: '{tile.value}' shown in the sentence, too wide to stand alone"
                    )
        self._shrunk("numbers", value_size, 54)
        texts = [
            t.text if i in values else (f"{t.value} {t.text}" if t.value else t.text)
            for i, t in enumerate(tiles.tiles)
        ]
        paras = [Para(text, bold=i not in values) for i, text in enumerate(texts)]
        value_h = value_size * 1.3 + 2 * INSET_Y if values else 0
        room = area.h - 2 * pad - value_h - 0.45 * 72 - 2 * INSET_Y
        text_size = 18.0
        for para in paras:
            size, fits = fit([para], font, inner_w, room, 18, self.floor)
            if not fits:  # too much text for side-by-side tiles: one band per outcome
                self.decisions.append("impact: outcomes as rows, too much text for tiles")
                self._impact_rows(tiles)
                return
            text_size = min(text_size, size)
        self._shrunk("text", text_size, 18)
        needed = max(block_height([p], font, text_size, inner_w, True) or 0 for p in paras)
        # Tiles reach at least three quarters of the way down, so a sparse slide is not empty.
        height = min(
            area.h, max(area.h * 0.75, 2 * pad + value_h + 0.45 * 72 + needed + 2 * INSET_Y + 6)
        )
        for index, tile in enumerate(tiles.tiles):
            x = area.x + index * (width + gap)
            self.rect(Box(x, area.y, width, height), "surface", "Outcome tile")
            self.rect(Box(x, area.y, width, 0.06 * 72), "accent", "Outcome bar")
            y = area.y + pad
            self.text(
                Box(x + pad, y, width - 2 * pad, 0.3 * 72),
                [[(tile.caption.upper(), 12, True, "accent")]],
                "Outcome area",
            )
            y += 0.4 * 72
            if index in values:
                self.text(
                    Box(x + pad, y, width - 2 * pad, value_h),
                    [[(values[index], value_size, True, "primary")]],
                    "Outcome value",
                )
            y += value_h
            bold = index not in values
            self.text(
                Box(x + pad, y, width - 2 * pad, area.y + height - y - pad * 0.5),
                [[(texts[index], text_size, bold, "primary" if bold else "text")]],
                "Outcome",
            )

    def _impact_rows(self, tiles: Tiles) -> None:
        """One band per outcome: area and number on the left, the sentence on the right."""
        area = self.content
        font = self.body_font
        gap, pad = 0.06 * 72, 0.04 * 72
        left_w = min(2.2 * 72, area.w * 0.26)
        text_x = area.x + left_w + 0.2 * 72
        text_w = area.right - text_x - pad
        count = len(tiles.tiles)
        values: dict[int, str] = {}
        value_size = 24.0
        for index, tile in enumerate(tiles.tiles):
            if tile.value:
                size, fits = fit(
                    [Para(tile.value, bold=True)], font, left_w - 2 * pad - 12, 24 * 1.2, 24, 14
                )
                if fits:
                    values[index] = tile.value
                    value_size = min(value_size, size)
        texts = [
            t.text if i in values else (f"{t.value} {t.text}" if t.value else t.text)
            for i, t in enumerate(tiles.tiles)
        ]
        left_h = 12 * 1.2 + (value_size * 1.2 if values else 0) + 2 * INSET_Y

        def band_heights(size: float) -> list[float] | None:
            heights = []
            for index, text in enumerate(texts):
                para = [Para(text, 1.0, index not in values)]
                h = block_height(para, font, size, text_w - 2 * INSET_X, size <= self.floor)
                if h is None:
                    return None
                heights.append(max(h + 2 * INSET_Y, left_h) + 2 * pad)
            return heights

        size = 16.0
        heights = band_heights(size)
        while size > self.floor and (heights is None or sum(heights) + gap * (count - 1) > area.h):
            size -= 1
            heights = band_heights(size)
        if heights is None or sum(heights) + gap * (count - 1) > area.h:
            needed = sum(heights) + gap * (count - 1) if heights else area.h * 2
            if self.overflow is None:
                self.overflow = _Overflow(
                    "impact.outcomes", needed, area.h, sum(len(t) for t in texts)
                )
            heights = heights or [area.h / count] * count
        self._shrunk("text", size, 16)
        y = area.y
        for index, height in enumerate(heights):
            self.rect(Box(area.x, y, area.w, height), "surface", "Outcome tile")
            self.rect(Box(area.x, y, 0.06 * 72, height), "accent", "Outcome bar")
            left: list[list[Run]] = [[(tiles.tiles[index].caption.upper(), 12.0, True, "accent")]]
            if index in values:
                left.append([(values[index], value_size, True, "primary")])
            self.text(
                Box(area.x + 12, y + pad, left_w - 12, height - 2 * pad), left, "Outcome value"
            )
            bold = index not in values
            self.text(
                Box(text_x, y + pad, text_w, height - 2 * pad),
                [[(texts[index], size, bold, "primary" if bold else "text")]],
                "Outcome",
            )
            y += height + gap

    # -- metrics -----------------------------------------------------------------------------
    def _metrics(self) -> None:
        chart: Chart = self.slide.block(Chart)
        card: Scorecard = self.slide.block(Scorecard)
        area = self.content
        gap = COL_GAP
        # The chart takes the left half or more; the scorecard gets more room when it needs it.
        choice = None
        for share in (SPLIT, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3):
            width = area.w - area.w * share - gap
            size, heights = self._scorecard_size(card, width, area.h)
            if heights is not None and (size >= 14 or share == 0.3):
                choice = share
                break
            if heights is not None and choice is None:
                choice = share
        share = choice if choice is not None else 0.3
        chart_w = area.w * share
        self._chart(Box(area.x, area.y, chart_w, area.h), chart)
        self._scorecard(Box(area.x + chart_w + gap, area.y, area.w - chart_w - gap, area.h), card)

    def _chart(self, box: Box, spec: Chart) -> None:
        # Labelled like the scorecard beside it: one style, one baseline for both columns.
        unit_note = f" ({spec.unit})" if spec.unit else ""
        title = (spec.title + unit_note).upper()
        one_line = block_height([Para(title, bold=True)], self.body_font, 12, box.w - 2 * INSET_X)
        lines = 1 if one_line is not None and one_line <= 12 * 1.2 + 0.1 else 2
        head = Box(box.x, box.y, box.w, 0.34 * 72 + (lines - 1) * 14.4)
        self.text(head, [[(title, 12, True, "accent")]], "Chart title", flush=True)
        plot = Box(box.x, head.bottom + 0.06 * 72, box.w, box.bottom - head.bottom - 0.06 * 72)
        count = len(spec.categories)
        # Category labels share the axis: each gets its slot, at most two lines at 12 pt.
        slot = plot.w * 0.9 / count
        label_font = Font(self.body_font, 12)
        for index, category in enumerate(spec.categories):
            if not category:
                continue
            free = sum(
                1 for j in (index - 1, index + 1) if 0 <= j < count and not spec.categories[j]
            )
            height = block_height([Para(category)], self.body_font, 12, slot * (1 + free) - 4)
            if height is None or height > 12 * 1.2 * 2 + 0.1:
                self._over(
                    "metrics.items[0].history", [Para(category)], self.body_font, 12, slot, 28.8
                )
                break
        # Value labels above the points must not run into each other.
        f = self.pack.formatter
        # Short units ("%", "$M", "pts", "days") on every label; a long one only in the title,
        # so labels stay on one line.
        label_unit = spec.unit if spec.unit and len(spec.unit) <= 4 else None
        values = spec.series[0].values
        texts = [f.with_unit(v, label_unit) if v is not None else "" for v in values]
        widest = max((label_font.width(t) * 1.1 for t in texts if t), default=0)
        labels = [v is not None for v in values]
        if spec.style == "trend" and widest > slot:
            last = max(i for i, v in enumerate(values) if v is not None)
            labels = [i in (0, last) and values[i] is not None for i in range(len(values))]
            self.decisions.append("metrics: values labelled at the first and latest point only")
        target_label = f"{spec.target_word} {f.with_unit(spec.target, label_unit)}"
        when = f"{target_label} · {spec.target_label}"  # the level line has no slot of its own
        if (
            spec.style == "trend"
            and spec.target_label != spec.target_word
            and (Font(self.body_font, 12, True).width(when) <= plot.w * 0.6)
        ):
            target_label = when  # (a long timeframe stays on the scorecard instead)
        self.elements.append(ChartBox(plot, spec, labels, self.body_font, label_unit, target_label))

    def _score_paras(self, row: ScoreRow, size: float) -> tuple[list[Para], float]:
        """Values first (larger, after the direction marker), then name and detail; and the
        marker's size. The numbers lead, and the marker's place is known exactly."""
        value_scale = 1.15 if size > self.floor else 1.0
        detail_scale = max(self.floor, round(size * 0.8, 1)) / size
        marker = size * value_scale * 0.62
        out = [
            Para(f"{row.baseline} → {row.target}", value_scale, True),
            Para(row.name, 1.0, True, 2),
        ]
        if row.detail:
            out.append(Para(row.detail, detail_scale, False, 1))
        return out, marker

    def _score_height(self, row: ScoreRow, size: float, inner_w: float) -> float | None:
        ps, marker = self._score_paras(row, size)
        split = size <= self.floor
        font = self.body_font
        parts = [
            block_height(ps[:1], font, size, inner_w - marker - 6, split),
            block_height(ps[1:2], font, size, inner_w, split),
            block_height(ps[2:], font, size, inner_w, split) if len(ps) > 2 else 0.0,
        ]
        if None in parts:
            return None
        extra = sum(p.space_before * size / 10 for p in ps[1:])
        return sum(h or 0 for h in parts) + extra + 2 * INSET_Y

    def _scorecard_size(
        self, card: Scorecard, width: float, height: float
    ) -> tuple[float, list[float] | None]:
        """The largest size (16 down to the floor) at which every row fits, and the heights."""
        inner_w = width - 2 * INSET_X
        available = height - 0.45 * 72
        size = 16.0
        while size >= self.floor:
            heights = [self._score_height(r, size, inner_w) for r in card.rows]
            if None not in heights:
                total = sum(h or 0 for h in heights) + SCORE_GAP * (len(card.rows) - 1)
                if total <= available:
                    return size, [h or 0 for h in heights]
            size -= 1
        return self.floor, None

    def _scorecard(self, box: Box, card: Scorecard) -> None:
        self.text(
            Box(box.x, box.y, box.w, 0.34 * 72),
            [[(card.label.upper(), 12, True, "accent")]],
            "Scorecard label",
            flush=True,
        )
        top = box.y + 0.45 * 72
        inner_w = box.w - 2 * INSET_X
        size, heights = self._scorecard_size(card, box.w, box.h)
        if heights is None:
            heights = [self._score_height(r, size, inner_w) or 0 for r in card.rows]
            needed = sum(heights) + SCORE_GAP * (len(card.rows) - 1)
            chars = sum(len(r.name) + len(r.detail) for r in card.rows)
            if self.overflow is None:
                self.overflow = _Overflow("metrics.items", needed, box.bottom - top, chars)
        self._shrunk("scorecard", size, 16)
        y = top
        for row, height in zip(card.rows, heights, strict=True):
            ps, marker = self._score_paras(row, size)
            value_size = round(size * ps[0].scale, 1)
            runs: list[list[Run]] = [
                [(f"{row.baseline} → {row.target}", value_size, True, "primary")],
                [(row.name, size, True, "text")],
            ]
            if row.detail:
                runs.append([(row.detail, round(size * ps[2].scale, 1), False, "muted")])
            spacing_list = [0.0, 0.2 * size, 0.1 * size][: len(runs)]
            self.text(
                Box(box.x, y, box.w, height),
                runs,
                "Scorecard row",
                flush=True,
                space_before=spacing_list,
                indents={0: marker + 6},
            )
            marker_y = y + INSET_Y + value_size * 0.6 - marker * 0.55
            shape = "oval" if row.marker == "●" else "triangle"
            mbox = Box(box.x, marker_y, marker, marker)  # on the grid, as the text is
            if shape == "oval":
                mbox = Box(
                    mbox.x + marker * 0.15, mbox.y + marker * 0.15, marker * 0.7, marker * 0.7
                )
            self.rect(
                mbox,
                "positive" if row.good else "negative",
                f"Direction marker {row.marker}",
                shape,
                180.0 if row.marker == "▼" else 0.0,
            )
            y += height + SCORE_GAP
            if row is not card.rows[-1]:
                self.rect(
                    Box(box.x + INSET_X, y - SCORE_GAP / 2, box.w - 2 * INSET_X, 0.75),
                    "rule",
                    "Rule",
                )

    # -- trade-offs --------------------------------------------------------------------------
    def _tradeoffs(self) -> None:
        table: Table = self.slide.block(Table)
        listings: list[Listing] = [b for b in self.slide.blocks if isinstance(b, Listing)]
        area = self.content
        font = self.body_font
        col_w = (area.w - 0.3 * 72 * (len(listings) - 1)) / max(1, len(listings))
        widths = _column_widths(table, area.w, font)

        def strip_height(size: float) -> float:
            if not listings:
                return 0.0
            return max(self._listing_height(li, col_w, size) for li in listings) + 0.25 * 72

        # The table is the focal point: give it the largest size that fits, shrinking the
        # strip below it first.
        size, strip_size, fits = self.table_floor, self.floor, False
        strip_sizes = [max(12.0, self.floor)]  # the strip is secondary: one size in every deck
        candidates = [s for s in (14.0, 13.0, 12.0, 11.0, 10.0) if s >= self.table_floor]
        for candidate in candidates or [self.table_floor]:
            table_h = sum(_row_heights(table, widths, font, candidate, self.table_floor))
            fitting = [s for s in strip_sizes if table_h + strip_height(s) <= area.h]
            if fitting:
                size, strip_size, fits = candidate, fitting[0], True
                break
        if not fits:
            cells = [Para(c) for row in table.rows for c in row]
            for listing in listings:
                cells += [Para(i) for i in listing.items]
            needed = sum(_row_heights(table, widths, font, size, self.table_floor)) + strip_height(
                strip_size
            )
            self.overflow = self.overflow or _Overflow(
                "tradeoffs.options", needed, area.h, sum(len(p.text) for p in cells)
            )
        self._shrunk("table", size, 14)
        heights = _row_heights(table, widths, font, size, self.table_floor)
        # A quiet header (grey caps over a rule): the recommended row is the focal point.
        header_size = min(size, 12.0)
        cells_out: list[list[Cell]] = [
            [Cell([[(t.upper(), header_size, True, "muted")]], "background") for t in table.header]
        ]
        for r, row in enumerate(table.rows):
            chosen = r in table.highlight
            fill = "highlight" if chosen else "background"
            out_row = []
            for col, text in enumerate(row):
                lines = text.split("\n")
                if col == 0:
                    paras: list[list[Run]] = (
                        [
                            [
                                (
                                    table.badge.upper(),
                                    max(round(size * 0.85, 1), self.table_floor),
                                    True,
                                    "accent",
                                )
                            ]
                        ]
                        if chosen
                        else []
                    )
                    paras += [[(lines[0], size, True, "primary")]]
                    paras += [[(ln, size, False, "text")] for ln in lines[1:]]
                else:
                    paras = [[(ln, size, chosen, "text")] for ln in lines]
                out_row.append(Cell(paras, fill))
            cells_out.append(out_row)
        self.elements.append(
            TableBox(Box(area.x, area.y, area.w, sum(heights)), widths, heights, cells_out, font)
        )
        y = area.y + heights[0]
        self.rect(Box(area.x, y - 0.5, area.w, 1.0), "text", "Header rule")
        for r, height in enumerate(heights[1:]):
            if r in table.highlight:
                self.rect(Box(area.x, y, 0.06 * 72, height), "accent", "Recommended bar")
            y += height
            if r < len(table.rows) - 1:
                self.rect(Box(area.x, y - 0.25, area.w, 0.5), "rule", "Row rule")
        if listings:
            y = area.y + sum(heights) + 0.25 * 72
            for index, listing in enumerate(listings):
                x = area.x + index * (col_w + 0.3 * 72)
                paras_out: list[list[Run]] = [[(listing.label.upper(), 12, True, "accent")]]
                paras_out += [[(item, strip_size, False, "text")] for item in listing.items]
                self.text(
                    Box(x, y, col_w, max(area.bottom - y, 0.3 * 72)),
                    paras_out,
                    listing.label,
                    flush=True,
                    space_before=3,
                    bullet=("•", STRIP_INDENT, "accent"),
                    bullet_from=1,
                )

    def _listing_height(self, listing: Listing, width: float, size: float) -> float:
        label = [Para(listing.label.upper(), 12 / size, True)]
        items = [Para(i, 1.0, False, 3) for i in listing.items]
        split = size <= self.floor
        label_h = block_height(label, self.body_font, size, width - 2 * INSET_X, split) or 0
        items_h = block_height(
            items, self.body_font, size, width - 2 * INSET_X - STRIP_INDENT, split
        )
        if items_h is None:
            return 10_000.0
        return label_h + items_h + 3 + 2 * INSET_Y + 4

    # -- ask ---------------------------------------------------------------------------------
    def _ask(self) -> None:
        decision: Decision = self.slide.block(Decision)
        facts: Facts | None = self.slide.block(Facts)
        steps: Steps | None = self.slide.block(Steps)
        area = self.content
        font, heading = self.body_font, self.heading_font
        bar, label_h, gap = 0.08 * 72, 0.35 * 72, 0.4 * 72
        text_x = area.x + bar + 0.25 * 72
        text_w = area.right - text_x
        steps_w = area.w * SPLIT if (steps and facts) else area.w
        facts_x = area.x + steps_w + COL_GAP if steps else area.x
        facts_w = area.right - facts_x
        step_paras = [Para(s, space_before=5) for s in (steps.items if steps else [])]

        def fact_paras(size: float) -> list[Para]:
            """Each fact: its label (always 12 pt, a caption) over its value."""
            return [
                p
                for f in (facts.facts if facts else [])
                for p in (Para(f.label.upper(), 12 / size, True, 8), Para(f.value, 1.0, True, 1))
            ]

        def fit_facts(height: float, largest: float, small: float) -> tuple[float, bool]:
            size = largest
            while size >= small:
                needed = block_height(
                    fact_paras(size), font, size, facts_w - 2 * INSET_X, size - 1 < small
                )
                if needed is not None and needed <= height:
                    return size, True
                size -= 1
            return small, False

        decision_paras = [Para(decision.text, bold=True)]

        def plan(dec_size: float, small: float) -> tuple[bool, float, float, float, float]:
            dec_h = (
                block_height(
                    decision_paras, heading, dec_size, text_w - 2 * INSET_X, dec_size <= 18
                )
                or 1e9
            ) + 2 * INSET_Y
            room = area.h - label_h - dec_h - gap - 0.34 * 72 - 2 * INSET_Y
            ok, step_size, fact_size = room > 0, 0.0, 0.0
            # Everything else stays smaller than the decision.
            largest = max(small, min(20.0, dec_size - 4))
            if steps:
                step_size, fits = fit(
                    step_paras, font, steps_w - 2 * INSET_X - NUMBER_INDENT, room, largest, small
                )
                ok = ok and fits
            if facts:
                fact_size, fits = fit_facts(room + 0.34 * 72, largest, small)
                ok = ok and fits
            return ok, dec_h, step_size, fact_size, room

        dec_size = 40.0
        ok, dec_h, step_size, fact_size, room = plan(dec_size, 16)
        while not ok and dec_size > 18:
            dec_size -= 2
            ok, dec_h, step_size, fact_size, room = plan(dec_size, 16)
        if not ok:
            ok, dec_h, step_size, fact_size, room = plan(dec_size, self.floor)
        if not ok:
            field = "ask.next_steps" if steps else "ask.decision"
            paras = step_paras + fact_paras(self.floor) if steps else decision_paras
            self._over(field, paras, font, self.floor, steps_w - 2 * INSET_X, max(room, 1))
        self._shrunk("decision", dec_size, 40)
        self.text(
            Box(text_x, area.y, text_w, 0.3 * 72),
            [[(decision.label.upper(), 12, True, "accent")]],
            "Decision label",
        )
        self.text(
            Box(text_x, area.y + label_h, text_w, dec_h),
            [[(decision.text, dec_size, True, "primary")]],
            "Decision",
            font=heading,
        )
        self.rect(Box(area.x, area.y, bar, dec_h + label_h), "accent", "Decision bar")
        y = area.y + label_h + dec_h + gap
        if steps:
            self.text(
                Box(area.x, y, steps_w, 0.3 * 72),
                [[(steps.label.upper(), 12, True, "accent")]],
                "Next steps label",
                flush=True,
            )
            self.text(
                Box(area.x, y + 0.34 * 72, steps_w, max(area.bottom - y - 0.34 * 72, 20)),
                [[(s, step_size, False, "text")] for s in steps.items],
                "Next steps",
                flush=True,
                space_before=step_size * 0.5,
                bullet=(NUMBERED, NUMBER_INDENT, "accent"),
            )
        if facts:
            runs: list[list[Run]] = []
            for fact in facts.facts:
                runs.append([(fact.label.upper(), 12.0, True, "muted")])
                runs.append([(fact.value, fact_size, True, "text")])
            spacing = [
                0.0 if i == 0 else (0.8 if i % 2 == 0 else 0.1) * fact_size
                for i in range(len(runs))
            ]
            self.text(
                Box(facts_x, y, facts_w, max(area.bottom - y, 20)),
                runs,
                "Facts",
                flush=True,
                space_before=spacing,
            )


def _cell_paras(text: str, bold_first: bool, all_bold: bool = False) -> list[Para]:
    lines = text.split("\n")
    return [
        Para(line, bold=all_bold or (bold_first and i == 0), space_before=2 if i else 0)
        for i, line in enumerate(lines)
    ]


def _column_widths(table: Table, total: float, font: str) -> list[float]:
    """Cost and time as wide as their longest line needs (within limits); the rest by text."""
    widths: list[float] = []
    for col in range(len(table.header)):
        texts = [table.header[col]] + [line for row in table.rows for line in row[col].split("\n")]
        widths.append(max(Font(font, 13, True).width(t) for t in texts) + 2 * CELL_X + 8)
    narrow = [3, 4]
    for col in narrow:
        widths[col] = min(max(widths[col], 0.9 * 72), total * 0.14)
    rest = total - sum(widths[c] for c in narrow)
    weights = [max(1.0, sum(len(row[c]) for row in table.rows)) ** 0.5 for c in (0, 1, 2)]
    weights[0] *= 1.15
    for col, weight in zip((0, 1, 2), weights, strict=True):
        widths[col] = rest * weight / sum(weights)
    return widths


def _row_heights(
    table: Table, widths: list[float], font: str, size: float, floor: float
) -> list[float]:
    rows = [table.header, *table.rows]
    heights = []
    for r, row in enumerate(rows):
        best = 0.0
        for col, text in enumerate(row):
            chosen = r > 0 and (r - 1) in table.highlight  # the recommended row is all bold
            paras = _cell_paras(text, r == 0 or col == 0 or chosen, all_bold=chosen)
            if col == 0 and r and (r - 1) in table.highlight:
                paras.insert(0, Para(table.badge.upper(), max(0.85, floor / size), True))
            need = block_height(paras, font, size, widths[col] - 2 * CELL_X, size <= floor)
            best = max(best, (need if need is not None else 10_000.0) + 2 * CELL_Y + 2)
        heights.append(best)
    return heights
