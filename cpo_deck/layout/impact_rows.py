"""The business impact slide as rows, one per outcome: the large number on the left with the
caption and sentence beside it, or (statements) the caption on the left and the sentence, its
leading number in bold, beside it. Also the caption, number and statement every form shares."""

from __future__ import annotations

from msgspec import Struct

from ..geometry import Box
from ..measure import Para, block_height, fit, largest_fitting, steps
from ..outline import Tile
from . import units as u
from .canvas import Canvas
from .scene import Run


def plan(
    tiles: list[Tile], area: Box, canvas: Canvas, numbers: bool, last_resort: bool = False
) -> bool:
    """Rows for ``tiles``; ``False`` when they do not fit (numbers at least 1.25 times the
    title, sentences at least at the floor). With ``last_resort`` the overflow is recorded."""
    style = canvas.style
    font, floor = style.body_font, style.floor
    few = len(tiles) <= u.FEW_ROWS
    gap, pad = u.BAND_GAP, u.BAND_PAD_FEW if few else u.BAND_PAD
    left_w = min(u.BAND_LEFT_W if numbers else u.BAND_CAPTION_W, area.w * u.BAND_LEFT_SHARE)
    text_x = area.x + left_w + u.BAND_TEXT_GAP
    text_w = area.right - text_x - pad
    inner_w = text_w - 2 * u.INSET_X
    value_size = 0.0
    if numbers:
        value_size = _number_size(tiles, left_w - u.BAND_BAR_ROOM - 2 * u.INSET_X, canvas)
        if not value_size:
            return False
    left_h = (value_size * u.VALUE_PITCH if numbers else u.LABEL_LINE) + 2 * u.INSET_Y
    caption_h = u.LABEL_LINE + u.BAND_CAPTION_SPACE if numbers else 0.0

    def heights(size: float) -> list[float] | None:
        out = heights_at(tiles, numbers, font, size, inner_w, caption_h, left_h, pad, size <= floor)
        return out if out and sum(out) + gap * (len(out) - 1) <= area.h else None

    preferred = u.BAND_TEXT_SIZE if numbers else u.STATEMENT_SIZES[few]
    found = largest_fitting(steps(preferred, floor), heights)
    if found is None and not last_resort:
        return False
    if found is None:
        size = floor
        measured = heights_at(
            tiles, numbers, font, size, inner_w, caption_h, left_h, pad, True
        ) or [area.h / len(tiles)] * len(tiles)
        canvas.overflowed(
            "impact.outcomes",
            sum(measured) + gap * (len(tiles) - 1),
            area.h,
            sum(len(sentence(t, numbers)) for t in tiles),
        )
    else:
        size, measured = found
        canvas.decide("impact: outcomes as rows" + ("" if numbers else ", as statements"))
    canvas.shrunk("text", size, preferred)
    y = canvas.balanced(area, sum(measured) + gap * (len(measured) - 1))
    for tile, height in zip(tiles, measured, strict=True):
        canvas.rect(Box(area.x, y, area.w, height), "surface", "Outcome tile")
        canvas.rect(Box(area.x, y, u.ACCENT_BAR, height), tone(tile).bar, "Outcome bar")
        left = Box(area.x + u.BAND_BAR_ROOM, y + pad, left_w - u.BAND_BAR_ROOM, height - 2 * pad)
        right = Box(text_x, y + pad, text_w, height - 2 * pad)
        if numbers:
            caption(tile, Box(right.x, right.y, right.w, u.LABEL_H), canvas)
            number(tile, left, value_size, canvas)
            right = Box(right.x, right.y + caption_h, right.w, right.h - caption_h)
        else:
            caption(tile, Box(left.x, left.y, left.w, u.LABEL_H), canvas)
        canvas.text(right, [statement_runs(tile, not numbers, size)], "Outcome")
        y += height + gap
    return True


def heights_at(
    tiles: list[Tile],
    numbers: bool,
    font: str,
    size: float,
    width: float,
    top: float,
    least: float,
    pad: float,
    split: bool,
) -> list[float] | None:
    """Each row's height at ``size``; ``None`` when a word is wider than its line (unless
    ``split``: then words are split where they must be, as renderers split them)."""
    out = []
    for tile in tiles:
        para = [Para(sentence(tile, numbers), 1.0, not numbers and lead(tile) is not None)]
        h = block_height(para, font, size, width, split)
        if h is None:
            return None
        out.append(max(h + top + 2 * u.INSET_Y, least) + 2 * pad)
    return out


def _number_size(tiles: list[Tile], width: float, canvas: Canvas) -> float:
    """The common size of the numbers in rows (up to the rows' largest, at least 1.25 times
    the title) at which each stays on one line; 0 when one does not fit."""
    least = canvas.style.hero
    return value_size(tiles, width, max(u.BAND_VALUE_SIZE, least), least, canvas.style.body_font)


def value_size(tiles: list[Tile], width: float, largest: float, least: float, font: str) -> float:
    """The largest common size (``largest`` down to ``least``) at which every number stands on
    one line in ``width``; 0 when one does not fit even at ``least``."""
    size = largest
    for tile in tiles:
        para = [Para(tile.value or "", bold=True)]
        fitted, fits = fit(para, font, width, largest * u.LINE_ONE, largest, least)
        if not fits:
            return 0.0
        size = min(size, fitted)
    return size


def sentence(tile: Tile, numbers: bool) -> str:
    """The sentence as measured: with its bold leading number first when numbers are not large."""
    first = None if numbers else lead(tile)
    return f"{first} {tile.text}" if first else tile.text


class Roles(Struct, frozen=True):
    """The colour roles of one outcome: its bar, its caption, its number."""

    bar: str
    caption: str
    number: str


_GAIN = Roles("accent", "accent", "primary")
_RISK = Roles("muted", "muted", "text")
"""A risk is not a gain, nor an alarm: a neutral bar, caption and number, whatever its sign."""


def tone(tile: Tile) -> Roles:
    """The colour roles for an outcome's tone."""
    return _RISK if tile.tone == "risk" else _GAIN


def lead(tile: Tile) -> str | None:
    """The number a statement starts with, shown in bold when numbers are not shown large."""
    return tile.lead or tile.value


def caption(tile: Tile, box: Box, canvas: Canvas) -> None:
    """The outcome's area, as a small caption."""
    role = tone(tile).caption
    canvas.text(box, [[Run(tile.caption.upper(), u.LABEL_SIZE, True, role)]], "Outcome area")


def number(tile: Tile, box: Box, size: float, canvas: Canvas) -> None:
    """The outcome's large number."""
    canvas.text(box, [[Run(tile.value or "", size, True, tone(tile).number)]], "Outcome value")


def statement_runs(tile: Tile, with_lead: bool, size: float) -> list[Run]:
    """The sentence's runs; with ``with_lead``, its leading number first, in bold."""
    first = lead(tile) if with_lead else None
    runs = [Run(f"{first} ", size, True, tone(tile).number)] if first else []
    return [*runs, Run(tile.text, size, False, "text")]
