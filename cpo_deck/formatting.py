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
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from msgspec import Struct

from . import units
from .units import alternation

_SIGN = r"[+\-−~≈]?"
_CURRENCY_BEFORE = rf"(?:(?:{alternation(units.CURRENCY_BEFORE)}|[{units.CURRENCY_SIGNS}])\s?)"
_NUMBER = r"(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)(?:[.,]\d+)?"
_SCALE = (
    rf"(?:\s?(?:{alternation(units.SCALES_SHORT)})(?![\w/-])"
    rf"|\s(?:{alternation(units.SCALES)})(?![\w-])"
    rf"|\s?[{units.CJK_SCALES}])"
)
_CURRENCY_AFTER = (
    rf"(?:(?:\s?(?:{alternation(units.CURRENCY_AFTER)})|\s(?:{alternation(units.CURRENCY_WORDS)}))"
    rf"(?![\w-])|{alternation(units.CJK_CURRENCIES)})"
)
_UNIT = (
    rf"(?:\s?%|\s?(?:{alternation(units.POINTS)})(?![\w-])"
    rf"|\s(?:{alternation(units.POINT_WORDS)})(?![\w-])"
    r"|\s?[x×](?=\s|$)"
    rf"|\s(?:{alternation(units.TIMES)})(?![\w-])"
    rf"|{alternation(units.CJK_UNITS)})"
)
_LEADING_NUMBER = re.compile(
    rf"^\s*(?P<num>{_SIGN}\s?{_CURRENCY_BEFORE}?{_NUMBER}(?:{_SCALE})?(?:{_CURRENCY_AFTER})?"
    rf"(?:{_UNIT})?)(?P<rest>.*)$",
    re.DOTALL,
)
_FRAGMENT = re.compile(
    r"^(?:[-/:–—.,]\w|\S)"  # glued to more: 12-month, 24/7, 3rd, 1.5x4
    r"|^\s+(?:in|of|out of|per|from|von|aus|sur|de|di|su|op|uit|em|en)\s+\d",  # 1 in 3
    re.IGNORECASE,
)
_CJK_SEPARATORS = ("、", "，", "：", "　")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Formatter(Struct, frozen=True):
    """Number and date conventions; the defaults are English (``1,250.5``, dates as written)."""

    thousands: str = ","
    decimal: str = "."
    date_pattern: str | None = None
    percent_gap: str = ""
    """Between a number and ``%``: none in English, a no-break space in German (CLDR's)."""
    currency_after: str | None = None
    """Where the currency goes after the number (German ``184,50 €``): the gap before it."""
    date_locale: str | None = None
    """With no ``date_pattern``: ISO dates in this locale's medium form (``16.02.2027``)."""

    def number(self, value: float, decimals: int | None = None) -> str:
        """A number the way people write it: ``12``, ``2.5``, ``1,250,000``, ``0.35``; a change
        too large for a float (``1e308 - -1e308``) as ``∞``. ``decimals`` fixes the digits after
        the point (``2.10``), for numbers shown side by side."""
        if not math.isfinite(value):
            return "∞" if value > 0 else "−∞" if value < 0 else "?"
        if abs(value) >= 1e15 or (value != 0 and abs(value) < 1e-4):
            return f"{value:g}"
        if decimals is not None:
            text = f"{value:,.{decimals}f}"
        elif value == int(value):
            text = f"{int(value):,}"
        else:
            text = f"{value:,.4f}".rstrip("0").rstrip(".")
        if (self.thousands, self.decimal) != (",", "."):
            text = text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.thousands)
        return text

    def with_unit(self, value: float, unit: str | None, decimals: int | None = None) -> str:
        """``12`` with ``%`` -> ``12%``; ``$M`` -> ``$12M``; ``days`` -> ``12 days``."""
        text = self.number(value, decimals)
        if not unit:
            return text
        if unit == "%":
            return f"{text}{self.percent_gap}%"
        symbol = next((c for c in units.LONG_CURRENCIES if unit.startswith(c)), unit[0])
        if symbol[-1] in units.CURRENCY_SIGNS:
            sign, rest = ("-" if text.startswith("-") else ""), unit[len(symbol) :]
            if self.currency_after is not None:  # 184,50 €, 1,2 M€
                return f"{text}{self.currency_after}{rest}{symbol}"
            return f"{sign}{symbol}{text.lstrip('-')}{rest}"
        if _wide(unit[0]):
            return f"{text}{unit}"  # 9日, 1.6ポイント: no space before a Japanese or Chinese unit
        return f"{text} {unit}"

    def series(self, values: Sequence[float | None], unit: str | None) -> list[str]:
        """Values shown side by side (a chart's labels): each with its unit and the same digits
        after the point (``2.10%``, ``2.15%``); a gap (``None``) as ``""``."""
        places = decimals(values)
        return ["" if v is None else self.with_unit(v, unit, places) for v in values]

    def delta(self, start: float, end: float, unit: str | None, points: str = "pts") -> str:
        """The change from ``start`` to ``end`` with its sign: ``+28 pts``, ``−41 days``; a
        change of a percentage is in ``points`` (``pts``, or the deck's own word)."""
        change = end - start
        unit = points if unit == "%" else unit
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
        if not text or not (self.date_pattern or self.date_locale) or not _ISO_DATE.match(text):
            return text or ""
        try:
            day = _dt.date.fromisoformat(text)
        except ValueError:
            return text
        if self.date_pattern:
            return day.strftime(self.date_pattern)
        from babel.dates import format_date  # only for a deck in a language other than English

        return str(format_date(day, "medium", locale=self.date_locale))


