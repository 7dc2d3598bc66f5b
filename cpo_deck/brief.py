"""The brief (format version 1): a pydantic model, pure data, no I/O.

Limits here are the documented contract; a brief over any of them is refused. Text is kept
exactly as typed: the loader hands plain YAML scalars over as :class:`Plain` strings, and only
number and yes/no fields turn them into numbers and booleans.
"""

from __future__ import annotations

import difflib
import math
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from .languages import BUILT_IN, TAG

FORMAT_VERSION = 1

AREAS = ("revenue", "retention", "growth", "margin", "cost", "risk", "strategy")
"""The business areas an impact outcome can name."""

RULE_NAMES = (
    "action-title",
    "evidence",
    "business-outcome",
    "smart-metric",
    "options",
    "feasibility",
    "clear-ask",
    "brevity",
    "exec-language",
    "decimal-comma",
)
"""The readiness rules of ``cpo-deck check`` in id order: ``R01`` is ``action-title``.

The rules themselves live in :mod:`cpo_deck.check`; a brief or pack may name them in
``check: {disable: [...]}`` by name or by id.
"""


class Plain(str):
    """A YAML plain (unquoted) scalar, still exactly as typed.

    Only plain scalars may become numbers or booleans, so ``"12"`` in quotes stays text.
    """

    __slots__ = ()


_NUMBER = re.compile(r"[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?")
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}


def _to_text(value: Any) -> Any:
    if value is None or isinstance(value, bool) or not isinstance(value, str | int | float):
        return value  # let pydantic report "must be text"
    text = str(value).strip()
    return text or None


def _to_number(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError(f"must be a number, not {str(value).lower()}")
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, Plain) and _NUMBER.fullmatch(value.strip()):
        number = float(value.strip().replace("_", ""))
    elif isinstance(value, Plain):
        raise ValueError(f"must be a number like 12 or 3.5, not '{value}'")
    elif isinstance(value, str):
        raise ValueError(f"must be a number, not text: remove the quotes around '{value}'")
    else:
        raise ValueError("must be a number like 12 or 3.5")
    if not math.isfinite(number):
        raise ValueError("must be a finite number")
    return number


def _to_flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, Plain) and value in _TRUE:
        return True
    if isinstance(value, Plain) and value in _FALSE:
        return False
    if isinstance(value, str) and not isinstance(value, Plain) and value in _TRUE | _FALSE:
        raise ValueError(f"must be true or false, not text: remove the quotes around '{value}'")
    raise ValueError(f"must be true or false, not '{value}'")


def _to_whole(value: Any) -> int:
    number = _to_number(value)
    if number != int(number):
        raise ValueError(f"must be a whole number like 80, not {number:g}")
    return int(number)


