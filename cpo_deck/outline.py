"""The renderer-neutral Outline: five slides of words and data, built from a brief.

Every word that is not the user's own comes from the pack's Jinja2 templates (``labels.j2``,
``footer.j2``, ``notes.j2``), so the text preview and the deck say exactly the same thing.
"""

from __future__ import annotations

from typing import Literal

from . import formatting
from .blocks import (
    COLUMNS,
    Block,
    Bullets,
    Chart,
    Decision,
    Fact,
    Facts,
    Listing,
    NotesWords,
    OptionRow,
    Outline,
    Quote,
    Scorecard,
    ScoreRow,
    Series,
    Slide,
    Steps,
    Table,
    Tile,
    Tiles,
)
from .brief import Brief, Metric, Outcome
from .errors import TemplateRenderError
from .languages import base_of, formatter_for, notes_template, words_for
from .model import as_dict
from .pack_config import KINDS
from .packs import Pack

__all__ = [
    "COLUMNS",
    "Block",
    "Bullets",
    "Chart",
    "Decision",
    "Fact",
    "Facts",
    "Listing",
    "NotesWords",
    "OptionRow",
    "Outline",
    "Quote",
    "ScoreRow",
    "Scorecard",
    "Series",
    "Slide",
    "Steps",
    "Table",
    "Tile",
    "Tiles",
    "build_outline",
]


_AREA_ORDER = {
    "revenue": 0,
    "retention": 1,
    "growth": 2,
    "margin": 3,
    "cost": 4,
    "risk": 5,
    "strategy": 6,
}


FOOTER_CHARS = 600
"""The longest footer a pack's footer.j2 may write: the longest the brief's own fields and a
fixed footer line make, with room to spare; far less than would slow the layout down."""
PAGE_CHARS = 20


def _fits(pack: Pack, text: str, macro: str, most: int, room: str) -> None:
    """A footer.j2 macro's output must fit where it goes: an error naming the template, else."""
    if len(text) > most:
        filename = pack.env.get_template("footer.j2").filename or "footer.j2"
        raise TemplateRenderError(
            f"{filename}: '{macro}' wrote {len(text):,} characters; at most {most} fit in {room}"
        )


def build_outline(brief: Brief, pack: Pack, language: str = "en") -> Outline:
    """Turn a validated brief into the five-slide Outline, words from the pack's templates in
    ``language`` (a BCP 47 tag; English where the pack has no word set for it)."""
    with formatting.using(formatter_for(pack, language)):
        return _outline(brief, pack, language)


def _outline(brief: Brief, pack: Pack, language: str) -> Outline:
    f = formatting.active(pack.formatter)
    wording, section = words_for(pack, base_of(language))
    words = wording.words
    notes_words = NotesWords(words["moved"], words["subtitle"], words["title"], words["colon"])
    areas = wording.areas
    data = as_dict(brief)
    notes_name = notes_template(pack, base_of(language))
    notes_module = pack.module(notes_name)
    footer_module = pack.module("footer.j2")
    footer = pack.call(footer_module, "footer.j2", "footer", data, pack.config.theme.footer)
    _fits(pack, footer, "footer", FOOTER_CHARS, "a slide's footer")

    content = {
        "problem": _problem_blocks(brief, words),
        "impact": _impact_blocks(brief, areas),
        "metrics": _metrics_blocks(brief, words, f),
        "tradeoffs": _tradeoffs_blocks(brief, words),
        "ask": _ask_blocks(brief, words, f),
    }
    slides = []
    total = len(KINDS)
    for number, kind in enumerate(KINDS, start=1):
        sec = getattr(brief, kind)
        notes = sec.notes or pack.call(notes_module, notes_name, kind, data)
        page = pack.call(footer_module, "footer.j2", "page", number, total)
        _fits(pack, page, "page", PAGE_CHARS, "the page number's box")
        slides.append(
            Slide(
                kind=kind,
                number=number,
                label=section[kind],
                title=sec.headline,
                blocks=content[kind],
                footer=footer,
                page=page,
                notes=notes,
                heading=brief.title if number == 1 else None,
                subheading=brief.subtitle if number == 1 else None,
            )
        )
    return Outline(
        brief.title,
        brief.subtitle,
        brief.presenter,
        brief.date,
        slides,
        notes_words,
        language,
        tuple(sorted(words.items())),
    )