DEFAULT = Formatter()

_ACTIVE: ContextVar[Formatter | None] = ContextVar("formatter", default=None)


def active(default: Formatter) -> Formatter:
    """The formatter of the deck being written (see :func:`using`), else ``default``."""
    return _ACTIVE.get() or default


def filters(default: Formatter) -> dict[str, Callable[..., str]]:
    """The template filters (``number``, ``unit``, ``delta``, ``money``, ``percent``,
    ``date``, ``wrap``, ``zip_values``), writing with the deck's formatter (:func:`using`)
    while a deck is written, else with ``default``."""

    def now() -> Formatter:
        return active(default)

    return {
        "number": lambda *a: now().number(*a),
        "unit": lambda *a: now().with_unit(*a),
        "delta": lambda *a: now().delta(*a),
        "money": lambda *a: now().money(*a),
        "percent": lambda *a: now().percent(*a),
        "date": lambda *a: now().date(*a),
        "wrap": wrap,
        "zip_values": lambda labels, values, unit: zip_values(labels, values, unit, now()),
    }


@contextmanager
def using(formatter: Formatter) -> Iterator[None]:
    """Write numbers with ``formatter`` while the block runs: the pack's template filters
    (``unit``, ``number``, ...) follow the deck's language this way."""
    token = _ACTIVE.set(formatter)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


MAX_DECIMALS = 4
"""The most digits after the point a number shows."""


def decimals(values: Sequence[float | None]) -> int:
    """The digits after the point the most precise of ``values`` needs (at most four; numbers
    written as ``1e-05`` or too large for digits count as none)."""
    most = 0
    for value in values:
        if value is None or not math.isfinite(value) or value == int(value):
            continue
        if abs(value) >= 1e15 or abs(value) < 1e-4:
            continue
        digits = f"{abs(value):.{MAX_DECIMALS}f}".rstrip("0").partition(".")[2]
        most = max(most, len(digits))
    return most


def split_leading_number(statement: str) -> tuple[str | None, str]:
    """Split ``"+$2.8M ARR recovered"`` into ``("+$2.8M", "ARR recovered")``: the leading number
    with its whole unit and scale (``+€4,2 Mio.``, ``$1.2 million``, ``30 %``, ``2x``).

    Never a fragment: ``12-month retention``, ``24/7 support``, ``1 in 3 incidents`` and a
    bare year lead with no number to stand alone. Returns ``(None, statement)`` then, and
    whenever the statement does not lead with a number.
    """
    match = _LEADING_NUMBER.match(statement)
    if not match:
        return None, statement
    number, rest = match.group("num").strip(), match.group("rest")
    if rest[:1] in _CJK_SEPARATORS:  # 2.8億円：FY27に回収 (no space in Japanese or Chinese)
        rest = " " + rest[1:]
    if not rest.strip() or _FRAGMENT.match(rest) or _YEAR.match(number):
        return None, statement
    return number, rest.strip()


def _wide(char: str) -> bool:
    """Whether ``char`` is a wide (CJK) character: two terminal columns, a full em."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _columns(text: str) -> int:
    """How many terminal columns ``text`` takes: two for each wide (CJK) character."""
    return sum(2 if _wide(c) else 1 for c in text)


_NO_START = set("，。、：；！？）」』】〉》,.;:!?)%")
_NO_END = set("（「『【〈《(")


def _wrap_wide(text: str, width: int, indent: str, first: str) -> str:
    """Wrap text with Japanese or Chinese in it: a line may also end between two wide
    characters (never before closing punctuation or after an opening one)."""
    lines, line, used = [], first, _columns(first)
    for i, char in enumerate(text):
        if used + _columns(char) > width and line.strip():
            cut = len(line)
            while cut > len(indent) and not _may_break(
                line, cut, char if cut == len(line) else None
            ):
                cut -= 1
            if cut <= len(indent):
                cut = len(line)
            lines.append(line[:cut].rstrip())
            line = indent + line[cut:].lstrip()
            used = _columns(line)
        if char == " " and used == len(indent) and i:
            continue
        line += char
        used += _columns(char)
    lines.append(line.rstrip())
    return "\n".join(lines)


def _may_break(line: str, at: int, after: str | None) -> bool:
    """Whether ``line`` may end at ``at`` (``after``: the character that would start the next)."""
    before, nxt = line[at - 1], after if after is not None else line[at]
    if before == " " or nxt == " ":
        return True
    return (_wide(before) or _wide(nxt)) and nxt not in _NO_START and before not in _NO_END


def wrap(text: str, width: int = 80, indent: str = "", first: str | None = None) -> str:
    """Wrap ``text`` to ``width`` columns with a hanging indent (for the terminal preview);
    Japanese and Chinese by the columns they take, breaking between their characters."""
    first = indent if first is None else first
    text = str(text)
    if any(_wide(c) for c in text):
        return _wrap_wide(text, max(width, 40), indent, first)
    return textwrap.fill(
        text,
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
    """``Q1 11.0% · Q2 12.5%``: labelled values as the chart labels them (one number of
    digits after the point), gaps left out (a label moved to the notes leaves its value alone,
    without a stray space)."""
    texts = formatter.series(values, unit)
    return "  ·  ".join(
        f"{label} {text}" if label else text
        for label, text, value in zip(labels, texts, values, strict=False)
        if value is not None
    )
