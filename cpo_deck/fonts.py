"""Which font file measures a family: its metric-compatible open twin where it has one (Calibri
with Carlito, Arial with Liberation Sans, ...), else the family itself, found on the system.

The system's font folders are listed once and what was found is kept in the cache on disk
(:mod:`cpo_deck.cache`) with the times of every folder listed, so a later run checks those
folders (one ``stat`` each) instead of listing every font file again; it lists them again when
one changed (a font installed or removed), when this module changed, or when the entry is
spoiled. The files found are the same either way.
"""

from __future__ import annotations

import os
import stat
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import cache

TWINS = {
    "calibri": "Carlito",
    "cambria": "Caladea",
    "arial": "LiberationSans",
    "helvetica": "LiberationSans",
    "liberation sans": "LiberationSans",
    "times new roman": "LiberationSerif",
    "times": "LiberationSerif",
    "liberation serif": "LiberationSerif",
    "courier new": "LiberationMono",
    "georgia": "Gelasio",
}
FONT_DIRS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
    Path.home() / ".fonts",
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
_SUFFIXES = (".ttf", ".otf", ".ttc")
_SETTLED_NS = 2_000_000_000
_THIS = Path(__file__)


@lru_cache(maxsize=64)
def font_file(family: str, bold: bool = False, italic: bool = False) -> Path | None:
    """The file used to measure ``family`` (its metric twin where it has one), if installed."""
    index = font_index()
    for stem in (TWINS.get(family.lower()), family.replace(" ", "")):
        if not stem:
            continue
        for name in _style_names(stem, bold, italic):
            if name in index:
                return index[name]
    return None


def has_metrics(family: str) -> bool:
    """Whether a real font file was found to measure ``family`` with."""
    return font_file(family) is not None


@lru_cache(maxsize=1)
def font_index() -> dict[str, Path]:
    """Every font file on the system by lower-case stem (``carlito-bold`` -> path): from the
    cache on disk while no font folder changed, else listed (and kept)."""
    roots = [str(folder) for folder in FONT_DIRS]
    kept = _kept(cache.read("fonts", _THIS), roots)
    if kept is not None:
        return kept
    index, folders = _listed()
    # A folder changed in the last moments may change again within its clock's tick, which
    # its times would not show: such an index is not kept (the next run lists again).
    recent = time.time_ns() - _SETTLED_NS
    if all(when is None or when[0] < recent for _, when in folders):
        names = {name: str(path) for name, path in index.items()}
        cache.write("fonts", _THIS, {"roots": roots, "folders": folders, "index": names})
    return index


Times = tuple[int, int] | None
"""A folder's modification and change times (ns), or ``None`` where there is no folder."""


def _listed() -> tuple[dict[str, Path], list[tuple[str, Times]]]:
    """The index, and every folder looked at with its times, taken before it was listed (a
    font added meanwhile shows as a change next run). Like ``os.walk``: names in order, files
    before subfolders, symbolic links to folders not followed, unreadable folders skipped."""
    index: dict[str, Path] = {}
    folders: list[tuple[str, Times]] = []
    pending = list(reversed(FONT_DIRS))
    while pending:
        folder = pending.pop()
        folders.append((str(folder), _times(folder)))
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:  # not there, not a folder, not readable (another user's HOME)
            continue
        subfolders = []
        for entry in entries:
            try:
                if entry.is_dir():
                    if not entry.is_symlink():
                        subfolders.append(Path(entry.path))
                    continue
            except OSError:
                continue
            path = Path(entry.path)
            if path.suffix.lower() in _SUFFIXES:
                index.setdefault(path.stem.lower(), path)
        pending += reversed(subfolders)
    return index, folders


def _kept(data: Any, roots: list[str]) -> dict[str, Path] | None:
    """The index kept in ``data``, if it is well formed, was listed from ``roots`` and no
    folder it looked at has changed."""
    try:
        folders, index = data["folders"], data["index"]
        unchanged = data["roots"] == roots and all(
            _times(Path(folder)) == (tuple(when) if when is not None else None)
            for folder, when in folders
        )
        kept = {str(name): Path(path) for name, path in index.items()}
    except (TypeError, KeyError, ValueError, AttributeError):
        return None
    return kept if unchanged else None


def _times(folder: Path) -> Times:
    """When ``folder``'s entries last changed (modification time: every system) and when it
    last changed at all (change time: permissions too, on POSIX); ``None`` if it is not a
    folder that can be looked at."""
    try:
        status = folder.stat()
    except (OSError, ValueError):
        return None
    if not stat.S_ISDIR(status.st_mode):
        return None
    return status.st_mtime_ns, status.st_ctime_ns


def _style_names(stem: str, bold: bool, italic: bool) -> list[str]:
    style = ("Bold" if bold else "") + ("Italic" if italic else "")
    names = [f"{stem}-{style or 'Regular'}", f"{stem}{style}"]
    if not style:
        names.append(stem)
    if italic:  # an upright face measures close to the italic one
        names += _style_names(stem, bold, False)
    return [n.lower() for n in names]
