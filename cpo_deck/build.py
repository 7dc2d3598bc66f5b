"""Use cases behind the CLI: build decks, preview outlines, write a starter brief, the schema."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .brief import Brief, json_schema
from .errors import BriefError, FitError, OutputError, Problem, raise_for_batch
from .layout import DeckPlan, plan_deck
from .loader import load_brief
from .measure import has_metrics
from .outline import Outline, build_outline
from .packs import Pack, builtin_root, select_pack
from .render import Format, render_outline


@dataclass(frozen=True)
class Built:
    """One deck written, with what had to move to the notes to fit."""

    brief: Path
    output: Path
    outline: Outline
    warnings: list[str]


def plan_outputs(briefs: list[Path], output: Path | str | None) -> list[Path]:
    """Where each brief's deck goes: beside it, into ``output`` (a dir), or ``output`` (a file).

    An ``output`` string ending in a slash is always a directory.
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


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it only if the block succeeds."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{target.parent}: cannot create directory: {exc.strerror}") from None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write here: {exc.strerror}") from None
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        # mkstemp makes the file private; give it the mode a normal new file would have,
        # or keep the mode of the file it replaces.
        try:
            mode = target.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror}") from None
    finally:
        temp.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def properties(brief: Brief) -> dict[str, str]:
    """Document properties for the deck."""
    return {
        "title": brief.title,
        "author": brief.presenter or "",
        "subject": brief.subtitle or brief.problem.headline,
        "comments": f"Made with cpo-deck for {brief.audience}"
        if brief.audience
        else "Made with cpo-deck",
    }


def build_decks(
    briefs: Sequence[Path | str], output: Path | str | None = None, template: str | None = None
) -> list[Built]:
    """Build every brief into a deck.

    All outputs are planned and every brief is validated before any deck is written, so one
    bad brief in a batch stops the run with the problems of every bad brief and no new files.
    """
    paths = [Path(b) for b in briefs]
    targets = plan_outputs(paths, output)
    ready: list[tuple[Brief, DeckPlan, Pack]] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            brief = load_brief(path)
            pack = select_pack(template, brief.template, path)
            ready.append((brief, plan_deck(build_outline(brief, pack), pack), pack))
        except BriefError as exc:
            problems.extend(exc.as_problems())
        except FitError as exc:  # the fitting message names the field, not the file
            problems.extend(exc.as_problems(str(path)))
    raise_for_batch(problems, len(paths), "; no deck written")
    from . import pptx_writer  # lazily: preview never pays for python-pptx

    built = []
    for path, target, (brief, plan, pack) in zip(paths, targets, ready, strict=True):
        with atomic_path(target) as temp:
            pptx_writer.write(plan, pack, temp, properties(brief))
        notes = [f"{path}: {w}" for w in [*font_warnings(pack), *plan.warnings]]
        built.append(Built(path, target, plan.outline, notes))
    return built


def preview(
    brief_path: Path | str, fmt: Format = "text", width: int = 88, template: str | None = None
) -> str:
    """The outline of ``brief_path`` as text, markdown or JSON."""
    brief = load_brief(brief_path)
    pack = select_pack(template, brief.template, Path(brief_path))
    plan = plan_deck(build_outline(brief, pack), pack)
    return render_outline(plan.outline, pack, fmt, width, plan.decisions())


def font_warnings(pack: Pack) -> list[str]:
    """A warning for each pack font with no file to measure it with."""
    fonts = dict.fromkeys([pack.config.theme.fonts.heading, pack.config.theme.fonts.body])
    return [
        f"no font file to measure '{font}' with; text is sized by estimate and may not fit "
        "exactly (install it, or its metric-compatible twin)"
        for font in fonts
        if not has_metrics(font)
    ]


def starter_text() -> str:
    """A commented starter brief that builds as is."""
    return (builtin_root() / "default" / "starter.yaml").read_text(encoding="utf-8")


def write_starter(path: Path, force: bool = False) -> Path:
    """Write the starter brief to ``path`` (refusing to overwrite unless ``force``)."""
    if path.is_dir():
        path = path / "brief.yaml"
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists; choose another name or pass --force")
    with atomic_path(path) as temp:
        temp.write_text(starter_text(), encoding="utf-8")
    return path


def schema_text() -> str:
    """The brief's JSON Schema as pretty JSON."""
    return json.dumps(json_schema(), indent=2) + "\n"
