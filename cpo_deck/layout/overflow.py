"""The overflow policy: what moves from a full slide into its speaker notes, in which order.

Each move takes the lowest-priority detail left on the slide for the region that overflowed and
returns the slide without it, its text appended to the notes under the pack's heading. The
layout then plans the slide again. Nothing is ever dropped: every move says what it moved.
"""

from __future__ import annotations

from collections.abc import Callable

from msgspec import structs

from ..outline import (
    Block,
    Chart,
    Facts,
    Listing,
    NotesWords,
    OptionRow,
    Quote,
    Scorecard,
    Slide,
    Steps,
    Table,
    Tiles,
)
from .canvas import Overflow

Move = tuple[Slide, str]
"""The slide after a move, and what was moved (a field path the user recognises)."""

KEEP_PER_CELL = (3, 2, 1)
"""Pros and cons beyond the first few move, three, then two, then one."""


def next_move(slide: Slide, region: str, words: NotesWords) -> Move | None:
    """The next piece of low-priority detail to move off ``slide``, for the overflowing region."""
    if region == "subtitle" and slide.subheading:
        text = f"{words.subtitle}{words.colon}{slide.subheading}"
        without = _with_notes(slide, slide.blocks, text, words)
        return structs.replace(without, subheading=None), "subtitle"
    if region == "title" and slide.heading:  # the footer still names the initiative
        text = f"{words.title}{words.colon}{slide.heading}"
        without = _with_notes(slide, slide.blocks, text, words)
        return structs.replace(without, heading=None), "title"
    mover = _MOVES.get(slide.kind)
    return mover(slide, region, words) if mover else None


def shorten_message(kind: str, over: Overflow, floor: float) -> str:
    """What the ``fail`` policy says: the field to shorten, and by about how much."""
    share = 1 - over.available / over.needed if over.needed > 0 else 0.1
    cut = max(1, round(over.chars * share + 0.5))
    return (
        f"{over.field}: does not fit on the {kind} slide even at {floor:g} pt "
        f"({over.needed:.0f} pt of text for {over.available:.0f} pt of room); shorten it by "
        f"about {cut} characters"
    )


def _with_notes(slide: Slide, blocks: list[Block], text: str, words: NotesWords) -> Slide:
    prefix = "" if words.moved in slide.notes else f"\n\n{words.moved}"
    return structs.replace(slide, blocks=blocks, notes=f"{slide.notes}{prefix}\n{text}")


def _replace(slide: Slide, old: Block, new: Block | None) -> list[Block]:
    """The slide's blocks with ``old`` replaced by ``new`` (or removed)."""
    return [b for b in ((new if b is old else b) for b in slide.blocks) if b is not None]


def _problem(slide: Slide, region: str, words: NotesWords) -> Move | None:
    quote: Quote | None = slide.block(Quote)
    if quote is None:
        return None
    text = f"{quote.label}{words.colon}{quote.text}"
    return _with_notes(slide, _replace(slide, quote, None), text, words), "problem.evidence"


def _metrics(slide: Slide, region: str, words: NotesWords) -> Move | None:
    chart: Chart | None = slide.block(Chart)
    if region.endswith(".history") and chart is not None and any(chart.categories):
        values = chart.series[0].values
        pairs = "; ".join(
            f"{c}{words.colon}{v:g}"
            for c, v in zip(chart.categories, values, strict=False)
            if v is not None
        )
        unlabelled = structs.replace(chart, categories=[""] * len(chart.categories))
        text = f"{chart.title}{words.colon}{pairs}; {chart.target_text} ({chart.target_label})"
        blocks = _replace(slide, chart, unlabelled)
        return _with_notes(slide, blocks, text, words), "metrics.items[0].history labels"
    card: Scorecard | None = slide.block(Scorecard)
    if card is not None and any(r.detail for r in card.rows):
        details = "\n".join(f"{r.name}{words.colon}{r.detail}" for r in card.rows if r.detail)
        plain = [structs.replace(r, detail="") for r in card.rows]
        blocks = _replace(slide, card, structs.replace(card, rows=plain))
        return _with_notes(slide, blocks, details, words), "metrics.items[*] details"
    if card is not None and len(card.rows) > 1:  # the charted metric (the first) always stays
        last = card.rows[-1]
        text = f"{last.name}{words.colon}{last.value_line}"
        blocks = _replace(slide, card, structs.replace(card, rows=card.rows[:-1]))
        kept = len(card.rows) - 1
        return _with_notes(slide, blocks, text, words), f"metrics.items beyond the first {kept}"
    return None


