"""Readiness rules: is this brief ready for the executive room? (``cpo-deck check``)

A brief that builds is not yet a brief that persuades. These rules read a validated
:class:`~cpo_deck.brief.Brief` the way a seasoned product leader reads a draft, and report
every gap as a :class:`Finding` located at ``file:line:col`` through the positions the loader
recorded. Pure Python: no python-pptx, no Click. Rules are switched off or tuned with ``check:``
in ``pack.yaml`` and in the brief; ``docs/rules.md`` documents each one.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from .brief import Brief, CheckSettings, Metric
from .errors import BriefError, Problem, ReadinessError, raise_for_batch
from .formatting import Formatter
from .loader import Document, Path_, field_path, parse_yaml, read_text, validate
from .packs import select_pack

Severity = Literal["error", "warning"]

BREVITY_WORDS = 80
"""Default word budget of the problem, impact, metrics and ask slides."""
TABLE_WORDS = 180
"""Default word budget of the trade-offs slide, whose table is scanned rather than read."""
TITLE_CHARS = 110
"""Default longest headline: two lines of the 12-inch title box at 28pt (Calibri bold)."""


@dataclass(frozen=True)
class Finding:
    """One gap in a brief: which rule, how serious, where, what is wrong and how to fix it."""

    rule: str
    name: str
    severity: Severity
    field: str
    file: str
    line: int
    column: int
    message: str
    fix: str

    def render(self) -> str:
        """``brief.yaml:31:7: warning R04 smart-metric: <message>; <fix> (disable: ...)``."""
        return (
            f"{self.file}:{self.line}:{self.column}: {self.severity} {self.rule} {self.name}: "
            f"{self.message}; {self.fix} (disable: check: {{disable: [{self.name}]}} in the brief)"
        )

    def to_dict(self) -> dict[str, str | int]:
        """The finding as plain data, for ``--format json``."""
        return asdict(self)


@dataclass(frozen=True)
class Settings:
    """The tuning in force for one brief: its pack's ``check:`` overlaid by the brief's."""

    disabled: frozenset[str] = frozenset()
    brevity_words: int = BREVITY_WORDS
    table_words: int = TABLE_WORDS
    title_chars: int = TITLE_CHARS
    jargon: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    """The pack's section labels: a headline that only repeats one is a label, not a message."""

    @classmethod
    def resolve(
        cls,
        pack: CheckSettings | None = None,
        brief: CheckSettings | None = None,
        labels: Sequence[str] = (),
    ) -> Settings:
        """Defaults, then the pack's values, then the brief's; rule lists and jargon add up."""
        layers = [s for s in (pack, brief) if s is not None]

        def last(name: str, default: int) -> int:
            values = [getattr(s, name) for s in layers if getattr(s, name) is not None]
            return int(values[-1]) if values else default

        return cls(
            disabled=frozenset(name for s in layers for name in s.disable),
            brevity_words=last("brevity_words", BREVITY_WORDS),
            table_words=last("table_words", TABLE_WORDS),
            title_chars=last("title_chars", TITLE_CHARS),
            jargon=tuple(dict.fromkeys(word for s in layers for word in s.jargon)),
            labels=tuple(labels),
        )


@dataclass(frozen=True)
class _Hit:
    """What a rule found, before it is located in the file."""

    path: Path_
    message: str
    fix: str
    severity: Severity | None = None


@dataclass(frozen=True)
class Rule:
    """A readiness rule: id, short name, default severity, and the function that runs it."""

    id: str
    name: str
    severity: Severity
    summary: str
    run: Callable[[Brief, Settings], Iterator[_Hit]] = field(repr=False)


# --------------------------------------------------------------------------------------------
# text helpers

_NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|"
    r"half|halves?|halved|twice|double[sd]?|triple[sd]?|tripling|doubling|halving)\b",
    re.IGNORECASE,
)


def has_number(text: str) -> bool:
    """Whether ``text`` carries a quantity: a digit, or a number word like "nine" or "half"."""
    return bool(re.search(r"\d", text) or _NUMBER_WORDS.search(text))


