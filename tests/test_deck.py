"""Decks reopened with python-pptx: slides, texts, chart, table, notes, properties, validity."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openxml_audit
import pytest
from pptx import Presentation
from pptx.util import Pt

from cpo_deck.build import build_decks
from cpo_deck.loader import load_brief
from cpo_deck.packs import load_pack

from .conftest import ROOT, SAMPLES, texts

KINDS = ["problem", "impact", "metrics", "tradeoffs", "ask"]


def named(slide, name: str):
    found = [s for s in slide.shapes if s.name == name]
    assert found, f"no shape named {name!r} on slide; have {[s.name for s in slide.shapes]}"
    return found


def run_sizes(shape) -> list[float]:
    return [r.font.size.pt for p in shape.text_frame.paragraphs for r in p.runs if r.font.size]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_five_slides_titled_with_headlines(sample: Path, sample_decks: dict[str, Path]) -> None:
    brief = load_brief(sample)
    prs = Presentation(str(sample_decks[sample.stem]))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)
    assert len(prs.slides) == 5
    labels = ["PROBLEM", "BUSINESS IMPACT", "METRICS", "TRADE-OFFS", "THE ASK"]
    for number, (slide, kind, label) in enumerate(zip(prs.slides, KINDS, labels, strict=True), 1):
        section = getattr(brief, kind)
        assert slide.shapes.title.text_frame.text == section.headline
        assert named(slide, "Section label")[0].text_frame.text == label
        footer = named(slide, "Footer")[0].text_frame.text
        assert brief.title in footer and (brief.presenter or "") in footer
        assert (brief.date or "") in footer
        assert named(slide, "Page number")[0].text_frame.text == f"{number} / 5"
        notes = slide.notes_slide.notes_text_frame.text
        assert notes == section.notes
    first = prs.slides[0]
    assert brief.title in named(first, "Initiative")[0].text_frame.text
    core = prs.core_properties
    assert core.title == brief.title
    assert core.author == (brief.presenter or "")
    assert core.subject == (brief.subtitle or brief.problem.headline)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_brief_word_is_on_its_slide(sample: Path, sample_decks: dict[str, Path]) -> None:
    brief = load_brief(sample)
    slides = Presentation(str(sample_decks[sample.stem])).slides
    problem = "\n".join(texts(slides[0]))
    for point in brief.problem.points:
        assert point in problem
    if brief.problem.evidence:
        assert brief.problem.evidence in problem
    impact = " ".join(texts(slides[1]))
    for outcome in brief.impact.outcomes:
        words = outcome.statement.split()
        assert all(w in impact for w in words), outcome.statement
    metrics = "\n".join(texts(slides[2]))
    for item in brief.metrics.items:
        assert item.name in metrics
        if item.timeframe:
            assert item.timeframe in metrics
    tradeoffs = "\n".join(texts(slides[3]))
    for option in brief.tradeoffs.options:
        assert option.name in tradeoffs
        for text in [*option.pros, *option.cons, option.cost or "", option.time or ""]:
            assert text in tradeoffs
    for item in brief.tradeoffs.not_doing:
        assert item in tradeoffs
    for risk in brief.tradeoffs.risks:
        assert risk.risk in tradeoffs and (risk.mitigation or "") in tradeoffs
    ask = "\n".join(texts(slides[4]))
    for text in [
        brief.ask.decision,
        brief.ask.investment,
        brief.ask.by,
        brief.ask.owner,
        *brief.ask.next_steps,
    ]:
        assert (text or "") in ask


def test_metrics_chart_is_native_trend_toward_target(sample_decks: dict[str, Path]) -> None:
    brief = load_brief(ROOT / "samples" / "checkout-retries.yaml")
    metric = brief.metrics.items[0]
    slide = Presentation(str(sample_decks["checkout-retries"])).slides[2]
    charts = [s for s in slide.shapes if s.has_chart]
    assert len(charts) == 1
    chart = charts[0].chart
    plot = chart.plots[0]
    history = [p.label for p in metric.history]
    # One more category, the timeframe's, where the projection meets the target.
    assert list(plot.categories) == [*history, metric.timeframe]
    actual, target, projection = plot.series
    assert list(actual.values) == [*(p.value for p in metric.history), None]
    # The target is a dashed level across the trend, labelled once with its value.
    assert list(target.values) == [metric.target] * (len(history) + 1)
    assert target.format.line.dash_style is not None
    assert list(projection.values)[-2:] == [metric.history[-1].value, metric.target]
    assert chart.has_legend is False
    assert actual.data_labels.show_value is True
    labelled = [p.data_label for p in target.points if p.data_label.has_text_frame]
    assert [label.text_frame.text for label in labelled] == ["Target 40%"]


def _brief_without(tmp_path: Path, key: str) -> Path:
    """The checkout sample with the first ``key:`` block (and everything indented under it) cut."""
    lines = (ROOT / "samples" / "checkout-retries.yaml").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(f"{key}:"))
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines) and (
        not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
    ):
        end += 1
    path = tmp_path / f"no-{key}.yaml"
    path.write_text("\n".join(lines[:start] + lines[end:]) + "\n", encoding="utf-8")
    return path


def test_without_history_the_chart_shows_baseline_current_target(tmp_path: Path) -> None:
    path = _brief_without(tmp_path, "history")
    brief = load_brief(path)
    assert brief.metrics.items[0].history == []
    deck = build_decks([path], tmp_path / "out")[0].output
    chart = next(s for s in Presentation(str(deck)).slides[2].shapes if s.has_chart).chart
    metric = brief.metrics.items[0]
    assert list(chart.plots[0].categories) == ["Baseline", "Now", metric.timeframe]
    assert list(chart.plots[0].series[0].values) == [metric.baseline, metric.current, metric.target]
    assert openxml_audit.validate_pptx(deck).error_count == 0
    with zipfile.ZipFile(deck) as archive:
        xml = archive.read("ppt/charts/chart1.xml").decode()
    assert 'axId val="-' not in xml and 'crossAx val="-' not in xml


def test_tradeoffs_table_highlights_the_recommended_option(sample_decks: dict[str, Path]) -> None:
    brief = load_brief(ROOT / "samples" / "checkout-retries.yaml")
    slide = Presentation(str(sample_decks["checkout-retries"])).slides[3]
    table = next(s for s in slide.shapes if s.has_table).table
    assert [c.text for c in table.rows[0].cells] == ["OPTION", "PROS", "CONS", "COST", "TIME"]
    # The recommended row also carries an accent bar on its left edge, level with the row.
    table_shape = next(s for s in slide.shapes if s.has_table)
    bars = [s for s in slide.shapes if s.name == "Recommended bar"]
    recommended = [i for i, o in enumerate(brief.tradeoffs.options) if o.recommended]
    assert len(bars) == len(recommended) == 1
    row_top = table_shape.top + sum(r.height for r in list(table.rows)[: recommended[0] + 1])
    assert abs(bars[0].top - row_top) <= 12700
    assert abs(bars[0].height - table.rows[recommended[0] + 1].height) <= 12700
    assert len(table.rows) == len(brief.tradeoffs.options) + 1
    pack = load_pack("default")
    highlight = pack.config.theme.colors.highlight
    for row, option in zip(list(table.rows)[1:], brief.tradeoffs.options, strict=True):
        name_cell = row.cells[0]
        fill = str(name_cell.fill.fore_color.rgb)
        assert option.name in name_cell.text
        if option.recommended:
            assert fill == highlight and name_cell.text.startswith("★ RECOMMENDED\n")
        else:
            assert fill != highlight and "★" not in name_cell.text


def test_scorecard_direction_respects_higher_is_better(sample_decks: dict[str, Path]) -> None:
    brief = load_brief(ROOT / "samples" / "seller-onboarding.yaml")
    slide = Presentation(str(sample_decks["seller-onboarding"])).slides[2]
    rows = named(slide, "Scorecard row")
    values = [r.text_frame.paragraphs[0] for r in rows]
    details = [r.text_frame.paragraphs[2] for r in rows]
    markers = [s for s in slide.shapes if s.name.startswith("Direction marker")]
    colors = load_pack("default").config.theme.colors
    assert len(values) == len(markers) == len(brief.metrics.items)
    lower = [m for m in brief.metrics.items if not m.higher_is_better]
    assert lower, "the sample should have a lower-is-better metric"
    for index, metric in enumerate(brief.metrics.items):
        down = metric.target < metric.baseline
        marker = markers[index]
        assert marker.name.endswith("▼" if down else "▲")
        assert marker.rotation == (180 if down else 0)
        good = down != metric.higher_is_better
        assert str(marker.fill.fore_color.rgb) == (colors.positive if good else colors.negative)
        assert ("lower is better" in details[index].text) == (not metric.higher_is_better)
        assert rows[index].text_frame.paragraphs[1].text == metric.name
        assert "→" in values[index].text


def test_decision_is_the_largest_text_on_the_ask_slide(sample_decks: dict[str, Path]) -> None:
    slide = Presentation(str(sample_decks["checkout-retries"])).slides[4]
    decision = max(run_sizes(named(slide, "Decision")[0]))
    others = [
        size
        for shape in slide.shapes
        if shape.has_text_frame and shape.name != "Decision"
        for size in run_sizes(shape)
    ]
    assert decision > max(others)
    assert decision >= Pt(24).pt


def test_generated_notes_when_the_brief_has_none(tmp_path: Path) -> None:
    starter = ROOT / "templates" / "default" / "starter.yaml"
    brief = load_brief(starter)
    assert all(getattr(brief, k).notes is None for k in KINDS)
    deck = build_decks([starter], tmp_path)[0].output
    slides = Presentation(str(deck)).slides
    for slide, kind in zip(slides, KINDS, strict=True):
        notes = slide.notes_slide.notes_text_frame.text
        section = getattr(brief, kind)
        assert section.headline in notes or (kind == "ask" and brief.ask.decision in notes)
    assert (
        "Upgrade requests converted: from 62% to 85% by Q3 FY27"
        in slides[2].notes_slide.notes_text_frame.text
    )


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_decks_pass_the_ooxml_validator(sample: Path, sample_decks: dict[str, Path]) -> None:
    result = openxml_audit.validate_pptx(sample_decks[sample.stem])
    assert result.error_count == 0, [str(e) for e in result.errors[:5]]


def test_base_template_has_named_16x9_layouts() -> None:
    pack = load_pack("default")
    prs = Presentation(str(pack.base_path))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)
    names = [layout.name for layout in prs.slide_layouts]
    for choice in pack.config.layouts.values():
        assert choice.layout in names
    for layout in prs.slide_layouts:
        for placeholder in layout.placeholders:
            assert placeholder.left + placeholder.width <= prs.slide_width
            assert placeholder.top + placeholder.height <= prs.slide_height


def test_the_deck_is_what_python_pptx_saves_of_it(
    sample_decks: dict[str, Path],
) -> None:
    """The deck is written without python-pptx (render/package.py), as a package python-pptx
    reads and saves again unchanged: the same members, order and bytes (content types,
    relationships, every part), and every member dated with the deck's document time."""
    import io

    for deck in sample_decks.values():
        with zipfile.ZipFile(deck) as ours:
            members = [(i.filename, ours.read(i)) for i in ours.infolist()]
            stamps = {i.date_time for i in ours.infolist()}
        saved = io.BytesIO()
        Presentation(str(deck)).save(saved)
        with zipfile.ZipFile(saved) as theirs:
            assert members == [(i.filename, theirs.read(i)) for i in theirs.infolist()]
        assert len(stamps) == 1  # every member dated with the deck's one document time
