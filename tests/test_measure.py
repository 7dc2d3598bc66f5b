"""Font metrics and line breaking, without a renderer (tests/test_metrics_match.py compares
them with LibreOffice)."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from uniseg.linebreak import line_break_units

from cpo_deck import breaks, fonts, measure
from cpo_deck.measure import Font, Para, block_height, fit, wrap

from .conftest import ROOT, SAMPLES


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return node.split("\n")
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return []


def _texts() -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            found.extend(node.split("\n"))
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in [*SAMPLES, ROOT / "templates" / "default" / "starter.yaml"]:
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


def test_fast_path_breaks_exactly_where_uax14_does() -> None:
    plain = [t for t in _texts() if breaks.plain(t)]
    assert len(plain) > 100
    for text in plain:
        assert list(breaks.units(text)) == list(line_break_units(text)), text


def _uax14_less_slashes(text: str) -> list[str]:
    out: list[str] = []
    for unit in line_break_units(text):
        if out and out[-1].endswith("/") and unit[:1].isalnum():
            out[-1] += unit
        else:
            out.append(unit)
    return out


def test_chunked_breaks_are_uax14_on_every_sample_in_every_language() -> None:
    texts = _texts()
    for path in (ROOT / "samples" / "languages").glob("*.yaml"):
        texts += [str(v) for v in _strings(yaml.safe_load(path.read_text(encoding="utf-8")))]
    assert len([t for t in texts if not breaks.plain(t)]) > 100
    for text in texts:
        assert list(breaks.units(text)) == _uax14_less_slashes(text), text


ALPHABET = "ab Zé9 .,;:-–—/()[]“”\"'«»!?%$€+−→·&*#@\u00a0\u202f日本、。「」（）"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_chunked_breaks_are_uax14_on_random_text(text: str) -> None:
    assert list(breaks.units(text)) == _uax14_less_slashes(text)


def test_slash_between_words_is_not_a_break() -> None:
    assert "vendor/partner " in breaks.units("a vendor/partner deal")
    assert breaks.units("north-star") == ("north-", "star")


@pytest.mark.skipif(not fonts.has_metrics("Calibri"), reason="Carlito is not installed")
def test_widths_come_from_the_font_file() -> None:
    # Carlito (Calibri's twin) advances: 'i' is narrow, 'W' wide; no kerning, so widths add up.
    font = Font("Calibri", 20)
    assert font.width("W") > 3 * font.width("i")
    assert font.width("WAVE") == pytest.approx(sum(font.width(c) for c in "WAVE"))
    assert Font("Calibri", 20, bold=True).width("Revenue") > font.width("Revenue")
    assert Font("Calibri", 10).width("Revenue") == pytest.approx(font.width("Revenue") / 2)


def test_wide_characters_are_a_full_em_and_get_the_wider_margin() -> None:
    font = Font("Calibri", 10)
    assert font.width("日本") == pytest.approx(20, abs=0.5)
    assert measure.usable("日本語", 100) == pytest.approx(90)
    assert measure.usable("plain words", 100) == pytest.approx(98)
    assert measure.usable("see https://example.com/x", 100) == pytest.approx(90)


def test_a_word_wider_than_the_line_does_not_fit_unless_split() -> None:
    font = Font("Calibri", 18)
    word = "Donaudampfschifffahrtsgesellschaft"
    assert wrap(word, font, 100) is None
    lines = wrap(word, font, 100, split_words=True)
    assert lines is not None and len(lines) > 1 and "".join(lines) == word


def test_fit_shrinks_to_the_largest_size_that_fits() -> None:
    paras = [Para("One two three four five six seven eight nine ten " * 3)]
    size, fits = fit(paras, "Calibri", 300, 60, 28, 12)
    assert fits and 12 <= size < 28
    assert block_height(paras, "Calibri", size, 300) <= 60  # type: ignore[operator]
    assert (block_height(paras, "Calibri", size + 1, 300) or 1e9) > 60
    assert fit(paras * 20, "Calibri", 300, 60, 28, 12) == (12, False)


def _lines_at(text: str, font: Font, width: float) -> list[str]:

    lines = wrap(text, font, width)
    assert lines is not None
    return lines


def test_widow_free_narrows_until_the_last_line_has_two_words() -> None:
    """ "… we lack SSO and / SCIM" takes a narrower box: same number of lines, no word alone."""
    from cpo_deck.measure import widow_free

    font = Font("Calibri", 28, True)
    text = "Enterprise deals stall in security review because we lack SSO and SCIM"
    # A width at which the last word would stand alone.
    width = next(w for w in range(400, 1200) if _lines_at(text, font, w)[-1] == "SCIM")
    narrower = widow_free(text, font, width)
    assert narrower < width
    lines = _lines_at(text, font, narrower)
    assert len(lines) == len(_lines_at(text, font, width))
    assert " " in lines[-1]
    assert " ".join(lines) == text  # not a character changed


def test_widow_free_keeps_compounds_and_numbers_with_their_units() -> None:
    from cpo_deck.measure import widow_free

    font = Font("Calibri", 28, True)
    for text, bad in (
        ("Building in-house delivers the most revenue of all options we reviewed", "in-"),
        ("Six percent of renewals fail and we recover only 12 % of them", "12"),
    ):
        for width in range(300, 1100, 7):
            lines = _lines_at(text, font, width)
            if len(lines) > 1 and any(line.endswith(bad) for line in lines[:-1]):
                fixed = _lines_at(text, font, widow_free(text, font, width))
                assert not any(line.endswith(bad) for line in fixed[:-1]), (width, fixed)


def test_widow_free_leaves_good_lines_alone() -> None:
    from cpo_deck.measure import widow_free

    font = Font("Calibri", 20)
    assert widow_free("Short and fine", font, 500) == 500
    assert widow_free("One two three four five six seven eight", font, 2000) == 2000
