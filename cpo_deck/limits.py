"""Bounds on running a pack's templates: a time limit per call and a budget per brief.

Kept apart from :mod:`.sandbox` so that a run that renders nothing (``check``) imports no
Jinja2 to use them.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

MAX_OUTPUT = 1_000_000
"""Characters one template may produce."""
MAX_SECONDS = 5.0
"""Wall-clock seconds one template call may run."""
BUILD_SECONDS = 10.0
"""Wall-clock seconds a pack's templates may run in all, for one brief (see :func:`budget`)."""


class RenderLimit(Exception):
    """A template went past a rendering bound."""


@contextlib.contextmanager
def time_limit(seconds: float | None = None) -> Iterator[None]:
    """Stop the block after ``seconds`` (default :data:`MAX_SECONDS`); a limit already running
    outside is left in charge.

    In the main thread on POSIX a timer signal (SIGALRM) interrupts the block, at no cost while
    it runs. Elsewhere (another thread, or no ``setitimer``) a trace function checks the clock
    as the block's Python code runs, so a build in a worker thread is bounded too.
    """
    seconds = MAX_SECONDS if seconds is None else seconds
    if getattr(_state, "deadline", None) is not None:
        yield
        return
    end = getattr(_state, "budget_end", None)
    if end is not None:
        left = end - time.monotonic()
        if left <= 0 or left < seconds:
            seconds = max(left, 0.001)
            if left <= 0:
                raise _over_budget()
    signals = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and os.name == "posix"
    )
    if signals and signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return
    _state.deadline = time.monotonic() + seconds
    try:
        with _alarm(seconds) if signals else _traced(seconds):
            yield
    except RenderLimit:
        if end is not None and time.monotonic() >= end:
            raise _over_budget() from None
        raise
    finally:
        _state.deadline = None


@contextlib.contextmanager
def budget(seconds: float | None = None) -> Iterator[None]:
    """All template calls in the block share ``seconds`` (default :data:`BUILD_SECONDS`): the
    budget of one brief's build. A budget already running outside stays in charge."""
    if getattr(_state, "budget_end", None) is not None:
        yield
        return
    _state.budget_end = time.monotonic() + (BUILD_SECONDS if seconds is None else seconds)
    try:
        yield
    finally:
        _state.budget_end = None


def _over_budget() -> RenderLimit:
    return RenderLimit(
        f"the pack's templates ran for more than {BUILD_SECONDS:g} seconds in all for this brief"
    )


_state = threading.local()
"""Per thread: the deadline of the time limit in force, if any."""


def _overtime(seconds: float) -> RenderLimit:
    return RenderLimit(f"rendering took longer than {seconds:g} seconds")


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def stop(signum: int, frame: Any) -> None:
        raise _overtime(seconds)

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_CHECK_EVERY = 1000
"""Trace events between two looks at the clock."""


@contextlib.contextmanager
def _traced(seconds: float) -> Iterator[None]:
    """Raise :class:`RenderLimit` from inside the block once its deadline has passed."""
    deadline = time.monotonic() + seconds
    count = 0

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        if count % _CHECK_EVERY == 0 and time.monotonic() > deadline:
            raise _overtime(seconds)
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        yield
    finally:
        sys.settrace(previous)
