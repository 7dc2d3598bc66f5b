"""Lint, types and packaging, so that CI enforces them with the one README test command."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed ('.[test]')")
def test_ruff_passes() -> None:
    result = _run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes() -> None:
    pytest.importorskip("mypy", reason="mypy is not installed ('.[test]')")
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_wheel_ships_the_builtin_pack(tmp_path: Path) -> None:
    result = _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "-q",
        "-w",
        str(tmp_path),
        ".",
    )
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("cpo_deck-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    packs = [p for p in (ROOT / "templates").iterdir() if p.is_dir()]
    assert {p.name for p in packs} >= {"default", "dark", "minimal"}
    for pack in packs:  # every file, the templates' ahead-of-time code in _compiled/ too
        for path in pack.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                relative = path.relative_to(pack).as_posix()
                assert f"cpo_deck/_builtin/{pack.name}/{relative}" in names
    assert any(n.startswith("cpo_deck/_builtin/default/_compiled/t_") for n in names)
    for part in ("notesMaster.xml", "notesTheme.xml"):  # the writer's plain notes master
        assert f"cpo_deck/render/parts/{part}" in names


def test_preview_and_check_never_import_python_pptx() -> None:
    code = (
        "import sys\n"
        "from cpo_deck.build import preview\n"
        "from cpo_deck.check import check_briefs\n"
        "preview('samples/checkout-retries.yaml')\n"
        "check_briefs(['samples/checkout-retries.yaml'])\n"
        "print(sorted(m for m in sys.modules if m == 'pptx' or m.startswith('pptx.')))\n"
    )
    result = _run(sys.executable, "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_wheel_ships_every_module(tmp_path: Path) -> None:
    """A subpackage left out of pyproject.toml would only fail on a real (non-editable) install."""
    result = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), ".")
    assert result.returncode == 0, result.stderr
    names = set(zipfile.ZipFile(next(tmp_path.glob("cpo_deck-*.whl"))).namelist())
    modules = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "cpo_deck").rglob("*.py"))
    assert modules
    missing = [m for m in modules if m not in names]
    assert missing == []
