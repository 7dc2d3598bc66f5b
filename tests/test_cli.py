"""The command line, through Click's CliRunner (and once as a real ``python -m`` process)."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from cpo_deck import __version__
from cpo_deck.cli import cli

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "checkout-retries.yaml"
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
KINDS = ["problem", "impact", "metrics", "tradeoffs", "ask"]
BAD_LINE = "      target: 40\n"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), prog_name="cpo-deck")


def files_in(folder: Path) -> list[str]:
    """Every entry under ``folder``, hidden ones included, relative and sorted."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def assert_no_traceback(result: Result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )


def is_deck(path: Path) -> bool:
    if not zipfile.is_zipfile(path):
        return False
    with zipfile.ZipFile(path) as deck:
        return "ppt/presentation.xml" in deck.namelist()


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory holding ``brief.yaml`` (the sample) and ``bad.yaml``."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.yaml").write_text(SAMPLE_TEXT, encoding="utf-8")
    assert SAMPLE_TEXT.count(BAD_LINE) == 1
    (tmp_path / "bad.yaml").write_text(
        SAMPLE_TEXT.replace(BAD_LINE, "      target: .nan\n"), encoding="utf-8"
    )
    return tmp_path


def bad_line_number() -> int:
    return SAMPLE_TEXT[: SAMPLE_TEXT.index(BAD_LINE)].count("\n") + 1


def headlines() -> list[str]:
    data = yaml.safe_load(SAMPLE_TEXT)
    return [data[kind]["headline"] for kind in KINDS]


# --------------------------------------------------------------------------------------------
# build


def test_build_bad_brief_reports_file_line_col_and_writes_nothing(work: Path) -> None:
    result = run("build", "bad.yaml")
    assert result.exit_code == 1
    assert result.stderr == (
        f"bad.yaml:{bad_line_number()}:15: metrics.items[0].target: "
        "must be a number like 12 or 3.5, not '.nan'\n"
        "bad.yaml: not valid (1 problem)\n"
    )
    assert result.stdout == ""
    assert_no_traceback(result)
    assert files_in(work) == ["bad.yaml", "brief.yaml"]


@pytest.mark.parametrize("args", [[], ["-o", "bad.pptx"], ["-o", "."]])
def test_build_bad_brief_leaves_an_existing_deck_untouched(work: Path, args: list[str]) -> None:
    existing = work / "bad.pptx"
    old = b"PK\x03\x04 an older deck, not to be touched"
    existing.write_bytes(old)
    before = existing.stat().st_mtime_ns
    result = run("build", "bad.yaml", *args)
    assert result.exit_code == 1
    assert "bad.yaml:" in result.stderr
    assert_no_traceback(result)
    assert existing.read_bytes() == old
    assert existing.stat().st_mtime_ns == before
    assert files_in(work) == ["bad.pptx", "bad.yaml", "brief.yaml"]


def test_build_writes_the_deck_beside_the_brief(work: Path) -> None:
    result = run("build", "brief.yaml")
    assert result.exit_code == 0, result.output
    assert result.stdout == "wrote brief.pptx (5 slides)\n"
    assert is_deck(work / "brief.pptx")
    assert files_in(work) == ["bad.yaml", "brief.pptx", "brief.yaml"]


def test_build_to_one_named_file(work: Path) -> None:
    result = run("build", "brief.yaml", "-o", "x.pptx")
    assert result.exit_code == 0, result.output
    assert result.stdout == "wrote x.pptx (5 slides)\n"
    assert is_deck(work / "x.pptx")
    assert files_in(work) == ["bad.yaml", "brief.yaml", "x.pptx"]


def test_build_replaces_an_existing_deck(work: Path) -> None:
    (work / "x.pptx").write_bytes(b"old")
    result = run("build", "brief.yaml", "-o", "x.pptx")
    assert result.exit_code == 0, result.output
    assert is_deck(work / "x.pptx")
    assert files_in(work) == ["bad.yaml", "brief.yaml", "x.pptx"]


