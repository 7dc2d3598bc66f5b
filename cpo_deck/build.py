"""Use cases behind the CLI: build decks, preview outlines, write a starter brief, the schema."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .brief import Brief, json_schema
from .errors import OutputError
from .loader import load_brief
from .outline import Outline, build_outline
from .packs import Pack, builtin_root, load_pack
from .render import Format, render_outline


@dataclass(frozen=True)
class Built:
    """One deck written."""

    brief: Path
    output: Path
    outline: Outline


def plan_outputs(briefs: list[Path], output: Path | None) -> list[Path]:
    """Where each brief's deck goes: beside it, into ``output`` (a dir), or ``output`` (a file)."""
    if output is None:
        targets = [b.with_suffix(".pptx") for b in briefs]
    elif len(briefs) == 1 and not output.is_dir() and output.suffix.lower() == ".pptx":
        targets = [output]
    elif len(briefs) == 1 and not output.is_dir() and output.suffix:
        raise OutputError(f"{output}: the output must end in .pptx, or be a directory")
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
        os.replace(temp, target)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror}") from None
    finally:
        temp.unlink(missing_ok=True)


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


def build_one(brief_path: Path, output: Path, pack: Pack) -> Built:
    """Load, validate, outline and write one deck, atomically."""
    brief = load_brief(brief_path)
    outline = build_outline(brief, pack)
    from . import pptx_writer  # lazily: preview never pays for python-pptx

    with atomic_path(output) as temp:
        pptx_writer.write(outline, pack, temp, properties(brief))
    return Built(brief_path, output, outline)


def build_decks(
    briefs: list[Path], output: Path | None = None, template: str = "default"
) -> list[Built]:
    """Build every brief; all outputs are planned (and clashes refused) before any is written."""
    pack = load_pack(template)
    targets = plan_outputs(briefs, output)
    return [build_one(b, t, pack) for b, t in zip(briefs, targets, strict=True)]


def preview(
    brief_path: Path, fmt: Format = "text", width: int = 88, template: str = "default"
) -> str:
    """The outline of ``brief_path`` as text, markdown or JSON."""
    pack = load_pack(template)
    return render_outline(build_outline(load_brief(brief_path), pack), pack, fmt, width)


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
