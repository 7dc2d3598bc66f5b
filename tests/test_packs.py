"""Built-in packs, team packs extending them, and what a pack controls in the deck."""

from __future__ import annotations

import json
from pathlib import Path

import openxml_audit
import pytest
from click.testing import CliRunner
from PIL import Image
from pptx import Presentation

from cpo_deck.build import build_decks, preview
from cpo_deck.cli import cli
from cpo_deck.contrast import AA, TEXT_PAIRS, ratio
from cpo_deck.errors import PackError
from cpo_deck.packs import builtin_packs, load_pack

from .conftest import ROOT, SAMPLES, to_pdf

BUILTIN = ["dark", "default", "minimal"]
SAMPLE = ROOT / "samples" / "checkout-retries.yaml"


def test_three_builtin_packs_are_listed() -> None:
    assert [name for name, _ in builtin_packs()] == BUILTIN
    result = CliRunner().invoke(cli, ["template", "list"])
    assert result.exit_code == 0
    for name, description in builtin_packs():
        assert description and f"{name:<10} {description}" in result.output


@pytest.mark.parametrize("name", BUILTIN)
def test_every_text_colour_meets_wcag_aa(name: str) -> None:
    colors = load_pack(name).config.theme.colors
    for fg, bg, where in TEXT_PAIRS:
        value = ratio(getattr(colors, fg), getattr(colors, bg))
        assert value >= AA, f"{name}: {fg} on {bg} ({where}) is {value:.2f}:1"


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert ratio("000000", "FFFFFF") == pytest.approx(21.0)
    assert ratio("FFFFFF", "FFFFFF") == pytest.approx(1.0)
    assert ratio("777777", "FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", BUILTIN)
def test_builtin_pack_checks_clean(name: str) -> None:
    result = CliRunner().invoke(cli, ["template", "check", name])
    assert result.exit_code == 0, result.output
    assert f"{name}: ok (0 error(s), 0 warning(s))" in result.output


@pytest.fixture(scope="module")
def pack_decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """Every sample built on every built-in pack."""
    out = {}
    for name in BUILTIN:
        folder = tmp_path_factory.mktemp(name)
        out[name] = [b.output for b in build_decks(SAMPLES, folder, template=name)]
    return out


@pytest.mark.parametrize("name", BUILTIN)
def test_builtin_pack_builds_every_sample_in_its_colours(
    name: str, pack_decks: dict[str, list[Path]]
) -> None:
    colors = load_pack(name).config.theme.colors
    fonts = load_pack(name).config.theme.fonts
    for deck in pack_decks[name]:
        prs = Presentation(str(deck))
        assert len(prs.slides) == 5
        master_fill = prs.slide_masters[0].background.fill
        assert str(master_fill.fore_color.rgb) == colors.background
        for slide in prs.slides:
            run = slide.shapes.title.text_frame.paragraphs[0].runs[0]
            assert str(run.font.color.rgb) == colors.primary
            assert run.font.name == fonts.heading
        assert openxml_audit.validate_pptx(deck).error_count == 0


@pytest.mark.parametrize("name", ["dark", "minimal"])
def test_builtin_pack_renders_five_pages(
    name: str, pack_decks: dict[str, list[Path]], tmp_path: Path
) -> None:
    from .test_render import pages

    pdf = to_pdf([pack_decks[name][0]], tmp_path)[0]
    assert len(pages(pdf)) == 5


def test_team_pack_overrides_one_label_file_and_inherits_the_rest(tmp_path: Path) -> None:
    pack = tmp_path / "german"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "name: german\nextends: default\nlabels:\n  ask: Entscheidung\n"
        "theme:\n  footer: Vertraulich\nformat:\n  thousands: '.'\n  decimal: ','\n"
        "  date: '%d.%m.%Y'\n",
        encoding="utf-8",
    )
    labels = (ROOT / "templates" / "default" / "labels.j2").read_text(encoding="utf-8")
    (pack / "labels.j2").write_text(
        labels.replace('"Next steps"', '"Nächste Schritte"'), encoding="utf-8"
    )
    deck = build_decks([SAMPLE], tmp_path / "out", template=str(pack))[0].output
    slides = Presentation(str(deck)).slides
    ask = "\n".join(s.text_frame.text for s in slides[4].shapes if s.has_text_frame)
    assert "ENTSCHEIDUNG" in ask and "NÄCHSTE SCHRITTE" in ask
    footer = next(s for s in slides[0].shapes if s.name == "Footer").text_frame.text
    assert footer.startswith("Vertraulich  ·  ") and "03.12.2026" in footer
    text = preview(SAMPLE, "text", template=str(pack))
    assert "ENTSCHEIDUNG" in text and "Nächste Schritte:" in text
    assert "9,8% → 8,2%" in text  # decimal comma from format:
    # Everything it does not have comes from default: notes, outline templates, base deck.
    assert load_pack(str(pack)).base_path == (ROOT / "templates" / "default" / "base.pptx")