def test_build_several_briefs_into_a_new_directory(work: Path) -> None:
    for name in ("a", "b", "c"):
        (work / f"{name}.yaml").write_text(SAMPLE_TEXT, encoding="utf-8")
    result = run("build", "a.yaml", "b.yaml", "c.yaml", "-o", "decks/")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"wrote {Path('decks') / name}.pptx (5 slides)" for name in ("a", "b", "c")
    ]
    assert files_in(work / "decks") == ["a.pptx", "b.pptx", "c.pptx"]
    assert all(is_deck(work / "decks" / f"{n}.pptx") for n in ("a", "b", "c"))
    assert files_in(work) == [
        "a.yaml",
        "b.yaml",
        "bad.yaml",
        "brief.yaml",
        "c.yaml",
        "decks",
        "decks/a.pptx",
        "decks/b.pptx",
        "decks/c.pptx",
    ]


def test_build_one_brief_into_a_directory(work: Path) -> None:
    result = run("build", "brief.yaml", "-o", "out/nested/")
    assert result.exit_code == 0, result.output
    assert files_in(work / "out") == ["nested", "nested/brief.pptx"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["brief.yaml", "-o", "brief.yaml"], None),
        (["brief.yaml", "-o", "./brief.yaml"], None),
        (["deck.pptx"], "deck.pptx: the output would overwrite an input brief; use -o\n"),
        (
            ["deck.pptx", "-o", "deck.pptx"],
            "deck.pptx: the output would overwrite an input brief; use -o\n",
        ),
    ],
)
def test_build_refuses_to_overwrite_an_input(
    work: Path, args: list[str], message: str | None
) -> None:
    (work / "deck.pptx").write_text(SAMPLE_TEXT, encoding="utf-8")
    result = run("build", *args)
    assert result.exit_code == 1
    assert_no_traceback(result)
    if message:
        assert result.stderr == message
    else:
        assert result.stderr.startswith("brief.yaml: ")
    assert (work / "brief.yaml").read_text(encoding="utf-8") == SAMPLE_TEXT
    assert (work / "deck.pptx").read_text(encoding="utf-8") == SAMPLE_TEXT
    assert files_in(work) == ["bad.yaml", "brief.yaml", "deck.pptx"]


def test_build_refuses_two_briefs_writing_one_deck(work: Path) -> None:
    (work / "sub").mkdir()
    (work / "sub" / "brief.yaml").write_text(SAMPLE_TEXT, encoding="utf-8")
    result = run("build", "brief.yaml", "sub/brief.yaml", "-o", "decks")
    assert result.exit_code == 1
    assert result.stderr == (
        f"{Path('decks') / 'brief.pptx'}: two briefs would write the same deck; rename one\n"
    )
    assert not (work / "decks").exists()


def test_build_missing_file(work: Path) -> None:
    result = run("build", "nope.yaml")
    assert result.exit_code == 1
    assert result.stderr == "nope.yaml: no such file\n"
    assert_no_traceback(result)
    assert files_in(work) == ["bad.yaml", "brief.yaml"]


def test_build_leaves_no_temporary_file_when_writing_fails(work: Path) -> None:
    (work / "brief.pptx").mkdir()  # the deck's path is taken by a directory
    result = run("build", "brief.yaml")
    assert result.exit_code == 1
    assert result.stderr.startswith("brief.pptx: cannot write")
    assert_no_traceback(result)
    assert files_in(work) == ["bad.yaml", "brief.pptx", "brief.yaml"]


# --------------------------------------------------------------------------------------------
# preview


