"""The primary metric's chart: its title, the plot, which points carry value labels, and the
target line's label. The chart itself is drawn natively by the renderer."""

from __future__ import annotations

from msgspec import structs

from ..geometry import Box
from ..measure import Font, Para, block_height
from ..outline import Chart
from . import chart_axis
from . import units as u
from .canvas import Canvas
from .scene import ChartBox, Run


def plan(box: Box, spec: Chart, canvas: Canvas) -> None:
    """Record the chart's title and the chart in ``box``."""
    font = canvas.style.body_font
    # Labelled like the scorecard beside it: one style, one baseline for both columns.
    unit_note = f" ({spec.unit})" if spec.unit else ""
    title = (spec.heading or spec.title + unit_note).upper()
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
    spec = _projection_category(spec, slot, canvas)
    skip = _check_categories(spec, slot, canvas)
    # Labels written as the scorecard writes numbers, the unit always kept (see ChartBox).
    values = spec.series[0].values
    texts = canvas.style.formatter.series(values, spec.unit)
    labels = _value_labels(spec, texts, slot, canvas)
    target = f"{spec.target_word} {canvas.style.formatter.with_unit(spec.target, spec.unit)}"
    numbers = [v for s in spec.series for v in s.values if v is not None] + [spec.target]
    if spec.style == "columns":
        bounds = chart_axis.column_bounds(numbers)
        canvas.add(ChartBox(plot, spec, labels, texts, [False] * len(values), font, bounds))
        return
    height = plot.h - u.CHART_AXIS_ROOM
    room = min(u.CHART_LABEL_ROOM / height, u.CHART_ROOM_MOST) if height > 0 else u.CHART_ROOM_MOST
    bounds = chart_axis.trend_bounds(numbers, room)
    place = _TargetPlace(spec, slot, height, bounds)
    bold = Font(font, u.LABEL_SIZE, True)
    at, target_below, below = place.choose(labels, bold.width(target))
    # The latest label goes right of its point, on the side away from the projection.
    latest = max(i for i, v in enumerate(values) if v is not None)
    rises = spec.target > (values[latest] or 0.0)
    below[latest] = rises
    shift = bold.width(texts[latest]) / 2 / plot.w
    canvas.add(
        ChartBox(
            plot,
            spec,
            labels,
            texts,
            below,
            font,
            bounds,
            target,
            at,
            target_below,
            latest,
            shift,
            skip,
        )
    )


def _check_categories(spec: Chart, slot: float, canvas: Canvas) -> int:
    """Category labels share the axis, each in its slot, at most two lines: every one, else
    every second, third, ... (the renderer then gives each shown label that many slots).
    Returns that step; records an overflow when not even every sixth fits."""
    font = canvas.style.body_font
    last = len(spec.categories) - 1
    for skip in u.LABEL_SKIPS:
        if spec.style == "trend" and last % skip:
            continue  # the target's category, the last, must stay labelled
        shown = spec.categories[::skip]
        if all(not c or _fits(c, slot * skip, font) for c in shown):
            if skip > 1:
                canvas.decide(f"metrics: every {_nth(skip)} period labelled, to fit the axis")
            return skip
    category = next(c for c in spec.categories if c and not _fits(c, slot, font))
    canvas.over(
        "metrics.items[0].history",
        [Para(category)],
        font,
        u.LABEL_SIZE,
        slot,
        u.LABEL_LINE * u.CATEGORY_LINES,
    )
    return 1


def _nth(step: int) -> str:
    return {2: "second", 3: "third", 4: "fourth"}.get(step, f"{step}th")


def _fits(category: str, width: float, font: str) -> bool:
    """Whether a category label fits ``width`` in two lines."""
    height = block_height([Para(category)], font, u.LABEL_SIZE, width - u.SLOT_SLACK)
    return height is not None and height <= u.LABEL_SIZE * 1.2 * u.CATEGORY_LINES + 0.1


def _projection_category(spec: Chart, slot: float, canvas: Canvas) -> Chart:
    """A trend's last category names the timeframe; one too long for its slot stays on the
    scorecard, and the category says the target word instead."""
    categories = spec.categories
    if spec.style != "trend" or not categories[-1] or categories[-1] == spec.target_word:
        return spec
    if _fits(categories[-1], slot, canvas.style.body_font):
        return spec
    canvas.decide("metrics: the timeframe stays on the scorecard, too long for the chart's axis")
    return structs.replace(spec, categories=[*categories[:-1], spec.target_word])


def _value_labels(spec: Chart, texts: list[str], slot: float, canvas: Canvas) -> list[bool]:
    """Which points carry a value label: they must not run into each other. The unit is never
    dropped to make them fit: a trend labels its first and latest point only instead."""
    values = spec.series[0].values
    label_font = Font(canvas.style.body_font, u.LABEL_SIZE, True)
    widest = max((label_font.width(t) * u.LABEL_WIDTH_SLACK for t in texts if t), default=0)
    labels = [v is not None for v in values]
    if spec.style == "trend" and widest > slot:
        last = max(i for i, v in enumerate(values) if v is not None)
        labels = [i in (0, last) and values[i] is not None for i in range(len(values))]
        canvas.decide("metrics: values labelled at the first and latest point only")
    return labels


class _TargetPlace:
    """Where the target line's label goes on a trend: at the line's left end, on the side away
    from the data near there; else at its right end (the projection's). Value labels near it
    that would reach it move below their points."""

    def __init__(
        self, spec: Chart, slot: float, height: float, bounds: tuple[float | None, float | None]
    ) -> None:
        self.values = spec.series[0].values
        self.target = spec.target
        self.slot = slot
        low, high = bounds
        self.scale = height / (high - low) if low is not None and high is not None else None

    def choose(self, labels: list[bool], width: float) -> tuple[int, bool, list[bool]]:
        """The category the label sits at, whether it goes below the line, and which value
        labels go below their points."""
        last = len(self.values) - 1
        for at in (0, last):
            near = self._near(at, width)
            near_values = [v for j in near if (v := self.values[j]) is not None]
            if all(v < self.target for v in near_values):
                return at, False, self._away(near, labels)
            if all(v > self.target for v in near_values):
                return at, True, [False] * len(self.values)
        return last, False, self._away(self._near(last, width), labels)

    def _near(self, at: int, width: float) -> list[int]:
        """The points whose marker, label or line runs under a label ``width`` wide at ``at``."""
        reach = width * u.LABEL_WIDTH_SLACK / 2 + self.slot + u.MARKER_ROOM
        return [
            j
            for j, v in enumerate(self.values)
            if v is not None and abs(j - at) * self.slot < reach
        ]

    def _away(self, near: list[int], labels: list[bool]) -> list[bool]:
        """Value labels below their points where, above, they would reach the target's."""
        below = [False] * len(self.values)
        for j in near:
            value = self.values[j]
            if not labels[j] or value is None:
                continue
            gap = None if self.scale is None else (self.target - value) * self.scale
            below[j] = gap is None or gap < u.CHART_LABEL_ROOM
        return below
