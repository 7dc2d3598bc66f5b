"""A whole portfolio at once: folders of briefs, parallel jobs, identical bytes, progress."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cpo_deck.check import Report
from cpo_deck.cli import cli
from cpo_deck.progress import Progress
from cpo_deck.render.stable import document_time
from cpo_deck.session import BuildResult, Built, Started

from .conftest import ROOT, SAMPLES

SAMPLE = ROOT / "samples" / "checkout-retries.yaml"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), prog_name="cpo-deck")


@pytest.fixture
def portfolio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``briefs/`` with every sample (one as .yml), a hidden file, a subfolder, a text file."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "briefs"
    folder.mkdir()
    for index, sample in enumerate(SAMPLES):
        suffix = ".yml" if index == 0 else ".yaml"
        (folder / f"{sample.stem}{suffix}").write_bytes(sample.read_bytes())
    (folder / ".draft.yaml").write_bytes(SAMPLE.read_bytes())
    (folder / "notes.txt").write_text("not a brief")
    (folder / "archive").mkdir()
    (folder / "archive" / "old.yaml").write_bytes(SAMPLE.read_bytes())
    return folder


def members(deck: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(deck) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_folder_builds_every_brief_directly_in_it(portfolio: Path) -> None:
    result = run("build", "briefs", "-o", "decks", "--jobs", "1")
    assert result.exit_code == 0, result.output
    expected = sorted(f"{p.stem}.pptx" for p in SAMPLES)
    assert sorted(p.name for p in Path("decks").iterdir()) == expected
    assert f"{len(SAMPLES)} briefs: {len(SAMPLES)} built, 0 failed" in result.stderr
    written = [line.split()[1] for line in result.stdout.splitlines()]
    assert written == [str(Path("decks") / name) for name in sorted(expected, key=str.lower)]


def test_an_empty_folder_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    result = run("build", "empty")
    assert result.exit_code == 1
    assert result.stderr == "empty: no briefs here (no *.yaml or *.yml files)\n"


def test_a_folder_and_a_file_writing_one_deck_are_refused_first(portfolio: Path) -> None:
    other = portfolio / "archive" / "checkout-retries.yaml"
    other.write_bytes(SAMPLE.read_bytes())
    result = run("build", "briefs", str(other), "-o", "decks2")
    assert result.exit_code == 1
    assert "two briefs would write the same deck; rename one" in result.stderr
    assert not Path("decks2").exists()


def test_jobs_1_and_jobs_2_give_identical_decks(portfolio: Path) -> None:
    one = run("build", "briefs", "-o", "one", "--jobs", "1")
    two = run("build", "briefs", "-o", "two", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0, one.output + two.output
    assert one.stdout.replace("one/", "X/") == two.stdout.replace("two/", "X/")
    for deck in sorted(Path("one").iterdir()):
        assert deck.read_bytes() == (Path("two") / deck.name).read_bytes(), deck.name


def test_a_rebuild_gives_identical_bytes_and_a_change_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    brief = tmp_path / "brief.yaml"
    brief.write_bytes(SAMPLE.read_bytes())
    assert run("build", "brief.yaml", "-o", "a.pptx").exit_code == 0
    time.sleep(2.1)  # zip timestamps have a two-second resolution
    assert run("build", "brief.yaml", "-o", "b.pptx").exit_code == 0
    a, b = Path("a.pptx").read_bytes(), Path("b.pptx").read_bytes()
    assert a == b
    brief.write_text(SAMPLE.read_text(encoding="utf-8").replace("target: 40", "target: 41"))
    assert run("build", "brief.yaml", "-o", "c.pptx").exit_code == 0
    assert Path("c.pptx").read_bytes() != a


def test_every_member_and_the_chart_workbook_carry_the_brief_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert 'date: "2026-12-03"' in SAMPLE.read_text(encoding="utf-8")
    assert run("build", str(SAMPLE), "-o", "deck.pptx").exit_code == 0
    with zipfile.ZipFile("deck.pptx") as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 12, 3, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
        workbooks = [n for n in archive.namelist() if n.endswith(".xlsx")]
        assert len(workbooks) == 1
        inner = zipfile.ZipFile(io.BytesIO(archive.read(workbooks[0])))
        inner_core = inner.read("docProps/core.xml").decode()
    assert ">2026-12-03T00:00:00Z</dcterms:created>" in core
    assert ">2026-12-03T00:00:00Z</dcterms:modified>" in core
    assert ">2026-12-03T00:00:00Z</dcterms:created>" in inner_core
    assert {i.date_time for i in inner.infolist()} == {(2026, 12, 3, 0, 0, 0)}


@pytest.mark.parametrize(
    ("date", "environ", "expected"),
    [
        ("2027-02-16", {"SOURCE_DATE_EPOCH": "0"}, "2027-02-16T00:00:00+00:00"),
        ("Q3 review", {"SOURCE_DATE_EPOCH": "1700000000"}, "2023-11-14T22:13:20+00:00"),
        ("2027-02-30", {}, "2000-01-01T00:00:00+00:00"),
        (None, {"SOURCE_DATE_EPOCH": "soon"}, "2000-01-01T00:00:00+00:00"),
    ],
)
def test_document_time(date: str | None, environ: dict[str, str], expected: str) -> None:
    assert document_time(date, environ).isoformat() == expected


def test_quiet_drops_wrote_lines_but_keeps_warnings_and_the_summary(portfolio: Path) -> None:
    (portfolio / "broken.yaml").write_text("title: [\n")
    result = run("build", "briefs", "-o", "decks", "--quiet")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "broken.yaml:" in result.stderr
    assert f"{len(SAMPLES) + 1} briefs: {len(SAMPLES)} built, 1 failed" in result.stderr


def test_progress_shows_count_brief_and_time_left() -> None:
    lines: list[tuple[str, bool]] = []
    now = iter([100.0, 104.0, 108.0])
    progress = Progress(lambda t, e: lines.append((t, e)), terminal=True, clock=lambda: next(now))
    for index in (1, 2, 3):
        progress(Started(Path(f"b{index}.yaml"), index, 3))
    deck = Built(Path("b1.yaml"), Path("decks/b1.pptx"), None, [])  # type: ignore[arg-type]
    progress(deck)
    progress.summary(BuildResult([deck, deck, deck], [], Report([], 3)))
    shown = "".join(t for t, err in lines if err)
    assert "[0/3] building b1.yaml" in shown
    assert "[1/3] building b2.yaml · about 8 s left" in shown  # 4 s for 1 brief, 2 to go
    assert "[2/3] building b3.yaml · about 4 s left" in shown
    assert all(err for _, err in lines)  # no 'wrote' lines on stdout while drawing progress
    assert shown.endswith("\r\x1b[K3 briefs: 3 built, 0 failed, 0 warnings; decks in decks\n")


def test_progress_on_a_pseudo_terminal(portfolio: Path) -> None:
    """A real process whose stderr is a terminal draws the progress line."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "cpo_deck", "build", "briefs", "-o", "decks", "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=follower,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    os.close(follower)
    shown = b""
    deadline = time.monotonic() + 120  # a guard against a hang, not a timing assertion
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the process closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        elif process.poll() is not None:
            break
    stdout = process.communicate(timeout=60)[0]
    os.close(leader)
    assert process.returncode == 0, shown
    text = shown.decode()
    count = len(SAMPLES)
    assert re.search(rf"\[0/{count}\] building briefs/\S+", text)
    assert re.search(rf"\[{count - 1}/{count}\] building \S+ · about \d+ s left", text)
    assert f"{count} briefs: {count} built, 0 failed" in text
    assert stdout == b""  # the progress line replaces the 'wrote' lines


def test_check_takes_a_folder_too(portfolio: Path) -> None:
    result = run("check", "briefs", "--strict")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(f"in {len(SAMPLES)} briefs: ready\n")


def test_the_pre_commit_hook_runs_check_strict_on_briefs(portfolio: Path) -> None:
    import shlex

    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "cpo-deck-check")
    program, *args = shlex.split(hook["entry"])
    assert program == "cpo-deck" and args == ["check", "--strict"]
    assert hook["language"] == "python"
    files = re.compile(hook["files"])
    assert files.search("briefs/q3/checkout.yaml") and files.search("team/briefs/a.yml")
    assert not files.search("config/settings.yaml")
    # pre-commit appends the files it matched to the entry
    ready = run(*args, *map(str, sorted(portfolio.glob("*.y*ml"))))
    assert ready.exit_code == 0, ready.output
    (portfolio / "draft.yaml").write_text(
        SAMPLE.read_text(encoding="utf-8").replace("  owner: Head of Payments\n", "")
    )
    draft = run(*args, str(portfolio / "draft.yaml"))
    assert draft.exit_code == 1
    assert "R07 clear-ask: ask has no owner" in draft.stdout
