"""Use cases behind the CLI, as plain functions: build decks, preview an outline, write a
starter brief, print the schema. Each runs one :class:`~cpo_deck.session.Session`."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from msgspec import Struct

from .brief import json_schema
from .errors import BatchError, CpoDeckError, OutputError
from .loader import collect_briefs
from .output import plan_outputs, write_text_atomic
from .packs import builtin_root
from .progress import Progress
from .session import BuildResult, Built, Event, Session, font_warnings, properties

if TYPE_CHECKING:
    from .render import Format

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


def preview(
    brief_path: Path | str, fmt: Format = "text", width: int = 88, template: str | None = None
) -> str:
    """The outline of ``brief_path`` as text, markdown or JSON."""
    return Session(template).preview(brief_path, fmt, width)


def starter_text(language: str | None = None) -> str:
    """A commented starter brief that builds as is; with ``language``, written in it
    (``starter.<lang>.yaml``) and saying so in its ``language:`` key."""
    import re

    from .languages import DEFAULT, base_of

    root = builtin_root() / "default"
    own = root / f"starter.{base_of(language or DEFAULT)}.yaml"
    text = (own if own.is_file() else root / "starter.yaml").read_text(encoding="utf-8")
    if language is None or (base_of(language) == DEFAULT and not own.is_file()):
        return text
    found = re.search(r"(?m)^language:( *)(\S+)( *)", text)
    if found:  # the tag in place, the comment after it kept in its column
        pad = " " * max(1, len(found.group(2)) + len(found.group(3)) - len(language))
        return text[: found.start(2)] + language + pad + text[found.end(3) :]
    return re.sub(r"(?m)^title:", f"language: {language}\ntitle:", text, count=1)


def write_starter(path: Path, force: bool = False, language: str | None = None) -> Path:
    """Write the starter brief to ``path`` (refusing to overwrite unless ``force``), in
    ``language`` where given."""
    if path.is_dir():
        path = path / "brief.yaml"
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists; choose another name or pass --force")
    write_text_atomic(path, starter_text(language))
    return path


def schema_text() -> str:
    """The brief's JSON Schema as pretty JSON."""
    return json.dumps(json_schema(), indent=2) + "\n"


class BuildOptions(Struct, frozen=True):
    """How ``build`` runs: where decks go, what fails a brief, workers, exports, output."""

    output: Path | str | None = None
    strict: bool = False
    fail_fast: bool = False
    jobs: int = 1
    pdf: bool = False
    png: bool = False
    png_width: int = 1920
    quiet: bool = False


def build_and_export(
    session: Session, briefs: Sequence[Path], options: BuildOptions, progress: Progress
) -> BuildResult:
    """The ``build`` command: the decks, what the readiness rules found, the summary, then the
    PDFs and slide images of the decks built. Raises :class:`~cpo_deck.export.ExportError`
    when an export fails (the decks stay written)."""
    result = session.build(briefs, options.output, options.strict, options.fail_fast, options.jobs)
    progress.clear()
    if result.readiness.findings:
        progress.echo(result.readiness.build_notice() + "\n", True)
    progress.summary(result)
    if (options.pdf or options.png) and result.built:
        from .export import export

        decks = [b.output for b in result.built]
        for done in export(decks, options.pdf, options.png, options.png_width):
            if options.quiet:
                continue
            if done.pdf is not None:
                progress.echo(f"wrote {done.pdf}\n", False)
            if done.images:
                first, last = done.images[0], done.images[-1]
                progress.echo(f"wrote {first} … {last} ({len(done.images)} images)\n", False)
    return result


def watch_build(
    session: Session,
    brief: Path,
    options: BuildOptions,
    progress: Progress,
    stop: threading.Event | None = None,
) -> None:
    """``build --watch``: build, then rebuild (and export) whenever the brief or anything of its
    pack changes, until Ctrl-C (or ``stop``). A failed rebuild says why; the last good deck
    stays."""

    def attempt(changed: set[Path]) -> None:
        started = time.monotonic()
        try:
            result: BuildResult | None = build_and_export(session, [brief], options, progress)
        except CpoDeckError as exc:
            progress.echo(exc.render() + "\n", True)
            result = None
        elapsed = f"{time.monotonic() - started:.2f} s"
        verb = "rebuilt" if changed else "built"
        if result is not None and not result.failed:
            progress.echo(f"{verb} {brief} in {elapsed}; watching for changes\n", True)
        else:
            progress.echo(f"{brief}: not {verb}; the last good deck stays ({elapsed})\n", True)

    _watch(session, brief, attempt, progress, stop)


def watch_preview(
    session: Session,
    brief: Path,
    show: Callable[[], str],
    progress: Progress,
    stop: threading.Event | None = None,
) -> None:
    """``preview --watch``: print the preview again whenever the brief or its pack changes."""

    def attempt(changed: set[Path]) -> None:
        try:
            progress.echo(show(), False)
        except CpoDeckError as exc:
            progress.echo(exc.render() + "\n", True)

    _watch(session, brief, attempt, progress, stop)


def _watch(
    session: Session,
    brief: Path,
    attempt: Callable[[set[Path]], None],
    progress: Progress,
    stop: threading.Event | None,
) -> None:
    from .watch import watch

    last = [brief.resolve()]

    def files() -> list[Path]:
        nonlocal last
        with contextlib.suppress(CpoDeckError):  # an invalid brief: watch what we knew
            last = session.inputs(session.load(brief))
        return last

    def changed(paths: set[Path]) -> None:
        names = ", ".join(sorted(_shown(p) for p in paths))
        progress.echo(f"changed: {names}\n", True)
        session.forget(paths)
        attempt(paths)

    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C during the first build
        attempt(set())

    def ready() -> None:
        progress.echo(f"watching {brief} and its pack (Ctrl-C to stop)\n", True)

    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how watching ends
        watch(files, changed, stop, ready)
    progress.echo("stopped watching\n", True)


def _shown(path: Path) -> str:
    """A path relative to the working directory where it is inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
