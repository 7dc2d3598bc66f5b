"""The metrics slide: the primary metric's chart on the left, the scorecard of every metric on
the right. The chart gives up width until the scorecard reads comfortably."""

from __future__ import annotations

from ..geometry import Box
from ..measure import Para, block_height, largest_fitting, steps
from ..outline import Chart, Scorecard, ScoreRow, Slide
from . import chart as chart_layout
from . import units as u
from .canvas import Canvas, Style
from .scene import Paragraphs, Run


def plan(slide: Slide, area: Box, canvas: Canvas) -> None:
    """Chart and scorecard side by side, the chart taking the largest share that lets the
    scorecard fit at a comfortable size."""
    chart: Chart = slide.block(Chart)
    card: Scorecard = slide.block(Scorecard)
    gap = u.COL_GAP
    last = u.CHART_SHARES[-1]
    choice = None
    for share in u.CHART_SHARES:
        width = area.w - area.w * share - gap
        size, heights = _scorecard_size(card, width, area.h, canvas.style)
        if heights is not None and (size >= u.SCORECARD_GOOD_SIZE or share == last):
            choice = share
            break
        if heights is not None and choice is None:
            choice = share
    share = choice if choice is not None else last
    chart_w = area.w * share
    card_box = Box(area.x + chart_w + gap, area.y, area.w - chart_w - gap, area.h)
    if choice is None:  # the scorecard's overflow first: the chart's labels fit once it moves
        _scorecard(card_box, card, canvas)
    chart_layout.plan(Box(area.x, area.y, chart_w, area.h), chart, canvas)
    if choice is not None:
        _scorecard(card_box, card, canvas)


def _score_paras(row: ScoreRow, size: float, floor: float) -> tuple[list[Para], float]:
    """Values first (larger, after the direction marker), then name and detail; and the
    marker's size. The numbers lead, and the marker's place is known exactly."""
    value_scale = u.VALUE_SCALE if size > floor else 1.0
    detail_scale = max(floor, round(size * u.DETAIL_SCALE, 1)) / size
    marker = size * value_scale * u.MARKER_SCALE
    out = [
        Para(row.value_line, value_scale, True),
        Para(row.name, 1.0, True, 2),
    ]
    if row.detail:
        out.append(Para(row.detail, detail_scale, False, 1))
    return out, marker


def _score_height(row: ScoreRow, size: float, inner_w: float, style: Style) -> float | None:
    ps, marker = _score_paras(row, size, style.floor)
    split = size <= style.floor
    font = style.body_font
    parts = [
        block_height(ps[:1], font, size, inner_w - marker - u.MARKER_GAP, split),
        block_height(ps[1:2], font, size, inner_w, split),
        block_height(ps[2:], font, size, inner_w, split) if len(ps) > 2 else 0.0,
    ]
    if None in parts:
        return None
    extra = sum(p.space_before * size / 10 for p in ps[1:])
    return sum(h or 0 for h in parts) + extra + 2 * u.INSET_Y


def _scorecard_size(
    card: Scorecard, width: float, height: float, style: Style
) -> tuple[float, list[float] | None]:
    """The largest size (16 down to the floor) at which every row fits, and the heights."""
    inner_w = width - 2 * u.INSET_X
    available = height - u.SCORECARD_TOP

    def row_heights(size: float) -> list[float] | None:
        heights = [_score_height(r, size, inner_w, style) for r in card.rows]
        if None in heights:
            return None
        total = sum(h or 0 for h in heights) + u.SCORE_GAP * (len(card.rows) - 1)
        return [h or 0 for h in heights] if total <= available else None

    found = largest_fitting(steps(u.SCORECARD_SIZE, style.floor), row_heights)
    return found if found else (style.floor, None)


def _scorecard(box: Box, card: Scorecard, canvas: Canvas) -> None:
    style = canvas.style
    canvas.text(
        Box(box.x, box.y, box.w, u.HEAD_H),
        [[Run(card.label.upper(), u.LABEL_SIZE, True, "accent")]],
        "Scorecard label",
        flush=True,
    )
    top = box.y + u.SCORECARD_TOP
    inner_w = box.w - 2 * u.INSET_X
    size, fitted = _scorecard_size(card, box.w, box.h, style)
    if fitted is None:
        heights = [_score_height(r, size, inner_w, style) or 0 for r in card.rows]
        needed = sum(heights) + u.SCORE_GAP * (len(card.rows) - 1)
        chars = sum(len(r.name) + len(r.detail) for r in card.rows)
        canvas.overflowed("metrics.items", needed, box.bottom - top, chars)
    else:
        heights = fitted
    canvas.shrunk("scorecard", size, u.SCORECARD_SIZE)
    y = top
    for row, height in zip(card.rows, heights, strict=True):
        _score_row(row, Box(box.x, y, box.w, height), size, canvas)
        y += height + u.SCORE_GAP
        if row is not card.rows[-1]:
            canvas.rect(
                Box(box.x + u.INSET_X, y - u.SCORE_GAP / 2, box.w - 2 * u.INSET_X, u.RULE_W),
                "rule",
                "Rule",
            )


def _score_row(row: ScoreRow, box: Box, size: float, canvas: Canvas) -> None:
    """One metric: its values after the marker (a movement, or a guardrail's), its name, its
    detail."""
    ps, marker = _score_paras(row, size, canvas.style.floor)
    value_size = round(size * ps[0].scale, 1)
    runs: Paragraphs = [
        [Run(row.value_line, value_size, True, "primary")],
        [Run(row.name, size, True, "text")],
    ]
    if row.detail:
        runs.append([Run(row.detail, round(size * ps[2].scale, 1), False, "muted")])
    spacing_list = [0.0, 0.2 * size, 0.1 * size][: len(runs)]
    canvas.text(
        box,
        runs,
        "Scorecard row",
        flush=True,
        space_before=spacing_list,
        indents={0: marker + u.MARKER_GAP},
    )
    marker_y = box.y + u.INSET_Y + value_size * 0.6 - marker * 0.55
    shape = _SHAPES.get(row.marker, "triangle")
    mbox = Box(box.x, marker_y, marker, marker)  # on the grid, as the text is
    if shape == "oval":
        mbox = Box(mbox.x + marker * 0.15, mbox.y + marker * 0.15, marker * 0.7, marker * 0.7)
    canvas.rect(
        mbox,
        "positive" if row.good else "negative",
        f"{'Guardrail' if row.guardrail else 'Direction'} marker {row.marker}",
        shape,
        180.0 if row.marker == "▼" else 0.0,
    )


_SHAPES = {"●": "oval", "◆": "diamond"}
"""Markers that are not a movement triangle: no change, and a guardrail (holding or not)."""