def count_words(text: str | None) -> int:
    """Words as a reader sees them: runs between spaces holding a letter or a digit."""
    return sum(1 for token in (text or "").split() if any(c.isalnum() for c in token))


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs common in executive writing, base forms; inflections (-s, -es, -ed, -ing) are derived.
_VERBS = _wordset(
    """
    accelerate accept achieve acquire add adopt affect agree allocate allow approve ask
    automate avoid back become beat begin block boost break bring build buy call cancel cap
    capture cause change choose churn clear close come commit complete consolidate convert
    cost cover create cut decide decline defer delay deliver depend destroy double drag drive
    drop earn eliminate enable end erode expand expect explain extend fail fall fill find
    finish fit fix follow force free fund gain generate get give go grow halve happen help
    hire hit hold hurt improve increase invest keep kill lag land launch lead leave let lift
    limit lose lower make matter mean meet migrate miss move need offer open outgrow outpace
    outperform overtake own pass pay pause pick prevent protect prove pull push put quadruple
    raise reach recover reduce remain remove replace require retain retire return reuse rise
    run save scale see sell send serve set shift ship show shrink sign slip slow solve spend
    staff stall stand start stay stop struggle succeed suffer support switch take tell top
    triple trim turn unblock unlock upgrade use wait want waste win work worsen yield
    abandon account balloon bleed climb compound contact crater demand deserve dip downgrade
    exceed hamper hinder hover jump leak match narrow outrun outsell plateau plunge prefer
    renew represent sit soar spike stagnate surge tank threaten trail widen
    """
)
_VERB_FORMS = _wordset(
    """
    am is are was were be been being has have had do does did will would shall should can
    could may might must won't can't cannot isn't aren't wasn't weren't doesn't don't didn't
    hasn't haven't became began broke brought built bought came chose drove fell found got
    gave went gone grew grown held kept knew led left lost made meant met paid ran rose saw
    sold sent spent stood took taken told won shrank undercut
    """
)
_NOT_VERBS = _wordset("need speed seed hundred bed red shed feed")


def _is_verb(word: str) -> bool:
    if word in _VERBS or word in _VERB_FORMS:
        return True
    for suffix, tail in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)] + tail
            if stem in _VERBS:
                return True
            if not tail and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in _VERBS:
                return True  # doubled consonant: shipped, cutting
    # Past tense and participles of verbs not listed: stalled, ballooned, worsened.
    return word.endswith("ed") and len(word) >= 5 and word not in _NOT_VERBS


def has_verb(text: str) -> bool:
    """Whether ``text`` has a word cpo-deck recognises as a verb (a heuristic, not a parser)."""
    words = re.findall(r"[a-z][a-z'’]*", text.lower().replace("’", "'"))
    return any(_is_verb(w) for w in words)


_LABELS = frozenset(
    """
    problem|the problem|problem statement|problems|background|context|overview|summary|
    executive summary|situation|impact|business impact|the impact|benefits|value|
    metrics|key metrics|success metrics|kpis|measures|results|data|trade offs|tradeoffs|
    options|the options|alternatives|options considered|recommendation|our recommendation|
    the ask|ask|our ask|decision|decision needed|decisions|next steps|plan|roadmap|timeline|
    risks|investment|budget|goals|objectives|strategy|proposal|conclusion|questions|agenda
    """.replace("\n", "")
    .strip()
    .split("|")
)


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w%$]+", " ", text.lower()).split())


def _parse_date(text: str | None) -> _dt.date | None:
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


def _slide_text(brief: Brief) -> Iterator[tuple[str | None, Path_, str]]:
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
    for kind, _path, text in _slide_text(brief):
        if kind is not None:
            counts[kind] += count_words(text)
    return counts


# --------------------------------------------------------------------------------------------
# the rules, in id order (the order of the deck)


_TITLE_EXAMPLES = {
    "problem": "6% of renewals fail, and we recover only 12% of them",
    "impact": "Smart retries recover $2.8M of ARR in FY27",
    "metrics": "Recovery rate must rise from 12% to 40% by Q2 FY27",
    "tradeoffs": "Building in-house recovers the most revenue and avoids a second vendor",
    "ask": "Approve two squads now to start recovering revenue by Q2",
}


def _action_title(brief: Brief, s: Settings) -> Iterator[_Hit]:
    labels = _LABELS | {_normal(label) for label in s.labels}
    for kind in SECTIONS:
        path: Path_ = (kind, "headline")
        where = field_path(path)
        headline = getattr(brief, kind).headline
        example = _TITLE_EXAMPLES[kind]
        if _normal(headline) in labels:
            yield _Hit(
                path,
                f'{where} "{headline}" is a label, not a message',
                f'state the slide\'s so-what in one sentence, e.g. "{example}"',
            )
            continue
        if not has_verb(headline):
            yield _Hit(
                path,
                f"{where} has no verb, so it reads as a label",
                f'make it a sentence that states the so-what, e.g. "{example}"',
            )
        if len(headline) > s.title_chars:
            yield _Hit(
                path,
                f"{where} is {len(headline)} characters, more than fits in two lines on the "
                f"slide ({s.title_chars})",
                f"cut {len(headline) - s.title_chars} characters: one message, the detail in "
                "the content",
            )
        if kind in ("problem", "impact") and not has_number(headline):
            what = "problem" if kind == "problem" else "prize"
            yield _Hit(
                path,
                f"{where} has no number",
                f'put the size of the {what} in the title, e.g. "{example}"',
            )


