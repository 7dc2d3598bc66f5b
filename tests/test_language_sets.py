"""Every built-in language: its word set on the slides, in the notes and in the preview; its
numbers, dates and fonts; the commands that start a brief or a pack in it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import openxml_audit
import pytest
import yaml
from click.testing import CliRunner
from pptx import Presentation

from cpo_deck.build import build_decks, preview
from cpo_deck.cli import cli
from cpo_deck.formatting import split_leading_number
from cpo_deck.languages import BUILT_IN, formatter_for
from cpo_deck.packs import load_pack

from . import test_language
from .conftest import ROOT
from .test_language import _slide_text

DEFAULT = ROOT / "templates" / "default"
OTHERS = [lang for lang in BUILT_IN if lang != "en"]
ENGLISH_CHROME = [
    *test_language.ENGLISH_CHROME,  # the slides' chrome, and the notes' and previews' words:
    "Open with the problem",
    "Speaker notes",
    "(trend)",
]


def _latin(text: str) -> set[str]:
    """Words in Latin letters (English chrome would show up here in every language)."""
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]{2,}", text)}


def _months(lang: str) -> set[str]:
    """The month names CLDR writes dates with (``16 févr. 2027``)."""
    from babel.dates import get_month_names

    names = [*get_month_names("abbreviated", locale=lang).values()]
    return _latin(" ".join([*names, *get_month_names("wide", locale=lang).values()]))


def _briefs(lang: str) -> list[Path]:
    found = [ROOT / "samples" / "languages" / f"checkout-retries.{lang}.yaml"]
    found.append(DEFAULT / f"starter.{lang}.yaml")
    return [path for path in found if path.is_file()]


def _without_notes(brief: Path, out: Path) -> Path:
    data: Any = yaml.safe_load(brief.read_text(encoding="utf-8"))
    for kind in ("problem", "impact", "metrics", "tradeoffs", "ask"):
        data[kind].pop("notes", None)
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


@pytest.mark.parametrize("lang", OTHERS)
def test_every_language_ships_a_sample_a_starter_and_notes(lang: str) -> None:
    assert (DEFAULT / f"labels.{lang}.j2").is_file()
    assert (DEFAULT / f"notes.{lang}.j2").is_file()
    assert (DEFAULT / f"starter.{lang}.yaml").is_file()
    assert (ROOT / "samples" / "languages" / f"checkout-retries.{lang}.yaml").is_file()


@pytest.mark.parametrize("lang", OTHERS)
def test_no_english_chrome_on_the_slides_in_the_notes_or_the_preview(
    tmp_path: Path, lang: str
) -> None:
    """Every Latin-letter word on the slides and in the generated notes is the brief's own or
    the language's word set's; none of the English captions shows anywhere."""
    words = (DEFAULT / f"labels.{lang}.j2").read_text(encoding="utf-8")
    words += (DEFAULT / f"notes.{lang}.j2").read_text(encoding="utf-8")
    for brief in _briefs(lang):
        bare = _without_notes(brief, tmp_path / f"bare-{brief.stem}.yaml")
        deck = build_decks([bare], tmp_path / f"{brief.stem}.pptx")[0].output
        audit = openxml_audit.validate_pptx(deck)
        assert audit.error_count == 0, [str(e) for e in audit.errors[:5]]
        shown, notes = _slide_text(deck)
        allowed = _latin(brief.read_text(encoding="utf-8")) | _latin(words) | _months(lang)
        foreign = _latin(" ".join(shown + notes)) - allowed
        assert not foreign, f"{brief.name}: words neither the brief's nor {lang}: {foreign}"
        text = "\n".join([*shown, *notes, preview(bare, "text", 100)])
        text += preview(bare, "markdown", 100)
        for english in ENGLISH_CHROME:
            assert english not in text, f"{brief.name}: {english!r}"


@pytest.mark.parametrize(
    ("tag", "number", "percent", "money", "date"),
    [
        ("de", "1.234,5", "12,5\u00a0%", "184,5\u00a0€", "16.02.2027"),
        ("fr", "1\u202f234,5", "12,5\u00a0%", "184,5\u00a0€", "16 févr. 2027"),
        ("es", "1.234,5", "12,5\u00a0%", "184,5\u00a0€", "16 feb 2027"),
        ("pt", "1.234,5", "12,5%", "€184,5", "16 de fev. de 2027"),
        ("it", "1.234,5", "12,5%", "184,5\u00a0€", "16 feb 2027"),
        ("nl", "1.234,5", "12,5%", "€184,5", "16 feb 2027"),
        ("ja", "1,234.5", "12.5%", "€184.5", "2027/02/16"),
        ("zh", "1,234.5", "12.5%", "€184.5", "2027年2月16日"),
    ],
)
def test_numbers_and_dates_in_each_languages_cldr_forms(
    tag: str, number: str, percent: str, money: str, date: str
) -> None:
    fmt = formatter_for(load_pack("default"), tag)
    assert fmt.number(1234.5) == number
    assert fmt.with_unit(12.5, "%") == percent
    assert fmt.with_unit(184.5, "€") == money
    assert fmt.date("2027-02-16") == date


def test_a_japanese_or_chinese_unit_follows_its_number_without_a_space() -> None:
    fmt = formatter_for(load_pack("default"), "ja")
    assert fmt.with_unit(9, "日") == "9日"
    assert fmt.delta(9, 3, "日") == "−6日"
    assert fmt.with_unit(9, "days") == "9 days"


def _theme_ea(deck: Path) -> set[str]:
    import zipfile

    xml = zipfile.ZipFile(deck).read("ppt/theme/theme1.xml").decode("utf-8")
    return set(re.findall(r'<a:ea typeface="([^"]*)"', xml))


@pytest.mark.parametrize(
    ("lang", "font"), [("ja", "Yu Gothic"), ("zh", "Microsoft YaHei"), ("de", ""), ("en", "")]
)
def test_the_theme_names_an_east_asian_font_for_japanese_and_chinese(
    tmp_path: Path, lang: str, font: str
) -> None:
    brief = ROOT / "samples" / "checkout-retries.yaml"
    deck = tmp_path / f"{lang}.pptx"
    result = CliRunner().invoke(cli, ["build", str(brief), "-l", lang, "-o", str(deck)])
    assert result.exit_code == 0, result.output
    assert _theme_ea(deck) == {font}


def test_a_chinese_deck_marks_its_text_zh_cn(tmp_path: Path) -> None:
    brief = ROOT / "samples" / "languages" / "checkout-retries.zh.yaml"
    deck = build_decks([brief], tmp_path / "zh.pptx")[0].output
    slide = Presentation(str(deck)).slides[0]
    marks = {
        run._r.rPr.get("lang")
        for shape in slide.shapes
        if shape.has_text_frame
        for p in shape.text_frame.paragraphs
        for run in p.runs
    }
    assert marks == {"zh-CN"}


@pytest.mark.parametrize(
    ("statement", "number"),
    [
        ("+2,8 Mio. € ARR zurückgewonnen", "+2,8 Mio. €"),
        ("1 234,5 € de plus en FY27", "1 234,5 €"),
        ("+2,8 M€ de ARR récupérés", "+2,8 M€"),
        ("2,8 millones de € en ARR", "2,8 millones de €"),
        ("R$ 2,8 milhões de receita", "R$ 2,8 milhões"),
        ("-1,6 p.p. de churn", "-1,6 p.p."),
        ("-1,6 punti percentuali di churn", "-1,6 punti percentuali"),
        ("€ 2,8 mln extra omzet", "€ 2,8 mln"),
        ("2.8億円：FY27に回収", "2.8億円"),
        ("3 semanas menos de espera", "3 semanas"),
        ("1 mese in meno", "1 mese"),
    ],
)
def test_the_large_number_rule_reads_each_languages_number_forms(
    statement: str, number: str
) -> None:
    assert split_leading_number(statement)[0] == number


@pytest.mark.parametrize("statement", ["2.800 万円の増収", "280万元收入", "12-Monats-Bindung"])
def test_a_number_glued_to_more_is_never_shown_alone(statement: str) -> None:
    assert split_leading_number(statement)[0] is None


def test_the_preview_writes_labels_the_languages_way(tmp_path: Path) -> None:
    fr = preview(ROOT / "samples" / "languages" / "checkout-retries.fr.yaml", "text", 100)
    assert "\u00a0: " in fr and "«" in fr
    zh = preview(ROOT / "samples" / "languages" / "checkout-retries.zh.yaml", "text", 100)
    assert "：" in zh and "数据支撑: " not in zh


def test_init_writes_the_starter_in_the_language(tmp_path: Path) -> None:
    target = tmp_path / "brief.yaml"
    result = CliRunner().invoke(cli, ["init", "--language", "de-CH", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert re.search(r"(?m)^language: de-CH +#", text)
    assert "Genehmigen" in text or "freigeben" in text
    deck = tmp_path / "brief.pptx"
    assert CliRunner().invoke(cli, ["build", str(target), "-o", str(deck)]).exit_code == 0
    bad = CliRunner().invoke(cli, ["init", "--language", "xx", str(tmp_path / "x.yaml")])
    assert bad.exit_code == 2 and not (tmp_path / "x.yaml").exists()


def test_template_init_in_a_language_gives_the_pack_that_languages_words(tmp_path: Path) -> None:
    pack = tmp_path / "acme-fr"
    result = CliRunner().invoke(cli, ["template", "init", str(pack), "--language", "fr"])
    assert result.exit_code == 0, result.output
    assert (pack / "labels.fr.j2").is_file() and (pack / "notes.fr.j2").is_file()
    assert not (pack / "labels.j2").exists()
    assert re.search(r'(?m)^language: "fr"', (pack / "pack.yaml").read_text(encoding="utf-8"))
    labels = pack / "labels.fr.j2"
    labels.write_text(
        labels.read_text(encoding="utf-8").replace('"Éléments factuels"', '"Preuves"'), "utf-8"
    )
    brief = ROOT / "samples" / "checkout-retries.yaml"  # English brief: the pack says French
    text = CliRunner().invoke(cli, ["preview", str(brief), "-t", str(pack)]).output
    assert "Preuves" in text and "Constat" in text.title()
    checked = CliRunner().invoke(cli, ["template", "check", str(pack), "--language", "fr"])
    assert checked.exit_code == 0, checked.output
    assert "languages:" in checked.output


def test_a_pack_language_cldr_does_not_know_uses_the_packs_formats(tmp_path: Path) -> None:
    pack = tmp_path / "klingon"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: tlh\nextends: default\n", "utf-8")
    labels = (DEFAULT / "labels.j2").read_text(encoding="utf-8")
    (pack / "labels.tlh.j2").write_text(labels.replace('"Evidence"', '"De\'"'), "utf-8")
    brief = ROOT / "samples" / "checkout-retries.yaml"
    deck = tmp_path / "tlh.pptx"
    args = ["build", str(brief), "-t", str(pack), "-l", "tlh", "-o", str(deck)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    shown, _ = _slide_text(deck)
    assert any("De'" in text.title() for text in shown)
    assert any("9.8%" in text for text in shown)  # English number forms, as the pack writes
    checked = CliRunner().invoke(cli, ["template", "check", str(pack)])
    assert "tlh (no CLDR number forms" in checked.output


def test_check_says_once_which_rules_it_skips_without_a_languages_words(tmp_path: Path) -> None:
    brief = ROOT / "samples" / "languages" / "checkout-retries.it.yaml"
    result = CliRunner().invoke(cli, ["check", str(brief), "--strict"])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if ": note: " in line]
    assert len(notes) == 1 and "R05 status quo" in notes[0] and "'it'" in notes[0]
    japanese = ROOT / "samples" / "languages" / "checkout-retries.ja.yaml"
    output = CliRunner().invoke(cli, ["check", str(japanese)]).output
    assert "R08 word budgets" in output
    built = CliRunner().invoke(cli, ["build", str(brief), "-o", str(tmp_path / "it.pptx")])
    assert built.exit_code == 0 and ": note: " not in built.output


@pytest.mark.parametrize("lang", ["fr", "es", "ja", "zh"])
def test_numbers_and_dates_on_the_slides_in_the_chart_and_in_the_preview(
    tmp_path: Path, lang: str
) -> None:
    """One formatter for all three: the chart's labels, the scorecard and the footer's date on
    the slides, and the preview, in the language's forms."""
    brief = ROOT / "samples" / "checkout-retries.yaml"
    deck = tmp_path / f"{lang}.pptx"
    result = CliRunner().invoke(cli, ["build", str(brief), "-l", lang, "-o", str(deck)])
    assert result.exit_code == 0, result.output
    fmt = formatter_for(load_pack("default"), lang)
    shown, _ = _slide_text(deck)
    labels = fmt.series([11, 12, 12, 13, 14], "%")
    assert all(label in shown for label in labels), (labels, shown)
    date = fmt.date("2026-12-03")
    assert date != "2026-12-03" and any(date in text for text in shown)
    churn = f"{fmt.with_unit(9.8, '%')} → {fmt.with_unit(8.2, '%')}"
    assert any(churn in text for text in shown), churn
    text = CliRunner().invoke(cli, ["preview", str(brief), "-l", lang]).output
    assert date in text and churn in text and labels[-1] in text


