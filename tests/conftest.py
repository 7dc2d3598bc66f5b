"""Shared fixtures: sample briefs, built decks, and LibreOffice rendering."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))


@pytest.fixture(scope="session", autouse=True)
def _cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Tests keep cpo-deck's cache on disk to themselves, never in the user's ~/.cache."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CPO_DECK_CACHE_DIR", str(folder))
        yield folder


def require_tool(*names: str, package: str) -> str:
    """The path of the first tool found; skip (or fail under CI) when none is installed."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    reason = f"{names[0]} is not installed (Debian package {package})"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must render for real")
    pytest.skip(reason)
    raise AssertionError("unreachable")  # pragma: no cover


def soffice() -> str:
    """LibreOffice's command line, or skip/fail."""
    return require_tool("soffice", "libreoffice", package="libreoffice-impress")


def require_fonts() -> None:
    """The metric-compatible fonts the decks are measured and rendered with, or skip/fail."""
    from cpo_deck.fonts import has_metrics

    missing = [f for f in ("Calibri", "Arial") if not has_metrics(f)]
    if missing:
        reason = (
            f"no font file to measure {', '.join(missing)} with (Debian packages "
            "fonts-crosextra-carlito and fonts-liberation2)"
        )
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must render for real")
        pytest.skip(reason)


def to_pdf(decks: list[Path], outdir: Path) -> list[Path]:
    """Convert decks to PDF with LibreOffice in one run (a private profile, so runs don't clash)."""
    binary = soffice()
    require_fonts()  # rendered text is compared with text measured in these fonts
    profile = outdir / ".lo-profile"
    subprocess.run(
        [
            binary,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, decks),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdfs = [outdir / (d.stem + ".pdf") for d in decks]
    missing = [p.name for p in pdfs if not p.exists()]
    assert not missing, f"LibreOffice did not produce {missing}"
    return pdfs


def texts(slide: Any) -> list[str]:
    """Every text a python-pptx slide shows in shapes and table cells (not the chart)."""
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            out.append(shape.text_frame.text)
        if getattr(shape, "has_table", False) and shape.has_table:
            out.extend(cell.text for row in shape.table.rows for cell in row.cells)
    return out


@pytest.fixture(scope="session")
def sample_decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every sample built once on the default pack: {sample stem: .pptx path}."""
    from cpo_deck.build import build_decks

    out = tmp_path_factory.mktemp("decks")
    built = build_decks(SAMPLES, out)
    return {b.brief.stem: b.output for b in built}


@pytest.fixture(scope="session")
def sample_pdfs(
    sample_decks: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """Every sample deck rendered to PDF by LibreOffice: {sample stem: .pdf path}."""
    out = tmp_path_factory.mktemp("pdf")
    names = list(sample_decks)
    pdfs = to_pdf([sample_decks[n] for n in names], out)
    return dict(zip(names, pdfs, strict=True))
