"""A deck in its audience's language (issue 10, first part): choosing the language, the
built-in German word set on the slides, in the notes and in the preview, and the text marked
with its language. Numbers and dates in the local form come next (Babel)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from pptx import Presentation
from pptx.oxml.ns import qn

from cpo_deck.build import build_decks, preview
from cpo_deck.cli import cli
from cpo_deck.languages import BUILT_IN
from cpo_deck.session import Session

from .conftest import ROOT, texts
from .review_briefs import GERMAN

LABELS_DE = ROOT / "templates" / "default" / "labels.de.j2"
ENGLISH_CHROME = [
    "BUSINESS IMPACT",
    "HOW WE WILL KNOW",
    "higher is better",
    "lower is better",
    "Baseline",
    "DECISION NEEDED BY",
    "RECOMMENDED",
    "EVIDENCE",
    "NEXT STEPS",
    "Not on the slide",
]


def _german(tmp_path: Path, extra: str = "language: de\n") -> Path:
    brief = tmp_path / "de.yaml"
    text = GERMAN.replace("ask:\n", "ask:\n  next_steps: [Teams bis 15. Januar besetzen]\n", 1)
    brief.write_text(extra + text, encoding="utf-8")
    return brief


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{2,}", text)}


def _slide_text(deck: Path) -> tuple[list[str], list[str]]:
    prs = Presentation(str(deck))
    shown, notes = [], []
    for slide in prs.slides:
        shown += texts(slide)
        for shape in slide.shapes:
            if shape.has_chart:
                shown += [str(c) for c in shape.chart.plots[0].categories]
                shown.append(shape._element.nvGraphicFramePr.cNvPr.get("descr") or "")
                for series in shape.chart.plots[0].series:
                    for point in series.points:
                        if point.data_label.has_text_frame:
                            shown.append(point.data_label.text_frame.text)
        notes.append(slide.notes_slide.notes_text_frame.text)
    return shown, notes


def test_a_german_deck_has_no_english_chrome(tmp_path: Path) -> None:
    """Every word on the slides and in the chart is the brief's own or the German word set's."""
    brief = _german(tmp_path)
    deck = build_decks([brief], tmp_path / "de.pptx")[0].output
    shown, notes = _slide_text(deck)
    allowed = _words(brief.read_text(encoding="utf-8")) | _words(
        LABELS_DE.read_text(encoding="utf-8")
    )
    foreign = _words(" ".join(shown)) - allowed
    assert not foreign, f"words neither the brief's nor German: {sorted(foreign)}"
    joined = "\n".join(shown + notes)
    for english in ENGLISH_CHROME:
        assert english not in joined
    for german in ("AUSGANGSLAGE", "ERFOLGSMESSUNG", "EMPFOHLEN"):
        assert german in joined
    assert notes[0].startswith("Mit dem Problem einsteigen")
    assert not (_words("\n".join(notes)) & {"open", "close", "walk", "through", "investment"})


def test_the_text_is_marked_german_and_english_decks_are_not_marked(tmp_path: Path) -> None:
    def langs(deck: Path) -> set[str | None]:
        slide = Presentation(str(deck)).slides[0]
        return {
            r._r.find(qn("a:rPr")).get("lang")
            for shape in slide.shapes
            if shape.has_text_frame
            for p in shape.text_frame.paragraphs
            for r in p.runs
        }

    assert langs(build_decks([_german(tmp_path)], tmp_path / "de.pptx")[0].output) == {"de-DE"}
    english = build_decks([ROOT / "samples" / "checkout-retries.yaml"], tmp_path / "en.pptx")
    assert langs(english[0].output) == {None}
    swiss = _german(tmp_path, "language: de-CH\n")
    assert langs(build_decks([swiss], tmp_path / "ch.pptx")[0].output) == {"de-CH"}


def test_the_preview_says_what_the_german_deck_says(tmp_path: Path) -> None:
    text = preview(_german(tmp_path), "text", 100)
    assert "AUSGANGSLAGE" in text and "Diagramm:" in text and "Erfolgsmessung" in text
    assert "Chart:" not in text and "How we will know" not in text


def _label(brief: Path, session: Session) -> str:
    return session.outline(session.load(brief)).slides[0].label


def test_precedence_option_brief_environment_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: de\nextends: default\nlanguage: de\n", "utf-8")
    plain = _german(tmp_path, "")
    with_key = tmp_path / "with-key.yaml"
    with_key.write_text("language: en\n" + plain.read_text("utf-8"), "utf-8")
    monkeypatch.delenv("CPO_DECK_LANGUAGE", raising=False)
    assert _label(plain, Session()) == "Problem"  # nothing chosen: English
    assert _label(plain, Session(str(pack))) == "Ausgangslage"  # the pack's
    monkeypatch.setenv("CPO_DECK_LANGUAGE", "de")
    assert _label(plain, Session()) == "Ausgangslage"  # the environment over the default
    assert _label(with_key, Session()) == "Problem"  # the brief over the environment
    assert _label(with_key, Session(language="de")) == "Ausgangslage"  # the option over all


def test_a_bad_language_key_names_its_line_and_the_languages(tmp_path: Path) -> None:
    brief = _german(tmp_path, "language: xx\n")
    result = CliRunner().invoke(cli, ["build", str(brief), "-o", str(tmp_path / "x.pptx")])
    assert result.exit_code == 1
    assert f"{brief}:1:11" in result.output
    assert "language 'xx'" in result.output and "supported: de, en" in result.output
    assert not (tmp_path / "x.pptx").exists()
    malformed = _german(tmp_path, "language: 'de_DE'\n")
    result = CliRunner().invoke(cli, ["check", str(malformed)])
    assert result.exit_code == 1 and f"{malformed}:1:11" in result.output


@pytest.mark.parametrize("command", ["build", "preview", "check"])
@pytest.mark.parametrize("tag", ["xx", "de_DE", "english"])
def test_a_bad_language_option_is_a_usage_error(tmp_path: Path, command: str, tag: str) -> None:
    brief = _german(tmp_path, "")
    args = [command, str(brief), "--language", tag]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert "--language" in result.output


def test_the_schema_lists_the_languages() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema: Any = yaml.safe_load(result.output)
    description = schema["properties"]["language"]["description"]
    default = Path(__file__).parent.parent / "templates" / "default"
    shipped = {"en"} | {p.name.split(".")[1] for p in default.glob("labels.*.j2")}
    assert set(BUILT_IN) == shipped  # every word set shipped is listed, and only those
    assert {f"notes.{lang}.j2" for lang in shipped - {"en"}} <= {p.name for p in default.iterdir()}
    assert "built in: " + ", ".join(sorted(shipped)) in description


NBSP = "\u00a0"


def test_a_german_deck_writes_numbers_and_dates_the_german_way(tmp_path: Path) -> None:
    """CLDR's forms on the slides, in the chart's labels and in the preview: "12 %" with a
    no-break space, dates as 15.12.2026; the brief's own text as written."""
    brief = tmp_path / "de.yaml"
    brief.write_text(
        "language: de\ndate: '2026-12-03'\n"
        + GERMAN.replace(
            '    - {name: Rückholquote, unit: "%", baseline: 12, current: 15, target: 40, '
            "timeframe: bis Q2}",
            '    - name: Rückholquote\n      unit: "%"\n      baseline: 12.5\n      target: 40\n'
            "      timeframe: bis Q2\n      history: [{label: Q1, value: 12.5}, "
            "{label: Q2, value: 1234.5}]",
        ),
        encoding="utf-8",
    )
    assert "1234.5" in brief.read_text(encoding="utf-8")
    deck = build_decks([brief], tmp_path / "de.pptx")[0].output
    shown, _notes = _slide_text(deck)
    joined = "\n".join(shown)
    assert f"12,5{NBSP}% → 40{NBSP}%" in joined  # the scorecard
    assert f"1.234,5{NBSP}%" in joined  # a chart label
    assert "15.12.2026" in joined and "03.12.2026" in joined  # by, and the footer's date
    assert "6 % der Verlängerungen" in joined  # the brief's own text, as written
    text = preview(brief, "text", 120)
    assert f"Q2 1.234,5{NBSP}%" in text and "03.12.2026" in text


