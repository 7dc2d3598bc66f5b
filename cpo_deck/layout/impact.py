"""The business impact slide: one tile per outcome (caption, large number, sentence), or one
band per outcome when there is too much text for tiles side by side."""

from __future__ import annotations

from dataclasses import dataclass

from ..geometry import Box
from ..measure import Para, block_height, fit, largest_fitting
from ..outline import Slide, Tile, Tiles
from . import units as u
from .canvas import Canvas
from .scene import Paragraphs, Run


def plan(slide: Slide, area: Box, canvas: Canvas) -> None:
    """Tiles side by side; bands (see :func:`_bands`) when an outcome's text does not fit."""
    tiles: list[Tile] = slide.block(Tiles).tiles
    font, floor = canvas.style.body_font, canvas.style.floor
    count = len(tiles)
    width = (area.w - u.TILE_GAP * (count - 1)) / count
    pad = u.TILE_PAD
    inner_w = width - 2 * pad - 2 * u.INSET_X
    largest, smallest = u.VALUE_SIZES
    values, value_size = _large_numbers(tiles, inner_w, largest, smallest, canvas)
    canvas.shrunk("numbers", value_size, largest)
    texts = _sentences(tiles, values)
    paras = [Para(text, bold=_lead(tiles[i], values) is not None) for i, text in enumerate(texts)]
    value_h = value_size * u.VALUE_PITCH + 2 * u.INSET_Y if values else 0
    room = area.h - 2 * pad - value_h - u.TILE_TEXT_SLACK - 2 * u.INSET_Y
    text_size = u.TILE_TEXT_SIZE
    for para in paras:
        size, fits = fit([para], font, inner_w, room, u.TILE_TEXT_SIZE, floor)
        if not fits:  # too much text for side-by-side tiles: one band per outcome
            canvas.decide("impact: outcomes as rows, too much text for tiles")
            _bands(tiles, area, canvas)
            return
        text_size = min(text_size, size)
    canvas.shrunk("text", text_size, u.TILE_TEXT_SIZE)
    needed = max(block_height([p], font, text_size, inner_w, True) or 0 for p in paras)
    # Tiles reach most of the way down, so a sparse slide is not empty.
    height = min(
        area.h,
        max(
            area.h * u.TILE_MIN_SHARE,
            2 * pad + value_h + u.TILE_TEXT_SLACK + needed + 2 * u.INSET_Y + u.TILE_EXTRA,
        ),
    )
    for index, tile in enumerate(tiles):
        x = area.x + index * (width + u.TILE_GAP)
        tone = _tone(tile)
        canvas.rect(Box(x, area.y, width, height), "surface", "Outcome tile")
        canvas.rect(Box(x, area.y, width, u.ACCENT_BAR), tone.bar, "Outcome bar")
        y = area.y + pad
        canvas.text(
            Box(x + pad, y, width - 2 * pad, u.LABEL_H),
            [[Run(tile.caption.upper(), u.LABEL_SIZE, True, tone.caption)]],
            "Outcome area",
        )
        y += u.TILE_CAPTION_ROOM
        if index in values:
            canvas.text(
                Box(x + pad, y, width - 2 * pad, value_h),
                [[Run(values[index], value_size, True, tone.number)]],
                "Outcome value",
            )
        y += value_h
        canvas.text(
            Box(x + pad, y, width - 2 * pad, area.y + height - y - pad * 0.5),
            [_statement(tile, values, text_size)],
            "Outcome",
        )


@dataclass(frozen=True)
class _Roles:
    """The colour roles of one tile: its bar, its caption, its number."""

    bar: str
    caption: str
    number: str


_GAIN = _Roles("accent", "accent", "primary")
_RISK = _Roles("negative", "negative", "muted")
"""A risk is not a gain: a caution bar and caption, and its number neutral, whatever its sign."""


def _tone(tile: Tile) -> _Roles:
    """The colour roles for a tile's tone."""
    return _RISK if tile.tone == "risk" else _GAIN


