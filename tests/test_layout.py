"""The layout package on its own: the one size search, typed option rows, the overflow policy
moving typed content to the notes, and a slide kind planned on its own."""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings

from cpo_deck.build import preview
from cpo_deck.errors import CpoDeckError
from cpo_deck.geometry import Box
from cpo_deck.layout import SLIDE_KINDS, TableBox, TextBox
from cpo_deck.layout.canvas import Canvas, Style
from cpo_deck.layout.overflow import next_move
from cpo_deck.loader import load_brief
from cpo_deck.measure import largest_fitting, steps
from cpo_deck.outline import Listing, NotesWords, OptionRow, Slide, Table, build_outline
from cpo_deck.pack_config import KINDS
from cpo_deck.packs import load_pack
from cpo_deck.session import Session

from .conftest import ROOT, SAMPLES
from .test_properties import briefs as random_briefs

SAMPLE = ROOT / "samples" / "checkout-retries.yaml"
WORDS = NotesWords("Moved here:", "Subtitle")


def test_largest_fitting_returns_the_first_size_that_fits_with_its_result() -> None:
    tried: list[float] = []

    def attempt(size: float) -> str | None:
        tried.append(size)
        return f"fits at {size:g}" if size <= 13 else None

    assert largest_fitting(steps(16, 12), attempt) == (13, "fits at 13")
    assert tried == [16, 13, 14]  # the largest, then halving what is left
    assert largest_fitting(steps(16, 14), attempt) is None


def _one_by_one(sizes: Any, attempt: Callable[[float], Any]) -> Any:
    """The search as it would be trying every size in turn, largest first."""
    for size in sizes:
        result = attempt(size)
        if result is not None:
            return size, result
    return None


@pytest.mark.parametrize("count", range(0, 20))
def test_largest_fitting_finds_what_trying_each_size_finds_in_few_tries(count: int) -> None:
    sizes = steps(30, 31 - count)
    for fits_from in [*sizes, None]:  # every size as the largest that fits, and none
        tried: list[float] = []

        def attempt(
            size: float, fits_from: float | None = fits_from, tried: list[float] = tried
        ) -> float | None:
            tried.append(size)
            return size * 2 if fits_from is not None and size <= fits_from else None

        assert largest_fitting(sizes, attempt) == _one_by_one(sizes, attempt)
        tried.clear()
        largest_fitting(sizes, attempt)
        assert len(tried) <= 1 + math.ceil(math.log2(max(count, 1))), (count, fits_from)


def _planned(briefs: list[Path], template: str | None) -> list[Any]:
    """Every brief's plan, or the message of what stopped it."""
    session = Session(template=template)
    plans: list[Any] = []
    for brief in briefs:
        try:
            plans.append(session.plan(session.load(brief)))
        except CpoDeckError as exc:
            plans.append(exc.render())
    return plans


def _searching_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, module in list(sys.modules.items()):
        if (
            name.startswith("cpo_deck")
            and getattr(module, "largest_fitting", None) is largest_fitting
        ):
            monkeypatch.setattr(module, "largest_fitting", _one_by_one)


