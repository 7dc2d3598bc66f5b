"""Measure text with real font metrics, so boxes are sized the way renderers will draw them.

Widths are glyph advances (no kerning) from the font files, read with fontTools. A font named
in a deck is measured with its metric-compatible open twin (Calibri with Carlito, Arial with
Liberation Sans, ...), found on the system by :mod:`cpo_deck.fonts`. Characters the font lacks
are measured with the fallback fonts renderers use (Noto Sans CJK, DejaVu Sans), or as a full
em when none is found.
Lines break where Unicode line breaking (UAX #14, via ``uniseg``) allows, as renderers do.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from msgspec import Struct

from . import breaks, units
from .fonts import font_file
from .units import alternation

LINE_PITCH = 1.2
"""Line height as a multiple of the font size; the deck sets exactly this line spacing."""
SAFETY = 0.98
"""Measure Latin text against 98% of the line, so rounding never adds a line."""
SAFETY_WIDE = 0.90
"""CJK, emoji and URLs are measured against 90% of the line (renderers differ more there)."""
_UNIT_AFTER = re.compile(
    rf"(?:%|‰|×|[{units.CURRENCY_SIGNS}]|(?:{alternation(units.SCALES)}|"
    rf"{alternation(units.SCALES_SHORT)}|{alternation(units.POINTS)}|"
    rf"{alternation(units.POINT_WORDS)}|{alternation(units.TIMES)}|"
    rf"{alternation(units.CURRENCY_WORDS)}|x|per|ms)(?![\w]))"
)
_NUMBER_END = re.compile(
    rf"\d(?:\s?(?:{alternation(units.SCALES)}|{alternation(units.SCALES_SHORT)}))?$"
)
_CURRENCY = tuple(units.CURRENCY_SIGNS)
LOOSE = 1.03
"""How much more than the measured width a renderer may fit on a line (kerning, rounding)."""
_URL = re.compile(r"https?://|www\.", re.I)
T = TypeVar("T")


class _Advances:
    """Advance widths (in em) of one font file's characters, read with fontTools once and then
    from the cache on disk (:mod:`cpo_deck.cache`), keyed by the file's path, size and times."""

    def __init__(self, path: Path) -> None:
        from . import cache

        self.advances, self.upem = cache.kept(
            "font", path, lambda: _read_font(path), _advances_data, _advances_of
        )
        self.cache: dict[str, float | None] = {}

    def em(self, char: str) -> float | None:
        if char not in self.cache:
            advance = self.advances.get(ord(char))
            self.cache[char] = None if advance is None else advance / self.upem
        return self.cache[char]


def _advances_data(advances: tuple[dict[int, int], float]) -> dict[str, Any]:
    widths, upem = advances
    return {"upem": upem, "points": list(widths), "widths": list(widths.values())}


def _advances_of(data: Any) -> tuple[dict[int, int], float]:
    return dict(zip(data["points"], data["widths"], strict=True)), float(data["upem"])


def _read_font(path: Path) -> tuple[dict[int, int], float]:
    """Each character's advance (font units) and the units per em, by fontTools."""
    import logging

    from fontTools.ttLib import TTCollection, TTFont

    # Some fonts carry odd header dates; fontTools logs about it, which would reach stderr.
    logging.getLogger("fontTools.ttLib.tables._h_e_a_d").setLevel(logging.ERROR)
    holder: Any = (
        TTCollection(str(path), lazy=True)
        if path.suffix.lower() == ".ttc"
        else TTFont(str(path), lazy=True)
    )
    try:
        font = holder.fonts[0] if path.suffix.lower() == ".ttc" else holder
        metrics = font["hmtx"].metrics
        advances = {point: metrics[glyph][0] for point, glyph in (font.getBestCmap() or {}).items()}
        return advances, float(font["head"].unitsPerEm)
    finally:
        holder.close()


@lru_cache(maxsize=64)
def _advances(path: Path) -> _Advances:
    return _Advances(path)


@lru_cache(maxsize=16)
def _fallback(stem: str, bold: bool) -> _Advances | None:
    path = font_file(stem, bold)
    return _advances(path) if path is not None else None