def test_template_init_without_pptx_writes_an_editable_pack_that_builds(tmp_path: Path) -> None:
    folder = tmp_path / "team"
    result = CliRunner().invoke(cli, ["template", "init", str(folder), "--extends", "dark"])
    assert result.exit_code == 0, result.output
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    for key in (
        "layouts:",
        "colors:",
        "fonts:",
        "logo:",
        "footer:",
        "labels:",
        "format:",
        'extends: "dark"',
    ):
        assert key in text
    for name in ("labels.j2", "footer.j2", "notes.j2", "outline.txt.j2", "outline.md.j2"):
        assert (folder / name).is_file()
    assert load_pack(str(folder)).config.theme.colors == load_pack("dark").config.theme.colors
    assert CliRunner().invoke(cli, ["template", "check", str(folder)]).exit_code == 0
    again = CliRunner().invoke(cli, ["template", "init", str(folder)])
    assert again.exit_code == 1 and "not empty" in again.stderr


def test_logo_is_placed_in_its_corner_on_every_slide(tmp_path: Path) -> None:
    pack = tmp_path / "brand"
    pack.mkdir()
    Image.new("RGB", (300, 100), "#A93226").save(pack / "logo.png")
    (pack / "pack.yaml").write_text(
        "name: brand\ntheme:\n  logo: {path: logo.png, corner: top-right, height: 0.5}\n",
        encoding="utf-8",
    )
    deck = build_decks([SAMPLE], tmp_path / "out", template=str(pack))[0].output
    prs = Presentation(str(deck))
    for slide in prs.slides:
        logo = next(s for s in slide.shapes if s.name == "Logo")
        assert logo.height == 457200 and logo.width == 3 * 457200
        assert logo.left + logo.width <= prs.slide_width
        assert logo.left > prs.slide_width / 2 and logo.top < 914400
        title = slide.shapes.title
        assert title.left + title.width <= logo.left or title.top >= logo.top + logo.height


def test_pack_yaml_errors_name_file_line_and_field(tmp_path: Path) -> None:
    pack = tmp_path / "bad"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "name: bad\ntheme:\n  colors:\n    primary: navy\n  fontz: {}\n", encoding="utf-8"
    )
    with pytest.raises(PackError) as caught:
        load_pack(str(pack))
    text = caught.value.render()
    assert f"{pack / 'pack.yaml'}:4:14: theme.colors.primary: String should match pattern" in text
    assert (
        f"{pack / 'pack.yaml'}:5:3: theme.fontz: unknown key 'fontz' in theme; did you mean "
        "'fonts'?" in text
    )
    result = CliRunner().invoke(cli, ["template", "check", str(pack)])
    assert result.exit_code == 1 and "theme.fontz" in result.stderr


def test_unknown_pack_lists_the_builtin_ones() -> None:
    result = CliRunner().invoke(cli, ["build", str(SAMPLE), "-t", "nope"])
    assert result.exit_code == 1
    assert "no template pack 'nope': not a built-in pack (dark, default, minimal)" in result.stderr


def test_fingerprint_records_layouts_and_hashes(tmp_path: Path) -> None:
    folder = tmp_path / "from-default"
    base = ROOT / "templates" / "default" / "base.pptx"
    result = CliRunner().invoke(cli, ["template", "init", str(folder), "--from-pptx", str(base)])
    assert result.exit_code == 0, result.output
    record = json.loads((folder / "fingerprint.json").read_text(encoding="utf-8"))
    assert record["file"] == "base.pptx" and len(record["sha256"]) == 64
    names = [layout["name"] for layout in record["layouts"]]
    assert names == ["Title and Content", "Title Only", "Blank"]
    assert all(len(layout["sha256"]) == 64 for layout in record["layouts"])
    title_and_content = record["layouts"][0]["placeholders"]
    assert {"idx": 0, "type": "title"} == {k: title_and_content[0][k] for k in ("idx", "type")}
