"""The metrics chart tells the story: labels written like the scorecard, a value axis that shows
the movement, a dotted projection to the target on the timeframe's category, the target label
clear of everything, and alternative text that says it all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from cpo_deck.build import build_decks
from cpo_deck.formatting import Formatter, zip_values
from cpo_deck.layout.chart_axis import trend_bounds

from .conftest import to_pdf
from .test_render import Word, overlaps, pages

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CONVERSION = [2.1, 2.15, 2.2, 2.18, 2.25, 2.3, 2.35, 2.4, 2.42, 2.5, 2.55, 2.6]
REVENUE = [5400, 5600, 6100, 6400, 7200, 7900]


def _brief(metric: str) -> str:
    return f"""\
title: Search relevance
presenter: Sam Ortiz, Director of Product
date: 2026-11-20
problem:
  headline: Search converts at 2.1%, browsing at 3.4%
  points: [One search in five returns nothing useful]
impact:
  headline: Better search is worth $5.4M a year in revenue
  outcomes:
    - {{area: revenue, statement: "$5.4M more revenue a year"}}
metrics:
  headline: Search conversion must reach 3% by the end of Q2
  items:
{metric}
    - {{name: Tickets about search, unit: per week, baseline: 310, target: 230,
        higher_is_better: false}}
tradeoffs:
  headline: Tuning our own engine beats buying one
  options:
    - {{name: Keep as is, pros: [No cost], cons: [Gap stays]}}
    - {{name: Tune our engine, recommended: true, pros: [Fast], cons: [Two quarters]}}
ask:
  headline: Approve two quarters of the search squad
  decision: Approve the search squad for two quarters
"""


def _history(name: str, unit: str, labels: list[str], values: list[float], rest: str) -> str:
    points = "\n".join(
        f"        - {{label: {label}, value: {value}}}"
        for label, value in zip(labels, values, strict=True)
    )
    return f'    - name: {name}\n      unit: "{unit}"\n{rest}\n      history:\n{points}'


HISTORY = _brief(
    _history(
        "Search conversion",
        "%",
        MONTHS,
        CONVERSION,
        "      baseline: 2.1\n      current: 2.6\n      target: 3\n      timeframe: by end of Q2",
    )
)
MONEY = _brief(
    _history(
        "Revenue from search",
        "$",
        ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6"],
        REVENUE,
        "      baseline: 5400\n      target: 9000\n      timeframe: by Q4",
    )
)
LONG_UNIT = _brief(
    _history(
        "Tickets about search",
        "tickets",
        ["Q1", "Q2", "Q3", "Q4"],
        [310, 300, 290, 270],
        "      baseline: 310\n      target: 230\n      higher_is_better: false",
    )
)
COLUMNS = _brief(
    "    - {name: Revenue from search, unit: $, baseline: 5400, current: 6100, target: 9000,\n"
    "       timeframe: by Q4}"
)
GERMAN_PACK = "name: german\nextends: default\nformat:\n  thousands: '.'\n  decimal: ','\n"


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each brief built once (the money brief also on a pack with German separators)."""
    work = tmp_path_factory.mktemp("story")
    briefs = {}
    for name, text in (
        ("history", HISTORY),
        ("money", MONEY),
        ("long-unit", LONG_UNIT),
        ("columns", COLUMNS),
    ):
        briefs[name] = work / f"{name}.yaml"
        briefs[name].write_text(text, encoding="utf-8")
    built = {b.brief.stem: b.output for b in build_decks(list(briefs.values()), work / "out")}
    pack = work / "german"
    pack.mkdir()
    (pack / "pack.yaml").write_text(GERMAN_PACK, encoding="utf-8")
    german = build_decks([briefs["money"]], work / "de", template=str(pack))[0].output
    renamed = german.rename(german.with_name("money-de.pptx"))  # one PDF name per deck
    return {**built, "money-de": renamed}


