"""Output as a stage: where each deck goes, and writing files atomically.

A file is written to a temporary file beside its target and moved into place only when it is
complete, so a reader never sees half a deck and a failed write leaves the old file as it was.
"""

from __future__ import annotations

import functools
import os
import tempfile
import threading
from pathlib import Path

from .errors import OutputError


def plan_outputs(briefs: list[Path], output: Path | str | None) -> list[Path]:
    """Where each brief's deck goes: beside it, into ``output`` (a dir), or ``output`` (a file).

    An ``output`` string ending in a slash is always a directory. Refuses (before anything is
    written) an output that would overwrite a brief, and two briefs writing the same deck.
    """
    as_dir = isinstance(output, str) and output.endswith(("/", os.sep))
    output = Path(output) if output is not None else None
    if output is None:
        targets = [b.with_suffix(".pptx") for b in briefs]
    elif as_dir or output.is_dir() or len(briefs) > 1:
        targets = [output / b.with_suffix(".pptx").name for b in briefs]
    elif output.suffix.lower() == ".pptx":
        targets = [output]
    elif output.suffix:
        raise OutputError(
            f"{output}: the output must end in .pptx, or be a directory (end it with '/')"
        )
    else:
        targets = [output / b.with_suffix(".pptx").name for b in briefs]
    inputs = {b.resolve() for b in briefs}
    seen: set[Path] = set()
    for target in targets:
        resolved = target.resolve()
        if resolved in inputs:
            raise OutputError(f"{target}: the output would overwrite an input brief; use -o")
        if resolved in seen:
            raise OutputError(f"{target}: two briefs would write the same deck; rename one")
        seen.add(resolved)
    return targets


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file beside it, then move it into place.

    A new file gets the mode a normal new file would have (the umask applied); a replaced file
    keeps its mode. Raises :class:`~cpo_deck.errors.OutputError` with the reason.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{target.parent}: cannot create directory: {exc.strerror}") from None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here: {exc.strerror}") from None
    temp = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        # mkstemp makes the file private; give it the mode a normal new file would have,
        # or keep the mode of the file it replaces.
        try:
            mode = target.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o666 & ~umask()
        os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror}") from None
    finally:
        temp.unlink(missing_ok=True)


def write_text_atomic(target: Path, text: str) -> None:
    """:func:`write_atomic` for text, encoded as UTF-8."""
    write_atomic(target, text.encode("utf-8"))


_UMASK_LOCK = threading.Lock()


@functools.cache
def umask() -> int:
    """The process's umask, read once: from ``/proc`` where there is one (it leaves the umask
    alone), else by setting and restoring it, once, under a lock."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask
