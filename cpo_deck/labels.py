"""The fixed words of a deck, as a pack's ``labels.j2`` provides them, checked before use.

``labels.j2`` is code someone else wrote: it must set ``words`` and ``areas`` as mappings of
text, with every key the slides use. Anything else is an error that names the template, the
line of the ``set`` and the key, before a single slide is drawn.
"""

from __future__ import annotations

import re
from typing import Any

from msgspec import Struct

from .brief import AREAS
from .errors import TemplateRenderError
from .loader import BAD_CHARS

WORDS = (
    "evidence",
    "scorecard",
    "actual",
    "target",
    "baseline",
    "now",
    "current",
    "higher_is_better",
    "lower_is_better",
    "option",
    "pros",
    "cons",
    "cost",
    "time",
    "recommended",
    "not_doing",
    "risks",
    "decision",
    "investment",
    "by",
    "owner",
    "next_steps",
)
"""The words every ``labels.j2`` must set."""
OPTIONAL = {
    "title": "Title",
    "subtitle": "Subtitle",
    "moved": "",
    "alt_from": "from",
    "alt_to": "to",
    "alt_in": "in",
    "alt_target": "target",
    "chart": "Chart",
    "points": "pts",
    "colon": ": ",
    "semicolon": "; ",
    "full_stop": ".",
    "paren_open": " (",
    "paren_close": ")",
    "speaker_notes": "Speaker notes",
    "quote_open": "“",
    "quote_close": "”",
    "guardrail": "guardrail",
    "holding": "holding",
    "breached": "breached",
    "limit": "Limit",
    "at_most": "limit ≤",
    "at_least": "limit ≥",
}
"""Words a pack may leave out, with what stands in for them (packs written before a word
existed keep working)."""
MAX_CHARS = 80
"""The longest word (caption) a slide can hold."""


class Wording(Struct, frozen=True):
    """The checked words and the caption of each business area."""

    words: dict[str, str]
    areas: dict[str, str]


def read_labels(module: Any, filename: str, source: str) -> Wording:
    """``words`` and ``areas`` of the ``labels.j2`` module, checked; ``source`` is the
    template's text (to name the line of a mistake)."""
    words = _mapping(module, "words", WORDS, filename, source)
    for key, default in OPTIONAL.items():
        words.setdefault(key, default)
    areas = _mapping(module, "areas", AREAS, filename, source)
    return Wording(words, areas)


def _mapping(
    module: Any, name: str, required: tuple[str, ...], filename: str, source: str
) -> dict[str, str]:
    where = f"{filename}:{_line_of(source, name)}"
    value = getattr(module, name, None)
    if value is None:
        raise TemplateRenderError(
            f"{where}: labels.j2 must set `{name}` ({{% set {name} = {{...}} %}}) with the keys "
            f"{', '.join(required)}"
        )
    if not isinstance(value, dict):
        raise TemplateRenderError(
            f"{where}: `{name}` must be a mapping of keys to text, not {_kind(value)}"
        )
    missing = [key for key in required if key not in value]
    if missing:
        raise TemplateRenderError(f"{where}: `{name}` has no {', '.join(map(repr, missing))}")
    out: dict[str, str] = {}
    for key, text in value.items():
        label = f"{where}: {name}[{key!r}]"
        if not isinstance(text, str):
            raise TemplateRenderError(f"{label} must be text, not {_kind(text)}")
        if len(text) > MAX_CHARS:
            raise TemplateRenderError(
                f"{label} is {len(text)} characters; a caption holds at most {MAX_CHARS}"
            )
        bad = BAD_CHARS.search(text)
        if bad:
            raise TemplateRenderError(
                f"{label} holds the control character U+{ord(bad.group()):04X}; remove it"
            )
        out[str(key)] = text
    return out


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, str):
        return "text"
    return type(value).__name__


def _line_of(source: str, name: str) -> int:
    """The line that sets ``name`` in ``source`` (1 if it sets it nowhere)."""
    match = re.search(rf"{{%-?\s*set\s+{re.escape(name)}\b", source)
    return source.count("\n", 0, match.start()) + 1 if match else 1
