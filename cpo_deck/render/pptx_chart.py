"""The primary metric's chart, drawn natively (python-pptx), so it stays editable: a line
toward the target level, or columns from baseline to target; labels formatted like the scorecard.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from lxml import etree
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import (
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_MARKER_STYLE,
    XL_TICK_LABEL_POSITION,
)
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from ..layout import ChartBox

EMU_PER_PT = 12700


def _emu(points: float) -> Emu:
    return Emu(round(points * EMU_PER_PT))


Color = Callable[[str], RGBColor]
"""Maps a colour role (``accent``, ``muted``, …) to the pack's colour."""


def draw_chart(slide: Any, element: ChartBox, color: Color) -> None:
    """Draw the planned chart natively on ``slide``; ``color`` maps a role to its colour."""
    spec, b = element.spec, element.box
    data = CategoryChartData(number_format=_number_format(element.label_unit))
    labelled = any(spec.categories)
    # Without labels (moved to the notes to fit) the axis shows none at all.
    data.categories = (
        spec.categories if labelled else [str(i) for i in range(1, len(spec.categories) + 1)]
    )
    for series in spec.series:
        data.add_series(series.name, series.values)
    kind = XL_CHART_TYPE.LINE_MARKERS if spec.style == "trend" else XL_CHART_TYPE.COLUMN_CLUSTERED
    frame = slide.shapes.add_chart(kind, _emu(b.x), _emu(b.y), _emu(b.w), _emu(b.h), data)
    frame.name = "Primary metric chart"
    chart = frame.chart
    chart.has_title = False
    chart.has_legend = False
    chart.font.size = Pt(12)
    chart.font.name = element.font
    chart.font.color.rgb = color("muted")
    _axes(chart, element, labelled, color)
    first = chart.plots[0].series[0]
    labels = first.data_labels
    labels.show_value = True
    labels.number_format = _number_format(element.label_unit)
    labels.number_format_is_linked = False
    labels.font.bold = True
    labels.font.color.rgb = color("text")
    _no_wrap(labels._element)
    if spec.style == "trend":
        _trend(chart.plots[0], element, color)
    else:
        _columns(chart.plots[0], element, color)
    for index, shown in enumerate(element.value_labels):
        if not shown and first.values[index] is not None:
            _hide_label(first.points[index].data_label)
    _positive_axis_ids(chart)


def _axes(chart: Any, element: ChartBox, labelled: bool, color: Color) -> None:
    """No value axis (the points are labelled); a hairline category axis."""
    spec = element.spec
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = False
    value_axis.visible = False
    values = [v for s in spec.series for v in s.values if v is not None] + [spec.target]
    if min(values) >= 0:
        value_axis.minimum_scale = 0
    value_axis.maximum_scale = _headroom(max(values))
    category_axis = chart.category_axis
    category_axis.format.line.color.rgb = color("rule")
    category_axis.tick_labels.font.size = Pt(12)
    category_axis.tick_labels.font.color.rgb = color("muted")
    if not labelled:
        category_axis.tick_label_position = XL_TICK_LABEL_POSITION.NONE


def _trend(plot: Any, element: ChartBox, color: Color) -> None:
    """The actual values as a line with markers; the target as a dashed level, labelled once."""
    spec = element.spec
    accent, primary = color("accent"), color("primary")
    first, target = plot.series[0], plot.series[1]
    first.smooth = False
    first.format.line.color.rgb = accent
    first.format.line.width = Pt(3)
    first.marker.style = XL_MARKER_STYLE.CIRCLE
    first.marker.size = 9
    first.marker.format.fill.solid()
    first.marker.format.fill.fore_color.rgb = accent
    first.marker.format.line.color.rgb = accent
    first.data_labels.position = XL_LABEL_POSITION.ABOVE
    first.data_labels.font.size = Pt(12)
    target.smooth = False
    target.format.line.color.rgb = primary
    target.format.line.width = Pt(1.75)
    target.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
    target.marker.style = XL_MARKER_STYLE.NONE
    label = target.points[len(spec.categories) - 1].data_label
    latest = next((v for v in reversed(spec.series[0].values) if v is not None), 0.0)
    below = spec.target < latest
    label.position = XL_LABEL_POSITION.BELOW if below else XL_LABEL_POSITION.ABOVE
    run = label.text_frame.paragraphs[0].add_run()
    run.text = element.target_label
    run.font.size = Pt(12)
    run.font.bold = True
    run.font.color.rgb = primary
    _no_wrap(label._dLbl)


def _columns(plot: Any, element: ChartBox, color: Color) -> None:
    """Baseline (muted), now, and target (accent) as columns."""
    first = plot.series[0]
    plot.gap_width = 70
    plot.vary_by_categories = False
    first.data_labels.position = XL_LABEL_POSITION.OUTSIDE_END
    first.data_labels.font.size = Pt(14)
    fills = ["muted"] + ["primary"] * (len(element.spec.categories) - 2) + ["accent"]
    for index, fill in enumerate(fills):
        point = first.points[index]
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = color(fill)


def _no_wrap(element: Any) -> None:
    """Ask renderers to keep a chart label on one line (``a:bodyPr wrap="none"``)."""
    for body in element.iter(qn("a:bodyPr")):
        body.set("wrap", "none")


def _hide_label(label: Any) -> None:
    """Switch off one point's data label (a ``c:dLbl`` with ``c:delete``)."""
    dlbl = label._get_or_add_dLbl()
    for child in list(dlbl):
        if child.tag != qn("c:idx"):
            dlbl.remove(child)
    etree.SubElement(dlbl, qn("c:delete"), val="1")


def _number_format(unit: str | None) -> str:
    """An Excel number format that shows the unit the way the scorecard does."""
    if not unit:
        return "General"
    if unit == "%":
        return 'General"%"'
    if unit[0] in "$€£¥₹":
        rest = unit[1:]
        return f'"{unit[0]}"General' + (f'"{rest}"' if rest else "")
    return f'General" {unit}"'


def _headroom(top: float) -> float:
    """A round axis maximum a little above ``top`` so labels above points stay inside (``top``
    itself where no rounder number above it is a float: near the float limits, or tiny)."""
    if top <= 0:
        return 1.0
    raw = top * 1.18
    if not math.isfinite(raw):
        return top
    step = 10.0 ** math.floor(math.log10(raw))
    if step == 0 or not math.isfinite(raw / step):
        return raw
    rounded = math.ceil(raw / step * 2) / 2 * step
    return rounded if math.isfinite(rounded) else top


def _positive_axis_ids(chart: Any) -> None:
    """python-pptx may write negative axis ids, which the schema forbids; renumber them."""
    space = chart._chartSpace
    mapping: dict[str, str] = {}
    for element in space.iter(qn("c:axId"), qn("c:crossAx")):
        old = element.get("val")
        if old not in mapping:
            mapping[old] = str(50000 + len(mapping) * 1000)
        element.set("val", mapping[old])
