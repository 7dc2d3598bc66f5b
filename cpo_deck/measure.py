"""Measure text with real font metrics, so boxes are sized the way renderers will draw them.

Fonts named in a deck are measured with their metric-compatible open twins (Calibri with
Carlito, Arial with Liberation Sans), read from the system. Where no file is found an average
glyph width is assumed, which errs on the wide side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

_TWINS = {
    "calibri": "Carlito",
    "arial": "LiberationSans",
    "helvetica": "LiberationSans",
    "times new roman": "LiberationSerif",
    "cambria": "Caladea",
    "courier new": "LiberationMono",
}
_FONT_DIRS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".fonts",
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
LINE_PITCH = 1.2
"""Line height as a multiple of the font size (LibreOffice and PowerPoint single spacing)."""
SAFETY = 0.97
"""Measure against a slightly narrower line than the box, so rounding never adds a line."""
_BREAK = re.compile(r"(?<=[\s/\-–—])")


@lru_cache(maxsize=64)
def _font_file(family: str, bold: bool) -> Path | None:
    stem = _TWINS.get(family.lower(), family.replace(" ", ""))
    names = (
        [f"{stem}-Bold", f"{stem}Bold", f"{stem}-bold"]
        if bold
        else [f"{stem}-Regular", f"{stem}", f"{stem}-Regular".lower()]
    )
    for folder in _FONT_DIRS:
        if not folder.is_dir():
            continue
        for name in names:
            for ext in (".ttf", ".otf", ".TTF"):
                hits = list(folder.rglob(name + ext))
                if hits:
                    return hits[0]
    return None


@lru_cache(maxsize=256)
def _pil_font(family: str, bold: bool) -> Any:
    path = _font_file(family, bold)
    if path is None:
        return None
    from PIL import ImageFont

    return ImageFont.truetype(str(path), 1000, layout_engine=ImageFont.Layout.BASIC)


def has_metrics(family: str) -> bool:
    """Whether a real font file was found to measure ``family`` with."""
    return _font_file(family, False) is not None


@dataclass(frozen=True)
class Font:
    """A font as used in a text run."""

    family: str
    size: float
    bold: bool = False

    def width(self, text: str) -> float:
        """Advance width of ``text`` in points."""
        return _width(self.family, self.bold, text) * self.size / 1000


@lru_cache(maxsize=20000)
def _width(family: str, bold: bool, text: str) -> float:
    font = _pil_font(family, bold)
    if font is None:
        return len(text) * (560 if bold else 530)
    return max(float(font.getlength(line)) for line in text.split("\n"))


def wrap(text: str, font: Font, width: float) -> list[str] | None:
    """Greedy word wrap into lines no wider than ``width`` points.

    Returns ``None`` when a single word is wider than the line: renderers would split it
    mid-word, so the caller must treat that size as "does not fit".
    """
    limit = width * SAFETY
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for piece in _BREAK.split(paragraph):
            candidate = line + piece
            if font.width(candidate.rstrip()) <= limit or not line:
                if font.width(piece.rstrip()) > limit:
                    return None
                line = candidate
            else:
                lines.append(line.rstrip())
                line = piece.lstrip()
        lines.append(line.rstrip())
    return lines


def text_height(lines: int, size: float) -> float:
    """Height in points of ``lines`` lines of text at ``size`` points."""
    return lines * size * LINE_PITCH


@dataclass(frozen=True)
class Para:
    """One paragraph to fit: text, its size relative to the box's base size, bold, space before."""

    text: str
    scale: float = 1.0
    bold: bool = False
    space_before: float = 0.0


def block_height(paras: list[Para], family: str, size: float, width: float) -> float | None:
    """Total height in points of ``paras`` at base ``size``; ``None`` if a word cannot fit."""
    total = 0.0
    for para in paras:
        font = Font(family, round(size * para.scale, 1), para.bold)
        lines = wrap(para.text, font, width)
        if lines is None:
            return None
        total += text_height(len(lines), font.size) + para.space_before * size / 10
    return total


def fit(
    paras: list[Para], family: str, width: float, height: float, largest: float, smallest: float
) -> tuple[float, bool]:
    """The largest base size (whole points) between ``largest`` and ``smallest`` that fits.

    Returns ``(size, fits)``; when nothing fits, ``(smallest, False)``.
    """
    size = largest
    while size >= smallest:
        needed = block_height(paras, family, size, width)
        if needed is not None and needed <= height:
            return size, True
        size -= 1
    return smallest, False
