"""Decks rendered by LibreOffice: five pages each, every headline word on its page, nothing off
the slide, no two words drawn on top of each other."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from cpo_deck.loader import load_brief

from .conftest import SAMPLES, require_tool

KINDS = ["problem", "impact", "metrics", "tradeoffs", "ask"]


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: list[Word]


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>'
)


def pages(pdf: Path) -> list[Page]:
    """Word boxes per page, from poppler's ``pdftotext -bbox``."""
    binary = require_tool("pdftotext", package="poppler-utils")
    raw = subprocess.run([binary, "-bbox", str(pdf), "-"], check=True, capture_output=True).stdout
    html = raw.decode("utf-8", errors="replace")  # glyphs without a Unicode mapping
    out = []
    for width, height, body in _PAGE.findall(html):
        words = [
            Word(_unescape(t), float(a), float(b), float(c), float(d))
            for a, b, c, d, t in _WORD.findall(body)
        ]
        out.append(Page(float(width), float(height), words))
    return out


def _unescape(text: str) -> str:
    return (
        text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
    )


def overlaps(words: list[Word], tolerance: float = 1.0) -> list[tuple[str, str]]:
    """Pairs of words whose boxes intersect by more than ``tolerance`` points both ways."""
    found = []
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            dx = min(a.x1, b.x1) - max(a.x0, b.x0)
            dy = min(a.y1, b.y1) - max(a.y0, b.y0)
            # Word boxes are ~1.3 x the font size tall and lines are 1.2 x apart, so the lines of
            # one paragraph overlap by ~0.1 x; words drawn over each other overlap by more.
            if dx > tolerance and dy > max(tolerance, 0.15 * min(a.y1 - a.y0, b.y1 - b.y0)):
                found.append((a.text, b.text))
    return found


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_renders_five_clean_pages(sample: Path, sample_pdfs: dict[str, Path]) -> None:
    brief = load_brief(sample)
    rendered = pages(sample_pdfs[sample.stem])
    assert len(rendered) == 5
    for page, kind in zip(rendered, KINDS, strict=True):
        # Compare without spaces: renderers break "mid-2025" after the hyphen into two words.
        rendered_text = "".join(w.text for w in page.words)
        headline = "".join(getattr(brief, kind).headline.split())
        assert headline in rendered_text, f"{kind}: headline not rendered in one piece"
        for w in page.words:
            assert 0 <= w.x0 and w.x1 <= page.width + 0.5, f"{kind}: {w.text!r} off the slide"
            assert 0 <= w.y0 and w.y1 <= page.height + 0.5, f"{kind}: {w.text!r} off the slide"
        assert overlaps(page.words) == [], f"{kind}: words drawn over each other"
