"""The business impact slide, in the form its amount of content calls for:

- every outcome has a number that stands alone: one outcome as a hero panel, two to four as
  tiles (caption, large number, sentence), five or long sentences as rows (number on the left);
- else statements (no large numbers on the slide at all): one outcome as a large statement,
  more as rows of caption and sentence, each sentence's own leading number in bold.

Large numbers are never smaller than 1.25 times the deck's title (the type ladder): where they
would be, the slide uses statements instead. The block is balanced in the content area.
"""

from __future__ import annotations

from ..geometry import Box
from ..measure import Para, block_height, fit
from ..outline import Slide, Tile, Tiles
from . import impact_rows
from . import units as u
from .canvas import Canvas
from .impact_rows import lead, statement_runs


def plan(slide: Slide, area: Box, canvas: Canvas) -> None:
    """The first form (see the module) in which the outcomes fit."""
    tiles: list[Tile] = slide.block(Tiles).tiles
    numbered = all(tile.value for tile in tiles)
    if numbered and len(tiles) <= u.MOST_TILES and _tiles(tiles, area, canvas):
        return
    if numbered and impact_rows.plan(tiles, area, canvas, numbers=True):
        return
    if numbered:
        canvas.decide("impact: numbers shown in the statements, too large to stand alone here")
    if len(tiles) == 1 and _tiles(tiles, area, canvas, numbers=False):
        return
    impact_rows.plan(tiles, area, canvas, numbers=False, last_resort=True)


def _tiles(tiles: list[Tile], area: Box, canvas: Canvas, numbers: bool = True) -> bool:
    """Tiles side by side (one tile is the hero panel); ``False`` if they do not fit with
    numbers at least 1.25 times the title and sentences at least at the floor."""
    style = canvas.style
    font, floor = style.body_font, style.floor
    count = len(tiles)
    width = (area.w - u.TILE_GAP * (count - 1)) / count
    pad = u.HERO_PAD if count == 1 else u.TILE_PAD
    inner_w = width - 2 * pad - 2 * u.INSET_X
    value_size = 0.0
    if numbers:
        largest = max(u.VALUE_SIZES[min(count, len(u.VALUE_SIZES)) - 1], style.hero)
        value_size = impact_rows.value_size(tiles, inner_w, largest, style.hero, font)
        if not value_size:
            return False
    value_h = value_size * u.VALUE_PITCH + 2 * u.INSET_Y if numbers else 0.0
    room = area.h - 2 * pad - u.TILE_CAPTION_ROOM - value_h - 2 * u.INSET_Y - u.TILE_EXTRA
    preferred = u.TILE_TEXT_SIZES[min(count, len(u.TILE_TEXT_SIZES)) - 1]
    if not numbers:
        preferred = min(style.title_size, preferred + u.STATEMENT_BOOST)
    paras = [
        Para(impact_rows.sentence(tile, numbers), bold=not numbers and lead(tile) is not None)
        for tile in tiles
    ]
    text_size = preferred
    for para in paras:
        size, fits = fit([para], font, inner_w, room, preferred, floor)
        if not fits:
            return False
        text_size = min(text_size, size)
    if count > 1 and text_size < u.TILE_TEXT_LEAST:
        return False  # too much text for tiles side by side: rows read better
    canvas.shrunk("text", text_size, preferred)
    needed = max(block_height([p], font, text_size, inner_w, True) or 0 for p in paras)
    height = 2 * pad + u.TILE_CAPTION_ROOM + value_h + needed + 2 * u.INSET_Y + u.TILE_EXTRA
    top = canvas.balanced(area, height)
    for index, tile in enumerate(tiles):
        x = area.x + index * (width + u.TILE_GAP)
        box = Box(x, top, width, height)
        _tile(tile, box, pad, value_size if numbers else None, text_size, canvas)
    return True


def _tile(
    tile: Tile, box: Box, pad: float, value_size: float | None, size: float, canvas: Canvas
) -> None:
    """One tile: its panel and bar, then caption, number and sentence (in reading order)."""
    canvas.rect(box, "surface", "Outcome tile")
    canvas.rect(Box(box.x, box.y, box.w, u.ACCENT_BAR), impact_rows.tone(tile).bar, "Outcome bar")
    y = box.y + pad
    inner = box.w - 2 * pad
    impact_rows.caption(tile, Box(box.x + pad, y, inner, u.LABEL_H), canvas)
    y += u.TILE_CAPTION_ROOM
    if value_size is not None:
        value_h = value_size * u.VALUE_PITCH + 2 * u.INSET_Y
        impact_rows.number(tile, Box(box.x + pad, y, inner, value_h), value_size, canvas)
        y += value_h
    canvas.text(
        Box(box.x + pad, y, inner, box.bottom - y - pad * 0.5),
        [statement_runs(tile, value_size is None, size)],
        "Outcome",
    )
