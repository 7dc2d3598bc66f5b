"""The trade-offs slide: two options as two cards (:mod:`.cards`), more in the options table
(the focal point, the recommended row marked); below either, a strip with what we are not
doing and the risks. Columns empty for every option are left out; the block is balanced."""

from __future__ import annotations

from msgspec import structs

from ..geometry import Box
from ..measure import Font, Para, block_height, largest_fitting, widow_free
from ..outline import Listing, Slide, Table
from . import cards
from . import units as u
from .canvas import Canvas
from .scene import Bullet, Cell, Paragraphs, Run, TableBox


def plan(slide: Slide, area: Box, canvas: Canvas) -> None:
    """The table at the largest size that fits with the strip below it; then the strip."""
    table: Table = slide.block(Table)
    listings: list[Listing] = [b for b in slide.blocks if isinstance(b, Listing)]
    style = canvas.style
    font = style.body_font
    col_w = (area.w - u.STRIP_COL_GAP * (len(listings) - 1)) / max(1, len(listings))
    widths = _column_widths(table, area.w, font)

    def strip_height(size: float) -> float:
        if not listings:
            return 0.0
        heights = [_listing_height(li, col_w, size, canvas) for li in listings]
        return max(heights) + u.STRIP_GAP

    def heights_at(size: float) -> list[float]:
        return _row_heights(table, widths, font, size, style.table_floor)

    # The table is the focal point: give it the largest size that fits, shrinking the
    # strip below it first. The strip is secondary: one size in every deck.
    strip_sizes = [max(u.LABEL_SIZE, style.floor)]
    if len(table.rows) == 2:
        bottom = cards.plan(table, area, strip_height(strip_sizes[0]), canvas)
        if bottom is not None:
            if listings:
                y = bottom + u.STRIP_GAP
                _strip(listings, area, y, col_w, strip_sizes[0], canvas)
            return

    def strip_fitting(size: float) -> float | None:
        table_h = sum(heights_at(size))
        return next((s for s in strip_sizes if table_h + strip_height(s) <= area.h), None)

    candidates = [s for s in u.TABLE_SIZES if s >= style.table_floor] or [style.table_floor]
    found = largest_fitting(candidates, strip_fitting)
    if found:
        size, strip_size = found
    else:
        size, strip_size = style.table_floor, style.floor
        chars = sum(_chars(row.lines(c)) for row in table.rows for c in table.columns)
        chars += sum(len(item) for listing in listings for item in listing.items)
        needed = sum(heights_at(size)) + strip_height(strip_size)
        canvas.overflowed("tradeoffs.options", needed, area.h, chars)
    canvas.shrunk("table", size, u.TABLE_SIZES[0])
    heights = heights_at(size)
    top = canvas.balanced(area, sum(heights) + strip_height(strip_size))
    area = Box(area.x, top, area.w, area.bottom - top)
    canvas.add(
        TableBox(
            Box(area.x, area.y, area.w, sum(heights)),
            widths,
            heights,
            [_ends_well(row, widths, font) for row in _cells(table, size, style.table_floor)],
            font,
        )
    )
    _rules(table, area, heights, canvas)
    if listings:
        _strip(listings, area, area.y + sum(heights) + u.STRIP_GAP, col_w, strip_size, canvas)


def _ends_well(row: list[Cell], widths: list[float], font: str) -> list[Cell]:
    """The row's cells with right indents where a line would end in one word alone."""
    out = []
    for cell, width in zip(row, widths, strict=True):
        indents = {}
        for index, runs in enumerate(cell.paras):
            text = "".join(r.text for r in runs)
            inner = width - 2 * u.CELL_X
            narrower = widow_free(text, Font(font, runs[0].size, runs[0].bold), inner)
            if narrower < inner:
                indents[index] = inner - narrower
        out.append(structs.replace(cell, right_indents=indents))
    return out


def _cells(table: Table, size: float, floor: float) -> list[list[Cell]]:
    """A quiet header (grey caps over a rule), then the options; the recommended row is the
    focal point, with its badge above the name."""
    header_size = min(size, u.LABEL_SIZE)
    out: list[list[Cell]] = [
        [
            Cell([[Run(table.header[c].upper(), header_size, True, "muted")]], "background")
            for c in table.columns
        ]
    ]
    for r, row in enumerate(table.rows):
        chosen = r in table.highlight
        fill = "highlight" if chosen else "background"
        cells = []
        for col in table.columns:
            lines = row.lines(col)
            if col == 0:
                badge = max(round(size * u.BADGE_SCALE, 1), floor)
                paras: Paragraphs = (
                    [[Run(table.badge.upper(), badge, True, "accent")]] if chosen else []
                )
                paras += [[Run(lines[0], size, True, "primary")]]
                paras += [[Run(ln, size, False, "text")] for ln in lines[1:]]
            else:  # the row is marked by tint, bar and badge: only the name is bold
                paras = [[Run(ln, size, False, "text")] for ln in lines]
            cells.append(Cell(paras, fill))
        out.append(cells)
    return out


