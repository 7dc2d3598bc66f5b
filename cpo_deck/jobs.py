"""Parallel builds: worker processes, each with its own session.

Workers are started fresh (``forkserver`` where the platform has it, else ``spawn``), never
forked from a parent that may hold threads or open files. Each keeps one
:class:`~cpo_deck.session.Session` for its life, so a pack, its base deck and the fonts are
loaded once per worker, not once per brief. Workers get plain data (a :class:`Task`) and send
plain data back (an :class:`Outcome`); results come back in input order.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Generator, Sequence
from typing import TYPE_CHECKING

from .errors import CpoDeckError
from .session import Failed, Outcome, Session, Task

if TYPE_CHECKING:  # the process pool loads only when a run uses workers
    from concurrent.futures import ProcessPoolExecutor

_session: Session | None = None
"""The worker's session (one per worker process)."""


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # no affinity on this platform
        return max(1, os.cpu_count() or 1)


def _start(template: str | None, language: str | None = None) -> None:
    """Worker initializer: one session for the worker's life; Ctrl-C is the parent's to handle."""
    global _session
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _session = Session(template, language=language)


def _build(task: Task) -> Outcome:
    assert _session is not None, "worker started without its session"
    return _session.build_one(task)


def run_in_workers(
    tasks: Sequence[Task], template: str | None, workers: int, language: str | None = None
) -> Generator[Outcome, None, None]:
    """Build ``tasks`` in ``workers`` processes; yield their outcomes in input order.

    A worker that dies (out of memory, killed) breaks the pool: the brief it was waiting on is
    tried again alone, and fails by itself if it kills that worker too; the rest go on in a new
    pool. Closing the generator (the caller stops early, e.g. at a failure with ``fail_fast``)
    cancels the tasks not yet started and waits for the running ones.
    """
    from concurrent.futures.process import BrokenProcessPool

    remaining = list(tasks)
    while remaining:
        executor = _pool((template, language), workers)
        try:
            futures = [executor.submit(_build, task) for task in remaining]
            for index, (task, future) in enumerate(zip(remaining, futures, strict=True)):
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    yield _alone(task, (template, language))
                    remaining = remaining[index + 1 :]
                    break
                yield outcome
            else:
                remaining = []
        finally:
            executor.shutdown(wait=True, cancel_futures=True)


def _pool(settings: tuple[str | None, str | None], workers: int) -> ProcessPoolExecutor:
    """A pool whose workers each hold one session with ``settings`` (template, language)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=settings)


def _alone(task: Task, settings: tuple[str | None, str | None]) -> Outcome:
    """Build one brief in a worker of its own; a failure of its own if the worker dies."""
    from concurrent.futures.process import BrokenProcessPool

    executor = _pool(settings, 1)
    try:
        return executor.submit(_build, task).result()
    except BrokenProcessPool:
        error = CpoDeckError(
            f"{task.brief}: the worker process building this brief stopped unexpectedly "
            "(out of memory, or killed); build it alone with --jobs 1 to see more"
        )
        return Outcome(task.brief, None, Failed(task.brief, error))
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
