"""The problem slide: the points and the evidence, in the form their amount calls for.

- one point: a large statement beside an accent bar, the evidence in a strip under it;
- more: the points as a bulleted list (larger when there are few), the evidence in a panel
  beside them, as tall as the list.

The evidence is never set larger than the points (the type ladder); the block is balanced in
the content area.
"""

from __future__ import annotations

from ..geometry import Box
from ..measure import Para, block_height, fit
from ..outline import Bullets, Quote, Slide
from . import units as u
from .canvas import Canvas
from .scene import Bullet, Run


def plan(slide: Slide, area: Box, canvas: Canvas) -> None:
    """A statement over the evidence strip (one point) or the list beside the panel."""
    bullets: Bullets = slide.block(Bullets)
    quote: Quote | None = slide.block(Quote)
    if len(bullets.items) == 1:
        _statement(bullets.items[0], quote, area, canvas)
        return
    text_w = area.w * u.SPLIT if quote else area.w
    preferred = u.POINTS_SIZES[min(len(bullets.items), len(u.POINTS_SIZES)) - 1]
    size, points_h = _points_size(bullets.items, text_w, area.h, preferred, canvas)
    panel_w = area.w - text_w - u.COL_GAP
    evidence = _evidence_size(quote, panel_w, area.h, size, canvas) if quote else None
    block_h = max(points_h, evidence[1] if evidence else 0.0)
    top = canvas.balanced(area, block_h)
    _draw_points(Box(area.x, top, text_w, area.bottom - top), bullets.items, size, canvas)
    if quote and evidence:
        panel = Box(area.x + text_w + u.COL_GAP, top, panel_w, block_h)
        _panel(panel, quote, evidence[0], canvas)


def _statement(point: str, quote: Quote | None, area: Box, canvas: Canvas) -> None:
    """One point as a large statement; the evidence in a full-width strip under it."""
    style = canvas.style
    indent = u.DECISION_BAR + u.DECISION_TEXT_X  # set off by an accent bar, as the decision is
    inner_w = area.w - indent - 2 * u.INSET_X
    preferred = u.POINTS_SIZES[0]
    # The strip's least: its label and one line of evidence at the floor.
    strip_least = u.PANEL_LABEL_ROOM + 2 * u.PANEL_PAD + style.floor * 1.2 + 2 * u.INSET_Y
    room = area.h - (strip_least + u.STRIP_GAP if quote else 0.0) - 2 * u.INSET_Y
    paras = [Para(point)]
    size, fits = fit(paras, style.body_font, inner_w, room, preferred, style.floor)
    if not fits:
        canvas.over("problem.points", paras, style.body_font, style.floor, inner_w, room)
    canvas.shrunk("points", size, preferred)
    text_h = (block_height(paras, style.body_font, size, inner_w, True) or room) + 2 * u.INSET_Y
    evidence = None
    if quote:
        strip_room = area.h - text_h - u.STRIP_GAP
        evidence = _evidence_size(quote, area.w, strip_room, size, canvas)
    block_h = text_h + (u.STRIP_GAP + evidence[1] if evidence else 0.0)
    top = canvas.balanced(area, block_h)
    canvas.rect(Box(area.x, top, u.DECISION_BAR, text_h), "accent", "Statement bar")
    canvas.text(
        Box(area.x + indent, top, area.w - indent, text_h),
        [[Run(point, size, False, "primary")]],
        "Points",
        placeholder="body" if style.body_placeholder else None,
    )
    if quote and evidence:
        strip = Box(area.x, top + text_h + u.STRIP_GAP, area.w, evidence[1])
        _panel(strip, quote, evidence[0], canvas)


def _points_size(
    items: list[str], width: float, height: float, preferred: float, canvas: Canvas
) -> tuple[float, float]:
    """The points' size and the height they take."""
    style = canvas.style
    paras = [Para(item, space_before=u.POINT_SPACE) for item in items]
    inner_w = width - 2 * u.INSET_X - u.BULLET_INDENT
    inner_h = height - 2 * u.INSET_Y
    size, fits = fit(paras, style.body_font, inner_w, inner_h, preferred, style.floor)
    if not fits:
        canvas.over("problem.points", paras, style.body_font, style.floor, inner_w, inner_h)
    canvas.shrunk("points", size, preferred)
    needed = block_height(paras, style.body_font, size, inner_w, True) or height
    return size, min(height, needed + 2 * u.INSET_Y)


def _draw_points(box: Box, items: list[str], size: float, canvas: Canvas) -> None:
    """The points as a bulleted list."""
    canvas.text(
        box,
        [[Run(i, size, False, "text")] for i in items],
        "Points",
        flush=True,
        space_before=size * u.POINT_SPACE_SHARE,
        bullet=Bullet("•", u.BULLET_INDENT, "accent"),
        placeholder="body" if canvas.style.body_placeholder else None,
    )


def _evidence_size(
    quote: Quote, width: float, height: float, points: float, canvas: Canvas
) -> tuple[float, float]:
    """The evidence's size (never above the points') and its panel's height."""
    font, floor = canvas.style.body_font, canvas.style.floor
    inner_w = width - 2 * u.PANEL_PAD - 2 * u.INSET_X
    room = height - 2 * u.PANEL_PAD - u.PANEL_LABEL_ROOM - 2 * u.INSET_Y
    paras = [Para(quote.text)]  # a source or a quote, shown as written
    largest = max(min(u.EVIDENCE_SIZE, points), floor)
    size, fits = fit(paras, font, inner_w, room, largest, floor)
    if not fits:
        canvas.over("problem.evidence", paras, font, floor, inner_w, room)
    canvas.shrunk("evidence", size, u.EVIDENCE_SIZE)
    needed = block_height(paras, font, size, inner_w) or room
    return size, min(height, needed + 2 * u.PANEL_PAD + u.PANEL_LABEL_ROOM + 2 * u.INSET_Y)


def _panel(panel: Box, quote: Quote, size: float, canvas: Canvas) -> None:
    """The evidence in a panel with an accent bar."""
    pad = u.PANEL_PAD
    canvas.rect(panel, "surface", "Evidence panel")
    canvas.rect(Box(panel.x, panel.y, u.ACCENT_BAR, panel.h), "accent", "Evidence bar")
    canvas.text(
        Box(panel.x + pad, panel.y + pad * 0.8, panel.w - 2 * pad, u.LABEL_H),
        [[Run(quote.label.upper(), u.LABEL_SIZE, True, "accent")]],
        "Evidence label",
    )
    canvas.text(
        Box(
            panel.x + pad,
            panel.y + pad * 0.8 + u.PANEL_LABEL_ROOM,
            panel.w - 2 * pad,
            panel.h - pad * 1.6 - u.PANEL_LABEL_ROOM,
        ),
        [[Run(quote.text, size, False, "text")]],
        "Evidence",
    )
