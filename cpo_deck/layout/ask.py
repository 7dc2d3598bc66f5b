"""The ask slide: the decision, the largest text on the slide (never smaller than the title),
beside an accent bar; under it the facts (investment, by when, owner) and the next steps:

- facts without next steps: the facts as a band of labelled values side by side;
- next steps: numbered, with the facts in a column beside them.

The steps and facts give way first (shrink, then the steps move to the notes) before the
decision shrinks; the block is balanced in the content area.
"""

from __future__ import annotations

from msgspec import Struct, structs

from ..geometry import Box
from ..measure import Para, block_height, fit, largest_fitting, steps
from ..outline import Decision, Facts, Slide, Steps
from . import units as u
from .canvas import Canvas
from .scene import Bullet, Paragraphs, Run


class _Columns(Struct, frozen=True):
    """Where the decision, the steps and the facts go (``band``: facts side by side)."""

    area: Box
    text_x: float
    text_w: float
    steps_w: float
    facts_x: float
    facts_w: float
    band: bool


class _Sizes(Struct, frozen=True):
    """One try: whether it fits, the heights of the decision and of what is under it, and the
    sizes of the steps and facts."""

    ok: bool
    decision_h: float
    below_h: float
    steps: float
    facts: float
    room: float


def plan(slide: Slide, area: Box, canvas: Canvas) -> None:
    """The decision as large as it can be while the steps and facts fit below it."""
    decision: Decision = slide.block(Decision)
    facts: Facts | None = slide.block(Facts)
    next_steps: Steps | None = slide.block(Steps)
    text_x = area.x + u.DECISION_BAR + u.DECISION_TEXT_X
    band = facts is not None and next_steps is None
    steps_w = area.w * u.SPLIT if (next_steps and facts) else area.w
    facts_x = area.x + steps_w + u.COL_GAP if next_steps else text_x
    facts_w = area.right - facts_x
    cols = _Columns(area, text_x, area.right - text_x, steps_w, facts_x, facts_w, band)
    before = (canvas.overflow, len(canvas.decisions))
    sizes, dec_size = _fit(decision, facts, next_steps, cols, canvas)
    if band and not sizes.ok:  # long facts: one column under the decision holds more
        canvas.overflow = before[0]
        del canvas.decisions[before[1] :]
        cols = structs.replace(cols, band=False)
        sizes, dec_size = _fit(decision, facts, next_steps, cols, canvas)
    height = u.DECISION_LABEL_H + sizes.decision_h
    if sizes.below_h:
        height += u.DECISION_GAP + sizes.below_h
    top = canvas.balanced(area, height)
    _decision(decision, dec_size, sizes, cols, top, canvas)
    y = top + u.DECISION_LABEL_H + sizes.decision_h + u.DECISION_GAP
    if next_steps:
        _steps(next_steps, sizes.steps, Box(area.x, y, steps_w, area.bottom - y), canvas)
    if facts:
        box = Box(facts_x, y, cols.facts_w, area.bottom - y)
        (_band if cols.band else _facts)(facts, sizes.facts, box, canvas)


def _fact_paras(facts: Facts | None, size: float) -> list[Para]:
    """Each fact: its label (always 12 pt, a caption) over its value."""
    return [
        p
        for f in (facts.facts if facts else [])
        for p in (
            Para(f.label.upper(), u.LABEL_SIZE / size, True, u.FACT_LABEL_SPACE),
            Para(f.value, 1.0, True, 1),
        )
    ]


def _facts_height(facts: Facts, size: float, cols: _Columns, font: str, split: bool) -> float:
    """The facts' height: one column of them, or the tallest fact of the band."""
    if not cols.band:
        width = cols.facts_w - 2 * u.INSET_X
        return block_height(_fact_paras(facts, size), font, size, width, split) or 1e9
    width = _band_width(facts, cols) - 2 * u.INSET_X
    heights = [
        block_height(_fact_paras(Facts([f]), size), font, size, width, split) for f in facts.facts
    ]
    return max((h if h is not None else 1e9) for h in heights)


def _band_width(facts: Facts, cols: _Columns) -> float:
    count = len(facts.facts)
    return (cols.facts_w - u.COL_GAP * (count - 1)) / count


