"""Where a line may break: UAX #14 (by uniseg), fast.

uniseg's pure-Python UAX #14 takes about a millisecond for every ten characters, and the layout
asks about every paragraph it sets. Three shortcuts give exactly uniseg's answer:

- plain prose (letters, digits, spaces and simple punctuation) breaks after every run of spaces
  and nowhere else;
- any other paragraph is cut into space-delimited chunks (a word and the spaces after it); a
  plain chunk is one piece, and any other is asked of uniseg once and remembered: UAX #14
  breaks after spaces (LB18), so a chunk's breaks do not depend on its neighbours, unless a
  rule reaches across the spaces
  (LB13 to LB17: closing punctuation, opening punctuation, quotes, ``—``), which sends the
  paragraph to uniseg whole;
- a break after a slash between letters or digits ("vendor/partner") is not taken, as
  LibreOffice does not take it (joining can only over-count).

The pieces of every paragraph uniseg was asked about are also kept on disk (JSON, keyed by
uniseg's own file; see :mod:`cpo_deck.cache`), so a run on words seen before asks uniseg
nothing: on every save of a brief, only the paragraphs that changed.

``tests/test_measure.py`` holds this to uniseg on every sample and on random text.
"""

from __future__ import annotations

import importlib.util
import itertools
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import cache

_PLAIN = re.compile(r"[0-9A-Za-z\u00c0-\u024f .,;:'\u2019()%$&*#@]*\Z")
_SPACE_BEFORE_CLOSE = re.compile(r" [)!,.;:/?'\u2019\"%]")
_PUNCTUATION_PAIR = re.compile(r"[$%),.:;][$%(]|\( ")
"""Where UAX #14 breaks between two of plain prose's marks, or not after ``( ``."""
_CHUNKS = re.compile(r"[^ ]+ *| +")
"""A word and the spaces after it: only U+0020 is UAX #14's space (SP)."""
_ACROSS_BEFORE = frozenset({"OP", "QU", "CL", "CP", "B2", "ZW"})
"""Classes that, before spaces, take part in a rule reaching across them (LB14-LB17, LB8)."""
_ACROSS_AFTER = frozenset({"CL", "CP", "EX", "IS", "SY", "NS", "B2", "CM", "ZWJ", "QU", "OP"})
"""Classes that, after spaces, take part in a rule reaching back across them (LB13-LB17)."""


def plain(paragraph: str) -> bool:
    """Whether ``paragraph`` is plain prose: it breaks after runs of spaces and nowhere else."""
    return bool(
        _PLAIN.match(paragraph)
        and not _SPACE_BEFORE_CLOSE.search(paragraph)
        and not _PUNCTUATION_PAIR.search(paragraph)
    )


MAX_KEPT = 5000
"""Paragraphs whose breaks the cache on disk keeps, at most; when full it starts afresh, so it
holds the words of the briefs worked on lately (a few dozen briefs' worth)."""

_kept: dict[str, Any] | None = None
_unsaved = False


@lru_cache(maxsize=4096)
def units(paragraph: str) -> tuple[str, ...]:
    """``paragraph`` cut where a line may break: each piece ends at a break opportunity.

    A paragraph uniseg had to be asked about is kept, and :func:`keep` writes those to the
    cache on disk (:mod:`cpo_deck.cache`), so the next run on the same words asks nothing.
    """
    if plain(paragraph):
        return tuple(_CHUNKS.findall(paragraph))
    kept = _kept_units()
    hit = kept.get(paragraph)
    if isinstance(hit, list) and _spells(hit, paragraph):  # a spoiled entry is worked out again
        return tuple(hit)
    found = _units(paragraph)
    global _unsaved
    if len(kept) >= MAX_KEPT:
        kept.clear()
    kept[paragraph] = list(found)
    _unsaved = True
    return found


def _spells(pieces: list[Any], paragraph: str) -> bool:
    return all(isinstance(p, str) and p for p in pieces) and "".join(pieces) == paragraph


def keep() -> None:
    """Write the breaks worked out in this run to the cache on disk, if there are new ones."""
    global _unsaved
    if not _unsaved or _kept is None:
        return
    source = _uniseg()
    if source is not None:
        cache.write("breaks", source, _kept)
        _unsaved = False


def _kept_units() -> dict[str, Any]:
    global _kept
    if _kept is None:
        source = _uniseg()
        data = cache.read("breaks", source) if source is not None else None
        _kept = data if isinstance(data, dict) else {}
    return _kept


@lru_cache(maxsize=1)
def _uniseg() -> Path | None:
    """uniseg's package file, without importing it: what the kept breaks were made by."""
    spec = importlib.util.find_spec("uniseg")
    return Path(spec.origin) if spec is not None and spec.origin else None


def _units(paragraph: str) -> tuple[str, ...]:
    chunks = _CHUNKS.findall(paragraph)
    if _reaches_across(chunks):
        return _joined(_uax14(paragraph))
    return _joined(tuple(piece for chunk in chunks for piece in _chunk(chunk)))


def _chunk(chunk: str) -> tuple[str, ...]:
    """One chunk's pieces: a plain word is one piece (no break inside it), else uniseg's."""
    return (chunk,) if plain(chunk) else _uax14(chunk)


def _reaches_across(chunks: list[str]) -> bool:
    """Whether a UAX #14 rule could join two chunks across their spaces."""
    from uniseg.linebreak import line_break

    for before, after in itertools.pairwise(chunks):
        word = before.rstrip(" ")
        if not word or not after.strip(" "):
            return True  # a paragraph that starts with spaces: let uniseg say
        if line_break(word[-1]) in _ACROSS_BEFORE or line_break(after[0]) in _ACROSS_AFTER:
            return True
    return False


@lru_cache(maxsize=8192)
def _uax14(text: str) -> tuple[str, ...]:
    from uniseg.linebreak import line_break_units

    return tuple(line_break_units(text))


def _joined(pieces: tuple[str, ...]) -> tuple[str, ...]:
    """The pieces with no break after a slash between letters or digits."""
    out: list[str] = []
    for piece in pieces:
        if out and out[-1].endswith("/") and piece[:1].isalnum():
            out[-1] += piece
        else:
            out.append(piece)
    return tuple(out)
