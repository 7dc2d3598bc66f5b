"""The line counts cpo-deck predicts with font metrics match what LibreOffice renders.

A deck of text boxes (sentences of several lengths, at several sizes and widths, in the
fonts the packs use) is rendered; each box's words are read back from the PDF and their
lines counted. The prediction must never be short of the rendered lines (that would overflow
a box) and must match exactly for nearly every box.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.util import Emu, Pt

from cpo_deck import measure
from cpo_deck.layout import INSET_X, INSET_Y
from cpo_deck.measure import LINE_PITCH, Font, wrap

from .conftest import to_pdf
from .test_render import pages

WORDS = [
    "revenue",
    "retention",
    "growth",
    "margin",
    "cost",
    "risk",
    "strategy",
    "customers",
    "renewals",
    "failed",
    "payments",
    "recover",
    "quarterly",
    "north-star",
    "self-serve",
    "card-update",
    "in-house",
    "vendor/partner",
    "Q4/FY27",
    "approve",
    "fund",
    "decide",
    "squads",
    "engineers",
    "$2.8M",
    "40%",
    "1,250",
    "days",
    "faster",
    "weekly",
    "cohorts",
    "churn",
    "onboarding",
    "marketplace",
    "sellers",
    "listing",
    "verification",
    "pipeline",
    "deploy",
    "lead-time?",
    "Größenwachstum",
    "retención",
    "décision",
    "façade",
]


def _cases(seed: int = 7, count: int = 96) -> list[tuple[str, str, float, float, bool]]:
    """(text, font family, size, box width in points, bold)."""
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(4, 24))]
        family = ("Calibri", "Arial")[index % 2]
        size = (12.0, 14.0, 18.0, 28.0)[index % 4]
        width = rng.choice((150.0, 210.0, 290.0, 380.0))
        cases.append((" ".join(words), family, size, width, index % 3 == 0))
    return cases


def _deck(path: Path, cases: list[tuple[str, str, float, float, bool]]) -> list[tuple[int, float]]:
    """One box per case, two to a slide side by side; returns (page, x, y) per case."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    blank = prs.slide_layouts[6]
    where = []
    slide = None
    for index, (text, family, size, width, bold) in enumerate(cases):
        if index % 2 == 0:
            slide = prs.slides.add_slide(blank)
        assert slide is not None
        x, y = 20 + (index % 2) * 470, 20
        box = slide.shapes.add_textbox(Pt(x), Pt(y), Pt(width), Pt(500))
        frame = box.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.margin_left = frame.margin_right = Pt(INSET_X)
        frame.margin_top = frame.margin_bottom = Pt(INSET_Y)
        frame.vertical_anchor = MSO_ANCHOR.TOP
        paragraph = frame.paragraphs[0]
        paragraph.line_spacing = Pt(LINE_PITCH * size)
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.name = family
        run.font.bold = bold
        where.append((index // 2, x, y))
    prs.save(str(path))
    return [(page, x, y) for page, x, y in where]  # type: ignore[misc]


def _lines(tops: list[float], size: float) -> int:
    """How many text lines a sorted list of word tops makes (a new line every ~1.2 x size)."""
    count, last = 0, None
    for top in tops:
        if last is None or top - last > size * 0.6:
            count += 1
            last = top
    return count


def test_predicted_line_counts_match_libreoffice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Keep the boxes that fit on the page, so every rendered line can be counted.
    cases = [
        c
        for c in _cases(count=160)
        if len(wrap(c[0], Font(c[1], c[2], c[4]), c[3] - 2 * INSET_X, True) or []) * c[2] * 1.2
        < 470
    ]
    deck = tmp_path / "lines.pptx"
    places = _deck(deck, cases)
    rendered = pages(to_pdf([deck], tmp_path)[0])
    counts = []
    for (_text, _family, size, _width, _bold), (page, x, y) in zip(cases, places, strict=True):
        words = [w for w in rendered[page].words if x - 1 <= w.x0 < x + 460 and y - 1 <= w.y0 < 540]
        counts.append(_lines(sorted(w.y0 for w in words), size))

    def predictions() -> list[int]:
        return [
            len(wrap(text, Font(family, size, bold), width - 2 * INSET_X, split_words=True) or [])
            for text, family, size, width, bold in cases
        ]

    # As the deck is laid out (98% of the line): never fewer lines than rendered.
    safe = predictions()
    under = [(c[0], p, g) for c, p, g in zip(cases, safe, counts, strict=True) if p < g]
    assert under == [], f"under-counted {len(under)} boxes: {under[:3]}"
    assert sum(p == g for p, g in zip(safe, counts, strict=True)) >= 0.7 * len(cases)
    # With the full line width, the metrics reproduce LibreOffice's line breaks.
    monkeypatch.setattr(measure, "SAFETY", 1.0)
    raw = predictions()
    exact = sum(p == g for p, g in zip(raw, counts, strict=True))
    assert exact >= 0.9 * len(cases), f"only {exact} of {len(cases)} line counts match exactly"
