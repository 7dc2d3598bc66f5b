"""The primary metric's chart: its title, the plot, which points carry value labels, and the
target line's label. The chart itself is drawn natively by the renderer."""

from __future__ import annotations

from ..geometry import Box
from ..measure import Font, Para, block_height
from ..outline import Chart
from . import units as u
from .canvas import Canvas
from .scene import ChartBox, Run


def plan(box: Box, spec: Chart, canvas: Canvas) -> None:
    """Record the chart's title and the chart in ``box``."""
    font = canvas.style.body_font
    # Labelled like the scorecard beside it: one style, one baseline for both columns.
    unit_note = f" ({spec.unit})" if spec.unit else ""
    title = (spec.title + unit_note).upper()
    line_h = u.LABEL_SIZE * 1.2
    one_line = block_height([Para(title, bold=True)], font, u.LABEL_SIZE, box.w - 2 * u.INSET_X)
    lines = 1 if one_line is not None and one_line <= line_h + 0.1 else 2
    head = Box(box.x, box.y, box.w, u.HEAD_H + (lines - 1) * u.LABEL_LINE)
    canvas.text(head, [[Run(title, u.LABEL_SIZE, True, "accent")]], "Chart title", flush=True)
    plot = Box(
        box.x,
        head.bottom + u.CHART_TITLE_GAP,
        box.w,
        box.bottom - head.bottom - u.CHART_TITLE_GAP,
    )
    slot = plot.w * u.AXIS_SHARE / len(spec.categories)
    _check_categories(spec, slot, canvas)
    # Short units ("%", "$M", "pts", "days") on every label; a long one only in the title.
    label_unit = spec.unit if spec.unit and len(spec.unit) <= u.LABEL_UNIT_CHARS else None
    labels = _value_labels(spec, slot, label_unit, canvas)
    target = _target_label(spec, plot, label_unit, canvas)
    canvas.add(ChartBox(plot, spec, labels, font, label_unit, target))


def _check_categories(spec: Chart, slot: float, canvas: Canvas) -> None:
    """Category labels share the axis: each gets its slot (and an empty neighbour's), at most
    two lines."""
    font = canvas.style.body_font
    count = len(spec.categories)
    most = u.LABEL_SIZE * 1.2 * u.CATEGORY_LINES + 0.1
    for index, category in enumerate(spec.categories):
        if not category:
            continue
        free = sum(1 for j in (index - 1, index + 1) if 0 <= j < count and not spec.categories[j])
        width = slot * (1 + free) - u.SLOT_SLACK
        height = block_height([Para(category)], font, u.LABEL_SIZE, width)
        if height is None or height > most:
            canvas.over(
                "metrics.items[0].history",
                [Para(category)],
                font,
                u.LABEL_SIZE,
                slot,
                u.LABEL_LINE * u.CATEGORY_LINES,
            )
            break


def _value_labels(spec: Chart, slot: float, label_unit: str | None, canvas: Canvas) -> list[bool]:
    """Which points carry a value label: they must not run into each other."""
    f = canvas.style.formatter
    values = spec.series[0].values
    texts = [f.with_unit(v, label_unit) if v is not None else "" for v in values]
    label_font = Font(canvas.style.body_font, u.LABEL_SIZE)
    widest = max((label_font.width(t) * u.LABEL_WIDTH_SLACK for t in texts if t), default=0)
    labels = [v is not None for v in values]
    if spec.style == "trend" and widest > slot:
        last = max(i for i, v in enumerate(values) if v is not None)
        labels = [i in (0, last) and values[i] is not None for i in range(len(values))]
        canvas.decide("metrics: values labelled at the first and latest point only")
    return labels


def _target_label(spec: Chart, plot: Box, label_unit: str | None, canvas: Canvas) -> str:
    """The target line's label: the target, and on a trend its timeframe when that is short
    (the level line has no slot of its own; a long timeframe stays on the scorecard)."""
    f = canvas.style.formatter
    label = f"{spec.target_word} {f.with_unit(spec.target, label_unit)}"
    when = f"{label} · {spec.target_label}"
    bold = Font(canvas.style.body_font, u.LABEL_SIZE, True)
    if (
        spec.style == "trend"
        and spec.target_label != spec.target_word
        and bold.width(when) <= plot.w * u.TARGET_LABEL_SHARE
    ):
        return when
    return label