def test_preview_json(work: Path) -> None:
    result = run("preview", "brief.yaml", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    slides = data["slides"]
    assert len(slides) == 5
    assert [s["kind"] for s in slides] == KINDS
    assert [s["title"] for s in slides] == headlines()
    assert all(isinstance(s["label"], str) and s["label"] for s in slides)
    assert data["title"] == "Smart retries for failed card payments"


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_preview_shows_every_headline(work: Path, fmt: str) -> None:
    result = run("preview", "brief.yaml", "--format", fmt, "--width", "200")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    for headline in headlines():
        assert headline in result.stdout


def test_preview_defaults_to_text(work: Path) -> None:
    default = run("preview", "brief.yaml", "--width", "100")
    text = run("preview", "brief.yaml", "--width", "100", "--format", "text")
    assert default.exit_code == text.exit_code == 0
    assert default.stdout == text.stdout


@pytest.mark.parametrize("width", [60, 40])
def test_preview_text_keeps_within_width(work: Path, width: int) -> None:
    result = run("preview", "brief.yaml", "--width", str(width))
    assert result.exit_code == 0, result.output
    too_wide = [line for line in result.stdout.splitlines() if len(line) > width]
    assert too_wide == []


def test_preview_text_wraps_long_title_and_byline(work: Path) -> None:
    # title (<= 100 characters) and presenter (<= 160) are valid but longer than 60 columns.
    text = SAMPLE_TEXT.replace(
        "title: Smart retries for failed card payments",
        "title: Smart retries for failed card payments across every region and every plan",
    ).replace(
        "presenter: Director of Product, Payments",
        "presenter: Director of Product, Payments and Billing Platform, North America",
    )
    (work / "long.yaml").write_text(text, encoding="utf-8")
    result = run("preview", "long.yaml", "--width", "60")
    assert result.exit_code == 0, result.output
    too_wide = [line for line in result.stdout.splitlines() if len(line) > 60]
    assert too_wide == []


def test_preview_bad_brief(work: Path) -> None:
    result = run("preview", "bad.yaml")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.endswith("bad.yaml: not valid (1 problem)\n")
    assert_no_traceback(result)


# --------------------------------------------------------------------------------------------
# init


def test_init_writes_a_starter_that_builds_and_previews(work: Path) -> None:
    result = run("init", "new.yaml")
    assert result.exit_code == 0, result.output
    assert result.stdout == "wrote new.yaml; edit it, then run: cpo-deck build new.yaml\n"
    built = run("build", "new.yaml")
    assert built.exit_code == 0, built.output
    assert is_deck(work / "new.pptx")
    shown = run("preview", "new.yaml", "--format", "json")
    assert shown.exit_code == 0, shown.output
    assert [s["kind"] for s in json.loads(shown.stdout)["slides"]] == KINDS
    assert run("preview", "new.yaml").exit_code == 0


def test_init_default_name(work: Path) -> None:
    (work / "brief.yaml").unlink()
    result = run("init")
    assert result.exit_code == 0, result.output
    assert (work / "brief.yaml").read_text(encoding="utf-8").startswith("# A cpo-deck brief")


def test_init_refuses_to_overwrite(work: Path) -> None:
    (work / "mine.yaml").write_text("keep me\n", encoding="utf-8")
    result = run("init", "mine.yaml")
    assert result.exit_code == 1
    assert result.stderr == "mine.yaml: already exists; choose another name or pass --force\n"
    assert_no_traceback(result)
    assert (work / "mine.yaml").read_text(encoding="utf-8") == "keep me\n"


def test_init_force_overwrites(work: Path) -> None:
    (work / "mine.yaml").write_text("keep me\n", encoding="utf-8")
    result = run("init", "mine.yaml", "--force")
    assert result.exit_code == 0, result.output
    assert (work / "mine.yaml").read_text(encoding="utf-8").startswith("# A cpo-deck brief")
    assert files_in(work) == ["bad.yaml", "brief.yaml", "mine.yaml"]


# --------------------------------------------------------------------------------------------
# schema, usage, help, version


def test_schema_is_json_with_every_section() -> None:
    result = run("schema")
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert {"title", "problem", "impact", "metrics", "tradeoffs", "ask"} <= set(
        schema["properties"]
    )


@pytest.mark.parametrize(
    "args",
    [
        ["--bogus"],
        ["nosuchcommand"],
        ["build"],
        ["build", "--bogus", "brief.yaml"],
        ["build", "brief.yaml", "-o"],
        ["preview"],
        ["preview", "brief.yaml", "--format", "pdf"],
        ["preview", "brief.yaml", "--width", "wide"],
        ["init", "a.yaml", "b.yaml"],
        ["schema", "extra"],
    ],
)
def test_usage_errors_exit_2(work: Path, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert "Error:" in result.stderr
    assert_no_traceback(result)
    assert files_in(work) == ["bad.yaml", "brief.yaml"]


@pytest.mark.parametrize("command", [[], ["build"], ["preview"], ["init"], ["schema"]])
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_on_every_command(command: list[str], flag: str) -> None:
    result = run(*command, flag)
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_version_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cpo_deck", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"cpo-deck, version {__version__}\n"
    assert done.stderr == ""


# --------------------------------------------------------------------------------------------
# batches, file modes, directory outputs


def test_a_bad_brief_in_a_batch_is_reported_and_the_others_are_built(work: Path) -> None:
    (work / "bad2.yaml").write_text(SAMPLE_TEXT.replace("title:", "titel:", 1), encoding="utf-8")
    result = run("build", "brief.yaml", "bad.yaml", "bad2.yaml", "-o", "decks", "--jobs", "1")
    assert result.exit_code == 1
    assert_no_traceback(result)
    assert f"bad.yaml:{bad_line_number()}:15: metrics.items[0].target:" in result.stderr
    line = SAMPLE_TEXT[: SAMPLE_TEXT.index("title:")].count("\n") + 1
    assert (
        f"bad2.yaml:{line}:1: titel: unknown key 'titel' in the brief; did you mean 'title'?"
        in result.stderr
    )
    assert result.stderr.endswith("3 briefs: 1 built, 2 failed, 0 warnings\n")
    assert result.stdout == f"wrote {Path('decks') / 'brief.pptx'} (5 slides)\n"
    assert files_in(work / "decks") == ["brief.pptx"]
    assert is_deck(work / "decks" / "brief.pptx")


def test_fail_fast_stops_at_the_first_failure_and_keeps_what_was_written(work: Path) -> None:
    (work / "last.yaml").write_text(SAMPLE_TEXT, encoding="utf-8")
    result = run("build", "brief.yaml", "bad.yaml", "last.yaml", "-o", "decks", "--fail-fast")
    assert result.exit_code == 1
    assert_no_traceback(result)
    assert "bad.yaml: not valid (1 problem)" in result.stderr
    assert result.stderr.endswith(
        "3 briefs: 1 built, 1 failed, 0 warnings; stopped at the first failure (--fail-fast)\n"
    )
    assert files_in(work / "decks") == ["brief.pptx"]  # last.yaml was never built


def test_a_misspelt_key_is_one_problem_not_two(work: Path) -> None:
    (work / "typo.yaml").write_text(
        SAMPLE_TEXT.replace("  headline:", "  headlien:", 1), encoding="utf-8"
    )
    result = run("build", "typo.yaml")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2, lines
    assert "unknown key 'headlien' in problem; did you mean 'headline'?" in lines[0]
    assert lines[1] == "typo.yaml: not valid (1 problem)"


def test_deck_gets_a_normal_file_mode(work: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        assert run("build", "brief.yaml").exit_code == 0
        assert (work / "brief.pptx").stat().st_mode & 0o777 == 0o644
        os.chmod(work / "brief.pptx", 0o640)
        assert run("build", "brief.yaml").exit_code == 0
        assert (work / "brief.pptx").stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


def test_trailing_slash_means_a_directory(work: Path) -> None:
    result = run("build", "brief.yaml", "-o", "rel.v2/")
    assert result.exit_code == 0, result.output
    assert is_deck(work / "rel.v2" / "brief.pptx")
