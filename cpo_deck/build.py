"""Use cases behind the CLI, as plain functions: build decks, preview an outline, write a
starter brief, print the schema. Each runs one :class:`~cpo_deck.session.Session`."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from .brief import json_schema
from .errors import BatchError, BriefError, OutputError
from .output import plan_outputs, write_text_atomic
from .packs import builtin_root
from .render import Format
from .session import BuildResult, Built, Event, Session, font_warnings, properties

__all__ = [
    "BuildResult",
    "Built",
    "build_decks",
    "collect_briefs",
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
    jobs: int = 1,
) -> list[Built]:
    """Build every brief into a deck; raise if any failed (after building the others).

    One brief that fails raises its own error (e.g. :class:`~cpo_deck.errors.BriefError`);
    several raise :class:`~cpo_deck.errors.BatchError` with every problem.
    """
    session = Session(template, on_event) if on_event else Session(template)
    result = session.build(briefs, output, jobs=jobs)
    if len(result.failed) == 1 and len(briefs) == 1:
        raise result.failed[0].error
    if result.failed:
        problems = [p for f in result.failed for p in f.error.as_problems()]
        raise BatchError(f"{len(result.failed)} of {len(briefs)} briefs failed", problems)
    return result.built


def collect_briefs(arguments: Sequence[Path | str]) -> list[Path]:
    """The briefs named on the command line: a folder stands for every ``*.yaml`` and ``*.yml``
    directly in it (not in its subfolders; hidden files left out), in name order."""
    briefs: list[Path] = []
    for argument in map(Path, arguments):
        if not argument.is_dir():
            briefs.append(argument)
            continue
        found = sorted(
            p
            for p in argument.iterdir()
            if p.suffix.lower() in (".yaml", ".yml") and not p.name.startswith(".") and p.is_file()
        )
        if not found:
            raise BriefError.single(argument, "no briefs here (no *.yaml or *.yml files)")
        briefs.extend(found)
    return briefs


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