def _fallback_em(char: str, bold: bool) -> float | None:
    """The advance of ``char`` in the font a renderer falls back to (loaded only when needed:
    the CJK font is large)."""
    wide = unicodedata.east_asian_width(char) in ("W", "F")
    for stem in ("NotoSansCJK", "DejaVuSans") if wide else ("DejaVuSans", "NotoSansCJK"):
        font = _fallback(stem, bold)
        em = font.em(char) if font is not None else None
        if em is not None:
            return em
    return None


def _estimate(char: str, bold: bool) -> float:
    if unicodedata.east_asian_width(char) in ("W", "F") or ord(char) >= 0x1F000:
        return 1.0
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0.0
    return 0.56 if bold else 0.53


class Font(Struct, frozen=True):
    """A font as used in a text run."""

    family: str
    size: float
    bold: bool = False
    italic: bool = False

    def width(self, text: str) -> float:
        """Advance width of ``text`` in points (the widest line if it has several)."""
        return (
            max(_em_width(self.family, self.bold, self.italic, line) for line in text.split("\n"))
            * self.size
        )


@lru_cache(maxsize=50000)
def _em_width(family: str, bold: bool, italic: bool, text: str) -> float:
    path = font_file(family, bold, italic)
    primary = _advances(path) if path is not None else None
    total = 0.0
    for char in text:
        em = primary.em(char) if primary is not None else None
        if em is None and ord(char) > 0x7F:
            em = _fallback_em(char, bold)
        total += em if em is not None else _estimate(char, bold)
    return total


@lru_cache(maxsize=8192)
def _is_wide(text: str) -> bool:
    return bool(_URL.search(text)) or any(
        unicodedata.east_asian_width(c) in ("W", "F") or ord(c) >= 0x1F000 for c in text
    )


def usable(text: str, width: float) -> float:
    """The width ``text`` is measured against in a line ``width`` points wide."""
    return width * (SAFETY_WIDE if _is_wide(text) else SAFETY)


def wrap(text: str, font: Font, width: float, split_words: bool = False) -> list[str] | None:
    """Break ``text`` into lines no wider than ``width`` points, where UAX #14 allows.

    Returns ``None`` when a single unbreakable piece is wider than the line: renderers would
    split it mid-word, so callers treat that size as "does not fit". With ``split_words`` the
    piece is split character by character instead, as a renderer would.
    """
    lines = _wrap(text, font, width, split_words)
    return None if lines is None else list(lines)


# The layout asks the same question many times while it searches for a size, and again for
# every renderer width it allows for (see widow_free): the answers are kept.
@lru_cache(maxsize=4096)
def _wrap(text: str, font: Font, width: float, split_words: bool) -> tuple[str, ...] | None:
    limit = usable(text, width)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_w = "", 0.0  # line_w includes the line's trailing spaces
        for piece in breaks.units(paragraph):
            core = piece.rstrip()
            piece_w, core_w = font.width(piece), font.width(core)
            if line_w + core_w <= limit:  # advances add up: there is no kerning
                line, line_w = line + piece, line_w + piece_w
                continue
            if line:
                lines.append(line.rstrip())
                line, line_w = "", 0.0
            if core_w <= limit:
                line, line_w = piece, piece_w
                continue
            if not split_words:
                return None
            for char in piece:  # a word wider than the line: split it as renderers do
                char_w = font.width(char)
                if line and line_w + char_w > limit and not char.isspace():
                    lines.append(line)
                    line, line_w = "", 0.0
                line, line_w = line + char, line_w + char_w
        lines.append(line.rstrip())
    return tuple(lines)


def _ragged(lines: Sequence[str]) -> bool:
    """Whether lines end badly: the last line one word alone, a line broken inside a compound
    the user hyphenated (``in-`` / ``house``), or a number parted from its unit (``12`` / ``%``,
    ``4,2`` / ``Mio. €``, ``€`` / ``12``)."""
    if len(lines) < 2:
        return False
    broken = any(line.endswith("-") and line[-2:-1].isalpha() for line in lines[:-1])
    split = any(
        (_NUMBER_END.search(a) and _UNIT_AFTER.match(b))
        or (a[-1:] in _CURRENCY and b[:1].isdigit())
        for a, b in itertools.pairwise(lines)
    )
    return broken or split or " " not in lines[-1].strip()