def _fit(
    decision: Decision,
    facts: Facts | None,
    next_steps: Steps | None,
    cols: _Columns,
    canvas: Canvas,
) -> tuple[_Sizes, float]:
    """The largest decision size (40 down to the title's size) at which the steps and facts
    fit at 16 pt or more; else the title's size with the steps and facts down to the floor."""
    style = canvas.style
    font, heading = style.body_font, style.heading_font
    area = cols.area
    step_paras = [
        Para(s, space_before=u.STEP_SPACE) for s in (next_steps.items if next_steps else [])
    ]
    decision_paras = [Para(decision.text, bold=True)]

    def fit_facts(height: float, largest: float, small: float) -> tuple[float, float] | None:
        def fits(size: float) -> float | None:
            assert facts is not None
            needed = _facts_height(facts, size, cols, font, size - 1 < small)
            return needed if needed <= height else None

        found = largest_fitting(steps(largest, small), fits)
        return found

    def attempt(dec_size: float, small: float, split: bool) -> _Sizes:
        width = cols.text_w - 2 * u.INSET_X
        dec_h = (block_height(decision_paras, heading, dec_size, width, split) or 1e9) + 2 * (
            u.INSET_Y
        )
        room = area.h - u.DECISION_LABEL_H - dec_h - u.DECISION_GAP - 2 * u.INSET_Y
        ok, step_size, fact_size, below = room > 0, 0.0, 0.0, 0.0
        # Everything else stays smaller than the decision.
        largest = max(small, min(u.ASK_LARGEST, dec_size - u.ASK_BELOW_DECISION))
        if next_steps:
            inner = cols.steps_w - 2 * u.INSET_X - u.NUMBER_INDENT
            step_room = room - u.HEAD_H
            step_size, fits = fit(step_paras, font, inner, step_room, largest, small)
            ok = ok and fits
            needed = block_height(step_paras, font, step_size, inner, True) or step_room
            below = u.HEAD_H + needed + 2 * u.INSET_Y
        if facts:
            found = fit_facts(room, largest, small)
            ok = ok and found is not None
            fact_size, fact_h = found if found else (small, room)
            below = max(below, fact_h + 2 * u.INSET_Y)
        return _Sizes(ok, dec_h, below, step_size, fact_size, room)

    largest_dec, _, step = u.DECISION_SIZES
    least = style.title_size  # the decision is never smaller than the title
    tries = steps(largest_dec, least, step)
    if tries[-1] > least:
        tries.append(least)

    def comfortable(dec_size: float) -> _Sizes | None:
        sizes = attempt(dec_size, u.ASK_SMALL, False)
        return sizes if sizes.ok else None

    found = largest_fitting(tries, comfortable)
    if found:
        return found[1], found[0]
    sizes = attempt(least, style.floor, False)
    if sizes.ok:
        return sizes, least
    if not next_steps:  # a decision too long for the title's size: it alone may shrink
        smaller = [s for s in steps(least, u.DECISION_SIZES[1]) if s < least] or [least]
        for dec_size in smaller:
            sizes = attempt(dec_size, style.floor, dec_size == smaller[-1])
            if sizes.ok:
                canvas.decide("ask: the decision set below the title's size, to fit")
                return sizes, dec_size
    field = "ask.next_steps" if next_steps else "ask.decision"
    paras = step_paras + _fact_paras(facts, style.floor) if next_steps else decision_paras
    canvas.over(field, paras, font, style.floor, cols.steps_w - 2 * u.INSET_X, max(sizes.room, 1))
    return sizes, least if next_steps else u.DECISION_SIZES[1]


def _decision(
    decision: Decision, size: float, sizes: _Sizes, cols: _Columns, top: float, canvas: Canvas
) -> None:
    """The decision's label, the decision, and the accent bar beside both."""
    area = cols.area
    canvas.shrunk("decision", size, u.DECISION_SIZES[0])
    canvas.rect(
        Box(area.x, top, u.DECISION_BAR, sizes.decision_h + u.DECISION_LABEL_H),
        "accent",
        "Decision bar",
    )
    canvas.text(
        Box(cols.text_x, top, cols.text_w, u.LABEL_H),
        [[Run(decision.label.upper(), u.LABEL_SIZE, True, "accent")]],
        "Decision label",
    )
    canvas.text(
        Box(cols.text_x, top + u.DECISION_LABEL_H, cols.text_w, sizes.decision_h),
        [[Run(decision.text, size, True, "primary")]],
        "Decision",
        font=canvas.style.heading_font,
    )


def _steps(next_steps: Steps, size: float, box: Box, canvas: Canvas) -> None:
    """The next steps' label and the steps, numbered."""
    canvas.text(
        Box(box.x, box.y, box.w, u.LABEL_H),
        [[Run(next_steps.label.upper(), u.LABEL_SIZE, True, "accent")]],
        "Next steps label",
        flush=True,
    )
    canvas.text(
        Box(box.x, box.y + u.HEAD_H, box.w, max(box.h - u.HEAD_H, u.MIN_BOX_H)),
        [[Run(s, size, False, "text")] for s in next_steps.items],
        "Next steps",
        flush=True,
        space_before=size * 0.5,
        bullet=Bullet(u.NUMBERED, u.NUMBER_INDENT, "accent"),
    )


def _fact_runs(facts: Facts, size: float) -> Paragraphs:
    runs: Paragraphs = []
    for fact in facts.facts:
        runs.append([Run(fact.label.upper(), u.LABEL_SIZE, True, "muted")])
        runs.append([Run(fact.value, size, True, "text")])
    return runs


def _facts(facts: Facts, size: float, box: Box, canvas: Canvas) -> None:
    """Each fact's label (a caption) over its value, in one column."""
    runs = _fact_runs(facts, size)
    spacing = [0.0 if i == 0 else (0.8 if i % 2 == 0 else 0.1) * size for i in range(len(runs))]
    canvas.text(
        Box(box.x, box.y, box.w, max(box.h, u.MIN_BOX_H)),
        runs,
        "Facts",
        flush=True,
        space_before=spacing,
    )


def _band(facts: Facts, size: float, box: Box, canvas: Canvas) -> None:
    """The facts side by side, each label over its value, under a hairline."""
    width = (box.w - u.COL_GAP * (len(facts.facts) - 1)) / len(facts.facts)
    canvas.rect(Box(box.x, box.y - u.BAND_RULE_ABOVE, box.w, u.RULE_W), "rule", "Rule")
    for index, fact in enumerate(facts.facts):
        x = box.x + index * (width + u.COL_GAP)
        canvas.text(
            Box(x, box.y, width, max(box.h, u.MIN_BOX_H)),
            _fact_runs(Facts([fact]), size),
            "Facts",
            flush=True,
            space_before=[0.0, 0.1 * size],
        )
