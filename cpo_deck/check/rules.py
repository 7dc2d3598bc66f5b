"""The readiness rules, R01 to R10, in the order of the deck (R10 reads the source: see
:mod:`.source`). Each reads the validated brief
the way a seasoned product leader reads a draft and yields what it finds, by field path; the
engine locates each hit in the file. ``docs/rules.md`` documents each rule."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterator

from msgspec import Struct

from ..brief import Brief, Metric
from ..documents import Path_
from ..formatting import Formatter, split_leading_number
from ..loader import field_path
from .hits import Hit as _Hit
from .report import Severity
from .settings import Settings
from .source import decimal_comma
from .words import FIXES, NEUTRAL_JARGON, NOT_TICKETS, count_words, has_digit, normal, plural


class Rule(Struct, frozen=True):
    """A readiness rule: id, short name, default severity, and the function that runs it."""

    id: str
    name: str
    severity: Severity
    summary: str
    run: Callable[..., Iterator[_Hit]]
    """``run(brief, settings)``; with ``reads_source``, ``run(brief, settings, document)``."""
    reads_source: bool = False


def parse_date(text: str | None) -> _dt.date | None:
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y"):
        try:
            return _dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


_FORMAT = Formatter()
SECTIONS = ("problem", "impact", "metrics", "tradeoffs", "ask")


def slide_text(brief: Brief) -> Iterator[tuple[str | None, Path_, str]]:
    """Every piece of the brief a slide shows: ``(slide kind, path, text)``; never notes.

    The title and subtitle (slide 1's header) have no kind: they count for exec-language but
    not for a section's word budget.
    """
    yield None, ("title",), brief.title
    if brief.subtitle:
        yield None, ("subtitle",), brief.subtitle
    for kind in SECTIONS:
        yield kind, (kind, "headline"), getattr(brief, kind).headline
    p = brief.problem
    for i, point in enumerate(p.points):
        yield "problem", ("problem", "points", i), point
    if p.evidence:
        yield "problem", ("problem", "evidence"), p.evidence
    for i, outcome in enumerate(brief.impact.outcomes):
        yield "impact", ("impact", "outcomes", i, "statement"), outcome.statement
    for i, metric in enumerate(brief.metrics.items):
        yield "metrics", ("metrics", "items", i, "name"), metric.name
        if metric.timeframe:
            yield "metrics", ("metrics", "items", i, "timeframe"), metric.timeframe
    t = brief.tradeoffs
    for i, option in enumerate(t.options):
        at: Path_ = ("tradeoffs", "options", i)
        yield "tradeoffs", (*at, "name"), option.name
        for key in ("summary", "cost", "time"):
            value = getattr(option, key)
            if value:
                yield "tradeoffs", (*at, key), value
        for key in ("pros", "cons"):
            for j, text in enumerate(getattr(option, key)):
                yield "tradeoffs", (*at, key, j), text
    for i, text in enumerate(t.not_doing):
        yield "tradeoffs", ("tradeoffs", "not_doing", i), text
    for i, risk in enumerate(t.risks):
        yield "tradeoffs", ("tradeoffs", "risks", i, "risk"), risk.risk
        if risk.mitigation:
            yield "tradeoffs", ("tradeoffs", "risks", i, "mitigation"), risk.mitigation
    a = brief.ask
    yield "ask", ("ask", "decision"), a.decision
    for key in ("investment", "by", "owner"):
        value = getattr(a, key)
        if value:
            yield "ask", ("ask", key), value
    for i, step in enumerate(a.next_steps):
        yield "ask", ("ask", "next_steps", i), step


def slide_words(brief: Brief) -> dict[str, int]:
    """Words each slide shows from the brief (headline and content; not notes or labels)."""
    counts = dict.fromkeys(SECTIONS, 0)
    for kind, _path, text in slide_text(brief):
        if kind is not None:
            counts[kind] += count_words(text)
    return counts


# the rules, in id order (the order of the deck)


def _has_number(text: str, s: Settings) -> bool | None:
    """Whether ``text`` carries a quantity (a digit or a number word); ``None`` when it cannot
    be told: no digit, and no number words for the brief's language."""
    if has_digit(text):
        return True
    return None if s.words is None else bool(s.words.number_words.search(text))


def _action_title(brief: Brief, s: Settings) -> Iterator[_Hit]:
    words = s.words
    labels = {normal(label) for label in s.labels} | (words.labels if words else frozenset())
    for kind in SECTIONS:
        path: Path_ = (kind, "headline")
        where = field_path(path)
        headline = getattr(brief, kind).headline
        example = words.title_examples.get(kind, "") if words else ""
        example = f', e.g. "{example}"' if example else ""
        if normal(headline) in labels:
            yield _Hit(
                path,
                f'{where} "{headline}" is a label, not a message',
                f"state the slide's so-what in one sentence{example}",
            )
            continue
        if words and not words.has_verb(headline):
            yield _Hit(
                path,
                f"{where} has no verb, so it reads as a label",
                f"make it a sentence that states the so-what{example}",
            )
        if len(headline) > s.title_chars:
            yield _Hit(
                path,
                f"{where} is {len(headline)} characters, more than fits in two lines on the "
                f"slide ({s.title_chars})",
                f"cut {len(headline) - s.title_chars} characters: one message, the detail in "
                "the content",
            )
        if kind in ("problem", "impact") and _has_number(headline, s) is False:
            what = "problem" if kind == "problem" else "prize"
            yield _Hit(
                path,
                f"{where} has no number",
                f"put the size of the {what} in the title{example}",
            )


def _evidence(brief: Brief, s: Settings) -> Iterator[_Hit]:
    problem = brief.problem
    found = [_has_number(point, s) for point in problem.points]
    if problem.evidence or True in found or None in found:
        return
    yield _Hit(
        ("problem",),
        "problem cites no evidence: no evidence field and no number in the points",
        'add evidence: the data source or a customer quote, e.g. "Billing ledger, FY26: '
        '38,400 failed renewals"',
    )


_CORE_AREAS = ("revenue", "retention", "growth", "margin", "cost")


def _business_outcome(brief: Brief, s: Settings) -> Iterator[_Hit]:
    outcomes = brief.impact.outcomes
    if not any(o.area in _CORE_AREAS for o in outcomes):
        yield _Hit(
            ("impact", "outcomes"),
            "impact.outcomes names no revenue, retention, growth, margin or cost outcome",
            'add the outcome the business counts, e.g. area: revenue, statement: "+$1.2M ARR '
            'in FY27"',
        )
    large = [bool(o.value or split_leading_number(o.statement)[0]) for o in outcomes]
    for i, outcome in enumerate(outcomes):
        path: Path_ = ("impact", "outcomes", i, "statement")
        if _has_number(outcome.statement, s) is False:
            yield _Hit(
                path,
                f"{field_path(path)} has no number",
                'quantify it: an amount, a percentage or a count, e.g. "-30% support tickets '
                'in FY27"',
            )
        elif any(large) and not large[i]:
            yield _Hit(
                ("impact", "outcomes", i),
                f"impact.outcomes[{i}] does not start with a number to show large, so no "
                "outcome's number is shown large (the slide never mixes the two)",
                'add value: with the number to show, e.g. value: "-1.5 pts", or start the '
                "statement with it",
            )


def _value(metric: Metric, value: float) -> str:
    return _FORMAT.with_unit(value, metric.unit)


def _guardrail(metric: Metric, at: Path_) -> Iterator[_Hit]:
    """A guardrail over its limit at the baseline and still over it reads as a goal."""
    higher, base = metric.higher_is_better, metric.baseline
    within = base >= metric.target if higher else base <= metric.target
    if not within and not metric.holding():
        limit = f"{'at least' if higher else 'at most'} {_value(metric, metric.target)}"
        yield _Hit(
            (*at, "guardrail"),
            f"{field_path(at)} is a guardrail already breached at its baseline "
            f"{_value(metric, metric.baseline)} (limit {limit}), so the deck shows it breached",
            "if the limit is a level to reach, make it the target (remove guardrail: true); "
            "if it is a limit, say in the notes how you bring it back within it",
        )


def _smart_metric(brief: Brief, s: Settings) -> Iterator[_Hit]:
    items = brief.metrics.items
    for i, metric in enumerate(items):
        at: Path_ = ("metrics", "items", i)
        where = field_path(at)
        if not metric.timeframe:
            yield _Hit(
                at, f"{where} has no timeframe", 'say when the target is due, e.g. "by Q4 FY27"'
            )
        base, target = _value(metric, metric.baseline), _value(metric, metric.target)
        if metric.guardrail:  # a limit to stay within: it need not move, either way
            yield from _guardrail(metric, at)
        elif metric.target == metric.baseline:
            yield _Hit(
                (*at, "target"),
                f"{where}.target equals the baseline ({base}): no change is promised",
                "set the level you commit to; for a guardrail, name the limit it must stay within",
            )
        elif (metric.target < metric.baseline) == metric.higher_is_better:
            higher = metric.higher_is_better
            side, better = ("below", "higher") if higher else ("above", "lower")
            yield _Hit(
                (*at, "target"),
                f"{where}.target {target} is {side} the baseline {base}, but {better} is "
                "better: the deck would show the goal as a step backwards",
                f"fix the target or the baseline, or set higher_is_better: "
                f"{'false' if higher else 'true'}",
                "error",
            )
    first = items[0]
    if not first.history and first.current is None:
        yield _Hit(
            ("metrics", "items", 0),
            "metrics.items[0] is charted but has neither history nor a current value",
            "add current: or a few history: points, so the chart shows where we are today",
        )


def _options(brief: Brief, s: Settings) -> Iterator[_Hit]:
    options = brief.tradeoffs.options
    recommended = [i for i, o in enumerate(options) if o.recommended]
    if not recommended:
        yield _Hit(
            ("tradeoffs", "options"),
            "tradeoffs.options recommends no option",
            "mark the option you propose with recommended: true",
            "error",
        )
    for extra in recommended[1:]:
        path: Path_ = ("tradeoffs", "options", extra, "recommended")
        yield _Hit(
            path,
            f"tradeoffs.options[{extra}] is a second recommended option (after "
            f"tradeoffs.options[{recommended[0]}])",
            "recommend one option: keep recommended: true on one only",
            "error",
        )
    words = s.words
    if words and not any(words.status_quo.search(f"{o.name} {o.summary or ''}") for o in options):
        yield _Hit(
            ("tradeoffs", "options"),
            "tradeoffs.options has no status quo or do-nothing option",
            f"add it (e.g. {words.status_quo_example}), so the cost of waiting is on the table",
        )
    for i, option in enumerate(options):
        missing = [key for key in ("pros", "cons") if not getattr(option, key)]
        if missing:
            yield _Hit(
                ("tradeoffs", "options", i),
                f"tradeoffs.options[{i}] ({option.name}) has no {' or '.join(missing)}",
                "give every option at least one pro and one con, so the choice looks weighed",
            )


def _feasibility(brief: Brief, s: Settings) -> Iterator[_Hit]:
    for i, option in enumerate(brief.tradeoffs.options):
        missing = [
            key for key in ("cost", "time") if option.recommended and not getattr(option, key)
        ]
        if missing:
            yield _Hit(
                ("tradeoffs", "options", i),
                f"tradeoffs.options[{i}] ({option.name}) is recommended but has no "
                f"{' or '.join(missing)}",
                'say what it costs and how long it takes, e.g. cost: "$600k one-time", '
                "time: 2 quarters",
            )
    if not brief.ask.investment:
        yield _Hit(
            ("ask",),
            "ask has no investment",
            'say what you need in money and people, e.g. investment: "$600k and 8 engineers '
            'for two quarters"',
        )


def _clear_ask(brief: Brief, s: Settings) -> Iterator[_Hit]:
    ask = brief.ask
    words = s.words
    if words and not words.opens_decision(ask.decision):
        shown = ask.decision.split()[0]
        yield _Hit(
            ("ask", "decision"),
            f'ask.decision starts with "{shown}", not a decision to say yes to',
            f"start with the verb you need ({words.decision_verbs}), "
            f'e.g. "{words.decision_example}"',
        )
    if not ask.by:
        yield _Hit(
            ("ask",),
            "ask has no deadline (by)",
            'add by: the date you need the decision, e.g. by: "2026-12-15"',
        )
    if not ask.owner:
        yield _Hit(
            ("ask",),
            "ask has no owner",
            "add owner: the one person accountable, e.g. owner: Head of Payments",
        )
    due, meeting = parse_date(ask.by), parse_date(brief.date)
    if due is not None and meeting is not None and due < meeting:
        yield _Hit(
            ("ask", "by"),
            f"ask.by {ask.by} is before the brief's date {brief.date}",
            f"a decision cannot be due before the meeting; set by: on or after {brief.date}",
            "error",
        )


def _brevity(brief: Brief, s: Settings) -> Iterator[_Hit]:
    if not s.spaced:
        return  # no spaces between words: a word count means nothing
    for kind, words in slide_words(brief).items():
        budget = s.table_words if kind == "tradeoffs" else s.brevity_words
        if words > budget:
            yield _Hit(
                (kind,),
                f"the {kind} slide shows {words} words; the budget is {budget}",
                f"cut {plural(words - budget, 'word')}: keep what carries the message and "
                "move the rest to the notes",
            )


def _exec_language(brief: Brief, s: Settings) -> Iterator[_Hit]:
    patterns = [*NEUTRAL_JARGON, *(s.words.jargon if s.words else ())]
    for word in s.jargon:
        escaped = re.escape(word.strip())
        patterns.append((re.compile(rf"(?<!\w){escaped}(?!\w)", re.IGNORECASE), "code name"))
    for _kind, path, text in slide_text(brief):
        seen: set[str] = set()
        for pattern, what in patterns:
            for match in pattern.finditer(text):
                term = match.group()
                if what == "ticket" and term.split("-")[0] in NOT_TICKETS:
                    continue
                if term.lower() in seen:
                    continue
                seen.add(term.lower())
                kind = {
                    "statistics": "statistics jargon",
                    "process": "team process jargon",
                    "ticket": "a ticket id",
                    "code name": "an internal code name",
                }[what]
                yield _Hit(path, f'{field_path(path)} says "{term}", {kind}', FIXES[what])


RULES: tuple[Rule, ...] = (
    Rule("R01", "action-title", "warning", "every headline states the so-what", _action_title),
    Rule("R02", "evidence", "warning", "the problem cites evidence", _evidence),
    Rule(
        "R03",
        "business-outcome",
        "warning",
        "impact names a business outcome, quantified",
        _business_outcome,
    ),
    Rule(
        "R04",
        "smart-metric",
        "warning",
        "metrics are time-bound and move the right way",
        _smart_metric,
    ),
    Rule(
        "R05", "options", "warning", "one recommendation, the status quo, pros and cons", _options
    ),
    Rule("R06", "feasibility", "warning", "the recommendation has a cost and a time", _feasibility),
    Rule(
        "R07",
        "clear-ask",
        "warning",
        "a decision to say yes to, with a deadline and owner",
        _clear_ask,
    ),
    Rule("R08", "brevity", "warning", "every slide within its word budget", _brevity),
    Rule("R09", "exec-language", "warning", "no team-level jargon on the slides", _exec_language),
    Rule(
        "R10",
        "decimal-comma",
        "warning",
        "no list item split at a decimal comma",
        decimal_comma,
        reads_source=True,
    ),
)
"""Every rule, in id order; a rule's severity is its default, and contradictions are errors."""
