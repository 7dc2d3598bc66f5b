"""The deck's tone: guardrail metrics read as limits (holding or breached, never a missed target
or a step backwards), and a risk outcome is not styled as a gain."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from pptx import Presentation

from cpo_deck.build import build_decks, preview
from cpo_deck.check import check_briefs
from cpo_deck.cli import cli
from cpo_deck.contrast import AA, ratio
from cpo_deck.packs import load_pack

from .conftest import ROOT

SAMPLE = ROOT / "samples" / "checkout-retries.yaml"

DECLINES = {
    "name": "Card decline ratio",
    "unit": "%",
    "baseline": 0.8,
    "target": 1,
    "timeframe": "through FY27",
    "higher_is_better": False,
    "guardrail": True,
}


def _brief(tmp_path: Path, *metrics: dict[str, Any], outcomes: list[Any] | None = None) -> Path:
    """The checkout sample with these metrics after its charted one (and these outcomes)."""
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["metrics"]["items"] = [data["metrics"]["items"][0], *metrics]
    if outcomes is not None:
        data["impact"]["outcomes"] = outcomes
    path = tmp_path / f"brief-{len(list(tmp_path.glob('brief-*.yaml')))}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _slide(tmp_path: Path, brief: Path, index: int, template: str | None = None) -> Any:
    deck = build_decks([brief], tmp_path / "out", template=template)[0].output
    return Presentation(str(deck)).slides[index]


def _rows(slide: Any) -> list[str]:
    return [s.text_frame.text for s in slide.shapes if s.name == "Scorecard row"]


# --------------------------------------------------------------------------------------------
# guardrails on the scorecard


@pytest.mark.parametrize(
    ("extra", "shown", "holding"),
    [
        ({"current": 0.9, "history": [{"label": "Q1", "value": 1.4}]}, "0.9%", True),
        ({"current": 1.2, "history": [{"label": "Q1", "value": 0.7}]}, "1.2%", False),
        (
            {"history": [{"label": "Q1", "value": 0.7}, {"label": "Q2", "value": 1.3}]},
            "1.3%",
            False,
        ),
        (
            {"history": [{"label": "Q1", "value": 1.3}, {"label": "Q2", "value": 0.95}]},
            "0.95%",
            True,
        ),
        ({}, "0.8%", True),
        ({"baseline": 1.1, "current": 1.0}, "1%", True),
    ],
    ids=["current-holds", "current-breaks", "history-breaks", "history-holds", "baseline", "at"],
)
def test_guardrail_is_judged_on_current_then_history_then_baseline(
    tmp_path: Path, extra: dict[str, Any], shown: str, holding: bool
) -> None:
    slide = _slide(tmp_path, _brief(tmp_path, {**DECLINES, **extra}), 2)
    row = _rows(slide)[1]
    values = row.splitlines()[0]
    word = "holding" if holding else "breached"
    assert values == f"{shown} {word} · limit ≤ 1%"
    assert "→" not in row and "step" not in row and "Target" not in row
    assert row.splitlines()[-1] == "through FY27 · guardrail"

    markers = [s for s in slide.shapes if "marker" in s.name]
    guard = markers[1]
    assert guard.name == "Guardrail marker ◆" and guard.rotation == 0
    assert "▲" not in guard.name and "▼" not in guard.name
    colors = load_pack("default").config.theme.colors
    assert str(guard.fill.fore_color.rgb) == (colors.positive if holding else colors.negative)
    assert markers[0].name.startswith("Direction marker")


def test_higher_is_better_guardrail_is_a_floor(tmp_path: Path) -> None:
    floor = {
        "name": "Approval rate",
        "unit": "%",
        "baseline": 97,
        "current": 94,
        "target": 95,
        "higher_is_better": True,
        "guardrail": True,
    }
    row = _rows(_slide(tmp_path, _brief(tmp_path, floor), 2))[1]
    assert row.splitlines()[0] == "94% breached · limit ≥ 95%"
    assert row.splitlines()[-1] == "guardrail"


def test_minimal_pack_says_the_word_where_colours_are_equal(tmp_path: Path) -> None:
    brief = _brief(tmp_path, {**DECLINES, "current": 1.5})
    slide = _slide(tmp_path, brief, 2, template="minimal")
    assert "breached" in _rows(slide)[1]


def test_preview_says_the_same_words(tmp_path: Path) -> None:
    brief = _brief(
        tmp_path, {**DECLINES, "current": 0.9}, {**DECLINES, "name": "Fees", "current": 2}
    )
    text = preview(brief, "text", width=200)
    assert "◆ Card decline ratio: 0.9% holding · limit ≤ 1% (through FY27 · guardrail)" in text
    assert "◆ Fees: 2% breached · limit ≤ 1% (through FY27 · guardrail)" in text
    markdown = preview(brief, "markdown")
    assert "| ◆ Card decline ratio | 0.9% holding · limit ≤ 1% | through FY27 · guardrail |" in (
        markdown
    )
    rows = json.loads(preview(brief, "json"))["slides"][2]["blocks"][1]["rows"]
    assert [(r["guardrail"], r["status"], r["marker"]) for r in rows] == [
        (False, None, "▲"),
        (True, "holding", "◆"),
        (True, "breached", "◆"),
    ]
    assert rows[1]["value_line"] == "0.9% holding · limit ≤ 1%" and rows[1]["change"] == ""


def test_charted_guardrail_draws_a_limit_not_a_target(tmp_path: Path) -> None:
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    first = {**DECLINES, "current": 0.9}
    data["metrics"]["items"] = [first, *data["metrics"]["items"][1:]]
    path = tmp_path / "charted.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    chart_block = json.loads(preview(path, "json"))["slides"][2]["blocks"][0]
    assert chart_block["target_word"] == "Limit" and chart_block["target_text"] == "Limit 1%"
    assert chart_block["categories"] == ["Baseline", "Now", "Limit"]
    slide = _slide(tmp_path, path, 2)
    chart = next(s for s in slide.shapes if s.has_chart).chart
    assert list(chart.plots[0].categories) == ["Baseline", "Now", "Limit"]
    assert "→  Limit 1%" in preview(path, "text", width=200)


def test_custom_labels_without_the_new_words_still_build(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: old\nextends: default\n", encoding="utf-8")
    labels = (ROOT / "templates" / "default" / "labels.j2").read_text(encoding="utf-8")
    for key in ("guardrail", "holding", "breached", "limit", "at_most", "at_least"):
        labels = "\n".join(line for line in labels.splitlines() if f'"{key}":' not in line)
    labels = labels.replace('"higher_is_better": "higher is better"', '"higher_is_better": "up"')
    (pack / "labels.j2").write_text(labels, encoding="utf-8")
    text = preview(_brief(tmp_path, {**DECLINES, "current": 0.9}), "text", 200, str(pack))
    assert "0.9% holding · limit ≤ 1% (through FY27 · guardrail)" in text


# --------------------------------------------------------------------------------------------
# R04 reads a guardrail's target as a limit


def _r04(brief: Path) -> list[str]:
    return [f.message for f in check_briefs([brief]).findings if f.rule == "R04"]


def test_r04_leaves_a_guardrail_behind_its_baseline_alone(tmp_path: Path) -> None:
    assert _r04(_brief(tmp_path, {**DECLINES, "current": 0.9})) == []
    equal = {**DECLINES, "baseline": 1, "current": 0.9}
    assert _r04(_brief(tmp_path, equal)) == []


def test_r04_still_flags_a_normal_metric_moving_backwards(tmp_path: Path) -> None:
    normal = {k: v for k, v in DECLINES.items() if k != "guardrail"}
    (message,) = _r04(_brief(tmp_path, normal))
    assert "step backwards" in message


def test_check_cli_passes_a_guardrail_and_fails_the_same_metric_without(tmp_path: Path) -> None:
    runner = CliRunner()
    guarded = runner.invoke(cli, ["check", "--strict", str(_brief(tmp_path, DECLINES))])
    assert guarded.exit_code == 0, guarded.output
    assert "R04" not in guarded.output
    plain = {k: v for k, v in DECLINES.items() if k != "guardrail"}
    failed = runner.invoke(cli, ["check", str(_brief(tmp_path, plain))])
    assert failed.exit_code == 1
    assert "error R04 smart-metric" in failed.output and "step backwards" in failed.output


def test_r04_notes_a_guardrail_breached_since_its_baseline(tmp_path: Path) -> None:
    (message,) = _r04(_brief(tmp_path, {**DECLINES, "baseline": 1.4, "current": 1.2}))
    assert "guardrail already breached at its baseline 1.4% (limit at most 1%)" in message
    # breached at the baseline but holding now: nothing to say
    assert _r04(_brief(tmp_path, {**DECLINES, "baseline": 1.4, "current": 0.9})) == []
    # holding at the baseline and breached now: the deck says so; not a mistake in the brief
    assert _r04(_brief(tmp_path, {**DECLINES, "current": 1.3})) == []


# --------------------------------------------------------------------------------------------
# risk outcomes


RISK = {"area": "risk", "statement": "+0.2 pts card decline ratio, kept under the network limit"}
REVENUE = {"area": "revenue", "statement": "+$2.8M ARR recovered in FY27"}


def _tile_runs(slide: Any, caption: str) -> dict[str, list[Any]]:
    """The runs of the tile whose caption is ``caption``, by shape name (tiles in order)."""
    shapes = list(slide.shapes)
    start = next(
        i for i, s in enumerate(shapes) if s.has_text_frame and s.text_frame.text == caption
    )
    bar = shapes[start - 1]
    out: dict[str, list[Any]] = {"bar": [bar]}
    for shape in shapes[start : start + 3]:
        if shape.has_text_frame:
            runs = [r for p in shape.text_frame.paragraphs for r in p.runs]
            out.setdefault(shape.name, []).extend(runs)
    return out


@pytest.mark.parametrize("template", ["default", "dark", "minimal"])
@pytest.mark.parametrize("with_value", [True, False], ids=["large", "lead"])
def test_risk_outcome_is_not_styled_as_a_gain(
    tmp_path: Path, template: str, with_value: bool
) -> None:
    outcomes: list[Any] = [REVENUE, RISK]
    if not with_value:  # one outcome without a number: statement form, numbers lead in bold
        outcomes = [*outcomes, {"area": "cost", "statement": "Fewer manual card chases"}]
    slide = _slide(tmp_path, _brief(tmp_path, outcomes=outcomes), 1, template)
    colors = load_pack(template).config.theme.colors

    def rgb(run: Any) -> str:
        return str(run.font.color.rgb)

    risk, gain = _tile_runs(slide, "RISK"), _tile_runs(slide, "REVENUE")
    number_shape = "Outcome value" if with_value else "Outcome"
    risk_number = risk[number_shape][0]
    assert risk_number.text.strip() == "+0.2 pts"  # the user's characters, as typed
    assert rgb(gain[number_shape][0]) == colors.primary
    assert rgb(risk_number) != colors.primary
    # (a pack whose "positive" is its body colour, as minimal's is, shows gains in words only)
    assert rgb(risk_number) != colors.positive or colors.positive == colors.text
    # Neutral, neither a gain (accent, primary) nor an alarm (negative): reducing a risk is
    # often good news, and raising one is not a win.
    assert rgb(risk_number) == colors.text
    assert rgb(risk["Outcome area"][0]) == colors.muted
    assert str(risk["bar"][0].fill.fore_color.rgb) == colors.muted
    assert str(gain["bar"][0].fill.fore_color.rgb) == colors.accent
    for role in (colors.muted, colors.text):
        assert ratio(role, colors.surface) >= AA


def test_a_charted_guardrail_has_no_projection_to_its_limit(tmp_path: Path) -> None:
    """A limit is not somewhere to go: no dotted line toward it, and the alt text says limit."""
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    first = data["metrics"]["items"][0]
    data["metrics"]["items"][0] = {**first, "guardrail": True, "higher_is_better": False}
    path = tmp_path / "guard.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    slide = _slide(tmp_path, path, 2)
    frame = next(s for s in slide.shapes if s.has_chart)
    series = list(frame.chart.plots[0].series)
    assert len(series) == 3
    assert all(v is None for v in series[2].values), series[2].values
    descr = frame._element.nvGraphicFramePr.cNvPr.get("descr")
    assert "limit" in descr.lower() and "target" not in descr.lower()