def _rules(table: Table, area: Box, heights: list[float], canvas: Canvas) -> None:
    """The rule under the header, the recommended row's bar, hairlines between rows."""
    y = area.y + heights[0]
    canvas.rect(Box(area.x, y - 0.5, area.w, 1.0), "text", "Header rule")
    for r, height in enumerate(heights[1:]):
        if r in table.highlight:
            canvas.rect(Box(area.x, y, u.ACCENT_BAR, height), "accent", "Recommended bar")
        y += height
        if r < len(table.rows) - 1:
            canvas.rect(Box(area.x, y - 0.25, area.w, 0.5), "rule", "Row rule")


def _strip(
    listings: list[Listing], area: Box, y: float, col_w: float, size: float, canvas: Canvas
) -> None:
    """Not doing and risks, side by side below the table."""
    for index, listing in enumerate(listings):
        x = area.x + index * (col_w + u.STRIP_COL_GAP)
        paras: Paragraphs = [[Run(listing.label.upper(), u.LABEL_SIZE, True, "accent")]]
        paras += [[Run(item, size, False, "text")] for item in listing.items]
        canvas.text(
            Box(x, y, col_w, max(area.bottom - y, u.LABEL_H)),
            paras,
            listing.label,
            flush=True,
            space_before=u.STRIP_SPACE,
            bullet=Bullet("•", u.STRIP_INDENT, "accent"),
            bullet_from=1,
        )


def _listing_height(listing: Listing, width: float, size: float, canvas: Canvas) -> float:
    font, floor = canvas.style.body_font, canvas.style.floor
    label = [Para(listing.label.upper(), u.LABEL_SIZE / size, True)]
    items = [Para(i, 1.0, False, u.STRIP_SPACE) for i in listing.items]
    split = size <= floor
    label_h = block_height(label, font, size, width - 2 * u.INSET_X, split) or 0
    items_h = block_height(items, font, size, width - 2 * u.INSET_X - u.STRIP_INDENT, split)
    if items_h is None:
        return u.TOO_TALL
    return label_h + items_h + u.STRIP_SPACE + 2 * u.INSET_Y + 4


def _column_widths(table: Table, total: float, font: str) -> list[float]:
    """The width of each column shown: cost and time as wide as their longest line needs
    (within limits); the rest shared by the amount of text."""
    measure = Font(font, u.HEADER_MEASURE_SIZE, True)
    widths: dict[int, float] = {}
    for col in table.columns:
        texts = [table.header[col]] + [line for row in table.rows for line in row.lines(col)]
        widths[col] = max(measure.width(t) for t in texts) + 2 * u.CELL_X + 8
    narrow = [c for c in u.NARROW_COLUMNS if c in widths]
    for col in narrow:
        widths[col] = min(max(widths[col], u.NARROW_MIN), total * u.NARROW_SHARE)
    rest = total - sum(widths[c] for c in narrow)
    wide = [c for c in (0, 1, 2) if c in widths]
    weights = [max(1.0, sum(_chars(row.lines(c)) for row in table.rows)) ** 0.5 for c in wide]
    weights[0] *= u.NAME_WEIGHT
    for col, weight in zip(wide, weights, strict=True):
        widths[col] = rest * weight / sum(weights)
    return [widths[c] for c in table.columns]


def _chars(lines: list[str]) -> int:
    """Characters in a cell, a line break counting as one."""
    return sum(len(line) for line in lines) + len(lines) - 1


def _row_heights(
    table: Table, widths: list[float], font: str, size: float, floor: float
) -> list[float]:
    """The header's and each option's height at ``size``; the recommended row with its badge.
    ``widths`` are those of the columns shown, in order."""
    rows: list[list[list[str]]] = [[[table.header[c]] for c in table.columns]]
    rows += [[row.lines(c) for c in table.columns] for row in table.rows]
    heights = []
    for r, row in enumerate(rows):
        chosen = r > 0 and (r - 1) in table.highlight
        best = 0.0
        for col, lines in enumerate(row):
            paras = _cell_paras(lines, r == 0 or col == 0)
            if col == 0 and chosen:
                paras.insert(0, Para(table.badge.upper(), max(u.BADGE_SCALE, floor / size), True))
            need = block_height(paras, font, size, widths[col] - 2 * u.CELL_X, size <= floor)
            best = max(best, (need if need is not None else u.TOO_TALL) + 2 * u.CELL_Y + 2)
        heights.append(best)
    return heights


def _cell_paras(lines: list[str], bold_first: bool) -> list[Para]:
    return [
        Para(line, bold=bold_first and i == 0, space_before=u.CELL_SPACE if i else 0)
        for i, line in enumerate(lines)
    ]
