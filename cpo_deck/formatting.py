"""Numbers, units, deltas and dates the way people write them.

A :class:`Formatter` carries a pack's conventions (thousands and decimal separators, a date
pattern); the outline uses it, and templates get its methods as filters (``number``, ``unit``,
``delta``, ``money``, ``percent``, ``date``).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

_CURRENCY = "$€£¥₹"
_LEADING_NUMBER = re.compile(
    r"^\s*(?P<num>[+\-−~≈]?\s?[$€£¥₹]?\d[\d,.]*"
    r"(?:\s?(?:%|pp|pts?|points|x|×|[kKmMbB](?:n)?\b)"
    r"|\s(?:days?|hours?|weeks?|months?|quarters?|years?|minutes?|seconds?)\b)?)(?P<rest>.*)$"
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Formatter:
    """Number and date conventions; the defaults are English (``1,250.5``, dates as written)."""

    thousands: str = ","
    decimal: str = "."
    date_pattern: str | None = None

    def number(self, value: float) -> str:
        """A number the way people write it: ``12``, ``2.5``, ``1,250,000``, ``0.35``; a change
        too large for a float (``1e308 - -1e308``) as ``∞``."""
        if not math.isfinite(value):
            return "∞" if value > 0 else "−∞" if value < 0 else "?"
        if value == int(value) and abs(value) < 1e15:
            text = f"{int(value):,}"
        elif abs(value) >= 1e15 or abs(value) < 1e-4:
            return f"{value:g}"
        else:
            text = f"{value:,.4f}".rstrip("0").rstrip(".")
        if (self.thousands, self.decimal) != (",", "."):
            text = text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.thousands)
        return text

    def with_unit(self, value: float, unit: str | None) -> str:
        """``12`` with ``%`` -> ``12%``; ``$M`` -> ``$12M``; ``days`` -> ``12 days``."""
        text = self.number(value)
        if not unit:
            return text
        if unit == "%":
            return f"{text}%"
        if unit[0] in _CURRENCY:
            sign = "-" if text.startswith("-") else ""
            return f"{sign}{unit[0]}{text.lstrip('-')}{unit[1:]}"
        return f"{text} {unit}"

    def delta(self, start: float, end: float, unit: str | None) -> str:
        """The change from ``start`` to ``end`` with its sign: ``+28 pts``, ``−41 days``."""
        change = end - start
        unit = "pts" if unit == "%" else unit
        text = self.with_unit(abs(change), unit)
        return ("+" if change > 0 else "−" if change < 0 else "±") + text

    def money(self, value: float, symbol: str = "$") -> str:
        """``1250000`` -> ``$1,250,000``."""
        return self.with_unit(value, symbol)

    def percent(self, value: float) -> str:
        """``12.5`` -> ``12.5%``."""
        return self.with_unit(value, "%")

    def date(self, text: str | None) -> str:
        """An ISO date (``2026-12-03``) in the pack's pattern; anything else exactly as written."""
        if not text or not self.date_pattern or not _ISO_DATE.match(text):
            return text or ""
        try:
            return _dt.date.fromisoformat(text).strftime(self.date_pattern)
        except ValueError:
            return text


DEFAULT = Formatter()


def split_leading_number(statement: str) -> tuple[str | None, str]:
    """Split ``"+$2.8M ARR recovered"`` into ``("+$2.8M", "ARR recovered")``.

    Returns ``(None, statement)`` when the statement does not lead with a number.
    """
    match = _LEADING_NUMBER.match(statement)
    if not match:
        return None, statement
    rest = match.group("rest").strip()
    if not rest:
        return None, statement
    return match.group("num").strip(), rest


def wrap(text: str, width: int = 80, indent: str = "", first: str | None = None) -> str:
    """Wrap ``text`` to ``width`` columns with a hanging indent (for the terminal preview)."""
    first = indent if first is None else first
    return textwrap.fill(
        str(text),
        width=max(width, 40),
        initial_indent=first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def zip_values(
    labels: Sequence[str],
    values: Sequence[float | None],
    unit: str | None,
    formatter: Formatter = DEFAULT,
) -> str:
    """``Q1 11% · Q2 12%``: labelled values, gaps left out."""
    return "  ·  ".join(
        f"{label} {formatter.with_unit(value, unit)}"
        for label, value in zip(labels, values, strict=False)
        if value is not None
    )