def test_formats_follow_cldr_and_the_pack_still_wins(tmp_path: Path) -> None:
    from cpo_deck.languages import formatter_for
    from cpo_deck.packs import load_pack

    default = load_pack("default")
    assert formatter_for(default, "en").with_unit(1234.5, "%") == "1,234.5%"
    assert formatter_for(default, "de").with_unit(1234.5, "%") == f"1.234,5{NBSP}%"
    assert formatter_for(default, "fr").with_unit(1234.5, "%") == f"1\u202f234,5{NBSP}%"
    assert formatter_for(default, "de").with_unit(184.5, "€") == f"184,5{NBSP}€"
    assert formatter_for(default, "de").date("2027-02-16") == "16.02.2027"
    assert formatter_for(default, "fr").date("2027-02-16") == "16 févr. 2027"
    pinned = tmp_path / "pinned"
    pinned.mkdir()
    (pinned / "pack.yaml").write_text(
        "name: pinned\nextends: default\nformat: {thousands: ',', decimal: '.'}\n", "utf-8"
    )
    assert formatter_for(load_pack(str(pinned)), "de").with_unit(1234.5, "%") == f"1,234.5{NBSP}%"


def test_the_german_notes_write_the_date_the_german_way(tmp_path: Path) -> None:
    deck = build_decks([_german(tmp_path)], tmp_path / "de.pptx")[0].output
    notes = Presentation(str(deck)).slides[4].notes_slide.notes_text_frame.text
    assert "Die Entscheidung benötigen wir bis zum 15.12.2026." in notes
