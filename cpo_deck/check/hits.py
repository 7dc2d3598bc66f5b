"""What a rule found, before the engine locates it in the file."""

from __future__ import annotations

from msgspec import Struct

from ..documents import Path_
from .report import Severity


class Hit(Struct, frozen=True):
    """A finding at a field path: what it says, how to fix it, and a severity when it is not
    the rule's own."""

    path: Path_
    message: str
    fix: str
    severity: Severity | None = None
