"""The problem slide: the points as a bulleted list, the evidence in a panel beside them."""

from __future__ import annotations

from ..geometry import Box
from ..measure import Para, block_height, fit
from ..outline import Bullets, Quote, Slide
from . import units as u
from .canvas import Canvas
from .scene import Bullet, Run


def plan(slide: Slide, area: Box, canvas: Canvas) -> None:
    """Points on the left (the whole width without evidence), the evidence panel on the right."""
    bullets: Bullets = slide.block(Bullets)
    quote: Quote | None = slide.block(Quote)
    text_w = area.w * u.SPLIT if quote else area.w
    points_h = _points(Box(area.x, area.y, text_w, area.h), bullets.items, canvas)
    if quote:
        panel = Box(area.x + text_w + u.COL_GAP, area.y, area.w - text_w - u.COL_GAP, area.h)
        _evidence(panel, quote, points_h, canvas)


def _points(box: Box, items: list[str], canvas: Canvas) -> float:
    """The points as a bulleted list; returns the height they take."""
    style = canvas.style
    paras = [Para(item, space_before=u.POINT_SPACE) for item in items]
    inner_w = box.w - 2 * u.INSET_X - u.BULLET_INDENT
    inner_h = box.h - 2 * u.INSET_Y
    size, fits = fit(paras, style.body_font, inner_w, inner_h, u.POINTS_SIZE, style.floor)
    if not fits:
        canvas.over("problem.points", paras, style.body_font, style.floor, inner_w, inner_h)
    canvas.shrunk("points", size, u.POINTS_SIZE)
    canvas.text(
        box,
        [[Run(i, size, False, "text")] for i in items],
        "Points",
        flush=True,
        space_before=size * u.POINT_SPACE_SHARE,
        bullet=Bullet("•", u.BULLET_INDENT, "accent"),
        placeholder="body" if style.body_placeholder else None,
    )
    needed = block_height(paras, style.body_font, size, inner_w, True) or box.h
    return min(box.h, needed + 2 * u.INSET_Y)


def _evidence(panel: Box, quote: Quote, points_h: float, canvas: Canvas) -> None:
    """The evidence in a panel with an accent bar, as tall as the points beside it."""
    font, floor = canvas.style.body_font, canvas.style.floor
    pad = u.PANEL_PAD
    inner_w = panel.w - 2 * pad - 2 * u.INSET_X
    text = quote.text  # a source or a quote, shown as written
    paras = [Para(text)]
    room = panel.h - 2 * pad - u.PANEL_LABEL_ROOM - 2 * u.INSET_Y
    size, fits = fit(paras, font, inner_w, room, u.EVIDENCE_SIZE, floor)
    if not fits:
        canvas.over("problem.evidence", paras, font, floor, inner_w, room)
    canvas.shrunk("evidence", size, u.EVIDENCE_SIZE)
    needed = block_height(paras, font, size, inner_w) or room
    # The panel ends where the points end, so the two columns share a bottom line.
    height = min(
        panel.h,
        max(u.PANEL_MIN_H, points_h, needed + 2 * pad + u.PANEL_SLACK + 2 * u.INSET_Y),
    )
    canvas.rect(Box(panel.x, panel.y, panel.w, height), "surface", "Evidence panel")
    canvas.rect(Box(panel.x, panel.y, u.ACCENT_BAR, height), "accent", "Evidence bar")
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
            height - pad * 1.6 - u.PANEL_LABEL_ROOM,
        ),
        [[Run(text, size, False, "text")]],
        "Evidence",
    )
