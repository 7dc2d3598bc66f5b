"""Watch mode: redo a piece of work whenever a file it read changes.

The files come from :meth:`~cpo_deck.session.Session.inputs`: the brief, every ``pack.yaml``
along the pack's search path, its templates, base deck, logo and fonts. Their folders are
watched (editors often save by replacing a file), and only changes to those files count. The
process stays up between rebuilds, so fonts, base-deck geometry and compiled templates stay
warm. Ctrl-C stops watching without a traceback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

DEBOUNCE_MS = 200
"""Changes within this many milliseconds are one change (an editor's save is several writes)."""
READY_MS = 250
"""How long the first wait lasts before the watch reports itself in place."""


def _nothing() -> None:
    return None


def watch(
    files: Callable[[], list[Path]],
    work: Callable[[set[Path]], None],
    stop: threading.Event | None = None,
    ready: Callable[[], None] = lambda: None,
) -> None:
    """Call ``work(changed)`` each time one of ``files()`` changes, until ``stop`` is set or
    Ctrl-C. ``files`` is asked again after each change (a brief may switch packs). ``ready``
    is called once, when the watch is in place (a change before it could be missed)."""
    from watchfiles import watch as changes_in

    watched = {p.resolve() for p in files()}
    while True:
        folders = sorted({str(p.parent) for p in watched if p.parent.is_dir()})
        restart = False
        for batch in changes_in(
            *folders,
            debounce=DEBOUNCE_MS,
            stop_event=stop,
            raise_interrupt=False,
            recursive=False,
            rust_timeout=READY_MS,
            yield_on_timeout=True,  # an empty batch first: the watch is in place
        ):
            ready()
            ready = _nothing
            changed = {Path(path).resolve() for _, path in batch} & watched
            if not changed:
                continue
            try:
                work(changed)
            except KeyboardInterrupt:
                return
            now = {p.resolve() for p in files()}
            if now != watched:  # new inputs (another pack, a new logo): watch those folders
                watched, restart = now, True
                break
        if not restart:
            return
