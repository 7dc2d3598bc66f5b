"""Every hostile input fuzzing found (tests/hostile_cases.py, docs/errors.md): a clear message and
exit code, never a traceback, a hang, a replaced special file or litter. And Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from cpo_deck import fonts, limits, output
from cpo_deck.cli import cli

from .conftest import ROOT
from .hostile_cases import CASES, SAMPLE, STDIN, Case, footer, pack

GUARD = 120  # seconds: a guard against a hang, never a timing assertion
COMMAND = [sys.executable, "-m", "cpo_deck", "build"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_hostile_input(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    args = case.setup(work)
    before = {p.name for p in work.iterdir()}
    result = CliRunner().invoke(cli, args, input=STDIN.get(case.id), prog_name="cpo-deck")
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert result.exit_code == case.exit, result.output
    assert re.search(case.says, result.stderr), result.stderr
    litter = [p.name for p in work.rglob("*.tmp")]
    assert litter == []
    if case.exit and args[0] == "build":
        assert {p.name for p in work.iterdir()} == before  # nothing new written
    if case.id == "init-dev-null":
        assert Path("/dev/null").is_char_device()


def test_a_stripped_base_gives_a_deck_without_external_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = next(c for c in CASES if c.id == "base-external-link")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, case.setup(tmp_path))
    assert result.exit_code == 0, result.output
    assert "removed ppt/embeddings/oleObject1.bin" in result.stderr
    with zipfile.ZipFile(tmp_path / "deck.pptx") as deck:
        names = deck.namelist()
        rels = b"".join(deck.read(n) for n in names if n.endswith(".rels"))
    assert b'TargetMode="External"' not in rels
    assert not any("oleObject" in n or "activeX" in n for n in names)


def test_stdin_brief_builds(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["build", "-", "-o", str(tmp_path / "deck.pptx")],
        input=SAMPLE.read_text(encoding="utf-8"),
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "deck.pptx").is_file()
    alone = CliRunner().invoke(cli, ["build", "-"], input="title: x\n")
    assert alone.exit_code == 1
    assert "standard input ('-') is built alone, with -o DECK.pptx" in alone.stderr


def test_templates_share_one_budget_per_brief(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The budget for all of a brief's templates stops them, well before the per-call limit."""
    monkeypatch.setattr(limits, "MAX_SECONDS", 60.0)  # no single call is ever stopped
    monkeypatch.setattr(limits, "BUILD_SECONDS", 0.3)
    slow = "{% for i in range(100000) %}{% for j in range(20) %}{% endfor %}{% endfor %}{{ n }}"
    folder = pack(
        tmp_path,
        footer__j2="{% macro footer(b, f) %}x{% endmacro %}"
        f"{{% macro page(n, t) %}}{slow}{{% endmacro %}}",
    )
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["preview", str(SAMPLE), "-t", str(folder)])
    assert time.monotonic() - started < GUARD
    assert result.exit_code == 1, result.output
    assert "the pack's templates ran for more than 0.3 seconds in all for this brief" in (
        result.stderr
    )


def test_litter_of_a_killed_build_is_removed_on_the_next_build(tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    output.write_atomic(target, b"first")
    # what a build killed mid-write leaves: a temporary file of a process that is gone
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], **_text())
    import hashlib

    tag = hashlib.sha256(b"deck.pptx").hexdigest()[:8]
    stale = tmp_path / f".cpo-{tag}-{dead.stdout.strip()}-abcdef.tmp"
    stale.write_bytes(b"")
    live = tmp_path / f".cpo-{tag}-1-abcdef.tmp"  # pid 1 is alive, and the file is new
    live.write_bytes(b"")
    other = tmp_path / f".cpo-00000000-{dead.stdout.strip()}-abcdef.tmp"  # another target's
    other.write_bytes(b"")
    output.write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert not stale.exists()
    assert live.exists() and other.exists()
    old = time.time() - output.STALE_SECONDS - 60
    os.utime(live, (old, old))
    output.write_atomic(target, b"third")
    assert not live.exists()


def _text() -> dict[str, object]:
    return {"capture_output": True, "text": True, "timeout": GUARD}


def test_an_unreadable_font_folder_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loop = tmp_path / "loop"
    os.symlink(loop, loop)
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    folder = tmp_path / "fonts"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "Team-Bold.ttf").write_bytes(b"")
    blocked = folder / "blocked"
    blocked.mkdir()
    monkeypatch.setattr(fonts, "FONT_DIRS", (loop, not_a_folder, folder, tmp_path / "none"))
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == blocked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    fonts.font_index.cache_clear()
    try:
        index = fonts.font_index()
    finally:
        fonts.font_index.cache_clear()
    assert index == {"team-bold": folder / "sub" / "Team-Bold.ttf"}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_is_one_line_and_exit_130(tmp_path: Path, jobs: str) -> None:
    """Interrupted while a slow template runs: no traceback, no temporary file."""
    slow = "{% for i in range(100000) %}{% for j in range(1000) %}{% endfor %}{% endfor %}"
    folder = pack(tmp_path, footer__j2=footer(slow))
    second = tmp_path / "second.yaml"
    second.write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*COMMAND, str(SAMPLE), str(second), "-t", str(folder), "-o", str(out), "--jobs", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    time.sleep(1.5)  # let it get into the template (the template runs for seconds)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=GUARD)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == "interrupted"
    assert "Traceback" not in stderr
    leftovers = list(out.rglob("*.tmp")) if out.exists() else []
    assert leftovers == []


def test_the_errors_page_lists_every_hostile_input() -> None:
    page = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    for case in CASES:
        row = next((line for line in page.splitlines() if line.startswith(f"| {case.input} |")), "")
        assert row, f"docs/errors.md has no row for {case.id}: run python tools/errors_doc.py"
        assert f"| {case.exit} |" in row, f"{case.id}: docs/errors.md shows another exit code"


def test_a_worker_that_dies_fails_its_brief_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pool breaks on one brief: that brief is tried alone and fails; the others build."""
    from concurrent.futures import Future, ThreadPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    from typing import Any

    from cpo_deck import jobs
    from cpo_deck.session import Session, Task

    class Pool(ThreadPoolExecutor):
        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
            if args[0].brief.name == "killer.yaml":  # its worker dies, every time
                broken: Future[Any] = Future()
                broken.set_exception(BrokenProcessPool("a worker died"))
                return broken
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(jobs, "_pool", lambda template, workers: Pool(workers))
    monkeypatch.setattr(jobs, "_session", Session())
    names = ["a.yaml", "killer.yaml", "c.yaml"]
    for name in names:
        (tmp_path / name).write_bytes(SAMPLE.read_bytes())
    tasks = [Task(tmp_path / n, tmp_path / n.replace(".yaml", ".pptx")) for n in names]
    outcomes = list(jobs.run_in_workers(tasks, None, 2))
    assert [o.brief.name for o in outcomes] == names
    assert [o.built is not None for o in outcomes] == [True, False, True]
    failed = outcomes[1].failed
    assert failed is not None
    assert "the worker process building this brief stopped unexpectedly" in failed.message