@lru_cache(maxsize=4096)
def widow_free(text: str, font: Font, width: float) -> float:
    """The width (at most ``width``) to set ``text`` in so that it breaks into as many lines
    as at ``width`` but its last line is not one word alone and no line breaks inside a
    hyphenated compound: the box is narrowed, never a character changed. ``width`` itself when
    the text is fine as it is, or when no narrower width helps."""
    if text.count(" ") < 2 or "\n" in text:
        return width

    full = usable(text, 1.0)
    # Renderers fit from this measure's safe share of a line up to a little more than the
    # whole line (kerning, fallback fonts): the lines must end well anywhere in that range.
    shares = [full + (LOOSE - full) * k / 4 for k in range(5)]

    def ends_well(at: float) -> bool:
        tries = [_wrap(text, font, at * share / full, False) for share in shares]
        return all(lines and not _ragged(lines) for lines in tries)

    lines = wrap(text, font, width)
    if lines is None or ends_well(width):
        return width
    for share in range(98, 49, -2):
        narrower = width * share / 100
        tried = wrap(text, font, narrower)
        if tried is None or len(tried) > len(lines):
            break
        if ends_well(narrower):
            return narrower
    return width


def text_height(lines: int, size: float) -> float:
    """Height in points of ``lines`` lines of text at ``size`` points."""
    return lines * size * LINE_PITCH


class Para(Struct, frozen=True):
    """One paragraph to fit: text, its size relative to the base size, bold, space before
    (in tenths of the base size), italic."""

    text: str
    scale: float = 1.0
    bold: bool = False
    space_before: float = 0.0
    italic: bool = False


def block_height(
    paras: list[Para], family: str, size: float, width: float, split_words: bool = False
) -> float | None:
    """Total height in points of ``paras`` at base ``size``; ``None`` if a word cannot fit."""
    total = 0.0
    for index, para in enumerate(paras):
        font = Font(family, round(size * para.scale, 1), para.bold, para.italic)
        lines = wrap(para.text, font, width, split_words)
        if lines is None:
            return None
        total += text_height(len(lines), font.size)
        if index:
            total += para.space_before * size / 10
    return total


def largest_fitting(
    sizes: Iterable[float], attempt: Callable[[float], T | None]
) -> tuple[float, T] | None:
    """The first of ``sizes`` (largest first) at which ``attempt`` succeeds, with what it
    returned; ``None`` when it succeeds at none. Every "largest size that fits" is this search.

    What fits at a size fits at every smaller one (text narrows, lines shorten, nothing grows),
    so past the largest size, which most text fits at, the search halves the sizes left instead
    of trying each: a dense slide's 17 sizes take at most 6 tries, not up to 17.
    ``tests/test_layout.py`` checks that every layout's search finds what trying each size in
    turn finds.
    """
    sizes = list(sizes)
    if not sizes:
        return None
    result = attempt(sizes[0])
    if result is not None:
        return sizes[0], result
    found: dict[int, T] = {}
    low, high = 1, len(sizes)  # the first size that fits is in sizes[low:high], if any
    while low < high:
        middle = (low + high) // 2
        result = attempt(sizes[middle])
        if result is None:
            low = middle + 1
        else:
            found[middle] = result
            high = middle
    return (sizes[low], found[low]) if low in found else None


def steps(largest: float, smallest: float, step: float = 1.0) -> list[float]:
    """``largest``, ``largest - step``, ... down to (not below) ``smallest``."""
    out = []
    size = largest
    while size >= smallest:
        out.append(size)
        size -= step
    return out


def fit(
    paras: list[Para], family: str, width: float, height: float, largest: float, smallest: float
) -> tuple[float, bool]:
    """The largest base size (whole points) between ``largest`` and ``smallest`` that fits.

    A word wider than the line makes a size "not fit", except at the smallest size, where it
    is split as renderers split it. Returns ``(size, fits)``; when nothing fits,
    ``(smallest, False)``.
    """

    def room_left(size: float) -> float | None:
        # A word wider than the line is split by renderers; allow that only at the floor.
        needed = block_height(paras, family, size, width, split_words=size - 1 < smallest)
        return height - needed if needed is not None and needed <= height else None

    found = largest_fitting(steps(largest, smallest), room_left)
    return (found[0], True) if found else (smallest, False)
