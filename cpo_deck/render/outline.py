"""Render an Outline as text for the terminal, markdown, or JSON (no python-pptx here)."""

from __future__ import annotations

import json
from typing import Literal

from ..formatting import using
from ..languages import formatter_for
from ..outline import Outline
from ..packs import Pack

Format = Literal["text", "markdown", "json"]


def render_outline(
    outline: Outline,
    pack: Pack,
    fmt: Format = "text",
    width: int = 88,
    fitting: dict[str, list[str]] | None = None,
) -> str:
    """The outline in ``fmt``; text and markdown come from the pack's templates."""
    data = outline.to_dict()
    if fmt == "json":
        data["fitting"] = fitting or {}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    fits: dict[str, list[str]] = {slide["kind"]: [] for slide in data["slides"]}
    fits.update(fitting or {})
    name = "outline.txt.j2" if fmt == "text" else "outline.md.j2"
    words = dict(outline.words)
    with using(formatter_for(pack, outline.language)):
        text = pack.render(name, outline=data, width=max(width, 40), fitting=fits, words=words)
    return text.rstrip("\n") + "\n"
