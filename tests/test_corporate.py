"""Corporate templates made in the tests (4:3, renamed and reordered layouts, own theme, sample
slides; as .pptx, .potx and with a second slide master) adopted with ``template init``, checked
with ``template check`` and built into decks reopened with python-pptx and LibreOffice."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import openxml_audit
import pytest
from click.testing import CliRunner, Result
from pptx import Presentation
from pptx.util import Emu, Inches

from cpo_deck import corporate
from cpo_deck.build import build_decks, preview
from cpo_deck.cli import cli
from cpo_deck.loader import load_brief
from cpo_deck.packs import ENV_VAR, load_pack

from .conftest import ROOT, SAMPLES, texts, to_pdf
from .corporate_fixtures import (
    BRAND_B_FONTS,
    CORP_FONTS,
    PRESENTATION_TYPE,
    SAMPLE_TEXT,
    SLIDE_SIZE,
    TEMPLATE_TYPE,
    build_samples,
    edit_pptx,
    layout_named,
    main_content_type,
    make_corporate,
)
from .test_render import pages

KINDS = ["problem", "impact", "metrics", "tradeoffs", "ask"]
SAMPLE = ROOT / "samples" / "checkout-retries.yaml"
STARTER = ROOT / "templates" / "default" / "starter.yaml"
CORP_LAYOUTS = {
    "problem": "Corp Title and Content",
    **dict.fromkeys(KINDS[1:], "Corp Title Only"),
}
SOURCES = ["corp.pptx", "corp.potx"]


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), prog_name="cpo-deck")


def named(slide: Any, name: str) -> Any:
    found = [s for s in slide.shapes if s.name == name]
    assert found, f"no shape named {name!r}; have {[s.name for s in slide.shapes]}"
    return found[0]


def frames(slide: Any) -> list[tuple[Any, Any]]:
    """(shape, text frame) of every shape and table cell with text."""
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            out.append((shape, shape.text_frame))
        if getattr(shape, "has_table", False) and shape.has_table:
            out.extend((shape, c.text_frame) for row in shape.table.rows for c in row.cells)
    return out


def set_layout(pack: Path, kind: str, value: str) -> None:
    """Replace the ``layouts.<kind>`` line of a pack.yaml written by ``template init``."""
    path = pack / "pack.yaml"
    text, count = re.subn(
        rf"^  {kind}: \{{.*\}}$", f"  {kind}: {value}", path.read_text("utf-8"), flags=re.M
    )
    assert count == 1, f"no layouts.{kind} line in {path}"
    path.write_text(text, encoding="utf-8")


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} not once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def copy_pack(pack: Path, tmp_path: Path, name: str = "pack") -> Path:
    """A private copy of a module-wide pack, for a test that edits it."""
    return Path(shutil.copytree(pack, tmp_path / name))


def init(folder: Path, source: Path) -> Result:
    result = run("template", "init", str(folder), "--from-pptx", str(source))
    assert result.exit_code == 0, result.output
    return result


# -- fixtures built once per module ----------------------------------------------------------


@pytest.fixture(scope="module")
def corp_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The corporate files: corp.pptx, corp.potx and brand.pptx (two masters)."""
    folder = tmp_path_factory.mktemp("corporate")
    files = [
        make_corporate(folder),
        make_corporate(folder, potx=True),
        make_corporate(folder, two_masters=True),
    ]
    return {f.name: f for f in files}


@pytest.fixture(scope="module")
def packs(
    corp_files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Path, Result]]:
    """``template init --from-pptx`` on corp.pptx and corp.potx: {source: (pack dir, result)}."""
    root = tmp_path_factory.mktemp("packs")
    out = {}
    for source in SOURCES:
        folder = root / source.replace(".", "-")
        out[source] = (folder, init(folder, corp_files[source]))
    return out


@pytest.fixture(scope="module")
def decks(
    packs: dict[str, tuple[Path, Result]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Path]]:
    """Every sample built on each corporate pack: {source: {sample stem: deck}}."""
    return {
        source: build_samples(SAMPLES, folder, tmp_path_factory.mktemp(f"decks-{source}"))
        for source, (folder, _) in packs.items()
    }


