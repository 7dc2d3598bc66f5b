"""PDF and slide images for people without PowerPoint.

Decks go through LibreOffice in headless mode, once for a whole batch, with a private profile
(so a LibreOffice the user has open does not take the job over) and a time limit. Slide images
are rendered from the PDF with poppler's ``pdftoppm`` (LibreOffice 7.4 writes only the first
slide when asked for PNG directly). Every file lands beside its deck, written atomically:
``deck.pdf``, and ``deck-1.png`` … ``deck-5.png``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from msgspec import Struct

from .errors import CpoDeckError
from .output import write_atomic

SECONDS_BASE = 120
"""LibreOffice's time limit for a batch: this, plus :data:`SECONDS_PER_DECK` for each deck."""
SECONDS_PER_DECK = 30
PNG_WIDTH = 1920


class ExportError(CpoDeckError):
    """A PDF or image could not be made (a tool missing, failing or too slow)."""


class Exported(Struct, frozen=True):
    """The files exported for one deck."""

    deck: Path
    pdf: Path | None
    images: tuple[Path, ...]


def tools(pdf: bool, png: bool) -> tuple[str, str | None]:
    """The LibreOffice and ``pdftoppm`` programs an export needs; a message naming the Debian
    package to install when one is missing."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        what = "PDF and PNG" if pdf and png else "PDF" if pdf else "PNG"
        raise ExportError(
            f"{what} export needs LibreOffice, which is not installed; install it "
            "(Debian/Ubuntu: apt-get install libreoffice-impress) or leave out "
            f"{'--pdf and --png' if pdf and png else '--pdf' if pdf else '--png'}; "
            "the decks were written"
        )
    rasteriser = shutil.which("pdftoppm") if png else None
    if png and rasteriser is None:
        raise ExportError(
            "PNG export needs pdftoppm, which is not installed; install poppler "
            "(Debian/Ubuntu: apt-get install poppler-utils) or leave out --png; "
            "the decks were written"
        )
    return soffice, rasteriser


def export(
    decks: Sequence[Path], pdf: bool = True, png: bool = False, width: int = PNG_WIDTH
) -> list[Exported]:
    """Export ``decks`` to PDF and/or one PNG per slide, ``width`` pixels wide, beside each deck.

    Raises :class:`ExportError` (the decks are left as they are) when a tool is missing or fails.
    """
    if not decks or not (pdf or png):
        return []
    soffice, rasteriser = tools(pdf, png)
    with tempfile.TemporaryDirectory(prefix="cpo-deck-export-") as tmp:
        work = Path(tmp)
        pdfs = _to_pdf(soffice, decks, work)
        out = []
        for deck, made in zip(decks, pdfs, strict=True):
            target = deck.with_suffix(".pdf") if pdf else None
            if target is not None:
                write_atomic(target, made.read_bytes())
            images: tuple[Path, ...] = ()
            if rasteriser is not None:
                images = _to_png(rasteriser, made, deck, width, work)
            out.append(Exported(deck, target, images))
    return out


def _to_pdf(soffice: str, decks: Sequence[Path], work: Path) -> list[Path]:
    """One LibreOffice run for every deck; the PDFs in ``work``. Decks are linked in under
    numbered names first, so two decks with the same name in different folders cannot clash."""
    inbox, outbox = work / "in", work / "out"
    inbox.mkdir()
    sources = []
    for index, deck in enumerate(decks):
        source = inbox / f"{index}.pptx"
        shutil.copyfile(deck, source)
        sources.append(source)
    command = [
        soffice,
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outbox),
        *map(str, sources),
    ]
    limit = SECONDS_BASE + SECONDS_PER_DECK * len(decks)
    _run(command, limit, "LibreOffice")
    pdfs = [outbox / f"{index}.pdf" for index in range(len(decks))]
    missing = [str(deck) for deck, made in zip(decks, pdfs, strict=True) if not made.is_file()]
    if missing:
        names = ", ".join(missing)
        raise ExportError(f"LibreOffice made no PDF of {names}; the decks were written")
    return pdfs


def _to_png(rasteriser: str, pdf: Path, deck: Path, width: int, work: Path) -> tuple[Path, ...]:
    """One PNG per page of ``pdf``, ``width`` pixels wide, written beside ``deck``."""
    folder = work / f"png-{deck.stem}"
    folder.mkdir(exist_ok=True)
    prefix = folder / "page"
    command = [rasteriser, "-png", "-scale-to-x", str(width), "-scale-to-y", "-1"]
    _run([*command, str(pdf), str(prefix)], SECONDS_BASE, "pdftoppm")
    pages = sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if not pages:
        raise ExportError(f"pdftoppm made no image of {deck}; the decks were written")
    written = []
    for number, page in enumerate(pages, start=1):
        target = deck.with_name(f"{deck.stem}-{number}.png")
        write_atomic(target, page.read_bytes())
        written.append(target)
    return tuple(written)


def _run(command: list[str], seconds: float, name: str) -> None:
    """Run a tool with a time limit; its failure as an :class:`ExportError`. The tool runs in
    a session of its own, so a time-out stops it and everything it started (LibreOffice's
    ``soffice`` wrapper starts ``soffice.bin``)."""
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
    except OSError as exc:
        raise ExportError(
            f"{name} could not be started ({exc.strerror}); the decks were written"
        ) from None
    try:
        stdout, stderr = process.communicate(timeout=seconds)
    except BaseException as exc:  # a time-out, or Ctrl-C: nothing of it may keep running
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        if isinstance(exc, subprocess.TimeoutExpired):
            raise ExportError(
                f"{name} took longer than {seconds:g} seconds and was stopped; "
                "the decks were written"
            ) from None
        raise
    if process.returncode != 0:
        detail = (stderr or stdout).strip().splitlines()[-1:] or ["no message"]
        raise ExportError(
            f"{name} failed (exit {process.returncode}: {detail[0]}); the decks were written"
        )
