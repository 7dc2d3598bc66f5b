"""The renderer-neutral Outline: five slides of words and data, built from a brief.

Every word that is not the user's own comes from the pack's Jinja2 templates (``labels.j2``,
``footer.j2``, ``notes.j2``), so the text preview and the deck say exactly the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

from . import formatting
from .brief import Brief, Metric
from .packs import KINDS, Pack


@dataclass(frozen=True)
class Bullets:
    """A short list of points."""

    items: list[str]
    type: Literal["bullets"] = "bullets"


@dataclass(frozen=True)
class Quote:
    """Evidence set apart from the points, with its label."""

    label: str
    text: str
    type: Literal["quote"] = "quote"


@dataclass(frozen=True)
class Tile:
    """One business outcome: the number large, the area as a caption, the sentence below."""

    area: str
    caption: str
    value: str | None
    text: str


@dataclass(frozen=True)
class Tiles:
    """Outcome tiles, the money first."""

    tiles: list[Tile]
    type: Literal["tiles"] = "tiles"


@dataclass(frozen=True)
class ScoreRow:
    """One metric on the scorecard."""

    name: str
    baseline: str
    target: str
    current: str | None
    timeframe: str | None
    change: str
    marker: str
    direction: str
    good: bool
    detail: str
    type: Literal["score"] = "score"


@dataclass(frozen=True)
class Scorecard:
    """Every metric: baseline -> target, timeframe, direction."""

    label: str
    rows: list[ScoreRow]
    type: Literal["scorecard"] = "scorecard"


@dataclass(frozen=True)
class Series:
    """One chart series; ``None`` leaves a gap."""

    name: str
    values: list[float | None]
    role: Literal["actual", "target", "baseline", "current"]


@dataclass(frozen=True)
class Chart:
    """The primary metric as a native chart: a trend toward the target, or three columns."""

    style: Literal["trend", "columns"]
    title: str
    unit: str | None
    categories: list[str]
    series: list[Series]
    target: float
    target_label: str
    target_text: str
    target_word: str
    type: Literal["chart"] = "chart"


@dataclass(frozen=True)
class OptionRow:
    """One option in the trade-offs table, as the slide says it: the name with its summary, the
    pros and cons as marked lines (``+ …``, ``− …``), and the cost and time (``—`` if unknown)."""

    name: str
    summary: str | None
    pros: tuple[str, ...]
    cons: tuple[str, ...]
    cost: str
    time: str
    recommended: bool

    def lines(self, column: int) -> list[str]:
        """The lines of one table column (0 name, 1 pros, 2 cons, 3 cost, 4 time); an empty
        column is one empty line."""
        if column == 0:
            return [self.name, self.summary] if self.summary else [self.name]
        if column in (1, 2):
            items = self.pros if column == 1 else self.cons
            return list(items) or [""]
        return [self.cost if column == 3 else self.time]

    def cells(self) -> list[str]:
        """The five cells as plain text, one line per line (for the previews' plain data)."""
        return ["\n".join(self.lines(column)) for column in range(COLUMNS)]


COLUMNS = 5
"""Option, pros, cons, cost, time."""


@dataclass(frozen=True)
class Table:
    """The options compared; ``highlight`` rows are the recommended ones."""

    header: list[str]
    rows: list[OptionRow]
    highlight: list[int]
    badge: str
    type: Literal["table"] = "table"

    def data(self) -> dict[str, Any]:
        """Plain data, each row as its five cells of text."""
        return {
            "header": list(self.header),
            "rows": [row.cells() for row in self.rows],
            "highlight": list(self.highlight),
            "badge": self.badge,
            "type": self.type,
        }


@dataclass(frozen=True)
class Listing:
    """A headed short list: ``key`` says which (``not_doing`` or ``risks``)."""

    label: str
    items: list[str]
    key: str = field(default="", metadata={"data": False})
    type: Literal["listing"] = "listing"


@dataclass(frozen=True)
class Decision:
    """The decision asked for, the largest text on the ask slide."""

    label: str
    text: str
    type: Literal["decision"] = "decision"


@dataclass(frozen=True)
class Fact:
    """A labelled fact: investment, by-when, owner."""

    label: str
    value: str


@dataclass(frozen=True)
class Facts:
    """A row of labelled facts."""

    facts: list[Fact]
    type: Literal["facts"] = "facts"


@dataclass(frozen=True)
class Steps:
    """A numbered list of next steps."""

    label: str
    items: list[str]
    type: Literal["steps"] = "steps"


Block = Bullets | Quote | Tiles | Scorecard | Chart | Table | Listing | Decision | Facts | Steps


@dataclass(frozen=True)
class Slide:
    """One slide: label, action title, content blocks, footer and speaker notes."""

    kind: str
    number: int
    label: str
    title: str
    blocks: list[Block]
    footer: str
    page: str
    notes: str
    heading: str | None = None
    subheading: str | None = None

    def block(self, kind: type[Any]) -> Any:
        """The first block of the given class, or ``None``."""
        return next((b for b in self.blocks if isinstance(b, kind)), None)


@dataclass(frozen=True)
class NotesWords:
    """The words said in the speaker notes about content moved off a slide to fit."""

    moved: str = ""
    """The heading above what was moved, e.g. "Not on the slide (moved here to fit):"."""
    subtitle: str = "Subtitle"
    """The label of a subtitle moved to the notes."""


@dataclass(frozen=True)
class Outline:
    """The whole deck in words and data, renderer-neutral."""

    title: str
    subtitle: str | None
    presenter: str | None
    date: str | None
    slides: list[Slide] = field(default_factory=list)
    notes_words: NotesWords = field(default=NotesWords(), metadata={"data": False})

    def to_dict(self) -> dict[str, Any]:
        """Plain data (for JSON and for the outline templates)."""
        return _plain(self)  # type: ignore[no-any-return]


def _plain(value: Any) -> Any:
    """Plain data of a value of the outline: like ``dataclasses.asdict``, less the fields marked
    ``data: False``, and with the blocks' own ``data()`` where they have one."""
    if hasattr(value, "data") and callable(value.data):
        return value.data()
    if hasattr(value, "__dataclass_fields__"):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in fields(value)
            if f.metadata.get("data", True)
        }
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