def _to_rule(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a rule name like 'brevity'")
    name = value.strip()
    if name in RULE_NAMES:
        return name
    if re.fullmatch(r"[Rr][0-9]{2}", name) and 1 <= int(name[1:]) <= len(RULE_NAMES):
        return RULE_NAMES[int(name[1:]) - 1]
    close = difflib.get_close_matches(name, RULE_NAMES, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else f"the rules are {', '.join(RULE_NAMES)}"
    raise ValueError(f"unknown rule '{name}'; {hint}")


Text12 = Annotated[str, BeforeValidator(_to_text), StringConstraints(min_length=1, max_length=12)]
Text20 = Annotated[str, BeforeValidator(_to_text), StringConstraints(min_length=1, max_length=20)]
Text24 = Annotated[str, BeforeValidator(_to_text), StringConstraints(min_length=1, max_length=24)]
Text40 = Annotated[str, BeforeValidator(_to_text), StringConstraints(min_length=1, max_length=40)]
Text60 = Annotated[str, BeforeValidator(_to_text), StringConstraints(min_length=1, max_length=60)]
Text80 = Annotated[str, BeforeValidator(_to_text), StringConstraints(min_length=1, max_length=80)]
Text100 = Annotated[str, BeforeValidator(_to_text), StringConstraints(min_length=1, max_length=100)]
Text120 = Annotated[str, BeforeValidator(_to_text), StringConstraints(min_length=1, max_length=120)]
Text160 = Annotated[str, BeforeValidator(_to_text), StringConstraints(min_length=1, max_length=160)]
Text200 = Annotated[str, BeforeValidator(_to_text), StringConstraints(min_length=1, max_length=200)]
Notes = Annotated[str, BeforeValidator(_to_text), StringConstraints(min_length=1, max_length=4000)]
Number = Annotated[float, BeforeValidator(_to_number)]
Flag = Annotated[bool, BeforeValidator(_to_flag)]
Whole = Annotated[int, BeforeValidator(_to_whole)]
RuleName = Annotated[str, BeforeValidator(_to_rule)]
Area = Literal["revenue", "retention", "growth", "margin", "cost", "risk", "strategy"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Section(_Model):
    """What every slide section has: the action title and optional speaker notes."""

    headline: Text160 = Field(description="The slide's action title: one sentence, the message.")
    notes: Notes | None = Field(None, description="Speaker notes for this slide.")


class ProblemSection(Section):
    """Slide 1: what is wrong, and the evidence for it."""

    points: list[Text200] = Field(min_length=1, max_length=5)
    evidence: Text200 | None = Field(None, description="The data source or a customer quote.")


class Outcome(_Model):
    """One business outcome, quantified."""

    area: Area
    statement: Text200
    value: Text24 | None = Field(
        None,
        description="The number to show large, exactly as typed (e.g. '+€4,2 Mio.'); the "
        "statement reads below it. Without it, a number the statement starts with is used.",
    )


class ImpactSection(Section):
    """Slide 2: what the business gets."""

    outcomes: list[Outcome] = Field(min_length=1, max_length=5)


class HistoryPoint(_Model):
    """One past value of a metric."""

    label: Text20
    value: Number


class Metric(_Model):
    """A metric with its baseline and target; the first one is charted."""

    name: Text60
    unit: Text12 | None = Field(None, description='"%", "$", "$M", "days", "pts"')
    baseline: Number
    current: Number | None = None
    target: Number
    timeframe: Text40 | None = None
    higher_is_better: Flag = True
    history: list[HistoryPoint] = Field(default_factory=list, max_length=12)
    guardrail: Flag = Field(
        False,
        description="The target is a limit to stay within, not a goal: at or above it when "
        "higher_is_better, else at or below. Shown as holding or breached, judged on current, "
        "else the last history value, else the baseline.",
    )

    def judged(self) -> float:
        """The value a guardrail is judged on: current, else the latest history, else baseline."""
        if self.current is not None:
            return self.current
        return self.history[-1].value if self.history else self.baseline

    def holding(self) -> bool:
        """Whether a guardrail's judged value is on the good side of its limit (or on it)."""
        value = self.judged()
        return value >= self.target if self.higher_is_better else value <= self.target


class MetricsSection(Section):
    """Slide 3: how we will know it worked."""

    items: list[Metric] = Field(min_length=1, max_length=5)


class Option(_Model):
    """One option considered."""

    name: Text60
    summary: Text120 | None = None
    pros: list[Text80] = Field(default_factory=list, max_length=4)
    cons: list[Text80] = Field(default_factory=list, max_length=4)
    cost: Text40 | None = None
    time: Text40 | None = None
    recommended: Flag = False


class Risk(_Model):
    """A risk of the recommended path and how we contain it."""

    risk: Text120
    mitigation: Text160 | None = None


class TradeoffsSection(Section):
    """Slide 4: what we chose, and what we gave up."""

    options: list[Option] = Field(min_length=2, max_length=4)
    not_doing: list[Text120] = Field(default_factory=list, max_length=3)
    risks: list[Risk] = Field(default_factory=list, max_length=3)


class AskSection(Section):
    """Slide 5: the decision we need."""

    decision: Text200
    investment: Text160 | None = None
    by: Text40 | None = Field(None, description="When the decision is needed.")
    owner: Text80 | None = None
    next_steps: list[Text120] = Field(default_factory=list, max_length=4)


class CheckSettings(_Model):
    """Tuning for ``cpo-deck check``, in a brief or in a pack's ``pack.yaml`` (``check:``).

    Unset values fall back to the pack's, then to the defaults in :mod:`cpo_deck.check`.
    """

    disable: list[RuleName] = Field(
        default_factory=list,
        max_length=len(RULE_NAMES),
        description="Rules switched off, by name (brevity) or id (R08).",
    )
    brevity_words: Whole | None = Field(
        None, ge=20, le=400, description="Word budget of every slide but the trade-offs."
    )
    table_words: Whole | None = Field(
        None, ge=40, le=600, description="Word budget of the trade-offs slide (the table)."
    )
    title_chars: Whole | None = Field(
        None, ge=40, le=160, description="The longest headline that fits in two lines."
    )
    jargon: list[Text60] = Field(
        default_factory=list,
        max_length=100,
        description="Words the room will not know, e.g. internal code names.",
    )


class Brief(_Model):
    """A whole brief: the initiative and its five sections."""

    title: Text100
    subtitle: Text160 | None = None
    presenter: Text160 | None = None
    date: Text40 | None = Field(None, description="Shown exactly as written.")
    audience: Text160 | None = None
    template: Text200 | None = Field(
        None, description="Template pack: a built-in name or a directory relative to the brief."
    )
    language: str | None = Field(
        None,
        max_length=35,
        pattern=TAG,
        description="The deck's language, a BCP 47 tag; built in: "
        + ", ".join(BUILT_IN)
        + " (a pack may add more). --language and $CPO_DECK_LANGUAGE choose it too.",
    )
    check: CheckSettings | None = Field(
        None, description="Tuning for `cpo-deck check`: rules switched off, budgets, jargon."
    )
    problem: ProblemSection
    impact: ImpactSection
    metrics: MetricsSection
    tradeoffs: TradeoffsSection
    ask: AskSection


def json_schema() -> dict[str, Any]:
    """The brief's JSON Schema, for editor validation."""
    schema = Brief.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "cpo-deck brief (format version 1)"
    return schema