@pytest.fixture(scope="module")
def brand_pack(corp_files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pack on brand.pptx that uses only the second master's layouts."""
    folder = tmp_path_factory.mktemp("brand") / "brand-pack"
    init(folder, corp_files["brand.pptx"])
    set_layout(folder, "problem", '{layout: "Brand B Title and Content", title: 0, body: 1}')
    for kind in KINDS[1:]:
        set_layout(folder, kind, '{layout: "Brand B Title Only", title: 0}')
    return folder


# -- the corporate file itself ---------------------------------------------------------------


def test_corporate_file_breaks_position_based_layout_pickers(corp_files: dict[str, Path]) -> None:
    prs = Presentation(str(corp_files["corp.pptx"]))
    assert (prs.slide_width, prs.slide_height) == SLIDE_SIZE
    names = [layout.name for layout in prs.slide_layouts]
    assert names[:4] == ["Corp Title Only", "Blank", "Corp Cover", "Corp Title and Content"]
    # python-pptx's conventional indexes (1: Title and Content, 5: Title Only) point elsewhere
    assert names[1] != "Corp Title and Content" and names[5] != "Corp Title Only"
    assert len(prs.slides) == 2
    assert all(SAMPLE_TEXT in " ".join(texts(s)) for s in prs.slides)
    theme = corporate.master_theme(prs.slide_masters[0])
    assert (theme.heading_font, theme.body_font) == CORP_FONTS
    assert main_content_type(corp_files["corp.potx"]) == TEMPLATE_TYPE


# -- template init / check -------------------------------------------------------------------


@pytest.mark.parametrize("source", SOURCES)
def test_template_init_maps_layouts_by_placeholder_types(
    source: str, packs: dict[str, tuple[Path, Result]], corp_files: dict[str, Path]
) -> None:
    folder, result = packs[source]
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    assert '  problem: {layout: "Corp Title and Content", title: 0, body: 1}' in text
    for kind in KINDS[1:]:
        assert f'  {kind}: {{layout: "Corp Title Only", title: 0}}' in text
        assert f"  {kind:<10} -> 'Corp Title Only'" in result.output
    assert "  problem    -> 'Corp Title and Content'" in result.output
    prs = corporate.open_presentation(corp_files[source])
    for info in corporate.layouts(prs):
        assert f"  #   '{info.name}' (master {info.master})\n" in text
        for placeholder in info.placeholders:
            assert f"  #       {placeholder.describe()}\n" in text
    # fonts and colours come from the corporate theme, as template init wrote them
    assert f'    heading: "{CORP_FONTS[0]}"' in text and f'    body: "{CORP_FONTS[1]}"' in text
    config = load_pack(str(folder)).config
    assert (config.theme.fonts.heading, config.theme.fonts.body) == CORP_FONTS
    assert config.theme.colors.primary == "5B2C6F" and config.base == source
    record = json.loads((folder / "fingerprint.json").read_text(encoding="utf-8"))
    assert record["file"] == source and record["slide_size"] == list(SLIDE_SIZE)
    assert [r["name"] for r in record["layouts"]] == [i.name for i in corporate.layouts(prs)]
    assert (folder / source).read_bytes() == corp_files[source].read_bytes()


@pytest.mark.parametrize("source", SOURCES)
def test_template_check_passes_and_prints_the_mapping(
    source: str, packs: dict[str, tuple[Path, Result]]
) -> None:
    folder, _ = packs[source]
    result = run("template", "check", str(folder))
    assert result.exit_code == 0, result.output
    assert f"base: {source} (10.00 x 7.50 in, 1 master(s), 11 layouts, 2 sample slide(s)" in (
        result.stdout
    )
    assert "  problem    -> 'Corp Title and Content' (master 1): title idx 0, body idx 1" in (
        result.stdout
    )
    for kind in KINDS[1:]:
        assert f"  {kind:<10} -> 'Corp Title Only' (master 1): title idx 0\n" in result.stdout
    assert f"{folder}: ok (0 error(s)" in result.stdout


# -- decks built on the corporate packs ------------------------------------------------------


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_deck_uses_corporate_layouts_size_fonts_and_colours(
    source: str,
    sample: Path,
    decks: dict[str, dict[str, Path]],
    packs: dict[str, tuple[Path, Result]],
) -> None:
    deck = decks[source][sample.stem]
    config = load_pack(str(packs[source][0])).config
    heading, body = config.theme.fonts.heading, config.theme.fonts.body
    assert (heading, body) == CORP_FONTS
    brief = load_brief(sample)
    prs = Presentation(str(deck))
    assert (prs.slide_width, prs.slide_height) == SLIDE_SIZE
    assert len(prs.slides) == 5
    for slide, kind in zip(prs.slides, KINDS, strict=True):
        assert slide.slide_layout.name == CORP_LAYOUTS[kind], kind
        title = slide.shapes.title
        assert title.text_frame.text == getattr(brief, kind).headline
        for shape, frame in frames(slide):
            is_heading = shape.shape_id == title.shape_id or shape.name == "Decision"
            for run in (r for p in frame.paragraphs for r in p.runs):
                wanted = heading if is_heading else body
                assert run.font.name == wanted, f"{kind}: {shape.name} {run.text!r}"
        title_runs = [r for p in title.text_frame.paragraphs for r in p.runs]
        assert title_runs, kind
        for run in title_runs:
            assert str(run.font.color.rgb) == config.theme.colors.primary, kind
        for chart in (s.chart for s in slide.shapes if getattr(s, "has_chart", False)):
            assert chart.font.name == body
    assert main_content_type(deck) == PRESENTATION_TYPE


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_deck_leaves_out_the_sample_slides_and_stays_on_the_slide(
    source: str, sample: Path, decks: dict[str, dict[str, Path]]
) -> None:
    deck = decks[source][sample.stem]
    with zipfile.ZipFile(deck) as archive:
        for name in archive.namelist():
            assert SAMPLE_TEXT.encode() not in archive.read(name), name
    prs = Presentation(str(deck))
    width, height = prs.slide_width, prs.slide_height
    for number, slide in enumerate(prs.slides, 1):
        assert SAMPLE_TEXT not in slide.notes_slide.notes_text_frame.text
        for shape in slide.shapes:
            where = f"slide {number}: {shape.name}"
            assert shape.left >= 0 and shape.top >= 0, where
            assert shape.left + shape.width <= width, where
            assert shape.top + shape.height <= height, where


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_corporate_decks_pass_the_ooxml_validator(
    source: str, sample: Path, decks: dict[str, dict[str, Path]]
) -> None:
    result = openxml_audit.validate_pptx(decks[source][sample.stem])
    assert result.error_count == 0, [str(e) for e in result.errors[:5]]


@pytest.mark.parametrize("source", SOURCES)
def test_corporate_decks_render_five_pages_with_every_headline(
    source: str, decks: dict[str, dict[str, Path]], tmp_path: Path
) -> None:
    built = decks[source]
    names = list(built)
    pdfs = to_pdf([built[n] for n in names], tmp_path)
    for name, pdf in zip(names, pdfs, strict=True):
        brief = load_brief(ROOT / "samples" / f"{name}.yaml")
        rendered = pages(pdf)
        assert len(rendered) == 5, name
        for page, kind in zip(rendered, KINDS, strict=True):
            # Compare without spaces: renderers break "mid-2025" after the hyphen into two words.
            text = "".join(w.text for w in page.words)
            assert "".join(getattr(brief, kind).headline.split()) in text, f"{name}: {kind}"
            assert "".join(SAMPLE_TEXT.split()) not in text
            # 4:3 pages: 10 x 7.5 in at 72 points per inch
            assert (page.width, page.height) == pytest.approx((720, 540), abs=1)


# -- wording --------------------------------------------------------------------------------


def test_label_overridden_in_one_file_shows_on_slide_and_in_preview(
    packs: dict[str, tuple[Path, Result]], tmp_path: Path
) -> None:
    folder = copy_pack(packs["corp.pptx"][0], tmp_path)
    replace_in(folder / "labels.j2", '"decision": "Decision"', '"decision": "Entscheidung"')
    replace_in(
        folder / "labels.j2", '"next_steps": "Next steps"', '"next_steps": "Nächste Schritte"'
    )
    replace_in(folder / "pack.yaml", '  ask: "The ask"', '  ask: "Entscheidung gesucht"')
    deck = build_decks([SAMPLE], tmp_path / "out", template=str(folder))[0].output
    ask = Presentation(str(deck)).slides[4]
    assert ask.slide_layout.name == "Corp Title Only"
    assert named(ask, "Section label").text_frame.text == "ENTSCHEIDUNG GESUCHT"
    assert named(ask, "Decision label").text_frame.text == "ENTSCHEIDUNG"
    assert named(ask, "Next steps label").text_frame.text == "NÄCHSTE SCHRITTE"
    text = preview(SAMPLE, "text", template=str(folder))
    brief = load_brief(SAMPLE)
    assert "5 / 5  ENTSCHEIDUNG GESUCHT" in text
    assert f"  Entscheidung: {brief.ask.decision.split()[0]}" in text
    assert "  Nächste Schritte:" in text
    assert "THE ASK" not in text and "Next steps" not in text
    # the other words still come from the same file, unchanged
    assert "Decision needed by" in text


def test_deleted_notes_template_falls_back_to_the_default_pack(
    packs: dict[str, tuple[Path, Result]], tmp_path: Path
) -> None:
    folder = copy_pack(packs["corp.pptx"][0], tmp_path)
    (folder / "notes.j2").unlink()
    brief = load_brief(STARTER)
    assert brief.problem.notes is None
    deck = build_decks([STARTER], tmp_path / "out", template=str(folder))[0].output
    slides = Presentation(str(deck)).slides
    assert len(slides) == 5 and slides[0].slide_layout.name == "Corp Title and Content"
    notes = slides[0].notes_slide.notes_text_frame.text
    assert notes.startswith(f"Open with the problem, in one breath: {brief.problem.headline}")
    result = run("template", "check", str(folder))
    assert result.exit_code == 0, result.output
    assert f"notes.j2 ({load_pack('default').root})" in result.stdout


# -- which pack is used ----------------------------------------------------------------------


def test_template_option_beats_brief_key_beats_environment_beats_default(
    packs: dict[str, tuple[Path, Result]],
    brand_pack: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corp = packs["corp.pptx"][0]
    shutil.copytree(brand_pack, tmp_path / "packs" / "brand")
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    keyed = briefs / "keyed.yaml"
    keyed.write_text(
        "template: ../packs/brand\n" + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8"
    )
    plain = briefs / "plain.yaml"
    shutil.copyfile(SAMPLE, plain)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the brief's key is relative to the brief, not to the cwd

    def built(brief: Path, option: str | None, env: str | None) -> tuple[Any, str]:
        if env is None:
            monkeypatch.delenv(ENV_VAR, raising=False)
        else:
            monkeypatch.setenv(ENV_VAR, env)
        out = tmp_path / f"out-{len(list(tmp_path.glob('out-*')))}"
        prs = Presentation(str(build_decks([brief], out, template=option)[0].output))
        return (prs.slide_width, prs.slide_height), prs.slides[1].slide_layout.name

    assert built(keyed, str(corp), "default") == (SLIDE_SIZE, "Corp Title Only")
    assert built(keyed, None, str(corp)) == (SLIDE_SIZE, "Brand B Title Only")
    assert built(plain, None, str(corp)) == (SLIDE_SIZE, "Corp Title Only")
    assert built(plain, None, None) == ((12192000, 6858000), "Title Only")


# -- drift and mistakes in pack.yaml ---------------------------------------------------------


def test_renamed_layout_is_drift_error_d001_naming_the_new_name(
    packs: dict[str, tuple[Path, Result]], tmp_path: Path
) -> None:
    folder = copy_pack(packs["corp.pptx"][0], tmp_path)

    def rename(prs: Any) -> None:
        layout_named(prs, "Corp Title Only").name = "Corp Title Only v2"

    edit_pptx(folder / "corp.pptx", rename)
    result = run("template", "check", str(folder))
    assert result.exit_code == 1, result.output
    drift = [line for line in result.stderr.splitlines() if " D001 " in line]
    assert len(drift) == 1, result.stderr
    assert drift[0].startswith("error: ")
    assert "layout 'Corp Title Only' renamed or removed" in drift[0]
    assert "(now called 'Corp Title Only v2')" in drift[0]
    assert "no layout named 'Corp Title Only'; available: 'Corp Title Only v2', 'Blank'" in (
        result.stderr
    )


def test_moved_placeholder_is_drift_warning_d004(
    packs: dict[str, tuple[Path, Result]], tmp_path: Path
) -> None:
    folder = copy_pack(packs["corp.pptx"][0], tmp_path)

    def move(prs: Any) -> None:
        title = layout_named(prs, "Corp Title Only").placeholders[0]
        box = (title.left, title.top, title.width, title.height)
        title.left, title.top = Emu(box[0] + Inches(0.25)), Emu(box[1] + Inches(0.1))
        title.width, title.height = Emu(box[2] - Inches(0.25)), Emu(box[3])

    edit_pptx(folder / "corp.pptx", move)
    result = run("template", "check", str(folder))
    assert result.exit_code == 0, result.output
    assert "D004 placeholder 0 of 'Corp Title Only' moved" in result.stderr
    assert "warning: " in result.stderr and "error:" not in result.stderr
    assert "D007 layout 'Corp Title Only'" not in result.stderr
    assert "D001" not in result.stderr


def test_unknown_layout_name_fails_check_listing_the_layouts(
    packs: dict[str, tuple[Path, Result]], tmp_path: Path
) -> None:
    folder = copy_pack(packs["corp.pptx"][0], tmp_path)
    set_layout(folder, "problem", '{layout: "Corp Agenda", title: 0, body: 1}')
    result = run("template", "check", str(folder))
    assert result.exit_code == 1, result.output
    assert (
        "no layout named 'Corp Agenda'; available: 'Corp Title Only', 'Blank', 'Corp Cover', "
        "'Corp Title and Content', 'Section Header', 'Corp Two Content'"
    ) in result.stderr
    assert f"{folder / 'pack.yaml'}:" in result.stderr and "layouts.problem" in result.stderr


def test_two_body_placeholders_without_body_idx_warn(
    packs: dict[str, tuple[Path, Result]], tmp_path: Path
) -> None:
    folder = copy_pack(packs["corp.pptx"][0], tmp_path)
    set_layout(folder, "problem", '{layout: "Corp Two Content", title: 0}')
    result = run("template", "check", str(folder))
    assert result.exit_code == 0, result.output
    assert (
        "layout 'Corp Two Content' has 2 body placeholders (idx 1, 2); set 'body:' to the one "
        "to use"
    ) in result.stderr
    assert "  problem    -> 'Corp Two Content' (master 1): title idx 0\n" in result.stdout


def test_layout_choice_replaces_the_parent_packs_choice_as_a_whole(
    packs: dict[str, tuple[Path, Result]], tmp_path: Path
) -> None:
    """A team pack's ``problem: {layout: X}`` must not pick up ``body: 1`` from the default
    pack's choice for its own (different) layout."""
    folder = copy_pack(packs["corp.pptx"][0], tmp_path)
    set_layout(folder, "problem", '{layout: "Corp Title Only", title: 0}')
    assert load_pack(str(folder)).config.layouts["problem"].body is None
    result = run("template", "check", str(folder))
    assert result.exit_code == 0, result.output
    assert "  problem    -> 'Corp Title Only' (master 1): title idx 0\n" in result.stdout
    deck = build_decks([SAMPLE], tmp_path / "out", template=str(folder))[0].output
    problem = Presentation(str(deck)).slides[0]
    assert problem.slide_layout.name == "Corp Title Only"
    assert load_brief(SAMPLE).problem.points[0] in named(problem, "Points").text_frame.text


# -- a second slide master -------------------------------------------------------------------


def test_second_master_layouts_theme_and_build(
    corp_files: dict[str, Path], brand_pack: Path, tmp_path: Path
) -> None:
    prs = corporate.open_presentation(corp_files["brand.pptx"])
    masters = list(prs.slide_masters)
    assert len(masters) == 2
    second = [(i.name, i.master) for i in corporate.layouts(prs) if i.master == 2]
    assert second == [("Brand B Title and Content", 2), ("Brand B Title Only", 2)]
    first_theme, second_theme = (corporate.master_theme(m) for m in masters)
    assert (first_theme.heading_font, first_theme.body_font) == CORP_FONTS
    assert (second_theme.heading_font, second_theme.body_font) == BRAND_B_FONTS
    assert second_theme.part != first_theme.part
    assert second_theme.colors["dk2"] == "0B5345"

    result = run("template", "check", str(brand_pack))
    assert result.exit_code == 0, result.output
    assert "  impact     -> 'Brand B Title Only' (master 2): title idx 0\n" in result.stdout
    deck = build_decks([SAMPLE], tmp_path, template=str(brand_pack))[0].output
    built = Presentation(str(deck))
    assert len(built.slides) == 5
    for slide, kind in zip(built.slides, KINDS, strict=True):
        wanted = "Brand B Title and Content" if kind == "problem" else "Brand B Title Only"
        assert slide.slide_layout.name == wanted
        assert slide.slide_layout.slide_master.part.partname.endswith("slideMaster2.xml")
    assert openxml_audit.validate_pptx(deck).error_count == 0
