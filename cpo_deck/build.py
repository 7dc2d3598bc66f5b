"""Use cases behind the CLI, as plain functions: build decks, preview an outline, write a
starter brief, print the schema. Each runs one :class:`~cpo_deck.session.Session`."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from .brief import json_schema
from .errors import OutputError
from .output import plan_outputs, write_text_atomic
from .packs import builtin_root
from .render import Format
from .session import BuildResult, Built, Event, Session, font_warnings, properties

__all__ = [
    "BuildResult",
    "Built",
    "build_decks",
    "font_warnings",
    "plan_outputs",
    "preview",
    "properties",
    "schema_text",
    "starter_text",
    "write_starter",
]


def build_decks(
    briefs: Sequence[Path | str],
    output: Path | str | None = None,
    template: str | None = None,
    on_event: Callable[[Event], None] | None = None,
) -> list[Built]:
    """Build every brief into a deck.

    All outputs are planned and every brief is validated before any deck is written, so one
    bad brief in a batch stops the run with the problems of every bad brief and no new files.
    """
    session = Session(template, on_event) if on_event else Session(template)
    return session.build(briefs, output).built


def preview(
    brief_path: Path | str, fmt: Format = "text", width: int = 88, template: str | None = None
) -> str:
    """The outline of ``brief_path`` as text, markdown or JSON."""
    return Session(template).preview(brief_path, fmt, width)


def starter_text() -> str:
    """A commented starter brief that builds as is."""
    return (builtin_root() / "default" / "starter.yaml").read_text(encoding="utf-8")


def write_starter(path: Path, force: bool = False) -> Path:
    """Write the starter brief to ``path`` (refusing to overwrite unless ``force``)."""
    if path.is_dir():
        path = path / "brief.yaml"
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists; choose another name or pass --force")
    write_text_atomic(path, starter_text())
    return path


def schema_text() -> str:
    """The brief's JSON Schema as pretty JSON."""
    return json.dumps(json_schema(), indent=2) + "\n"
