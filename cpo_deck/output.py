"""Output as a stage: where each deck goes, and writing files atomically.

A file is written to a temporary file beside its target and moved into place only when it is
complete, so a reader never sees half a deck and a failed write leaves the old file as it was.
"""

from __future__ import annotations

import functools
import os
import stat
import threading
import time
from pathlib import Path

from .errors import OutputError
from .loader import STDIN, is_dir


def plan_outputs(briefs: list[Path], output: Path | str | None) -> list[Path]:
    """Where each brief's deck goes: beside it, into ``output`` (a dir), or ``output`` (a file).

    An ``output`` string ending in a slash is always a directory. Refuses (before anything is
    written) an output that would overwrite a brief, and two briefs writing the same deck.
    """
    as_dir = isinstance(output, str) and output.endswith(("/", os.sep))
    if output is not None and not str(output):
        raise OutputError("-o '': an empty output name; name a .pptx file or a directory")
    output = Path(output) if output is not None else None
    if STDIN in briefs and (len(briefs) > 1 or output is None or output.suffix.lower() != ".pptx"):
        raise OutputError(
            "a brief read from standard input ('-') is built alone, with -o DECK.pptx"
        )
    if output is None:
        targets = [b.with_suffix(".pptx") for b in briefs]
    elif as_dir or is_dir(output) or len(briefs) > 1:
        targets = [output / b.with_suffix(".pptx").name for b in briefs]
    elif output.suffix.lower() == ".pptx":
        targets = [output]
    elif output.suffix:
        raise OutputError(
            f"{output}: the output must end in .pptx, or be a directory (end it with '/')"
        )
    else:
        targets = [output / b.with_suffix(".pptx").name for b in briefs]
    inputs = {_resolve(b) for b in briefs}
    seen: set[Path] = set()
    for target in targets:
        resolved = _resolve(target)
        if resolved in inputs:
            raise OutputError(f"{target}: the output would overwrite an input brief; use -o")
        if resolved in seen:
            raise OutputError(f"{target}: two briefs would write the same deck; rename one")
        seen.add(resolved)
    return targets


def _resolve(path: Path) -> Path:
    """The absolute path without symlinks; an error (not a traceback) for a symlink loop or a
    name the system refuses."""
    try:
        return path.resolve()
    except (OSError, RuntimeError) as exc:
        reason = getattr(exc, "strerror", None) or "a symbolic link loop"
        raise OutputError(f"{path}: cannot use this path ({reason})") from None


TEMP_PREFIX = ".cpo-"
STALE_SECONDS = 600
"""A temporary file older than this, or of a process that is gone, is litter from a build that
was killed: the next build of the same target removes it."""


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file beside it, then move it into place.

    Only a regular file is ever replaced: a directory, device, pipe or symlink at ``target`` is
    refused. The temporary file has a short name (any legal target name works) and exists
    only while the finished bytes are written; litter of a killed build of the same target is
    removed first. A new file gets the mode a normal new file would have (the umask applied);
    a replaced file keeps its mode. Raises :class:`~cpo_deck.errors.OutputError` with the
    reason.
    """
    mode = _replaceable_mode(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{target.parent}: cannot create directory: {exc.strerror}") from None
    import hashlib  # here, not at the top: check and preview write no file
    import secrets

    tag = hashlib.sha256(target.name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    _remove_stale(target.parent, tag)
    temp = target.parent / f"{TEMP_PREFIX}{tag}-{os.getpid()}-{secrets.token_hex(3)}.tmp"
    try:
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temp, mode if mode is not None else 0o666 & ~umask())
        os.replace(temp, target)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror}") from None
    finally:
        temp.unlink(missing_ok=True)


def _replaceable_mode(target: Path) -> int | None:
    """The mode of the regular file at ``target`` (``None`` if there is none); an error if
    something else is there."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{target}: cannot write: Is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(
            f"{target}: exists and is not a regular file (a link, device, pipe or socket); "
            "cpo-deck only replaces regular files: choose another output"
        )
    return stat.S_IMODE(info.st_mode)


def _remove_stale(folder: Path, tag: str) -> None:
    """Remove temporary files of this target left by a build that was killed."""
    try:
        candidates = list(folder.glob(f"{TEMP_PREFIX}{tag}-*.tmp"))
    except OSError:
        return
    now = time.time()
    for path in candidates:
        try:
            pid = int(path.name.split("-")[2])
            if pid != os.getpid() and (
                not _alive(pid) or now - path.lstat().st_mtime > STALE_SECONDS
            ):
                path.unlink()
        except (ValueError, IndexError, OSError):
            continue


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


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