@pytest.mark.parametrize("template", ["default", "corporate"])
def test_every_layout_plans_the_same_as_trying_each_size(
    template: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The halving search relies on "what fits at a size fits at every smaller one": on every
    sample and the review briefs (sparse, dense, two options, German, the maximum), on a 16:9
    and a corporate 4:3 pack, it plans exactly what trying each size in turn plans."""
    from .max_brief import max_brief_text
    from .review_briefs import REVIEW, corporate_pack

    pack = str(corporate_pack(tmp_path)) if template == "corporate" else None
    files = [*SAMPLES, *sorted((ROOT / "samples" / "languages").glob("*.yaml"))]
    for name, text in [*REVIEW.items(), ("max", max_brief_text())]:
        files.append(tmp_path / f"{name}.yaml")
        files[-1].write_text(text, encoding="utf-8")
    halving = _planned(files, pack)
    _searching_one_by_one(monkeypatch)
    assert halving == _planned(files, pack)


@settings(max_examples=25, deadline=None, derandomize=True)
@given(data=random_briefs())
def test_random_briefs_plan_the_same_as_trying_each_size(
    data: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("random") / "brief.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    halving = _planned([path], None)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _searching_one_by_one(monkeypatch)
        assert halving == _planned([path], None)


def test_steps_stop_at_the_smallest_and_keep_a_fractional_floor_out() -> None:
    assert steps(16, 12) == [16, 15, 14, 13, 12]
    assert steps(22, 12.5) == [22, 21, 20, 19, 18, 17, 16, 15, 14, 13]
    assert steps(40, 18, 2) == [40, 38, 36, 34, 32, 30, 28, 26, 24, 22, 20, 18]
    assert steps(10, 12) == []


def row(name: str, summary: str | None = None, pros: int = 0, cons: int = 0) -> OptionRow:
    return OptionRow(
        name=name,
        summary=summary,
        pros=tuple(f"+ pro {i}" for i in range(pros)),
        cons=tuple(f"− con {i}" for i in range(cons)),
        cost="—",
        time="2 quarters",
        recommended=False,
    )


def test_an_option_row_keeps_its_parts_apart() -> None:
    r = row("Build in-house", "Our own retry engine", pros=2)
    assert r.lines(0) == ["Build in-house", "Our own retry engine"]
    assert r.lines(1) == ["+ pro 0", "+ pro 1"]
    assert r.lines(2) == [""]  # an empty column is one empty line
    assert r.lines(3) == ["—"]
    assert r.lines(4) == ["2 quarters"]
    assert r.cells()[0] == "Build in-house\nOur own retry engine"


def test_the_preview_json_keeps_each_option_row_as_five_cells() -> None:
    data = json.loads(preview(SAMPLE, "json"))
    table = next(b for s in data["slides"] for b in s["blocks"] if b["type"] == "table")
    for cells in table["rows"]:
        assert len(cells) == 5 and all(isinstance(c, str) for c in cells)
    assert table["rows"][0][1].startswith("+ ")
    listing = next(b for s in data["slides"] for b in s["blocks"] if b["type"] == "listing")
    assert set(listing) == {"label", "items", "type"}  # the key is internal
    assert "notes_words" not in data


def tradeoffs_slide(rows: list[OptionRow], listings: list[Listing]) -> Slide:
    table = Table(["Option", "Pros", "Cons", "Cost", "Time"], rows, [1], "★ RECOMMENDED")
    return Slide("tradeoffs", 4, "Trade-offs", "A title", [table, *listings], "f", "4 / 5", "n")


def test_the_strip_moves_first_risks_before_not_doing() -> None:
    listings = [Listing("Not doing", ["a"], "not_doing"), Listing("Risks", ["r"], "risks")]
    slide = tradeoffs_slide([row("A"), row("B")], listings)
    moved = next_move(slide, "tradeoffs.options", WORDS)
    assert moved is not None
    after, what = moved
    assert what == "tradeoffs.risks"
    assert [b.key for b in after.blocks if isinstance(b, Listing)] == ["not_doing"]
    assert after.notes == "n\n\nMoved here:\nRisks: r"


def test_summaries_move_before_pros_and_the_recommended_option_last() -> None:
    rows = [row("A", "sum A", pros=4), row("B", "sum B", pros=4)]
    slide = tradeoffs_slide(rows, [])
    whats = []
    for _ in range(4):
        moved = next_move(slide, "tradeoffs.options", WORDS)
        assert moved is not None
        slide, what = moved
        whats.append(what)
    assert whats == [
        "tradeoffs.options[0].summary",
        "tradeoffs.options[1].summary",  # the recommended one (highlight [1]) after the others
        "tradeoffs.options[0].pros beyond the first 3",
        "tradeoffs.options[1].pros beyond the first 3",
    ]
    table = slide.block(Table)
    assert [r.summary for r in table.rows] == [None, None]
    assert [len(r.pros) for r in table.rows] == [3, 3]
    assert "A: sum A" in slide.notes
    assert "A (Pros): + pro 3" in slide.notes
    assert slide.notes.count("Moved here:") == 1


@pytest.mark.parametrize("kind", KINDS)
def test_each_slide_kind_lays_out_its_area_alone(kind: str) -> None:
    """A slide kind's module needs nothing but the slide, an area and a canvas."""
    pack = load_pack("default")
    outline = build_outline(load_brief(SAMPLE), pack)
    slide = next(s for s in outline.slides if s.kind == kind)
    style = Style("Calibri", "Calibri", 12.0, 10.0, pack.formatter)
    area = Box(43.2, 130.0, 873.6, 340.0)
    canvas = Canvas(kind, style)
    SLIDE_KINDS[kind](slide, area, canvas)
    assert canvas.overflow is None
    assert canvas.elements
    for element in canvas.elements:
        box = element.box
        assert box.x >= area.x - 5 and box.right <= area.right + 5, (kind, element)
        assert box.y >= area.y - 1, (kind, element)
    if kind == "tradeoffs":
        assert any(isinstance(e, TableBox) for e in canvas.elements)
    texts = [r.text for e in canvas.elements if isinstance(e, TextBox) for p in e.paras for r in p]
    assert texts, kind


def test_an_initiative_title_too_long_for_its_line_moves_to_the_notes(tmp_path: Path) -> None:
    """Found by tests/test_properties.py: a 100-character title with no space to break at."""
    from cpo_deck.build import build_decks

    text = re.sub(r"(?m)^title: .*$", 'title: "' + "@" * 100 + '"', SAMPLE.read_text("utf-8"))
    text = re.sub(r"(?m)^subtitle: .*\n", "", text)
    brief = tmp_path / "brief.yaml"
    brief.write_text(text, encoding="utf-8")
    built = build_decks([brief], tmp_path / "deck.pptx")[0]
    assert any("moved to the speaker notes" in w and ": title " in w for w in built.warnings)
    first = built.outline.slides[0]
    assert first.heading is None
    assert "Title: " + "@" * 100 in first.notes


def test_the_preview_shows_moved_detail_without_empty_brackets(tmp_path: Path) -> None:
    """(Issue 9, preview = deck.) Scorecard details and chart labels moved to the notes leave
    no "()" and no stray space in the preview."""
    from .max_brief import max_brief_text

    brief = tmp_path / "max.yaml"
    brief.write_text(max_brief_text(), encoding="utf-8")
    text = preview(brief, "text", 100)
    assert "[fit] metrics.items[*] details moved to the speaker notes" in text
    # The chart's period labels: every few labelled (c:tickLblSkip), or moved to the notes.
    assert (
        "[fit] metrics.items[0].history labels moved to the speaker notes" in text
        or "period labelled, to fit the axis" in text
    )
    assert "()" not in text
    assert "·   " not in text and ":  1" not in text


def test_metrics_past_what_the_scorecard_holds_move_to_the_notes(tmp_path: Path) -> None:
    """Found by the property tests' author: five metrics whose names cannot break."""
    from cpo_deck.build import build_decks

    item = "    - {name: '" + "@" * 60 + "', baseline: 0, target: 1}\n"
    text = SAMPLE.read_text(encoding="utf-8")
    start = text.index("  items:\n", text.index("metrics:"))
    end = text.index("tradeoffs:")
    brief = tmp_path / "brief.yaml"
    brief.write_text(text[:start] + "  items:\n" + item * 5 + text[end:], encoding="utf-8")
    built = build_decks([brief], tmp_path / "deck.pptx")[0]
    metrics = built.outline.slides[2]
    assert any("metrics.items beyond the first" in w for w in built.warnings)
    assert "@" * 60 + ": 0 → 1" in metrics.notes
    rows = next(b for b in metrics.blocks if b.type == "scorecard").rows
    assert 1 <= len(rows) < 5