def _problem_blocks(brief: Brief, words: dict[str, str]) -> list[Block]:
    blocks: list[Block] = [Bullets(list(brief.problem.points))]
    if brief.problem.evidence:
        blocks.append(Quote(words["evidence"], brief.problem.evidence))
    return blocks


def _impact_blocks(brief: Brief, areas: dict[str, str]) -> list[Block]:
    """One tile per outcome. Every tile gets a large number, or none does: one outcome without a
    number to stand alone puts the slide in statement form (leading numbers in bold)."""
    found: list[tuple[Outcome, str | None, str]] = []
    for outcome in brief.impact.outcomes:
        if outcome.value:
            found.append((outcome, outcome.value, outcome.statement))
        else:
            number, rest = formatting.split_leading_number(outcome.statement)
            found.append((outcome, number, rest))
    every = all(number for _, number, _ in found)
    tiles = [
        Tile(o.area, areas[o.area], number, text, tone=_tone(o))
        if every
        else Tile(o.area, areas[o.area], None, text if number else o.statement, number, _tone(o))
        for o, number, text in found
    ]
    headline = brief.impact.headline

    def order(tile: Tile) -> tuple[bool, int]:
        # The number the title leads with comes first, then revenue, retention, growth, ...
        number = tile.value or tile.lead
        named = number is not None and number.lstrip("+−-") in headline
        return (not named, _AREA_ORDER[tile.area])

    return [Tiles(sorted(tiles, key=order))]


def _tone(outcome: Outcome) -> Literal["gain", "risk"]:
    return "risk" if outcome.area == "risk" else "gain"


def _score(metric: Metric, words: dict[str, str], f: formatting.Formatter) -> ScoreRow:
    if metric.guardrail:
        return _guardrail(metric, words, f)
    up = metric.target > metric.baseline
    down = metric.target < metric.baseline
    good = (up and metric.higher_is_better) or (down and not metric.higher_is_better)
    marker = "▲" if up else "▼" if down else "●"
    direction = words["higher_is_better"] if metric.higher_is_better else words["lower_is_better"]
    current = None if metric.current is None else f.with_unit(metric.current, metric.unit)
    change = f.delta(metric.baseline, metric.target, metric.unit, words["points"])
    now = f"{words['current']} {current}" if current else None
    detail = " · ".join(x for x in (metric.timeframe, change, direction, now) if x)
    baseline = f.with_unit(metric.baseline, metric.unit)
    target = f.with_unit(metric.target, metric.unit)
    return ScoreRow(
        name=metric.name,
        baseline=baseline,
        target=target,
        current=current,
        timeframe=metric.timeframe,
        change=change,
        marker=marker,
        direction=direction,
        good=good,
        detail=detail,
        value_line=f"{baseline} → {target}",
    )


def _guardrail(metric: Metric, words: dict[str, str], f: formatting.Formatter) -> ScoreRow:
    """A limit to stay within: the value it is judged on, holding or breached, and the limit;
    never a movement (no change, no triangle)."""
    holding = metric.holding()
    status = words["holding"] if holding else words["breached"]
    higher = metric.higher_is_better
    target = f.with_unit(metric.target, metric.unit)
    limit = f"{words['at_least'] if higher else words['at_most']} {target}"
    current = None if metric.current is None else f.with_unit(metric.current, metric.unit)
    return ScoreRow(
        name=metric.name,
        baseline=f.with_unit(metric.baseline, metric.unit),
        target=target,
        current=current,
        timeframe=metric.timeframe,
        change="",
        marker="◆",
        direction=words["higher_is_better"] if higher else words["lower_is_better"],
        good=holding,
        detail=" · ".join(x for x in (metric.timeframe, words["guardrail"]) if x),
        value_line=f"{f.with_unit(metric.judged(), metric.unit)} {status} · {limit}",
        guardrail=True,
        status=status,
    )


