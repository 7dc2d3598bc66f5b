"""Readiness rules: is this brief ready for the executive room? (``cpo-deck check``)

A brief that builds is not yet a brief that persuades. These rules read a validated
:class:`~cpo_deck.brief.Brief` the way a seasoned product leader reads a draft, and report
every gap as a :class:`Finding` located at ``file:line:col`` through the positions the loader
recorded. Pure Python: no python-pptx, no Click. Rules are switched off or tuned with ``check:``
in ``pack.yaml`` and in the brief; ``docs/rules.md`` documents each one.

- :mod:`.words`: what the rules read a language with; :mod:`.lang`: the word lists per
  language (verbs, labels, decisions, jargon, ...).
- :mod:`.settings`: the tuning in force for one brief.
- :mod:`.rules`: the rules, R01 to R10 (:mod:`.hits`: what a rule yields; :mod:`.source`:
  the rule that reads how the brief was written).
- :mod:`.engine`: runs them over one brief and locates each finding.
- :mod:`.report`: findings and how they are reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .engine import check_brief
from .report import Finding, Report, Severity
from .rules import RULES, Rule, slide_words
from .settings import BREVITY_WORDS, TABLE_WORDS, TITLE_CHARS, Settings
from .words import CHECKED, Words, count_words, words_for

__all__ = [
    "BREVITY_WORDS",
    "CHECKED",
    "RULES",
    "TABLE_WORDS",
    "TITLE_CHARS",
    "Finding",
    "Report",
    "Rule",
    "Settings",
    "Severity",
    "Words",
    "check_brief",
    "check_briefs",
    "count_words",
    "findings_for",
    "slide_words",
    "words_for",
]


def check_briefs(
    briefs: Sequence[Path | str], template: str | None = None, language: str | None = None
) -> Report:
    """The ``check`` use case: validate every brief, then run the readiness rules on each.

    A brief that does not validate stops the run like ``build`` does: every problem of every
    bad brief, as :class:`~cpo_deck.errors.BriefError`.
    """
    from ..session import Session  # the session runs the rules; they never load it themselves

    return Session(template, language=language).check(briefs)


def findings_for(briefs: Sequence[Path | str], template: str | None = None) -> Report:
    """The readiness rules for ``build``: like :func:`check_briefs`, but a brief that does not
    validate is skipped, because ``build`` reports it in its own words."""
    from ..session import Session

    return Session(template).readiness(briefs)