_AREA_ORDER = {
    "revenue": 0,
    "retention": 1,
    "growth": 2,
    "margin": 3,
    "cost": 4,
    "risk": 5,
    "strategy": 6,
}


def build_outline(brief: Brief, pack: Pack) -> Outline:
    """Turn a validated brief into the five-slide Outline, words from the pack's templates."""
    labels = pack.module("labels.j2")
    section = pack.config.labels.model_dump()
    words: dict[str, str] = dict(labels.words)
    notes_words = NotesWords(words.get("moved", ""), words.get("subtitle", "Subtitle"))
    areas: dict[str, str] = dict(labels.areas)
    data = brief.model_dump()
    notes_module = pack.module("notes.j2")
    footer_module = pack.module("footer.j2")
    footer = pack.call(footer_module, "footer.j2", "footer", data, pack.config.theme.footer)

    content = {
        "problem": _problem_blocks(brief, words),
        "impact": _impact_blocks(brief, areas),
        "metrics": _metrics_blocks(brief, words, pack.formatter),
        "tradeoffs": _tradeoffs_blocks(brief, words),
        "ask": _ask_blocks(brief, words, pack.formatter),
    }
    slides = []
    total = len(KINDS)
    for number, kind in enumerate(KINDS, start=1):
        sec = getattr(brief, kind)
        notes = sec.notes or pack.call(notes_module, "notes.j2", kind, data)
        slides.append(
            Slide(
                kind=kind,
                number=number,
                label=section[kind],
                title=sec.headline,
                blocks=content[kind],
                footer=footer,
                page=pack.call(footer_module, "footer.j2", "page", number, total),
                notes=notes,
                heading=brief.title if number == 1 else None,
                subheading=brief.subtitle if number == 1 else None,
            )
        )
    return Outline(brief.title, brief.subtitle, brief.presenter, brief.date, slides, notes_words)


def _problem_blocks(brief: Brief, words: dict[str, str]) -> list[Block]:
    blocks: list[Block] = [Bullets(list(brief.problem.points))]
    if brief.problem.evidence:
        blocks.append(Quote(words["evidence"], brief.problem.evidence))
    return blocks


def _impact_blocks(brief: Brief, areas: dict[str, str]) -> list[Block]:
    tiles = []
    for outcome in brief.impact.outcomes:
        value, text = formatting.split_leading_number(outcome.statement)
        tiles.append(Tile(outcome.area, areas[outcome.area], value, text))
    headline = brief.impact.headline

    def order(tile: Tile) -> tuple[bool, int]:
        # The number the title leads with comes first, then revenue, retention, growth, ...
        named = tile.value is not None and tile.value.lstrip("+−-") in headline
        return (not named, _AREA_ORDER[tile.area])

    return [Tiles(sorted(tiles, key=order))]


