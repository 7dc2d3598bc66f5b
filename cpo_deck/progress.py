"""What a build shows while it runs: its events turned into lines.

On a terminal (stderr is a TTY) a batch shows one progress line, redrawn in place: how many
briefs are done, the one being built, and the time left. Elsewhere (a pipe, a CI log) each deck
written is a plain ``wrote …`` line. ``quiet`` drops both but keeps warnings, errors and the
summary. The CLI passes the ``echo`` to write with; nothing here imports Click.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from msgspec import Struct

from .session import BuildResult, Built, Event, Failed, Started, Warned

Echo = Callable[[str, bool], None]
"""``echo(text, err)``: write one line to stdout, or to stderr when ``err``."""


class Progress(Struct):
    """Turns a build's events into lines; call :meth:`summary` when it is done."""

    echo: Echo
    terminal: bool = False
    """stderr is a terminal: redraw one progress line instead of printing ``wrote`` lines."""
    quiet: bool = False
    clock: Callable[[], float] = time.monotonic
    _started: float = 0.0
    _shown: bool = False
    _total: int = 0

    @property
    def live(self) -> bool:
        """Whether a progress line is drawn: a batch, on a terminal, not quiet."""
        return self.terminal and not self.quiet and self._total > 1

    def __call__(self, event: Event) -> None:
        """Handle one event."""
        if isinstance(event, Started):
            if event.index == 1:
                self._started, self._total = self.clock(), event.total
            if self.live:
                self._draw(event)
        elif isinstance(event, Warned):
            self._line(f"warning: {event.message}", err=True)
        elif isinstance(event, Failed):
            self._line(event.message, err=True)
        elif isinstance(event, Built) and not self.quiet and not self.live:
            self._line(f"wrote {event.output} (5 slides)", err=False)

    def summary(self, result: BuildResult) -> None:
        """Clear the progress line; for a batch, say what was built and what failed."""
        self.clear()
        total = result.readiness.briefs
        if total < 2 and not result.stopped:
            return
        warnings = result.warnings
        text = (
            f"{total} briefs: {len(result.built)} built, {len(result.failed)} failed, "
            f"{warnings} warning{'' if warnings == 1 else 's'}"
        )
        if result.built and self.live:
            folder = result.built[0].output.parent
            text += f"; decks in {folder}"
        if result.stopped:
            text += "; stopped at the first failure (--fail-fast)"
        self.echo(text + "\n", True)

    def _draw(self, event: Started) -> None:
        done = event.index - 1
        left = ""
        if done:
            elapsed = self.clock() - self._started
            seconds = elapsed / done * (event.total - done)
            left = f" · about {_duration(seconds)} left"
        self.echo(f"\r\x1b[K[{done}/{event.total}] building {event.brief}{left}", True)
        self._shown = True

    def clear(self) -> None:
        """Erase the progress line, if one is drawn."""
        if self._shown:
            self.echo("\r\x1b[K", True)
            self._shown = False

    def _line(self, text: str, err: bool) -> None:
        self.clear()
        self.echo(text + "\n", err)


def _duration(seconds: float) -> str:
    """``4 s``, ``2 min 5 s``."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60} s"
