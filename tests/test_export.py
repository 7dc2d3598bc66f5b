"""PDF and slide images through LibreOffice, and watch mode (a real process, event-driven)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from PIL import Image
from pptx import Presentation

from cpo_deck import export
from cpo_deck.cli import cli

from .conftest import ROOT, require_fonts, require_tool, soffice

SAMPLE = ROOT / "samples" / "checkout-retries.yaml"
OTHER = ROOT / "samples" / "internal-platform.yaml"
GUARD = 180  # seconds: a guard against a hang, never a timing assertion


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), prog_name="cpo-deck")


def pages(pdf: Path) -> int:
    info = subprocess.run(
        [require_tool("pdfinfo", package="poppler-utils"), str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def test_a_batch_exports_pdfs_and_pngs_in_one_libreoffice_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    soffice()
    require_tool("pdftoppm", package="poppler-utils")
    require_fonts()
    runs: list[str] = []
    original = export._run

    def counted(command: list[str], seconds: float, name: str) -> None:
        runs.append(name)
        original(command, seconds, name)

    monkeypatch.setattr(export, "_run", counted)
    out = tmp_path / "decks"
    result = run(
        "build", str(SAMPLE), str(OTHER), "-o", str(out), "--pdf", "--png", "--png-width", "640"
    )
    assert result.exit_code == 0, result.output
    assert runs.count("LibreOffice") == 1  # one run for both decks
    for stem in ("checkout-retries", "internal-platform"):
        assert (out / f"{stem}.pptx").is_file()
        assert pages(out / f"{stem}.pdf") == 5
        images = sorted(out.glob(f"{stem}-*.png"))
        assert [p.name for p in images] == [f"{stem}-{n}.png" for n in range(1, 6)]
        for image in images:
            with Image.open(image) as png:
                assert png.format == "PNG"
                assert png.size == (640, 360)
        assert f"wrote {out / stem}.pdf" in result.stdout
        assert f"wrote {out / stem}-1.png … {out / stem}-5.png (5 images)" in result.stdout
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_png_alone_keeps_no_pdf_and_honours_the_width(tmp_path: Path) -> None:
    soffice()
    require_tool("pdftoppm", package="poppler-utils")
    result = run("build", str(SAMPLE), "-o", str(tmp_path / "deck.pptx"), "--png")
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "deck.pdf").exists()
    with Image.open(tmp_path / "deck-1.png") as png:
        assert png.size == (1920, 1080)


def restricted_path(tmp_path: Path, *tools: str) -> dict[str, str]:
    """An environment whose PATH has python and only the named fake tools."""
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "python").symlink_to(sys.executable)
    for tool in tools:
        fake = folder / tool
        fake.write_text("#!/bin/sh\nexit 3\n")
        fake.chmod(0o755)
    return {**os.environ, "PATH": str(folder), "PYTHONPATH": str(ROOT)}


@pytest.mark.parametrize(
    ("flags", "tools", "package"),
    [
        (["--pdf"], [], "libreoffice-impress"),
        (["--png"], [], "libreoffice-impress"),
        (["--png"], ["soffice"], "poppler-utils"),
    ],
)
def test_without_the_tools_the_message_names_the_package_and_the_deck_stays(
    tmp_path: Path, flags: list[str], tools: list[str], package: str
) -> None:
    deck = tmp_path / "deck.pptx"
    result = subprocess.run(
        [sys.executable, "-m", "cpo_deck", "build", str(SAMPLE), "-o", str(deck), *flags],
        env=restricted_path(tmp_path, *tools),
        capture_output=True,
        text=True,
        timeout=GUARD,
    )
    assert result.returncode == 1
    assert f"apt-get install {package}" in result.stderr
    assert "the decks were written" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == f"wrote {deck} (5 slides)\n"
    assert deck.is_file()
    assert not deck.with_suffix(".pdf").exists()


# -- watch --------------------------------------------------------------------------------------


class Watcher:
    """A ``cpo-deck ... --watch`` process whose output is read line by line as it comes."""

    def __init__(self, cwd: Path, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "cpo_deck", *args, "--watch"],
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def wait_for(self, text: str) -> list[str]:
        """Lines up to and including the first that contains ``text``."""
        deadline = time.monotonic() + GUARD
        got = []
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                if self.process.poll() is not None:
                    break
                continue
            got.append(line)
            self.seen.append(line)
            if text in line:
                return got
        raise AssertionError(f"never saw {text!r}; output so far:\n{''.join(self.seen)}")

    def stop(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGINT)
        rest = self.process.communicate(timeout=GUARD)[0] or ""
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return self.process.returncode, "".join(self.seen) + rest


def title_of_first_slide(deck: Path) -> str:
    slide = Presentation(str(deck)).slides[0]
    return str(slide.shapes.title.text_frame.text)


@pytest.fixture
def brief(tmp_path: Path) -> Path:
    path = tmp_path / "brief.yaml"
    path.write_bytes(SAMPLE.read_bytes())
    return path


def edit(path: Any, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_build_watch_rebuilds_on_a_change_and_keeps_the_last_good_deck(brief: Path) -> None:
    headline = "6% of card renewals fail"
    watcher = Watcher(brief.parent, "build", "brief.yaml")
    try:
        watcher.wait_for("watching brief.yaml and its pack")
        assert headline in title_of_first_slide(brief.with_suffix(".pptx"))
        edit(brief, headline, "7% of card renewals fail")
        got = watcher.wait_for("rebuilt brief.yaml in")
        assert any(line.startswith("changed: brief.yaml") for line in got)
        assert "7% of card renewals fail" in title_of_first_slide(brief.with_suffix(".pptx"))
        edit(brief, "      target: 40\n", "      target: forty\n")
        got = watcher.wait_for("brief.yaml: not rebuilt; the last good deck stays")
        assert any("metrics.items[0].target: must be a number" in line for line in got)
        assert "7% of card renewals fail" in title_of_first_slide(brief.with_suffix(".pptx"))
        edit(brief, "      target: forty\n", "      target: 40\n")
        watcher.wait_for("rebuilt brief.yaml in")
    finally:
        code, output = watcher.stop()
    assert code == 0, output
    assert "Traceback" not in output


def test_build_watch_follows_a_change_in_the_pack(brief: Path) -> None:
    pack = brief.parent / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: team\nlabels: {problem: Das Problem}\n")
    edit(brief, "title:", "template: pack\ntitle:")
    watcher = Watcher(brief.parent, "build", "brief.yaml")
    try:
        watcher.wait_for("watching brief.yaml")
        (pack / "pack.yaml").write_text("name: team\nlabels: {problem: The issue}\n")
        got = watcher.wait_for("rebuilt brief.yaml in")
        assert any("pack.yaml" in line for line in got if line.startswith("changed:"))
        slide = Presentation(str(brief.with_suffix(".pptx"))).slides[0]
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        assert "THE ISSUE" in texts
    finally:
        code, output = watcher.stop()
    assert code == 0, output


def test_preview_watch_prints_the_outline_again(brief: Path) -> None:
    watcher = Watcher(brief.parent, "preview", "brief.yaml", "--width", "100")
    try:
        watcher.wait_for("watching brief.yaml")
        edit(brief, "6% of card renewals fail", "Nine percent of card renewals fail")
        watcher.wait_for("Nine percent of card renewals fail")
    finally:
        code, output = watcher.stop()
    assert code == 0, output
    assert "Traceback" not in output
