"""A cache on disk of data cpo-deck would otherwise compute on every run (font advances, line
breaks, a base deck's geometry).

It holds data only (JSON: no pickles, nothing that would run), lives in ``$CPO_DECK_CACHE_DIR``,
else ``$XDG_CACHE_HOME/cpo-deck``, else ``~/.cache/cpo-deck``, in a folder only the user can
read, and is written atomically. An entry names what it was made from (a font file's path, size
and modification time); anything unreadable, corrupt, or made from something else is ignored and
made again, and a cache that cannot be written is simply not written. Nothing in a deck depends
on whether an answer came from here: entries hold exactly what would be computed.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from . import __version__

VERSION = 2
"""Bumped whenever what an entry holds changes: older entries are then ignored."""
T = TypeVar("T")


def folder() -> Path | None:
    """Where the cache lives (see the module); ``None`` with no home to put it in."""
    chosen = os.environ.get("CPO_DECK_CACHE_DIR")
    if chosen:
        return Path(chosen)
    try:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except (RuntimeError, KeyError):  # no $HOME and no password entry
        return None
    return Path(base) / "cpo-deck"


def key(kind: str, source: Path, by: Sequence[Path] = ()) -> tuple[str, dict[str, Any]]:
    """An entry's file name and the description of ``source`` it must match (the file's path,
    identity, size and times, and cpo-deck's version); with ``by``, of the code files that
    worked it out too, so that a change to that code makes older entries stale."""
    made_from: dict[str, Any] = {
        "version": VERSION,
        "cpo_deck": __version__,
        "kind": kind,
        "path": str(source.resolve()),
        **_stamp(source),
    }
    if by:
        made_from["by"] = [{"path": str(code), **_stamp(code)} for code in by]
    digest = hashlib.sha256(json.dumps(made_from, sort_keys=True).encode()).hexdigest()[:32]
    return f"{kind}-{digest}.json", made_from


def _stamp(path: Path) -> dict[str, int]:
    # The change time and inode too: a copy that keeps the size and modification time
    # (cp -p, rsync -a, unzip) is another file.
    stat = path.stat()
    return {
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "ctime_ns": stat.st_ctime_ns,
        "ino": stat.st_ino,
    }


def kept(
    kind: str,
    source: Path,
    work: Callable[[], T],
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
    by: Sequence[Path] = (),
) -> T:
    """What ``work()`` makes of ``source``: decoded from its entry where there is one that
    ``decode`` can use (else it raises ``TypeError``, ``KeyError`` or ``ValueError``), else
    worked out and kept, encoded as plain JSON, unless ``source`` changed while it was read (the
    result may then be the older file's)."""
    data = read(kind, source, by)
    if data is not None:
        try:
            return decode(data)
        except (TypeError, KeyError, ValueError):
            pass  # spoiled: worked out (and kept) again
    before = _describe(kind, source, by)
    result = work()
    write(kind, source, encode(result), by, before)
    return result


def _describe(kind: str, source: Path, by: Sequence[Path]) -> dict[str, Any] | None:
    try:
        return key(kind, source, by)[1]
    except OSError:
        return None


def read(kind: str, source: Path, by: Sequence[Path] = ()) -> Any:
    """The data cached for ``source`` (and ``by``, see :func:`key`), or ``None`` (none,
    unreadable, corrupt, or stale)."""
    where = folder()
    if where is None:
        return None
    try:
        name, made_from = key(kind, source, by)
        with open(where / name, encoding="utf-8") as handle:
            entry = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("made_from") != made_from:
        return None
    return entry.get("data")


def write(
    kind: str,
    source: Path,
    data: Any,
    by: Sequence[Path] = (),
    before: dict[str, Any] | None = None,
) -> None:
    """Keep ``data`` (plain JSON) for ``source`` (and ``by``, see :func:`key`); any failure
    leaves the cache as it was. ``before``: the description of ``source`` (see :func:`key`)
    taken before ``data`` was worked out; if the file changed since (saved again meanwhile),
    nothing is kept, as the data may be the older file's."""
    import tempfile  # only a run that writes needs it (and the shutil it imports)

    where = folder()
    if where is None:
        return
    try:
        name, made_from = key(kind, source, by)
        if before is not None and made_from != before:
            return
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=where, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:  # mkstemp: mode 0600
                json.dump({"made_from": made_from, "data": data}, handle, separators=(",", ":"))
            os.replace(temporary, where / name)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, ValueError, TypeError):
        return
