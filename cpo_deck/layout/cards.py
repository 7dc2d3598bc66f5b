"""Two options as two cards side by side (the trade-offs slide's form for two options): each
card the option's name, its summary, its pros and cons under their captions, and its cost and
time as labelled facts along the bottom. The recommended card is tinted, with the accent bar
and the badge; only its name is bold, as every name is."""

from __future__ import annotations

from ..geometry import Box
from ..measure import Para, block_height, largest_fitting, steps
from ..outline import OptionRow, Table
from . import units as u
from .canvas import Canvas
from .scene import Paragraphs, Run

_MISSING = "—"


def plan(table: Table, area: Box, strip_h: float, canvas: Canvas) -> float | None:
    """Draw the two cards at the largest size (20 down to the table floor) at which they fit
    above a strip ``strip_h`` tall; return the cards' top, or ``None`` when they do not fit."""
    style = canvas.style
    width = (area.w - u.CARD_GAP) / 2
    inner_w = width - 2 * u.CARD_PAD - 2 * u.INSET_X
    facts_cols: list[int] = [c for c in (3, 4) if c in table.columns]

    def height_at(size: float) -> tuple[float, float] | None:
        """The cards' height and their facts' height at ``size``, when they fit."""
        tallest = 0.0
        for index, row in enumerate(table.rows):
            paras = _paras(table, row, index in table.highlight, size)
            needed = block_height(
                [
                    Para(_plain(p), p[0].size / size, p[0].bold, _space(i, p, size))
                    for i, p in enumerate(paras)
                ],
                style.body_font,
                size,
                inner_w,
                size <= style.table_floor,
            )
            if needed is None:
                return None
            tallest = max(tallest, needed)
        facts_h = _facts_h(table, size, facts_cols, width, style.body_font, style.table_floor)
        if facts_h is None:
            return None
        total = tallest + 2 * u.INSET_Y + facts_h + 2 * u.CARD_PAD
        return (total, facts_h) if total + strip_h <= area.h else None

    found = largest_fitting(
        steps(u.CARD_SIZES[0], max(style.table_floor, u.CARD_SIZES[1])), height_at
    )
    if found is None:
        return None
    size, (height, facts_h) = found
    canvas.decide("tradeoffs: two options as two cards")
    canvas.shrunk("cards", size, u.CARD_SIZES[0])
    top = canvas.balanced(area, height + strip_h)
    for index, row in enumerate(table.rows):
        box = Box(area.x + index * (width + u.CARD_GAP), top, width, height)
        _card(table, row, index in table.highlight, box, size, (facts_cols, facts_h), canvas)
    return top + height


def _card(
    table: Table,
    row: OptionRow,
    chosen: bool,
    box: Box,
    size: float,
    facts_at: tuple[list[int], float],
    canvas: Canvas,
) -> None:
    """One card: panel, bar when recommended, the text, then the facts along the bottom."""
    canvas.rect(box, "highlight" if chosen else "surface", "Option card")
    if chosen:
        canvas.rect(Box(box.x, box.y, box.w, u.ACCENT_BAR), "accent", "Recommended bar")
    pad = u.CARD_PAD
    paras = _paras(table, row, chosen, size)
    canvas.text(
        Box(box.x + pad, box.y + pad, box.w - 2 * pad, box.h - 2 * pad),
        paras,
        "Option",
        space_before=[_space(i, p, size) * size / 10 for i, p in enumerate(paras)],
    )
    facts, with_gap = facts_at  # the columns, and the height measured when the cards were fitted
    if not facts:
        return
    fact_h = with_gap - u.CARD_FACTS_GAP
    y = box.bottom - pad - fact_h
    width = (box.w - 2 * pad - u.COL_GAP * (len(facts) - 1)) / len(facts)
    canvas.rect(
        Box(box.x + pad, y - u.CARD_FACTS_GAP / 2, box.w - 2 * pad, u.RULE_W), "rule", "Rule"
    )
    for n, col in enumerate(facts):
        value = row.lines(col)[0] or _MISSING
        canvas.text(
            Box(box.x + pad + n * (width + u.COL_GAP), y, width, fact_h),
            [
                [Run(table.header[col].upper(), u.LABEL_SIZE, True, "muted")],
                [Run(value, size, True, "text")],
            ],
            "Option facts",
        )


def _paras(table: Table, row: OptionRow, chosen: bool, size: float) -> Paragraphs:
    """The card's text: badge, name, summary, then pros and cons under their captions."""
    # Every card keeps the badge's line, so the two cards' names and lists line up.
    badge = table.badge.upper() if chosen else " "
    out: Paragraphs = [[Run(badge, u.LABEL_SIZE, True, "accent")]]
    out.append([Run(row.name, round(size * u.CARD_NAME_SCALE, 1), True, "primary")])
    if row.summary:
        out.append([Run(row.summary, size, False, "text")])
    for col, items in ((1, row.pros), (2, row.cons)):
        if col in table.columns:
            out.append([Run(table.header[col].upper(), u.LABEL_SIZE, True, "muted")])
            out += [[Run(item, size, False, "text")] for item in items or (_MISSING,)]
    return out


def _facts_h(
    table: Table, size: float, facts: list[int], card_w: float, font: str, floor: float
) -> float | None:
    """The height the cost and time take along the cards' bottoms, with the gap above them:
    each caption over its value, the tallest of both cards (0 without facts; ``None`` when a
    word is wider than its column, unless at the ``floor``, where words split)."""
    if not facts:
        return 0.0
    width = (card_w - 2 * u.CARD_PAD - u.COL_GAP * (len(facts) - 1)) / len(facts)
    tallest = 0.0
    for row in table.rows:
        for col in facts:
            paras = [
                Para(table.header[col].upper(), u.LABEL_SIZE / size, True),
                Para(row.lines(col)[0] or _MISSING, 1.0, True),
            ]
            needed = block_height(paras, font, size, width - 2 * u.INSET_X, size <= floor)
            if needed is None:
                return None
            tallest = max(tallest, needed)
    return tallest + 2 * u.INSET_Y + u.CARD_FACTS_GAP


def _plain(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)


def _space(index: int, runs: list[Run], size: float) -> float:
    """Space before a paragraph, in tenths of ``size``: more before a caption."""
    if index == 0:
        return 0.0
    caption = runs[0].size == u.LABEL_SIZE and runs[0].bold and runs[0].role == "muted"
    return u.CARD_CAPTION_SPACE if caption else u.CARD_LINE_SPACE
