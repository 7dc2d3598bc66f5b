"""The large number on the impact slide: a whole number with its unit and scale, never a
fragment; `value:` shown exactly as typed; every outcome large or none (no mixed tiles)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from cpo_deck.build import build_decks
from cpo_deck.cli import cli
from cpo_deck.errors import BriefError
from cpo_deck.formatting import split_leading_number

from .conftest import ROOT, require_tool, to_pdf

SAMPLE = ROOT / "samples" / "checkout-retries.yaml"


@pytest.mark.parametrize(
    ("statement", "number"),
    [
        ("+€4,2 Mio. zusätzlicher Umsatz", "+€4,2 Mio."),
        ("$1.2 million in new ARR", "$1.2 million"),
        ("+$2.8M ARR recovered in FY27", "+$2.8M"),
        ("30 % weniger Supporttickets", "30 %"),
        ("4,2 M€ de revenus", "4,2 M€"),
        ("2x faster onboarding", "2x"),
        ("+1.5 pts churn", "+1.5 pts"),
        ("−41 days to first sale", "−41 days"),
        ("12 345 nouveaux clients", "12 345"),
        ("12-month retention up from 62% to 75%", None),
        ("24/7 support for every enterprise customer", None),
        ("1 in 3 incidents resolved without an engineer", None),
        ("5 of 12 regions live by Q3", None),
        ("2027 launch in Brazil", None),
        ("Churn falls by a third", None),
        ("40%", None),  # nothing would read below it
    ],
)
def test_a_leading_number_comes_whole_or_not_at_all(statement: str, number: str | None) -> None:
    found, rest = split_leading_number(statement)
    assert found == number
    if number is None:
        assert rest == statement
    else:
        assert f"{number} {rest}" == statement or f"{number}{rest}" == statement


IMPACT = """\
impact:
  headline: Smart retries recover €2.8M of revenue
  outcomes:
    - {area: revenue, statement: "+€4,2 Mio. zusätzlicher Umsatz im GJ27"}
    - {area: retention, statement: "Kündigungsquote sinkt um 1,5 Punkte"RETENTION}
    - {area: cost, statement: "30 % weniger Supporttickets"}
"""


def brief_with(tmp_path: Path, retention: str = "") -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    start = text.index("impact:")
    end = text.index("metrics:")
    path = tmp_path / "brief.yaml"
    path.write_text(text[:start] + IMPACT.replace("RETENTION", retention) + text[end:])
    return path


def impact_shapes(deck: Path) -> dict[str, list[object]]:
    slide = Presentation(str(deck)).slides[1]
    shapes: dict[str, list[object]] = {}
    for shape in slide.shapes:
        shapes.setdefault(shape.name, []).append(shape)
    return shapes


def test_one_outcome_without_a_number_means_no_large_numbers(tmp_path: Path) -> None:
    deck = build_decks([brief_with(tmp_path)], tmp_path / "deck.pptx")[0].output
    shapes = impact_shapes(deck)
    assert "Outcome value" not in shapes  # never a tile with a number beside one without
    outcomes = shapes["Outcome"]
    runs = [[(r.text, r.font.bold) for r in s.text_frame.paragraphs[0].runs] for s in outcomes]
    assert runs == [
        [("+€4,2 Mio. ", True), ("zusätzlicher Umsatz im GJ27", False)],
        [("Kündigungsquote sinkt um 1,5 Punkte", False)],
        [("30 % ", True), ("weniger Supporttickets", False)],
    ]
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "brief.yaml")])
    assert "warning R03 business-outcome: impact.outcomes[1] does not start with a number" in (
        result.stdout
    )


def test_value_is_shown_large_exactly_as_typed(tmp_path: Path) -> None:
    brief = brief_with(tmp_path, ', value: "−1,5 Pkt."')
    deck = build_decks([brief], tmp_path / "deck.pptx")[0].output
    shapes = impact_shapes(deck)
    values = [s.text_frame.text for s in shapes["Outcome value"]]  # type: ignore[attr-defined]
    assert values == ["+€4,2 Mio.", "−1,5 Pkt.", "30 %"]
    texts = [s.text_frame.text for s in shapes["Outcome"]]  # type: ignore[attr-defined]
    assert texts == [
        "zusätzlicher Umsatz im GJ27",
        "Kündigungsquote sinkt um 1,5 Punkte",
        "weniger Supporttickets",
    ]
    result = CliRunner().invoke(cli, ["check", str(brief)])
    assert "does not start with a number" not in result.stdout


def test_a_value_over_24_characters_is_refused(tmp_path: Path) -> None:
    brief = brief_with(tmp_path, ', value: "' + "9" * 25 + '"')
    with pytest.raises(BriefError) as caught:
        build_decks([brief], tmp_path / "deck.pptx")
    assert "impact.outcomes[1].value" in caught.value.render()
    assert "is 25 characters" in caught.value.render()


def test_the_rendered_large_number_keeps_its_scale_on_one_line(tmp_path: Path) -> None:
    """In LibreOffice's PDF, "+€4,2" and "Mio." sit on one line, above the statement."""
    brief = brief_with(tmp_path, ', value: "−1,5 Pkt."')
    deck = build_decks([brief], tmp_path / "deck.pptx")[0].output
    (pdf,) = to_pdf([deck], tmp_path)
    pdftotext = require_tool("pdftotext", package="poppler-utils")
    html = subprocess.run(
        [pdftotext, "-bbox", "-f", "2", "-l", "2", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = [
        (m.group(5), float(m.group(2)), float(m.group(4)))
        for m in re.finditer(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html
        )
    ]
    top = {word: (y_min, y_max) for word, y_min, y_max in words}
    assert top["+€4,2"] == top["Mio."]
    assert top["−1,5"] == top["Pkt."]
    assert top["Mio."][1] <= top["zusätzlicher"][0]  # the statement reads below the number


def test_tradeoffs_leave_out_empty_columns_and_bold_only_names(tmp_path: Path) -> None:
    """(Issue 9, trade-offs.) No option has a cost or a time: those columns are not drawn."""
    text = SAMPLE.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not re.match(r"\s+(cost|time):", ln)]
    brief = tmp_path / "brief.yaml"
    brief.write_text("\n".join(lines) + "\n", encoding="utf-8")
    deck = build_decks([brief], tmp_path / "deck.pptx")[0].output
    slide = Presentation(str(deck)).slides[3]
    table = next(s for s in slide.shapes if s.has_table).table
    header = [c.text_frame.text for c in table.rows[0].cells]
    assert header == ["OPTION", "PROS", "CONS"]
    for row in list(table.rows)[1:]:
        name, *others = row.cells
        assert any(r.font.bold for p in name.text_frame.paragraphs for r in p.runs)
        for cell in others:
            assert all(r.font.bold is False for p in cell.text_frame.paragraphs for r in p.runs)
    outline = CliRunner().invoke(cli, ["preview", str(brief)]).stdout
    tradeoffs = outline[outline.index("TRADE-OFFS") : outline.index("THE ASK")]
    assert "Keep fixed 3-day retries" in tradeoffs
    assert "Cost:" not in tradeoffs and "Time:" not in tradeoffs