def _evidence(brief: Brief, s: Settings) -> Iterator[_Hit]:
    problem = brief.problem
    if problem.evidence or any(has_number(point) for point in problem.points):
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
    for i, outcome in enumerate(outcomes):
        if not has_number(outcome.statement):
            path: Path_ = ("impact", "outcomes", i, "statement")
            yield _Hit(
                path,
                f"{field_path(path)} has no number",
                'quantify it: an amount, a percentage or a count, e.g. "-30% support tickets '
                'in FY27"',
            )


def _value(metric: Metric, value: float) -> str:
    return _FORMAT.with_unit(value, metric.unit)


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
        if metric.target == metric.baseline:
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


_STATUS_QUO = re.compile(
    r"\b(status[- ]quo|do[- ]nothing|nothing|as[- ]is|no change|unchanged|today'?s|current|"
    r"existing|stay|keep|continue|wait|defer|delay|postpone)\b",
    re.IGNORECASE,
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
    if not any(_STATUS_QUO.search(f"{o.name} {o.summary or ''}") for o in options):
        yield _Hit(
            ("tradeoffs", "options"),
            "tradeoffs.options has no status quo or do-nothing option",
            "add it (e.g. name: Keep today's process, summary: Status quo), so the cost of "
            "waiting is on the table",
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


DECISION_VERBS = _wordset(
    """
    approve fund choose decide agree staff authorize authorise endorse back sponsor invest
    allocate commit confirm adopt select pick grant green-light greenlight sign accept ratify
    prioritize prioritise assign reassign hire move shift release launch build buy partner
    license acquire stop sunset retire pause cancel extend expand continue delay defer give
    """
)
"""Verbs a decision can start with: something a decision-maker can say yes to."""


def _clear_ask(brief: Brief, s: Settings) -> Iterator[_Hit]:
    ask = brief.ask
    first = re.sub(r"[^\w-]+$", "", ask.decision.split()[0]).lower()
    if first not in DECISION_VERBS:
        shown = ask.decision.split()[0]
        yield _Hit(
            ("ask", "decision"),
            f'ask.decision starts with "{shown}", not a decision to say yes to',
            "start with the verb you need (approve, fund, choose, decide, agree, staff, ...), "
            'e.g. "Approve two squads and $600k for H1 FY27"',
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
    due, meeting = _parse_date(ask.by), _parse_date(brief.date)
    if due is not None and meeting is not None and due < meeting:
        yield _Hit(
            ("ask", "by"),
            f"ask.by {ask.by} is before the brief's date {brief.date}",
            f"a decision cannot be due before the meeting; set by: on or after {brief.date}",
            "error",
        )


def _brevity(brief: Brief, s: Settings) -> Iterator[_Hit]:
    for kind, words in slide_words(brief).items():
        budget = s.table_words if kind == "tradeoffs" else s.brevity_words
        if words > budget:
            yield _Hit(
                (kind,),
                f"the {kind} slide shows {words} words; the budget is {budget}",
                f"cut {_plural(words - budget, 'word')}: keep what carries the message and "
                "move the rest to the notes",
            )


_FIXES = {
    "statistics": 'say what it means for the business, e.g. "12% more trials convert"',
    "process": 'say when it ships or what it takes, e.g. "by March" or "two engineers for six '
    'weeks"',
    "ticket": "say what the work delivers for the business, not its ticket",
    "code name": 'call it what it is, e.g. "the new checkout", and what it does for the business',
}
_JARGON = (
    (re.compile(r"\bp\s?[<=≤>]\s?0?\.\d+|\bp-values?\b", re.IGNORECASE), "statistics"),
    (
        re.compile(
            r"\bstatistically significant\b|\bstatistical significance\b|\bstat[- ]?sig\b|"
            r"\bconfidence intervals?\b|\bt-tests?\b",
            re.IGNORECASE,
        ),
        "statistics",
    ),
    (
        re.compile(
            r"\bsprints?\b|\bstory points?\b|\bbacklog\b|\bepics\b|\bjira\b|\bburn-?downs?\b|"
            r"\bstand-?ups?\b",
            re.IGNORECASE,
        ),
        "process",
    ),
    (re.compile(r"\b[A-Z]{2,10}-[0-9]{1,6}\b"), "ticket"),
)
_NOT_TICKETS = frozenset({"COVID", "SOC", "ISO", "PCI", "FY", "CY", "CVE", "GDPR", "WCAG", "HTTP"})


def _exec_language(brief: Brief, s: Settings) -> Iterator[_Hit]:
    patterns = list(_JARGON)
    for word in s.jargon:
        escaped = re.escape(word.strip())
        patterns.append((re.compile(rf"(?<!\w){escaped}(?!\w)", re.IGNORECASE), "code name"))
    for _kind, path, text in _slide_text(brief):
        seen: set[str] = set()
        for pattern, what in patterns:
            for match in pattern.finditer(text):
                term = match.group()
                if what == "ticket" and term.split("-")[0] in _NOT_TICKETS:
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
                yield _Hit(path, f'{field_path(path)} says "{term}", {kind}', _FIXES[what])


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
)
"""Every rule, in id order; a rule's severity is its default, and contradictions are errors."""


# --------------------------------------------------------------------------------------------
# running the rules


def _locate(doc: Document, path: Path_) -> tuple[int, int]:
    """A section or list is located at its key (``ask:``); anything else at its value."""
    node: Any = doc.data
    for part in path:
        node = node[part]
    if path and isinstance(path[-1], str) and isinstance(node, dict | list) and path in doc.keys:
        return doc.keys[path]
    return doc.position(path)


def check_brief(brief: Brief, doc: Document, file: str, settings: Settings) -> list[Finding]:
    """Run every rule that is switched on over one validated brief, sorted by position."""
    findings = []
    for rule in RULES:
        if rule.name in settings.disabled:
            continue
        for hit in rule.run(brief, settings):
            line, column = _locate(doc, hit.path)
            findings.append(
                Finding(
                    rule=rule.id,
                    name=rule.name,
                    severity=hit.severity or rule.severity,
                    field=field_path(hit.path),
                    file=file,
                    line=line,
                    column=column,
                    message=hit.message,
                    fix=hit.fix,
                )
            )
    return sorted(findings, key=lambda f: (f.line, f.column, f.rule))


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class Report:
    """The findings for a run over one or more briefs."""

    findings: list[Finding]
    briefs: int

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        """How many findings are warnings."""
        return sum(1 for f in self.findings if f.severity == "warning")

    def passed(self, strict: bool = False) -> bool:
        """No errors; with ``strict``, no warnings either."""
        return not self.errors and not (strict and self.warnings)

    def summary(self) -> str:
        """``1 error, 2 warnings in 1 brief``."""
        counts = f"{_plural(self.errors, 'error')}, {_plural(self.warnings, 'warning')}"
        return f"{counts} in {_plural(self.briefs, 'brief')}"

    def text(self, strict: bool = False) -> str:
        """One line per finding, then the summary and the verdict."""
        verdict = "ready" if self.passed(strict) else "not ready"
        lines = [f.render() for f in self.findings]
        return "\n".join([*lines, f"{self.summary()}: {verdict}"]) + "\n"

    def json(self) -> str:
        """The findings as a JSON list of objects, for CI."""
        return json.dumps([f.to_dict() for f in self.findings], indent=2, ensure_ascii=False) + "\n"

    def render(self, fmt: Literal["text", "json"] = "text", strict: bool = False) -> str:
        """The report as ``text`` or ``json``."""
        return self.json() if fmt == "json" else self.text(strict)

    def build_notice(self) -> str:
        """What ``build`` prints on stderr: every finding and that the deck is built anyway."""
        lines = [f.render() for f in self.findings]
        lines.append(f"{self.summary()}; built anyway (build --strict refuses to)")
        return "\n".join(lines)

    def require_ready(self) -> None:
        """For ``build --strict``: raise :class:`ReadinessError` if there is any finding."""
        if self.findings:
            lines = [f.render() for f in self.findings]
            lines.append(f"{self.summary()}; --strict: no deck written")
            raise ReadinessError("\n".join(lines))


def _check_one(path: Path, template: str | None) -> list[Finding]:
    """Load, validate and check one brief with its pack's tuning; raises BriefError/PackError."""
    doc = parse_yaml(read_text(path), path)
    brief = validate(doc, Brief, path)
    pack = select_pack(template, brief.template, path)
    labels = list(pack.config.labels.model_dump().values())
    settings = Settings.resolve(pack.config.check, brief.check, labels)
    return check_brief(brief, doc, str(path), settings)


def check_briefs(briefs: Sequence[Path | str], template: str | None = None) -> Report:
    """The ``check`` use case: validate every brief, then run the readiness rules on each.

    A brief that does not validate stops the run like ``build`` does: every problem of every
    bad brief, as :class:`~cpo_deck.errors.BriefError`.
    """
    findings: list[Finding] = []
    problems: list[Problem] = []
    for brief in briefs:
        try:
            findings.extend(_check_one(Path(brief), template))
        except BriefError as exc:
            problems.extend(exc.as_problems())
    raise_for_batch(problems, len(briefs))
    return Report(findings, len(briefs))


def findings_for(briefs: Sequence[Path | str], template: str | None = None) -> Report:
    """The readiness rules for ``build``: like :func:`check_briefs`, but a brief that does not
    validate is skipped, because ``build`` reports it in its own words."""
    findings: list[Finding] = []
    for brief in briefs:
        try:
            findings.extend(_check_one(Path(brief), template))
        except BriefError:
            continue
    return Report(findings, len(briefs))
