"""The brief (format version 1): frozen models (:mod:`.model`), pure data, no I/O.

Limits here are the documented contract; a brief over any of them is refused. Text is kept
exactly as typed: the loader hands plain YAML scalars over as :class:`Plain` strings, and only
number and yes/no fields turn them into numbers and booleans.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .languages import BUILT_IN, TAG
from .model import REQUIRED, Spec, attr, model, spec_of

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
    import difflib

    close = difflib.get_close_matches(name, RULE_NAMES, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else f"the rules are {', '.join(RULE_NAMES)}"
    raise ValueError(f"unknown rule '{name}'; {hint}")


def _text(max_length: int, default: Any = REQUIRED, description: str | None = None) -> Any:
    """Text as typed, trimmed; never empty, at most ``max_length`` characters."""
    return attr(
        "str",
        default=default,
        convert=_to_text,
        min_length=1,
        max_length=max_length,
        description=description,
    )


def _list(
    item: Spec, least: int | None = None, most: int | None = None, description: str | None = None
) -> Any:
    """A list of ``item``; optional (empty) unless ``least`` is given."""
    if least is None:
        return attr("list", factory=list, item=item, max_length=most, description=description)
    return attr("list", item=item, min_length=least, max_length=most, description=description)


def _texts(max_length: int, least: int | None = None, most: int | None = None) -> Any:
    """A list of texts; optional (empty) unless ``least`` is given."""
    return _list(spec_of(_text(max_length)), least, most)


def _number(default: Any = REQUIRED) -> Any:
    return attr("float", default=default, convert=_to_number)


def _flag(default: bool, description: str | None = None) -> Any:
    return attr("bool", default=default, convert=_to_flag, description=description)


def _models(cls: type, least: int | None = None, most: int | None = None) -> Any:
    return _list(Spec("model", model=cls), least, most)


@model
class Section:
    """What every slide section has: the action title and optional speaker notes."""

    headline: str = _text(160, description="The slide's action title: one sentence, the message.")
    notes: str | None = _text(4000, None, description="Speaker notes for this slide.")


@model
class ProblemSection(Section):
    """Slide 1: what is wrong, and the evidence for it."""

    points: list[str] = _texts(200, 1, 5)
    evidence: str | None = _text(200, None, description="The data source or a customer quote.")


@model
class Outcome:
    """One business outcome, quantified."""

    area: str = attr("choice", choices=AREAS)
    statement: str = _text(200)
    value: str | None = _text(
        24,
        None,
        description="The number to show large, exactly as typed (e.g. '+€4,2 Mio.'); the "
        "statement reads below it. Without it, a number the statement starts with is used.",
    )


@model
class ImpactSection(Section):
    """Slide 2: what the business gets."""

    outcomes: list[Outcome] = _models(Outcome, 1, 5)


@model
class HistoryPoint:
    """One past value of a metric."""

    label: str = _text(20)
    value: float = _number()


@model
class Metric:
    """A metric with its baseline and target; the first one is charted."""

    name: str = _text(60)
    unit: str | None = _text(12, None, description='"%", "$", "$M", "days", "pts"')
    baseline: float = _number()
    current: float | None = _number(None)
    target: float = _number()
    timeframe: str | None = _text(40, None)
    higher_is_better: bool = _flag(True)
    history: list[HistoryPoint] = _models(HistoryPoint, most=12)
    guardrail: bool = _flag(
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


@model
class MetricsSection(Section):
    """Slide 3: how we will know it worked."""

    items: list[Metric] = _models(Metric, 1, 5)


@model
class Option:
    """One option considered."""

    name: str = _text(60)
    summary: str | None = _text(120, None)
    pros: list[str] = _texts(80, most=4)
    cons: list[str] = _texts(80, most=4)
    cost: str | None = _text(40, None)
    time: str | None = _text(40, None)
    recommended: bool = _flag(False)


@model
class Risk:
    """A risk of the recommended path and how we contain it."""

    risk: str = _text(120)
    mitigation: str | None = _text(160, None)


@model
class TradeoffsSection(Section):
    """Slide 4: what we chose, and what we gave up."""

    options: list[Option] = _models(Option, 2, 4)
    not_doing: list[str] = _texts(120, most=3)
    risks: list[Risk] = _models(Risk, most=3)


@model
class AskSection(Section):
    """Slide 5: the decision we need."""

    decision: str = _text(200)
    investment: str | None = _text(160, None)
    by: str | None = _text(40, None, description="When the decision is needed.")
    owner: str | None = _text(80, None)
    next_steps: list[str] = _texts(120, most=4)


def _whole(least: int, most: int, description: str) -> Any:
    return attr("int", default=None, convert=_to_whole, ge=least, le=most, description=description)


@model
class CheckSettings:
    """Tuning for ``cpo-deck check``, in a brief or in a pack's ``pack.yaml`` (``check:``).

    Unset values fall back to the pack's, then to the defaults in :mod:`cpo_deck.check`.
    """

    disable: list[str] = _list(
        Spec("str", convert=_to_rule),
        most=len(RULE_NAMES),
        description="Rules switched off, by name (brevity) or id (R08).",
    )
    brevity_words: int | None = _whole(20, 400, "Word budget of every slide but the trade-offs.")
    table_words: int | None = _whole(40, 600, "Word budget of the trade-offs slide (the table).")
    title_chars: int | None = _whole(40, 160, "The longest headline that fits in two lines.")
    jargon: list[str] = _list(
        spec_of(_text(60)),
        most=100,
        description="Words the room will not know, e.g. internal code names.",
    )


@model
class Brief:
    """A whole brief: the initiative and its five sections."""

    title: str = _text(100)
    subtitle: str | None = _text(160, None)
    presenter: str | None = _text(160, None)
    date: str | None = _text(40, None, description="Shown exactly as written.")
    audience: str | None = _text(160, None)
    template: str | None = _text(
        200, None, "Template pack: a built-in name or a directory relative to the brief."
    )
    language: str | None = attr(
        "str",
        default=None,
        max_length=35,
        pattern=TAG,
        description="The deck's language, a BCP 47 tag; built in: "
        + ", ".join(BUILT_IN)
        + " (a pack may add more). --language and $CPO_DECK_LANGUAGE choose it too.",
    )
    check: CheckSettings | None = attr(
        "model",
        default=None,
        model=CheckSettings,
        description="Tuning for `cpo-deck check`: rules switched off, budgets, jargon.",
    )
    problem: ProblemSection = attr("model", model=ProblemSection)
    impact: ImpactSection = attr("model", model=ImpactSection)
    metrics: MetricsSection = attr("model", model=MetricsSection)
    tradeoffs: TradeoffsSection = attr("model", model=TradeoffsSection)
    ask: AskSection = attr("model", model=AskSection)


def json_schema() -> dict[str, Any]:
    """The brief's JSON Schema, for editor validation."""
    from .model import pydantic_model

    schema = pydantic_model(Brief).model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "cpo-deck brief (format version 1)"
    return schema