@pytest.fixture(scope="module")
def pdfs(decks: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The decks rendered by LibreOffice."""
    names = list(decks)
    out = tmp_path_factory.mktemp("story-pdf")
    return dict(zip(names, to_pdf([decks[n] for n in names], out), strict=True))


def _frame(deck: Path) -> Any:
    slide = Presentation(str(deck)).slides[2]
    return next(shape for shape in slide.shapes if shape.has_chart)


def _labels(series: Any) -> list[str]:
    """The text of every data label the series shows."""
    return [
        p.data_label.text_frame.text
        for p in series.points
        if p.data_label.has_text_frame and p.data_label.text_frame.text
    ]


def _chart_words(pdf: Path) -> list[Word]:
    """The words drawn on the metrics slide left of the scorecard, below the chart's title (at
    the height of the scorecard's label, "HOW WE WILL KNOW")."""
    page = pages(pdf)[2]
    how = next(w for w in page.words if w.text == "HOW")
    return [w for w in page.words if w.x1 < how.x0 and w.y0 > how.y1]


def test_labels_read_like_the_scorecard(decks: dict[str, Path]) -> None:
    f = Formatter()
    history = _frame(decks["history"]).chart.plots[0]
    texts = _labels(history.series[0])
    # One number of digits after the point across the series, as 2.15 needs two.
    assert texts[0] == "2.10%" and texts[-1] == "2.60%"
    assert all(t.endswith("%") and len(t.split(".")[1]) == 3 for t in texts)
    money = _labels(_frame(decks["money"]).chart.plots[0].series[0])
    assert money == [f.with_unit(v, "$") for v in REVENUE]
    assert money[0] == "$5,400"
    # A long unit is kept on the labels (first and latest if all would not fit).
    tickets = _labels(_frame(decks["long-unit"]).chart.plots[0].series[0])
    assert tickets and all(t.endswith(" tickets") for t in tickets)
    german = _labels(_frame(decks["money-de"]).chart.plots[0].series[0])
    assert german[0] == "$5.400" and german[-1] == "$7.900"


def test_the_data_keeps_numbers_with_a_matching_format(decks: dict[str, Path]) -> None:
    for name, code in (
        ("history", '#,##0.00"%"'),
        ("money", '"$"#,##0'),
        ("long-unit", '#,##0" tickets"'),
    ):
        chart = _frame(decks[name]).chart
        codes = {n.get("formatCode") for n in chart._chartSpace.iter(qn("c:numFmt"))}
        assert code in codes, name
        values = list(chart.plots[0].series[0].values)
        assert all(isinstance(v, float) for v in values[:-1]) and values[-1] is None


def test_a_trend_axis_shows_the_movement_and_columns_start_at_zero(
    decks: dict[str, Path],
) -> None:
    axis = _frame(decks["history"]).chart.value_axis
    low, high = axis.minimum_scale, axis.maximum_scale
    assert low is not None and high is not None
    assert 1.5 < low <= 2.1 and 3 <= high < 3.6
    # The data and the target take most of the plot's height.
    assert (3 - 2.1) / (high - low) > 0.6
    columns = _frame(decks["columns"]).chart.value_axis
    assert columns.minimum_scale == 0 and columns.maximum_scale >= 9000


def test_trend_bounds_hold_at_the_float_limits() -> None:
    for values in (
        [5e-324] * 3,
        [5e-324, 0.0],  # a span whose tenth is zero (found by tests/test_properties.py)
        [1e308, -1e308],
        [1.7e308, 1.6e308],
        [0.0, 0.0],
        [-5.0, 3.0],
    ):
        low, high = trend_bounds(values, 0.1)
        if low is not None and high is not None:
            assert low <= min(values) and max(values) <= high and low < high


def test_a_dotted_projection_reaches_the_target_on_the_timeframe(decks: dict[str, Path]) -> None:
    chart = _frame(decks["history"]).chart
    plot = chart.plots[0]
    assert list(plot.categories) == [*MONTHS, "Target"]  # "by end of Q2" is too long here
    actual, target, projection = plot.series
    assert list(actual.values)[-1] is None
    assert list(projection.values) == [None] * 11 + [2.6, 3.0]
    assert projection.format.line.dash_style is not None
    assert target.format.line.dash_style is not None
    money = _frame(decks["money"]).chart.plots[0]
    assert list(money.categories)[-1] == "by Q4"


def test_alt_text_states_the_trend_and_target(decks: dict[str, Path]) -> None:
    def descr(name: str) -> str:
        return str(_frame(decks[name])._element.nvGraphicFramePr.cNvPr.get("descr"))

    assert descr("history") == (
        "Search conversion (%) from 2.10% in Jan to 2.60% in Dec; target 3% by end of Q2."
    )
    assert descr("columns") == (
        "Revenue from search ($): Baseline $5,400 → Now $6,100 → target $9,000 by Q4."
    )


def test_the_preview_writes_the_labels_the_chart_shows() -> None:
    line = zip_values(MONTHS[:3], CONVERSION[:3], "%")
    assert line == "Jan 2.10%  ·  Feb 2.15%  ·  Mar 2.20%"
    assert zip_values(["Q1", "Q2"], [310, 300], "per week") == "Q1 310 per week  ·  Q2 300 per week"


def test_rendered_labels_are_clear_of_each_other_and_the_axis(pdfs: dict[str, Path]) -> None:
    for name in ("history", "money", "long-unit", "money-de"):
        words = _chart_words(pdfs[name])
        text = [w.text for w in words]
        assert "Target" in text, name
        assert overlaps(words, tolerance=0.5) == [], name
    history = [w.text for w in _chart_words(pdfs["history"])]
    assert "2.10%" in history and "2.60%" in history and "3%" in history and "Jan" in history
    money = [w.text for w in _chart_words(pdfs["money"])]
    assert "$5,400" in money and "$7,900" in money and "Q4" in money
    german = [w.text for w in _chart_words(pdfs["money-de"])]
    assert "$5.400" in german
    tickets = [w.text for w in _chart_words(pdfs["long-unit"])]
    assert "tickets" in tickets


def test_a_unit_with_xml_characters_reaches_the_chart_as_typed(tmp_path: Path) -> None:
    """python-pptx writes the number format into the chart XML unescaped: "R&D" broke it."""
    rest = "      baseline: 2.1\n      target: 3"
    metric = _history("R&D share", "R&D <pts>", MONTHS[:4], CONVERSION[:4], rest)
    path = tmp_path / "brief.yaml"
    path.write_text(_brief(metric), encoding="utf-8")
    built = build_decks([path], tmp_path / "deck.pptx")
    chart = next(s for s in Presentation(str(built[0].output)).slides[2].shapes if s.has_chart)
    codes = {e.text for e in chart.chart._chartSpace.iter(qn("c:formatCode"))}
    assert codes == {'#,##0.00" R&D <pts>"'}
    assert chart.chart.plots[0].series[0].data_labels.number_format == '#,##0.00" R&D <pts>"'