def _chart(metric: Metric, words: dict[str, str], f: formatting.Formatter) -> Chart:
    # A guardrail's level is a limit, so it is named one (and its column is the limit's).
    word = words["limit"] if metric.guardrail else words["target"]
    target_label = words["limit"] if metric.guardrail and not metric.history else None
    target_label = target_label or metric.timeframe or word
    target_text = f"{word} {f.with_unit(metric.target, metric.unit)}"
    if metric.history:
        # The target is a level to reach: a dashed line across the whole trend, and a dotted
        # projection from the latest point to the target on one more category, the timeframe's.
        values: list[float | None] = [p.value for p in metric.history]
        categories = [p.label for p in metric.history]
        latest = max(i for i, v in enumerate(values) if v is not None)
        projection: list[float | None] = [None] * (len(values) + 1)
        if not metric.guardrail:  # a limit to stay within is not somewhere to go
            projection[latest], projection[-1] = values[latest], metric.target
        return Chart(
            style="trend",
            title=metric.name,
            unit=metric.unit,
            categories=[*categories, target_label],
            series=[
                Series(words["actual"], [*values, None], "actual"),
                Series(word, [metric.target] * (len(values) + 1), "target"),
                Series(target_label, projection, "projection"),
            ],
            target=metric.target,
            target_label=target_label,
            target_text=target_text,
            target_word=word,
            alt_text=_trend_words(metric, words, f),
            heading=_named(metric, words),
        )
    categories = [words["baseline"]]
    points: list[float | None] = [metric.baseline]
    if metric.current is not None:
        categories.append(words["now"])
        points.append(metric.current)
    categories.append(target_label)
    points.append(metric.target)
    texts = f.series(points, metric.unit)
    steps = [f"{c} {t}" for c, t in zip(categories[:-1], texts, strict=False)]
    return Chart(
        style="columns",
        title=metric.name,
        unit=metric.unit,
        categories=categories,
        series=[Series(metric.name, points, "actual")],
        target=metric.target,
        target_label=target_label,
        target_text=target_text,
        target_word=word,
        alt_text=f"{_named(metric, words)}{words['colon']}{' → '.join(steps)} → "
        f"{_target_words(metric, words, f)}{words['full_stop']}",
        heading=_named(metric, words),
    )


def _named(metric: Metric, words: dict[str, str]) -> str:
    """The metric's name with its unit in the language's brackets: ``Churn (%)``."""
    if not metric.unit:
        return metric.name
    return f"{metric.name}{words['paren_open']}{metric.unit}{words['paren_close']}"


def _target_words(metric: Metric, words: dict[str, str], f: formatting.Formatter) -> str:
    """``target 3% by end of Q2``, in the scorecard's form of the target."""
    when = f" {metric.timeframe}" if metric.timeframe else ""
    word = words["limit"] if metric.guardrail else words["alt_target"]
    return f"{word} {f.with_unit(metric.target, metric.unit)}{when}"


def _trend_words(metric: Metric, words: dict[str, str], f: formatting.Formatter) -> str:
    """The trend in one sentence, its values written as the chart labels them: ``Search
    conversion (%) from 2.10% in Jan to 2.60% in Dec; target 3% by end of Q2.``"""
    points = metric.history
    texts = f.series([p.value for p in points], metric.unit)
    first = f"{words['alt_from']} {texts[0]} {words['alt_in']} {points[0].label}"
    last = f"{words['alt_to']} {texts[-1]} {words['alt_in']} {points[-1].label}"
    trend = first if len(points) == 1 else f"{first} {last}"
    named, target = _named(metric, words), _target_words(metric, words, f)
    return f"{named} {trend}{words['semicolon']}{target}{words['full_stop']}"


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
    options = section.options
    filled = (
        any(o.pros for o in options),
        any(o.cons for o in options),
        any(o.cost for o in options),
        any(o.time for o in options),
    )
    columns = (0, *(c for c, shown in enumerate(filled, start=1) if shown))
    badge = f"★ {words['recommended']}"
    blocks: list[Block] = [Table(header, rows, highlight, badge, columns)]
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
    facts = [Fact(words[key], value, f"ask.{key}") for key, value in pairs if value is not None]
    if facts:
        blocks.append(Facts(facts))
    if ask.next_steps:
        blocks.append(Steps(words["next_steps"], list(ask.next_steps)))
    return blocks
