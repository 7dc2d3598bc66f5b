"""Text never leaves its box: the maximum brief on every built-in pack and a corporate pack.

Everything the brief says is on its slide or, where the slide is full even at the smallest
size, in that slide's speaker notes with a warning; nothing is dropped. Font sizes stay at or
above the floors. LibreOffice renders every page with no word off the slide or on top of
another, and every headline whole.
"""

from __future__ import annotations

from pathlib import Path

import openxml_audit
import pytest
from click.testing import CliRunner
from pptx import Presentation

from cpo_deck.build import build_decks, preview
from cpo_deck.cli import cli
from cpo_deck.loader import load_brief

from .conftest import ROOT, to_pdf
from .corporate_fixtures import make_corporate
from .max_brief import max_brief_text
from .test_render import overlaps, pages

PACKS = ["default", "dark", "minimal", "corporate"]
KINDS = ["problem", "impact", "metrics", "tradeoffs", "ask"]
CHROME = {"Footer", "Page number", "Initiative"}


@pytest.fixture(scope="module")
def max_brief(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("max") / "max.yaml"
    path.write_text(max_brief_text(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corporate_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corp")
    corp = make_corporate(folder / "source")
    pack = folder / "pack"
    result = CliRunner().invoke(cli, ["template", "init", str(pack), "--from-pptx", str(corp)])
    assert result.exit_code == 0, result.output
    return pack


@pytest.fixture(scope="module")
def max_decks(
    max_brief: Path, corporate_pack: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Path, list[str]]]:
    out = tmp_path_factory.mktemp("max-decks")
    decks = {}
    for name in PACKS:
        template = str(corporate_pack) if name == "corporate" else name
        built = build_decks([max_brief], out / f"{name}.pptx", template)[0]
        decks[name] = (built.output, built.warnings)
    return decks


def _flat(text: str) -> str:
    return " ".join(text.split())


def slide_text(slide) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if getattr(shape, "has_table", False) and shape.has_table:
            parts += [cell.text for row in shape.table.rows for cell in row.cells]
        if getattr(shape, "has_chart", False) and shape.has_chart:
            parts += [str(c) for c in shape.chart.plots[0].categories]
    return _flat("\n".join(parts))


@pytest.mark.parametrize("name", PACKS)
def test_nothing_is_dropped(
    name: str, max_brief: Path, max_decks: dict[str, tuple[Path, list[str]]]
) -> None:
    brief = load_brief(max_brief)
    deck, warnings = max_decks[name]
    slides = Presentation(str(deck)).slides
    shown = {k: slide_text(s) for k, s in zip(KINDS, slides, strict=True)}
    notes = {
        k: _flat(s.notes_slide.notes_text_frame.text) for k, s in zip(KINDS, slides, strict=True)
    }

    def present(kind: str, text: str | None) -> None:
        if text:
            flat = _flat(text)
            assert flat in shown[kind] or flat in notes[kind], f"{kind}: {text[:40]!r} dropped"

    present("problem", brief.title)
    present("problem", brief.subtitle)
    for kind in KINDS:
        assert _flat(getattr(brief, kind).headline) in shown[kind]
    for point in brief.problem.points:
        present("problem", point)
    present("problem", brief.problem.evidence)
    for outcome in brief.impact.outcomes:
        for word in outcome.statement.split():
            assert word in shown["impact"], word
    for item in brief.metrics.items:
        present("metrics", item.name)
        present("metrics", item.timeframe)
    for point in brief.metrics.items[0].history:
        present("metrics", point.label)
    for option in brief.tradeoffs.options:
        for text in [
            option.name,
            option.summary,
            *option.pros,
            *option.cons,
            option.cost,
            option.time,
        ]:
            present("tradeoffs", text)
    for text in brief.tradeoffs.not_doing:
        present("tradeoffs", text)
    for risk in brief.tradeoffs.risks:
        present("tradeoffs", risk.risk)
        present("tradeoffs", risk.mitigation)
    for text in [
        brief.ask.decision,
        brief.ask.investment,
        brief.ask.by,
        brief.ask.owner,
        *brief.ask.next_steps,
    ]:
        present("ask", text)
    # Whatever moved is named in a warning, slide by slide.
    moved = [k for k in KINDS if "Not on the slide (moved here to fit):" in notes[k]]
    assert moved, "the maximum brief should not fit without moving something"
    for kind in moved:
        assert any(f"{kind} slide: moved to the speaker notes" in w for w in warnings), warnings


@pytest.mark.parametrize("name", PACKS)
def test_sizes_stay_at_or_above_the_floors(
    name: str, max_decks: dict[str, tuple[Path, list[str]]]
) -> None:
    deck, _ = max_decks[name]
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame and shape.name not in CHROME:
                for paragraph in shape.text_frame.paragraphs:
                    for run in paragraph.runs:
                        assert run.font.size.pt >= 12, (shape.name, run.text[:30])
            if getattr(shape, "has_table", False) and shape.has_table:
                for row in shape.table.rows:
                    for cell in row.cells:
                        for paragraph in cell.text_frame.paragraphs:
                            for run in paragraph.runs:
                                assert run.font.size.pt >= 10, run.text[:30]
    assert openxml_audit.validate_pptx(deck).error_count == 0


@pytest.mark.parametrize("name", PACKS)
def test_max_brief_renders_inside_the_slide(
    name: str, max_brief: Path, max_decks: dict[str, tuple[Path, list[str]]], tmp_path: Path
) -> None:
    brief = load_brief(max_brief)
    deck, _ = max_decks[name]
    rendered = pages(to_pdf([deck], tmp_path)[0])
    assert len(rendered) == 5
    for page, kind in zip(rendered, KINDS, strict=True):
        for w in page.words:
            assert w.x0 >= 0 and w.x1 <= page.width + 0.5, f"{name} {kind}: {w.text!r} off"
            assert w.y0 >= 0 and w.y1 <= page.height + 0.5, f"{name} {kind}: {w.text!r} off"
        assert overlaps(page.words) == [], f"{name} {kind}: words drawn over each other"
        text = "".join(w.text for w in page.words)
        headline = "".join(getattr(brief, kind).headline.split())
        assert headline in text, f"{name} {kind}: headline not rendered in one piece"


def test_overflow_policy_fail_names_the_field_and_how_much(max_brief: Path, tmp_path: Path) -> None:
    pack = tmp_path / "strict"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: strict\nfit: {overflow: fail}\n", encoding="utf-8")
    out = tmp_path / "deck.pptx"
    result = CliRunner().invoke(cli, ["build", str(max_brief), "-t", str(pack), "-o", str(out)])
    assert result.exit_code == 1
    assert "does not fit on the problem slide even at 12 pt" in result.stderr
    assert "shorten it by about" in result.stderr
    assert not out.exists()


def test_preview_shows_the_fitting_decisions(max_brief: Path) -> None:
    text = preview(max_brief, "text", width=100)
    assert "[fit] tradeoffs.risks moved to the speaker notes" in text
    assert "[fit] tradeoffs: table 10 pt (shrunk from 16)" in text
    sample = Path(__file__).resolve().parents[1] / "samples" / "checkout-retries.yaml"
    assert "moved to the speaker notes" not in preview(sample, "text")


def test_floors_can_be_raised_not_lowered(tmp_path: Path) -> None:
    pack = tmp_path / "big"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: big\nfit: {body_floor: 11}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["template", "check", str(pack)])
    assert result.exit_code == 1
    assert "fit.body_floor" in result.stderr and "12" in result.stderr


def test_an_ask_too_full_for_its_facts_moves_them_to_the_notes_last_first(
    tmp_path: Path,
) -> None:
    """Found by the property test: a wide ask within every limit had nothing left to move
    once its next steps were gone, and failed. The facts move now, owner first; the decision
    never moves."""
    wide = "承認本日決定事項"  # wide characters: twice the width of Latin text at one size
    sample = ROOT / "samples" / "checkout-retries.yaml"
    text = (
        sample.read_text(encoding="utf-8").split("\nask:")[0]
        + f"""
ask:
  headline: {(wide * 20)[:150]}
  decision: {(wide * 30)[:200]}
  investment: {(wide * 30)[:160]}
  by: {(wide * 10)[:40]}
  owner: {(wide * 10)[:80]}
  next_steps:
{"".join(f"    - {(wide * 20)[:119]}{n}{chr(10)}" for n in range(4))}"""
    )
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    events: list[object] = []
    built = build_decks([path], tmp_path / "deck.pptx", on_event=events.append)
    warnings = [str(getattr(e, "message", "")) for e in events]
    ask = Presentation(str(built[0].output)).slides[4]
    shown = "".join(s.text_frame.text for s in ask.shapes if s.has_text_frame)
    notes = ask.notes_slide.notes_text_frame.text
    assert (wide * 30)[:200] in shown.replace("\n", "").replace("\u2028", "")
    assert (wide * 10)[:80] in notes  # the owner moved first
    assert any("ask slide: moved to the speaker notes" in w and "ask.owner" in w for w in warnings)
