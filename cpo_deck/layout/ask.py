"""The ask slide: the decision, the largest text on the slide, beside an accent bar; below it
the next steps, numbered, and the facts (investment, by when, owner)."""

from __future__ import annotations

from dataclasses import dataclass

from ..geometry import Box
from ..measure import Para, block_height, fit, largest_fitting, steps
from ..outline import Decision, Facts, Slide, Steps
from . import units as u
from .canvas import Canvas
from .scene import Bullet, Paragraphs, Run


@dataclass(frozen=True)
class _Columns:
    """Where the decision, the steps and the facts go."""

    area: Box
    text_x: float
    text_w: float
    steps_w: float
    facts_x: float
    facts_w: float


@dataclass(frozen=True)
class _Sizes:
    """One try: whether it fits, the decision's height and the sizes below it."""

    ok: bool
    decision_h: float
    steps: float
    facts: float
    room: float


def plan(slide: Slide, area: Box, canvas: Canvas) -> None:
    """The decision as large as it can be while the steps and facts fit below it."""
    decision: Decision = slide.block(Decision)
    facts: Facts | None = slide.block(Facts)
    next_steps: Steps | None = slide.block(Steps)
    text_x = area.x + u.DECISION_BAR + u.DECISION_TEXT_X
    steps_w = area.w * u.SPLIT if (next_steps and facts) else area.w
    facts_x = area.x + steps_w + u.COL_GAP if next_steps else area.x
    cols = _Columns(area, text_x, area.right - text_x, steps_w, facts_x, area.right - facts_x)
    sizes, dec_size = _fit(decision, facts, next_steps, cols, canvas)
    _decision(decision, dec_size, sizes, cols, canvas)
    y = area.y + u.DECISION_LABEL_H + sizes.decision_h + u.DECISION_GAP
    if next_steps:
        _steps(next_steps, sizes.steps, Box(area.x, y, steps_w, area.bottom - y), canvas)
    if facts:
        _facts(facts, sizes.facts, Box(facts_x, y, cols.facts_w, area.bottom - y), canvas)


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


def _fit(
    decision: Decision,
    facts: Facts | None,
    next_steps: Steps | None,
    cols: _Columns,
    canvas: Canvas,
) -> tuple[_Sizes, float]:
    """The largest decision size (40 down to 18) at which steps and facts fit at 16 pt or more;
    else the smallest decision with steps and facts down to the floor."""
    style = canvas.style
    font, heading = style.body_font, style.heading_font
    area = cols.area
    step_paras = [
        Para(s, space_before=u.STEP_SPACE) for s in (next_steps.items if next_steps else [])
    ]
    decision_paras = [Para(decision.text, bold=True)]
    _, least, _ = u.DECISION_SIZES

    def fit_facts(height: float, largest: float, small: float) -> tuple[float, bool]:
        def fits(size: float) -> bool | None:
            paras = _fact_paras(facts, size)
            width = cols.facts_w - 2 * u.INSET_X
            needed = block_height(paras, font, size, width, size - 1 < small)
            return True if needed is not None and needed <= height else None

        found = largest_fitting(steps(largest, small), fits)
        return (found[0], True) if found else (small, False)

    def attempt(dec_size: float, small: float) -> _Sizes:
        width = cols.text_w - 2 * u.INSET_X
        dec_h = (
            block_height(decision_paras, heading, dec_size, width, dec_size <= least) or 1e9
        ) + 2 * u.INSET_Y
        room = area.h - u.DECISION_LABEL_H - dec_h - u.DECISION_GAP - u.HEAD_H - 2 * u.INSET_Y
        ok, step_size, fact_size = room > 0, 0.0, 0.0
        # Everything else stays smaller than the decision.
        largest = max(small, min(u.ASK_LARGEST, dec_size - u.ASK_BELOW_DECISION))
        if next_steps:
            inner = cols.steps_w - 2 * u.INSET_X - u.NUMBER_INDENT
            step_size, fits = fit(step_paras, font, inner, room, largest, small)
            ok = ok and fits
        if facts:
            fact_size, fits = fit_facts(room + u.HEAD_H, largest, small)
            ok = ok and fits
        return _Sizes(ok, dec_h, step_size, fact_size, room)

    largest_dec, smallest_dec, step = u.DECISION_SIZES
    # 40, 38, ... down to the first size at or below 18.
    tries = [largest_dec]
    while tries[-1] > smallest_dec:
        tries.append(tries[-1] - step)

    def comfortable(dec_size: float) -> _Sizes | None:
        sizes = attempt(dec_size, u.ASK_SMALL)
        return sizes if sizes.ok else None

    found = largest_fitting(tries, comfortable)
    if found:
        return found[1], found[0]
    dec_size = tries[-1]
    sizes = attempt(dec_size, style.floor)
    if not sizes.ok:
        field = "ask.next_steps" if next_steps else "ask.decision"
        paras = step_paras + _fact_paras(facts, style.floor) if next_steps else decision_paras
        width = cols.steps_w - 2 * u.INSET_X
        canvas.over(field, paras, font, style.floor, width, max(sizes.room, 1))
    return sizes, dec_size


def _decision(
    decision: Decision, size: float, sizes: _Sizes, cols: _Columns, canvas: Canvas
) -> None:
    """The decision's label, the decision, and the accent bar beside both."""
    area = cols.area
    canvas.shrunk("decision", size, u.DECISION_SIZES[0])
    canvas.text(
        Box(cols.text_x, area.y, cols.text_w, u.LABEL_H),
        [[Run(decision.label.upper(), u.LABEL_SIZE, True, "accent")]],
        "Decision label",
    )
    canvas.text(
        Box(cols.text_x, area.y + u.DECISION_LABEL_H, cols.text_w, sizes.decision_h),
        [[Run(decision.text, size, True, "primary")]],
        "Decision",
        font=canvas.style.heading_font,
    )
    bar = Box(area.x, area.y, u.DECISION_BAR, sizes.decision_h + u.DECISION_LABEL_H)
    canvas.rect(bar, "accent", "Decision bar")


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


def _facts(facts: Facts, size: float, box: Box, canvas: Canvas) -> None:
    """Each fact's label (a caption) over its value."""
    runs: Paragraphs = []
    for fact in facts.facts:
        runs.append([Run(fact.label.upper(), u.LABEL_SIZE, True, "muted")])
        runs.append([Run(fact.value, size, True, "text")])
    spacing = [0.0 if i == 0 else (0.8 if i % 2 == 0 else 0.1) * size for i in range(len(runs))]
    canvas.text(
        Box(box.x, box.y, box.w, max(box.h, u.MIN_BOX_H)),
        runs,
        "Facts",
        flush=True,
        space_before=spacing,
    )