def _large_numbers(
    tiles: list[Tile], width: float, largest: float, smallest: float, canvas: Canvas
) -> tuple[dict[int, str], float]:
    """Every tile's large number and their common size; none at all when one tile has no
    number or one is too wide to stand alone (a slide never mixes the two forms)."""
    if not all(tile.value for tile in tiles):
        return {}, largest
    font = canvas.style.body_font
    size = largest
    for tile in tiles:
        value = tile.value or ""
        fitted, fits = fit([Para(value, bold=True)], font, width, largest * 1.2, largest, smallest)
        if not fits:
            canvas.decide(
                f"impact: numbers shown in the statements, '{value}' is too wide to stand alone"
            )
            return {}, largest
        size = min(size, fitted)
    return {i: tile.value or "" for i, tile in enumerate(tiles)}, size


def _lead(tile: Tile, values: dict[int, str]) -> str | None:
    """The number a statement starts with, in bold, when numbers are not shown large."""
    return None if values else (tile.lead or tile.value)


def _sentences(tiles: list[Tile], values: dict[int, str]) -> list[str]:
    """Each tile's statement as measured: its bold leading number first, if it has one."""
    out = []
    for tile in tiles:
        lead = _lead(tile, values)
        out.append(f"{lead} {tile.text}" if lead else tile.text)
    return out


def _statement(tile: Tile, values: dict[int, str], size: float) -> list[Run]:
    """The statement's runs: the leading number bold in the number's colour, then the text."""
    lead = _lead(tile, values)
    runs = [Run(f"{lead} ", size, True, _tone(tile).number)] if lead else []
    return [*runs, Run(tile.text, size, False, "text")]


def _bands(tiles: list[Tile], area: Box, canvas: Canvas) -> None:
    """One band per outcome: area and number on the left, the sentence on the right."""
    font, floor = canvas.style.body_font, canvas.style.floor
    gap, pad = u.BAND_GAP, u.BAND_PAD
    left_w = min(u.BAND_LEFT_W, area.w * u.BAND_LEFT_SHARE)
    text_x = area.x + left_w + u.BAND_TEXT_GAP
    text_w = area.right - text_x - pad
    count = len(tiles)
    largest, smallest = u.BAND_VALUE_SIZES
    width = left_w - 2 * pad - u.BAND_BAR_ROOM
    values, value_size = _large_numbers(tiles, width, largest, smallest, canvas)
    texts = _sentences(tiles, values)
    left_h = u.LABEL_SIZE * 1.2 + (value_size * 1.2 if values else 0) + 2 * u.INSET_Y

    def band_heights(size: float) -> list[float] | None:
        heights = []
        for index, text in enumerate(texts):
            para = [Para(text, 1.0, _lead(tiles[index], values) is not None)]
            h = block_height(para, font, size, text_w - 2 * u.INSET_X, size <= floor)
            if h is None:
                return None
            heights.append(max(h + 2 * u.INSET_Y, left_h) + 2 * pad)
        return heights

    def fitting(size: float) -> list[float] | None:
        heights = band_heights(size)
        return heights if heights and sum(heights) + gap * (count - 1) <= area.h else None

    # Sizes down to the first at or below the floor (a fractional floor is passed once).
    sizes = [u.BAND_TEXT_SIZE]
    while sizes[-1] > floor:
        sizes.append(sizes[-1] - 1)
    found = largest_fitting(sizes, fitting)
    if found:
        size, heights = found
    else:
        size = sizes[-1]
        measured = band_heights(size)
        needed = sum(measured) + gap * (count - 1) if measured else area.h * 2
        canvas.overflowed("impact.outcomes", needed, area.h, sum(len(t) for t in texts))
        heights = measured or [area.h / count] * count
    canvas.shrunk("text", size, u.BAND_TEXT_SIZE)
    y = area.y
    for index, height in enumerate(heights):
        tone = _tone(tiles[index])
        canvas.rect(Box(area.x, y, area.w, height), "surface", "Outcome tile")
        canvas.rect(Box(area.x, y, u.ACCENT_BAR, height), tone.bar, "Outcome bar")
        left: Paragraphs = [[Run(tiles[index].caption.upper(), u.LABEL_SIZE, True, tone.caption)]]
        if index in values:
            left.append([Run(values[index], value_size, True, tone.number)])
        canvas.text(
            Box(area.x + u.BAND_BAR_ROOM, y + pad, left_w - u.BAND_BAR_ROOM, height - 2 * pad),
            left,
            "Outcome value",
        )
        canvas.text(
            Box(text_x, y + pad, text_w, height - 2 * pad),
            [_statement(tiles[index], values, size)],
            "Outcome",
        )
        y += height + gap