def _tradeoffs(slide: Slide, region: str, words: NotesWords) -> Move | None:
    for key in ("risks", "not_doing"):  # the strip below the table first
        listing = next((b for b in slide.blocks if isinstance(b, Listing) and b.key == key), None)
        if listing is not None:
            text = f"{listing.label}: " + "; ".join(listing.items)
            moved = _with_notes(slide, _replace(slide, listing, None), text, words)
            return moved, f"tradeoffs.{key}"
    table: Table | None = slide.block(Table)
    if table is None:
        return None
    # Others first, the recommended option's last.
    order = [i for i in range(len(table.rows)) if i not in table.highlight] + table.highlight
    for index in order:  # option summaries first
        row = table.rows[index]
        if row.summary:
            changed = _with_row(slide, table, index, structs.replace(row, summary=None))
            text = f"{row.name}{words.colon}{row.summary}"
            return _with_notes(changed, changed.blocks, text, words), (
                f"tradeoffs.options[{index}].summary"
            )
    for keep in KEEP_PER_CELL:  # then pros and cons beyond the first few
        for index in order:
            row = table.rows[index]
            for col, key in ((1, "pros"), (2, "cons")):
                items = row.pros if key == "pros" else row.cons
                if len(items) > keep:
                    text = f"{row.name} ({table.header[col]}): " + "; ".join(items[keep:])
                    shorter = (
                        structs.replace(row, pros=items[:keep])
                        if key == "pros"
                        else structs.replace(row, cons=items[:keep])
                    )
                    changed = _with_row(slide, table, index, shorter)
                    return _with_notes(changed, changed.blocks, text, words), (
                        f"tradeoffs.options[{index}].{key} beyond the first {keep}"
                    )
    return None


def _with_row(slide: Slide, table: Table, index: int, row: OptionRow) -> Slide:
    rows = [row if i == index else r for i, r in enumerate(table.rows)]
    return structs.replace(slide, blocks=_replace(slide, table, structs.replace(table, rows=rows)))


def _ask(slide: Slide, region: str, words: NotesWords) -> Move | None:
    """The next steps beyond the first two, then the rest of them; then the facts, the last
    first (owner, by, investment): the decision itself always stays."""
    steps: Steps | None = slide.block(Steps)
    if steps is None:
        return _ask_fact(slide, words)
    keep = 2 if len(steps.items) > 2 else len(steps.items) - 1
    kept = structs.replace(steps, items=steps.items[:keep]) if keep else None
    text = f"{steps.label}: " + "; ".join(
        f"{i}. {s}" for i, s in enumerate(steps.items[keep:], start=keep + 1)
    )
    what = f"ask.next_steps beyond the first {keep}" if keep else "ask.next_steps"
    return _with_notes(slide, _replace(slide, steps, kept), text, words), what


def _ask_fact(slide: Slide, words: NotesWords) -> Move | None:
    facts: Facts | None = slide.block(Facts)
    if facts is None:
        return None
    last = facts.facts[-1]
    kept = Facts(facts.facts[:-1]) if len(facts.facts) > 1 else None
    text = f"{last.label}{words.colon}{last.value}"
    return _with_notes(
        slide, _replace(slide, facts, kept), text, words
    ), last.field or f"ask ({last.label})"


def _impact(slide: Slide, region: str, words: NotesWords) -> Move | None:
    """The outcomes are the message: only when even bands cannot hold them all does the last
    (the lowest in priority: risk and strategy after the money) move to the notes."""
    tiles: Tiles | None = slide.block(Tiles)
    if tiles is None or len(tiles.tiles) < 2:
        return None
    last = tiles.tiles[-1]
    number = last.value or last.lead
    text = (
        f"{last.caption}{words.colon}{number} {last.text}"
        if number
        else f"{last.caption}{words.colon}{last.text}"
    )
    kept = structs.replace(tiles, tiles=tiles.tiles[:-1])
    moved = _with_notes(slide, _replace(slide, tiles, kept), text, words)
    return moved, f"impact.outcomes beyond the first {len(kept.tiles)}"


_MOVES: dict[str, Callable[[Slide, str, NotesWords], Move | None]] = {
    "problem": _problem,
    "impact": _impact,
    "metrics": _metrics,
    "tradeoffs": _tradeoffs,
    "ask": _ask,
}
"""The moves of each slide kind, lowest priority first."""
