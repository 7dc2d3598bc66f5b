"""``fingerprint.json``: what ``template init`` recorded of a corporate template, read back.

A pydantic model, strict: the file is ours, so anything unexpected in it means it was
edited or damaged. Only ``template check`` and a corporate pack's drift check read it.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .errors import PackError


class _Record(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)


class PlaceholderRecord(_Record):
    """A placeholder as ``template init`` recorded it."""

    idx: int
    type: str
    box: list[int] = Field(min_length=4, max_length=4)


class LayoutRecord(_Record):
    """A layout as ``template init`` recorded it."""

    name: str
    sha256: str
    placeholders: list[PlaceholderRecord] = Field(max_length=1000)


class Fingerprint(_Record):
    """``fingerprint.json``: what ``template init`` found, checked before it is compared."""

    file: str
    sha256: str
    slide_size: list[int] = Field(min_length=2, max_length=2)
    themes: dict[str, str] = Field(default_factory=dict)
    layouts: list[LayoutRecord] = Field(default_factory=list, max_length=10_000)


def read_fingerprint(path: Path) -> Fingerprint:
    """The record at ``path``; a :class:`PackError` saying what is wrong with it otherwise."""
    try:
        if path.stat().st_size > 10_000_000:
            raise PackError(f"{path}: too large for a fingerprint cpo-deck wrote")
        text = path.read_text(encoding="utf-8")
        return Fingerprint.model_validate(json.loads(text))
    except PackError:
        raise
    except (OSError, UnicodeError, ValueError, RecursionError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise PackError(
            f"{path}: not a fingerprint cpo-deck wrote ({detail}); delete it, or run "
            "`cpo-deck template init --from-pptx` again"
        ) from None