@pytest.mark.parametrize("lang", ["ja", "zh"])
def test_the_preview_wraps_japanese_and_chinese_by_the_columns_they_take(lang: str) -> None:
    from cpo_deck.formatting import _columns

    brief = ROOT / "samples" / "languages" / f"checkout-retries.{lang}.yaml"
    text = preview(brief, "text", 60)
    lines = text.splitlines()
    assert max(_columns(line) for line in lines) <= 60
    assert not any(line.lstrip().startswith(("，", "。", "、", "：", "）")) for line in lines)
    wide = [line for line in lines if line.startswith("    ") and _columns(line) > 40]
    assert wide, "long Japanese or Chinese lines are wrapped onto indented lines"


def test_the_charts_alt_text_joins_its_name_the_languages_way(tmp_path: Path) -> None:
    data: Any = yaml.safe_load(
        (ROOT / "samples" / "languages" / "checkout-retries.fr.yaml").read_text(encoding="utf-8")
    )
    data["metrics"]["items"][0].pop("history")  # baseline, now and target: the named form
    brief = tmp_path / "fr.yaml"
    brief.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    deck = build_decks([brief], tmp_path / "fr.pptx")[0].output
    charts = [s for slide in Presentation(str(deck)).slides for s in slide.shapes if s.has_chart]
    alt = charts[0]._element.nvGraphicFramePr.cNvPr.get("descr")
    assert "(%)\u00a0: " in alt, alt


@pytest.mark.parametrize(
    ("lang", "title", "pieces"),
    [
        ("ja", "決済失敗の回収率（%）", ["（%）", "；", "。"]),
        ("zh", "扣款失败挽回率（%）", ["（%）", "；", "。"]),
        ("fr", "PAIEMENTS ÉCHOUÉS RÉCUPÉRÉS (%)", ["\u202f; ", "."]),
    ],
)
def test_the_chart_is_titled_and_described_with_the_languages_punctuation(
    tmp_path: Path, lang: str, title: str, pieces: list[str]
) -> None:
    brief = ROOT / "samples" / "languages" / f"checkout-retries.{lang}.yaml"
    deck = build_decks([brief], tmp_path / f"{lang}.pptx")[0].output
    slide = Presentation(str(deck)).slides[2]
    shapes = {shape.name: shape for shape in slide.shapes}
    assert shapes["Chart title"].text_frame.text == title
    chart = next(shape for shape in slide.shapes if shape.has_chart)
    alt = chart._element.nvGraphicFramePr.cNvPr.get("descr")
    assert all(piece in alt for piece in pieces), alt
    assert "(%)" not in alt or lang == "fr"
