"""The Jinja2 sandbox team templates run in: a pack is code someone else wrote.

- :class:`jinja2.sandbox.ImmutableSandboxedEnvironment` with ``StrictUndefined`` and autoescape
  off; only plain data and our own filters are in scope.
- Templates are loaded only from inside the pack directories: ``..``, absolute names and
  symlinks that leave a directory are refused.
- Rendering is bounded: string and list repetition and powers are capped, output is capped,
  and on platforms with ``SIGALRM`` a render that runs too long is stopped.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_OUTPUT = 1_000_000
"""Characters one template may produce."""
MAX_SECONDS = 5.0
"""Wall-clock seconds one template may run (where the platform can interrupt it)."""


class RenderLimit(Exception):
    """A template went past a rendering bound."""


class PackLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that refuses any template whose real path leaves its directory."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        if template.startswith(("/", "\\")) or ".." in template.replace("\\", "/").split("/"):
            raise jinja2.TemplateNotFound(template)
        for folder in self.searchpath:
            root = Path(folder).resolve()
            candidate = Path(folder) / template
            if not candidate.exists() and not candidate.is_symlink():
                continue
            real = candidate.resolve()
            if not real.is_relative_to(root):
                raise jinja2.TemplateNotFound(
                    f"{template} (a link that leaves the pack directory {folder})"
                )
            break
        return super().get_source(environment, template)


class _Sandbox(ImmutableSandboxedEnvironment):
    """Caps the operators that can allocate without bound: ``*`` on sequences and ``**``."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > 64:
            raise RenderLimit(f"power {right} is too large in a template")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > MAX_OUTPUT
                ):
                    raise RenderLimit("a repeated string or list is too long in a template")
        return super().call_binop(context, operator, left, right)


def make_environment(
    dirs: list[Path], filters: dict[str, Callable[..., Any]]
) -> jinja2.Environment:
    """A sandboxed environment over ``dirs`` (searched in order) with ``filters`` added."""
    env = _Sandbox(
        loader=PackLoader([str(d) for d in dirs]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(filters)
    return env


def bounded_render(template: jinja2.Template, context: dict[str, Any]) -> str:
    """Render with the output cap, streaming so a runaway loop stops early."""
    parts: list[str] = []
    size = 0
    with time_limit():
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise RenderLimit(f"output is over {MAX_OUTPUT:,} characters")
            parts.append(chunk)
    return "".join(parts)


@contextlib.contextmanager
def time_limit(seconds: float | None = None) -> Iterator[None]:
    """Stop the block after ``seconds`` (default :data:`MAX_SECONDS`) where SIGALRM is available
    in the main thread; a limit already running outside is left in charge."""
    seconds = MAX_SECONDS if seconds is None else seconds
    usable = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and os.name == "posix"
    )
    if not usable or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise RenderLimit(f"rendering took longer than {seconds:g} seconds")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
