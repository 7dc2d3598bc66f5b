"""The cache on disk (font advances, line breaks): data only, the user's alone, never trusted
blindly, and never a byte of difference in a deck."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cpo_deck import cache, fonts

from .conftest import ROOT
from .corporate_fixtures import edit_pptx

SAMPLE = ROOT / "samples" / "checkout-retries.yaml"


def _build(tmp_path: Path, folder: Path, name: str) -> bytes:
    """A deck built in a fresh process (nothing remembered in memory) with ``folder`` as cache."""
    out = tmp_path / f"{name}.pptx"
    env = {**os.environ, "CPO_DECK_CACHE_DIR": str(folder)}
    command = [sys.executable, "-m", "cpo_deck", "build", str(SAMPLE), "-o", str(out), "-q"]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return out.read_bytes()


def _entries(folder: Path, kind: str = "font") -> list[Path]:
    return sorted(folder.glob(f"{kind}-*.json"))


def test_a_deck_is_the_same_bytes_from_no_cache_a_fresh_one_and_a_spoiled_one(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "cache"
    cold = _build(tmp_path, folder, "cold")
    entries = _entries(folder)
    assert entries, "the fonts measured are kept"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for entry in entries:
        assert stat.S_IMODE(entry.stat().st_mode) == 0o600
        data = json.loads(entry.read_text(encoding="utf-8"))  # JSON: data, nothing that runs
        assert set(data) == {"made_from", "data"} and data["made_from"]["kind"] == "font"
    kept = {entry: (entry.stat().st_ino, entry.stat().st_mtime_ns) for entry in entries}
    warm = _build(tmp_path, folder, "warm")
    assert warm == cold
    assert kept == {e: (e.stat().st_ino, e.stat().st_mtime_ns) for e in entries}, "read, not made"
    for entry in entries:  # corrupt, truncated, and made from another file: all ignored
        entry.write_text("{not json", encoding="utf-8")
    entries[0].write_text("", encoding="utf-8")
    spoiled = json.dumps({"made_from": {"kind": "font"}, "data": {"upem": 1, "points": [65]}})
    entries[-1].write_text(spoiled, encoding="utf-8")
    assert _build(tmp_path, folder, "spoiled") == cold
    assert all(json.loads(e.read_text(encoding="utf-8"))["data"] for e in entries)  # made again


def test_a_cache_that_cannot_be_written_is_not_written(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    reference = _build(tmp_path, tmp_path / "cache", "reference")
    assert _build(tmp_path, blocked, "blocked") == reference
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_an_entry_belongs_to_one_file_at_one_size_and_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CPO_DECK_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "font.ttf"
    source.write_bytes(b"one")
    cache.write("font", source, {"upem": 1000})
    assert cache.read("font", source) == {"upem": 1000}
    source.write_bytes(b"other")  # changed: another size and time
    os.utime(source, ns=(1, 1))
    assert cache.read("font", source) is None
    assert cache.read("font", tmp_path / "missing.ttf") is None

    # Another file put in its place with the same size and times (cp -p, rsync -a, unzip).
    cache.write("font", source, {"upem": 2048})
    twin = tmp_path / "twin.ttf"
    shutil.copy2(source, twin)
    os.replace(twin, source)
    assert cache.read("font", source) is None


def test_data_of_a_file_that_changed_while_it_was_read_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CPO_DECK_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "base.pptx"
    source.write_bytes(b"first")

    def read_while_saved() -> dict[str, int]:
        source.write_bytes(b"second, saved while the first was read")
        return {"width": 1}

    def kept(work: Callable[[], dict[str, int]]) -> dict[str, int]:
        return cache.kept("geometry", source, work, dict, dict)

    assert kept(read_while_saved) == {"width": 1}  # used by this run
    assert cache.read("geometry", source) is None
    assert not _entries(tmp_path / "cache", "geometry")
    assert kept(lambda: {"width": 2}) == {"width": 2}  # unchanged while read: kept
    assert cache.read("geometry", source) == {"width": 2}
    assert kept(lambda: {"width": 3}) == {"width": 2}, "from the cache, not worked out again"


def test_the_cache_goes_where_the_user_keeps_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CPO_DECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert cache.folder() == Path("/somewhere/cache/cpo-deck")
    monkeypatch.setenv("CPO_DECK_CACHE_DIR", "/chosen")
    assert cache.folder() == Path("/chosen")


JAPANESE = ROOT / "samples" / "languages" / "checkout-retries.ja.yaml"


def _run(folder: Path, *args: str, library: str = "uniseg") -> tuple[str, bool]:
    """A CLI run in a fresh interpreter with ``folder`` as cache: its output, and whether it
    asked ``library`` anything (imported it)."""
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from cpo_deck.cli import cli\n"
        f"result = CliRunner().invoke(cli, {list(args)!r})\n"
        "assert result.exit_code == 0, result.output\n"
        "sys.stdout.write(result.output)\n"
        f"sys.stderr.write(str(any(m.split('.')[0] == {library!r} for m in sys.modules)))\n"
    )
    env = {**os.environ, "CPO_DECK_CACHE_DIR": str(folder)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout, result.stderr.strip().endswith("True")


def test_line_breaks_are_kept_so_words_seen_before_need_no_uniseg(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    cold, asked = _run(folder, "preview", str(JAPANESE))
    assert asked, "a cold run works the breaks out with uniseg"
    (entry,) = _entries(folder, "breaks")
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    data = json.loads(entry.read_text(encoding="utf-8"))
    assert data["made_from"]["kind"] == "breaks"
    assert data["made_from"]["path"].endswith("__init__.py")  # uniseg's own file
    kept = data["data"]
    assert kept and all("".join(pieces) == text for text, pieces in kept.items())
    warm, asked = _run(folder, "preview", str(JAPANESE))
    assert warm == cold
    assert not asked, "every paragraph's breaks came from the cache"

    # Spoiled entries (not JSON; pieces that do not spell their paragraph) are worked out again.
    spoiled = {text: ["x"] for text in kept}
    entry.write_text(json.dumps({**data, "data": spoiled}), encoding="utf-8")
    again, asked = _run(folder, "preview", str(JAPANESE))
    assert again == cold and asked
    entry.write_text("{not json", encoding="utf-8")
    assert _run(folder, "preview", str(JAPANESE))[0] == cold


def test_a_deck_is_the_same_bytes_with_the_line_breaks_kept_or_not(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    cold = _build(tmp_path, folder, "cold")
    assert _entries(folder, "breaks"), "the sample has paragraphs uniseg is asked about"
    assert _build(tmp_path, folder, "warm") == cold
    _entries(folder, "breaks")[0].write_text("[]", encoding="utf-8")
    assert _build(tmp_path, folder, "spoiled") == cold


PREVIEW = ("preview", str(SAMPLE), "-t")


def test_a_base_decks_geometry_is_kept_so_a_preview_reads_no_xml(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / "templates" / "minimal", pack)
    cold, loaded = _run(folder, *PREVIEW, str(pack), library="lxml")
    assert loaded, "a cold run reads the base deck's XML"
    (entry,) = _entries(folder, "geometry")
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    data = json.loads(entry.read_text(encoding="utf-8"))
    assert data["made_from"]["path"] == str((pack / "base.pptx").resolve())
    code = [Path(by["path"]).name for by in data["made_from"]["by"]]
    assert code == ["geometry.py", "pptx_files.py"]  # the code that read it
    assert {layout["name"] for layout in data["data"]["layouts"]} >= {"Title Only"}
    warm, loaded = _run(folder, *PREVIEW, str(pack), library="lxml")
    assert warm == cold
    assert not loaded, "the geometry came from the cache"

    # Spoiled (not the shape of a geometry, or not JSON): read from the deck again, and kept.
    entry.write_text(json.dumps({**data, "data": {"width": "wide"}}), encoding="utf-8")
    again, loaded = _run(folder, *PREVIEW, str(pack), library="lxml")
    assert again == cold and loaded
    assert json.loads(entry.read_text(encoding="utf-8"))["data"] == data["data"]
    entry.write_text("{not json", encoding="utf-8")
    assert _run(folder, *PREVIEW, str(pack), library="lxml")[0] == cold

    # The base deck changed (made 4:3): its own geometry is read and kept, never the old one's.
    edit_pptx(pack / "base.pptx", lambda prs: setattr(prs, "slide_width", 9144000))
    assert _run(folder, *PREVIEW, str(pack), library="lxml")[1], "read from the changed deck"
    widths = [
        json.loads(e.read_text(encoding="utf-8"))["data"]["width"]
        for e in _entries(folder, "geometry")
    ]
    assert sorted(widths) == [9144000, data["data"]["width"]]


def test_font_folders_are_listed_once_and_again_when_one_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CPO_DECK_CACHE_DIR", str(tmp_path / "cache"))
    system, later = tmp_path / "fonts", tmp_path / "later"
    (system / "sub").mkdir(parents=True)
    (system / "sub" / "Team-Regular.ttf").write_bytes(b"")
    monkeypatch.setattr(fonts, "FONT_DIRS", (system, later))
    listed: list[str] = []
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        listed.append(Path(path).name)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)

    def index() -> dict[str, Path]:
        """The index as a new run finds it (nothing remembered in memory)."""
        listed.clear()
        fonts.font_index.cache_clear()
        try:
            return fonts.font_index()
        finally:
            fonts.font_index.cache_clear()

    def settled(*folders: Path) -> None:
        """As if the folders last changed an hour ago (changes of the last 2 s are not kept)."""
        for folder in folders:
            hour_ago = time.time_ns() - 3600 * 10**9
            os.utime(folder, ns=(hour_ago, hour_ago))

    first = index()
    assert first == {"team-regular": system / "sub" / "Team-Regular.ttf"}
    assert not _entries(tmp_path / "cache", "fonts"), "just changed: not kept yet"
    settled(system, system / "sub")
    assert index() == first and listed == ["fonts", "sub", "later"]
    (entry,) = _entries(tmp_path / "cache", "fonts")
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert index() == first and listed == [], "kept: no folder listed again"

    (system / "sub" / "Team-Bold.ttf").write_bytes(b"")  # a font installed
    assert index() == {**first, "team-bold": system / "sub" / "Team-Bold.ttf"}
    assert listed == ["fonts", "sub", "later"]
    settled(system / "sub")
    index()
    assert index() == {**first, "team-bold": system / "sub" / "Team-Bold.ttf"}
    assert listed == []
    later.mkdir()  # a font folder made (~/.fonts)
    (later / "Other.otf").write_bytes(b"")
    settled(later)
    assert index()["other"] == later / "Other.otf" and listed
    entry = max(_entries(tmp_path / "cache", "fonts"), key=lambda e: e.stat().st_mtime_ns)
    entry.write_text("{not json", encoding="utf-8")
    assert index()["other"] == later / "Other.otf" and listed  # spoiled: listed again
    monkeypatch.setattr(fonts, "FONT_DIRS", (later,))  # another HOME: not the same folders
    assert index() == {"other": later / "Other.otf"}
