"""The build session: each brief read once, each pack loaded once, progress as events, the list
of every file a build reads; and the output stage (atomic writes, modes, the umask)."""

from __future__ import annotations

import os
import stat
import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image

from cpo_deck import output, session
from cpo_deck.cli import cli
from cpo_deck.errors import BriefError, OutputError
from cpo_deck.session import Built, Event, Failed, Session, Started, Warned

from .conftest import ROOT, SAMPLES

SAMPLE = ROOT / "samples" / "checkout-retries.yaml"


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    """Count how often the session parses a brief and loads a pack."""
    calls: dict[str, list[Any]] = {"parse": [], "pack": []}
    parse, load = session.parse_yaml, session.load_pack

    def parse_yaml(text: str, path: Any = "<brief>") -> Any:
        calls["parse"].append(Path(path).name)
        return parse(text, path)

    def load_pack(spec: str = "default", relative_to: Path | None = None) -> Any:
        calls["pack"].append(spec)
        return load(spec, relative_to)

    monkeypatch.setattr(session, "parse_yaml", parse_yaml)
    monkeypatch.setattr(session, "load_pack", load_pack)
    return calls


def test_a_batch_reads_each_brief_once_and_each_pack_once(
    tmp_path: Path, counted: dict[str, list[Any]]
) -> None:
    """The readiness check and the build share one load of each brief and one of the pack."""
    args = ["build", *map(str, SAMPLES), "-o", str(tmp_path), "--jobs", "1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert sorted(counted["parse"]) == sorted(p.name for p in SAMPLES)
    assert counted["pack"] == ["default"]
    assert len(list(tmp_path.glob("*.pptx"))) == len(SAMPLES)


def test_check_then_build_in_one_session_reuses_the_brief(
    tmp_path: Path, counted: dict[str, list[Any]]
) -> None:
    run = Session()
    report = run.check([SAMPLE])
    assert report.briefs == 1
    run.build([SAMPLE], tmp_path / "deck.pptx")
    run.preview(SAMPLE)
    assert counted["parse"] == [SAMPLE.name]
    assert counted["pack"] == ["default"]


def test_a_portfolio_build_does_not_keep_the_briefs_it_built(tmp_path: Path) -> None:
    """Memory stays flat over a portfolio: a brief read by the build is let go once built; one
    read before (by check, in the same run) is kept for the rest of the run."""
    run = Session()
    briefs = [SAMPLE, ROOT / "samples" / "internal-platform.yaml"]
    run.check(briefs[:1])
    run.build(briefs, tmp_path)
    assert list(run._briefs) == [SAMPLE]


@pytest.mark.parametrize("jobs", [1, 2])
def test_events_come_in_input_order(tmp_path: Path, jobs: int) -> None:
    events: list[Event] = []
    briefs = [SAMPLE, ROOT / "samples" / "internal-platform.yaml"]
    result = Session(on_event=events.append).build(briefs, tmp_path, jobs=jobs)
    kinds = [type(e).__name__ for e in events if not isinstance(e, Warned)]
    assert kinds == ["Started", "Built", "Started", "Built"]
    assert [e.index for e in events if isinstance(e, Started)] == [1, 2]
    built = [e for e in events if isinstance(e, Built)]
    assert [b.brief for b in built] == briefs
    assert [b.output for b in built] == [tmp_path / f"{b.stem}.pptx" for b in briefs]
    assert built == result.built
    # each deck's warnings come right before it is reported written
    for deck in built:
        position = events.index(deck)
        warned = [e for e in events[:position] if isinstance(e, Warned) and e.brief == deck.brief]
        assert [w.message for w in warned] == deck.warnings


def test_a_bad_brief_fails_alone_and_the_others_are_built(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(SAMPLE.read_text(encoding="utf-8").replace("target: 40", "target: x"))
    events: list[Event] = []
    result = Session(on_event=events.append).build([bad, SAMPLE], tmp_path / "out")
    failed = [e for e in events if isinstance(e, Failed)]
    assert [f.brief for f in failed] == [bad] == [f.brief for f in result.failed]
    assert isinstance(failed[0].error, BriefError)
    assert "metrics.items[0].target: must be a number" in failed[0].message
    assert [b.output.name for b in result.built] == ["checkout-retries.pptx"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["checkout-retries.pptx"]


def test_inputs_lists_every_file_a_build_reads(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    Image.new("RGB", (60, 20), (10, 20, 30)).save(pack / "logo.png")
    (pack / "labels.j2").write_text(
        (ROOT / "templates" / "default" / "labels.j2").read_text(encoding="utf-8")
    )
    (pack / "pack.yaml").write_text("name: team\ntheme: {logo: {path: logo.png}}\n")
    run = Session(str(pack))
    loaded = run.load(SAMPLE)
    inputs = run.inputs(loaded)
    default = (ROOT / "templates" / "default").resolve()
    assert inputs[0] == SAMPLE.resolve()
    assert (pack / "pack.yaml").resolve() in inputs
    assert default / "pack.yaml" in inputs
    assert (pack / "labels.j2").resolve() in inputs  # the team's, not the built-in one
    assert default / "labels.j2" not in inputs
    assert default / "notes.j2" in inputs
    assert default / "base.pptx" in inputs
    assert (pack / "logo.png").resolve() in inputs
    assert len(inputs) == len(set(inputs))
    from cpo_deck.fonts import font_file

    font = font_file("Calibri")
    if font is not None:
        assert font.resolve() in inputs


def test_the_deck_is_written_as_bytes_by_the_writer(tmp_path: Path) -> None:
    run = Session()
    loaded = run.load(SAMPLE)
    data = run.deck(loaded, run.plan(loaded))
    target = tmp_path / "deck.pptx"
    target.write_bytes(data)
    with zipfile.ZipFile(target) as deck:
        slides = [n for n in deck.namelist() if n.startswith("ppt/slides/slide")]
    assert len(slides) == 5


# -- the output stage --------------------------------------------------------------------------


def test_write_atomic_gives_a_new_file_the_umask_mode(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deck.pptx"
    output.write_atomic(target, b"deck")
    assert target.read_bytes() == b"deck"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~output.umask()
    assert [p.name for p in target.parent.iterdir()] == ["deck.pptx"]


def test_write_atomic_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"old")
    target.chmod(0o600)
    output.write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_target_and_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    target.mkdir()  # os.replace cannot put a file where a directory is
    with pytest.raises(OutputError, match="cannot write"):
        output.write_atomic(target, b"new")
    assert target.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx"]


def test_umask_is_read_without_changing_it_and_safely_from_threads() -> None:
    previous = os.umask(0o027)
    try:
        output.umask.cache_clear()
        seen: list[int] = []
        threads = [threading.Thread(target=lambda: seen.append(output.umask())) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert seen == [0o027] * 8
        assert os.umask(0o027) == 0o027  # still what we set
    finally:
        os.umask(previous)
        output.umask.cache_clear()
