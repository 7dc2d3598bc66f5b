"""The words the readiness rules read a brief with, per language.

A language the rules understand has a module in :mod:`.lang` (``en``, ``de``, ``fr``, ``es``)
that defines ``WORDS``, a :class:`Words`: how to tell a verb, a number word, a label-like
headline, a decision to say yes to, a status-quo option and team jargon in that language. A deck
language without one is still checked, but the checks that need words are skipped, and the
report says so once (:data:`SKIPPED`). What does not depend on a language (digits, ticket ids,
p-values, counting words between spaces) lives here.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from msgspec import Struct, field

CHECKED = ("de", "en", "es", "fr")
"""The languages whose words the rules know (a module each in :mod:`.lang`)."""


class Words(Struct, frozen=True):
    """One language's words for the readiness rules."""

    name: str
    """The language's English name, for messages ("German")."""
    has_verb: Callable[[str], bool]
    """Whether a headline has a verb (a heuristic, not a parser)."""
    number_words: re.Pattern[str]
    """Number words that carry a quantity ("nine", "half", "doubled")."""
    labels: frozenset[str]
    """Label-like headlines, :func:`normal`-ised ("business impact", "next steps")."""
    opens_decision: Callable[[str], bool]
    """Whether a decision opens with something a decision-maker can say yes to."""
    decision_verbs: str
    """A few of those openings, for the fix ("approve, fund, choose, ...")."""
    decision_example: str
    status_quo: re.Pattern[str]
    """Words that name the status quo or doing nothing, in an option's name or summary."""
    status_quo_example: str
    jargon: tuple[tuple[re.Pattern[str], str], ...]
    """Team jargon in this language, each with its kind (``statistics``, ``process``)."""
    title_examples: Mapping[str, str] = field(default_factory=dict)
    """An action title per slide kind, to show in a fix."""


@lru_cache(maxsize=8)
def words_for(language: str) -> Words | None:
    """The rules' words for a language subtag (``de``), or ``None`` when there are none."""
    if language not in CHECKED:
        return None
    module = importlib.import_module(f"{__package__}.lang.{language}")
    words: Words = module.WORDS
    return words


UNSPACED = ("ja", "zh", "th", "lo", "km", "my")
"""Languages written without spaces between words, where a word count means nothing."""

SKIPPED = (
    "R01 verb and label",
    "R01-R03 'no number' (digits only are not enough to be sure)",
    "R05 status quo",
    "R07 decision verb",
    "R09 jargon words (ticket ids and p-values still checked)",
)
"""What is skipped for a language without words for the rules (the one note says it)."""


def has_digit(text: str) -> bool:
    """Whether ``text`` has a digit in any script (``3``, ``٣``, ``３``)."""
    return any(c.isdigit() for c in text)


def count_words(text: str | None) -> int:
    """Words as a reader sees them: runs between spaces holding a letter or a digit."""
    return sum(1 for token in (text or "").split() if any(c.isalnum() for c in token))


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set."""
    return frozenset(text.split())


def normal(text: str) -> str:
    """``text`` lower case, with runs of punctuation as one space (for comparing labels)."""
    return " ".join(re.sub(r"[^\w%$€]+", " ", text.lower()).split())


FIXES = {
    "statistics": 'say what it means for the business, e.g. "12% more trials convert"',
    "process": 'say when it ships or what it takes, e.g. "by March" or "two engineers for six '
    'weeks"',
    "ticket": "say what the work delivers for the business, not its ticket",
    "code name": 'call it what it is, e.g. "the new checkout", and what it does for the business',
}
NEUTRAL_JARGON = (
    (re.compile(r"\bp\s?[<=≤>]\s?0?[.,]\d+|\bp-values?\b", re.IGNORECASE), "statistics"),
    (re.compile(r"\b[A-Z]{2,10}-[0-9]{1,6}\b"), "ticket"),
)
"""Jargon in any language: p-values and ticket ids."""
NOT_TICKETS = frozenset({"COVID", "SOC", "ISO", "PCI", "FY", "CY", "CVE", "GDPR", "WCAG", "HTTP"})


def plural(count: int, noun: str) -> str:
    """``1 error``, ``2 errors``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