def _score(metric: Metric, words: dict[str, str], f: formatting.Formatter) -> ScoreRow:
    up = metric.target > metric.baseline
    down = metric.target < metric.baseline
    good = (up and metric.higher_is_better) or (down and not metric.higher_is_better)
    marker = "▲" if up else "▼" if down else "●"
    direction = words["higher_is_better"] if metric.higher_is_better else words["lower_is_better"]
    current = None if metric.current is None else f.with_unit(metric.current, metric.unit)
    change = f.delta(metric.baseline, metric.target, metric.unit)
    now = f"{words['current']} {current}" if current else None
    detail = " · ".join(x for x in (metric.timeframe, change, direction, now) if x)
    return ScoreRow(
        name=metric.name,
        baseline=f.with_unit(metric.baseline, metric.unit),
        target=f.with_unit(metric.target, metric.unit),
        current=current,
        timeframe=metric.timeframe,
        change=change,
        marker=marker,
        direction=direction,
        good=good,
        detail=detail,
    )


def _chart(metric: Metric, words: dict[str, str], f: formatting.Formatter) -> Chart:
    target_label = metric.timeframe or words["target"]
    target_text = f"{words['target']} {f.with_unit(metric.target, metric.unit)}"
    if metric.history:
        # The target is a level to reach: a dashed line across the whole trend, labelled once.
        values: list[float | None] = [p.value for p in metric.history]
        return Chart(
            style="trend",
            title=metric.name,
            unit=metric.unit,
            categories=[p.label for p in metric.history],
            series=[
                Series(words["actual"], values, "actual"),
                Series(words["target"], [metric.target] * len(values), "target"),
            ],
            target=metric.target,
            target_label=target_label,
            target_text=target_text,
            target_word=words["target"],
        )
    categories = [words["baseline"]]
    points: list[float | None] = [metric.baseline]
    if metric.current is not None:
        categories.append(words["now"])
        points.append(metric.current)
    categories.append(target_label)
    points.append(metric.target)
    return Chart(
        style="columns",
        title=metric.name,
        unit=metric.unit,
        categories=categories,
        series=[Series(metric.name, points, "actual")],
        target=metric.target,
        target_label=target_label,
        target_text=target_text,
        target_word=words["target"],
    )


def _metrics_blocks(brief: Brief, words: dict[str, str], f: formatting.Formatter) -> list[Block]:
    items = brief.metrics.items
    rows = [_score(m, words, f) for m in items]
    return [_chart(items[0], words, f), Scorecard(words["scorecard"], rows)]


def _tradeoffs_blocks(brief: Brief, words: dict[str, str]) -> list[Block]:
    section = brief.tradeoffs
    header = [words["option"], words["pros"], words["cons"], words["cost"], words["time"]]
    rows = [
        OptionRow(
            name=option.name,
            summary=option.summary,
            pros=tuple(f"+ {p}" for p in option.pros),
            cons=tuple(f"− {c}" for c in option.cons),
            cost=option.cost or "—",
            time=option.time or "—",
            recommended=option.recommended,
        )
        for option in section.options
    ]
    highlight = [index for index, row in enumerate(rows) if row.recommended]
    blocks: list[Block] = [Table(header, rows, highlight, f"★ {words['recommended']}")]
    if section.not_doing:
        blocks.append(Listing(words["not_doing"], list(section.not_doing), "not_doing"))
    if section.risks:
        risks = [f"{r.risk} → {r.mitigation}" if r.mitigation else r.risk for r in section.risks]
        blocks.append(Listing(words["risks"], risks, "risks"))
    return blocks


def _ask_blocks(brief: Brief, words: dict[str, str], f: formatting.Formatter) -> list[Block]:
    ask = brief.ask
    blocks: list[Block] = [Decision(words["decision"], ask.decision)]
    pairs = (("investment", ask.investment), ("by", f.date(ask.by) or None), ("owner", ask.owner))
    facts = [Fact(words[key], value) for key, value in pairs if value is not None]
    if facts:
        blocks.append(Facts(facts))
    if ask.next_steps:
        blocks.append(Steps(words["next_steps"], list(ask.next_steps)))
    return blocks
