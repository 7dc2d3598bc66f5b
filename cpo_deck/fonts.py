"""Which font file measures a family: its metric-compatible open twin where it has one (Calibri
with Carlito, Arial with Liberation Sans, ...), else the family itself, found on the system.

The system's font folders are listed once and what was found is kept in the cache on disk
(:mod:`cpo_deck.cache`) with the change time of every folder listed, so a later run checks those
folders (one ``stat`` each) instead of listing every font file again; it lists them again when
one changed (a font installed or removed), when this module changed, or when the entry is
spoiled. The files found are the same either way.
"""

from __future__ import annotations

import os
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
_THIS = Path(__file__)


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
    names = {name: str(path) for name, path in index.items()}
    data = {"roots": roots, "folders": folders, "index": names}
    cache.write("fonts", _THIS, data)
    return index


def _listed() -> tuple[dict[str, Path], list[tuple[str, int | None]]]:
    """The index, and every folder looked at with its change time (``None``: not there)."""
    index: dict[str, Path] = {}
    folders: list[tuple[str, int | None]] = []

    def unlistable(error: OSError) -> None:  # os.walk skips it: note its time all the same
        if error.filename is not None:
            folders.append((str(error.filename), _changed(Path(error.filename))))

    for folder in FONT_DIRS:
        if _changed(folder) is None:
            folders.append((str(folder), None))  # one made later (~/.fonts) is noticed
            continue
        # os.walk skips what it cannot read (another user's HOME, a broken mount).
        for root, dirs, files in os.walk(folder, onerror=unlistable):
            folders.append((root, _changed(Path(root))))
            dirs.sort()
            for name in sorted(files):
                path = Path(root) / name
                if path.suffix.lower() in _SUFFIXES:
                    index.setdefault(path.stem.lower(), path)
    return index, folders


def _kept(data: Any, roots: list[str]) -> dict[str, Path] | None:
    """The index kept in ``data``, if it is well formed, was listed from ``roots`` and no
    folder it looked at has changed."""
    try:
        folders, index = data["folders"], data["index"]
        unchanged = data["roots"] == roots and all(
            _changed(Path(folder)) == when for folder, when in folders
        )
        kept = {str(name): Path(path) for name, path in index.items()}
    except (TypeError, KeyError, ValueError, AttributeError):
        return None
    return kept if unchanged else None


def _changed(folder: Path) -> int | None:
    """When ``folder``'s entries (or its permissions) last changed; ``None`` if it is not a
    folder that can be looked at."""
    try:
        status = folder.stat()
    except (OSError, ValueError):
        return None
    return status.st_ctime_ns if os.path.isdir(folder) else None


def _style_names(stem: str, bold: bool, italic: bool) -> list[str]:
    style = ("Bold" if bold else "") + ("Italic" if italic else "")
    names = [f"{stem}-{style or 'Regular'}", f"{stem}{style}"]
    if not style:
        names.append(stem)
    if italic:  # an upright face measures close to the italic one
        names += _style_names(stem, bold, False)
    return [n.lower() for n in names]
