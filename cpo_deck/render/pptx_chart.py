"""The primary metric's chart, drawn natively (python-pptx), so it stays editable: a line
toward the target level, or columns from baseline to target; labels formatted like the scorecard.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import (
    XL_AXIS_CROSSES,
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_MARKER_STYLE,
    XL_TICK_LABEL_POSITION,
)
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from ..formatting import decimals
from ..layout import ChartBox

EMU_PER_PT = 12700


def _emu(points: float) -> Emu:
    return Emu(round(points * EMU_PER_PT))


class _ChartData(CategoryChartData):
    """Chart data whose number format reaches the chart XML escaped.

    python-pptx writes the number format into the chart's XML text unescaped, so a unit with
    ``&`` or ``<`` in it made XML it could not read; the workbook gets the format as it is.
    """

    _in_xml = False

    @property
    def number_format(self) -> str:
        code: str = super().number_format
        return escape(code) if self._in_xml else code

    def xml_bytes(self, chart_type: Any) -> bytes:
        self._in_xml = True
        try:
            return super().xml_bytes(chart_type)
        finally:
            self._in_xml = False


Color = Callable[[str], RGBColor]
"""Maps a colour role (``accent``, ``muted``, …) to the pack's colour."""


def draw_chart(slide: Any, element: ChartBox, color: Color) -> None:
    """Draw the planned chart natively on ``slide``; ``color`` maps a role to its colour."""
    spec, b = element.spec, element.box
    code = _number_format(spec.unit, decimals(spec.series[0].values))
    data = _ChartData(number_format=code)
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
    frame._element.nvGraphicFramePr.cNvPr.set("descr", spec.alt_text)
    chart = frame.chart
    chart.has_title = False
    chart.has_legend = False
    chart.font.size = Pt(12)
    chart.font.name = element.font
    chart.font.color.rgb = color("muted")
    _axes(chart, element, labelled, color)
    if spec.style == "trend":
        _trend(chart.plots[0], element, color)
    else:
        _columns(chart.plots[0], element, color)
    _value_labels(chart.plots[0].series[0], element, code, color)
    _positive_axis_ids(chart)


def _value_labels(series: Any, element: ChartBox, code: str, color: Color) -> None:
    """Each labelled point's text as the layout wrote it; the series' number format stays the
    same numbers' fallback (a label reset in PowerPoint shows the value in that format)."""
    trend = element.spec.style == "trend"
    labels = series.data_labels
    labels.show_value = True
    labels.number_format = code
    labels.number_format_is_linked = False
    labels.font.bold = True
    labels.font.color.rgb = color("text")
    labels.font.size = Pt(12 if trend else 14)
    labels.position = XL_LABEL_POSITION.ABOVE if trend else XL_LABEL_POSITION.OUTSIDE_END
    _no_wrap(labels._element)
    for index, text in enumerate(element.label_texts):
        if not text:
            continue
        label = series.points[index].data_label
        if not element.value_labels[index]:
            _hide_label(label)
            continue
        below = element.label_below[index]
        position = XL_LABEL_POSITION.BELOW if below else XL_LABEL_POSITION.ABOVE
        label.position = position if trend else XL_LABEL_POSITION.OUTSIDE_END
        _write(label, text, 12 if trend else 14, color("text"))
        if trend and index == element.latest:
            _shift(label, element.latest_shift)


def _write(label: Any, text: str, size: float, rgb: RGBColor) -> None:
    """A data label's own text, bold, on one line."""
    run = label.text_frame.paragraphs[0].add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = True
    run.font.color.rgb = rgb
    _no_wrap(label._dLbl)


def _shift(label: Any, share: float) -> None:
    """Move a data label right by ``share`` of the chart's width from where its position puts
    it (``c:manualLayout``), clear of the lines either side of its point."""
    dlbl = label._get_or_add_dLbl()
    layout = etree.SubElement(dlbl, qn("c:layout"))
    dlbl.remove(layout)
    dlbl.find(qn("c:idx")).addnext(layout)
    manual = etree.SubElement(layout, qn("c:manualLayout"))
    etree.SubElement(manual, qn("c:x"), val=f"{share:.4f}")
    etree.SubElement(manual, qn("c:y"), val="0")


def _axes(chart: Any, element: ChartBox, labelled: bool, color: Color) -> None:
    """No value axis (the points are labelled); a hairline category axis at the bottom."""
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = False
    value_axis.visible = False
    low, high = element.axis
    if low is not None:
        value_axis.minimum_scale = low
    if high is not None:
        value_axis.maximum_scale = high
    if element.spec.style == "trend":
        value_axis.crosses = XL_AXIS_CROSSES.MINIMUM
    category_axis = chart.category_axis
    category_axis.format.line.color.rgb = color("rule")
    category_axis.tick_labels.font.size = Pt(12)
    category_axis.tick_labels.font.color.rgb = color("muted")
    if not labelled:
        category_axis.tick_label_position = XL_TICK_LABEL_POSITION.NONE
    elif element.label_skip > 1:  # c:tickLblSkip goes before c:tickMarkSkip, c:noMultiLvlLbl
        axis = category_axis._element
        skip = etree.Element(qn("c:tickLblSkip"), val=str(element.label_skip))
        later = axis.find(qn("c:tickMarkSkip"))
        later = later if later is not None else axis.find(qn("c:noMultiLvlLbl"))
        if later is not None:
            later.addprevious(skip)
        else:
            axis.append(skip)


def _trend(plot: Any, element: ChartBox, color: Color) -> None:
    """The actual values as a line with markers; the target as a dashed level, labelled once
    where the layout put it; the projection dotted from the latest point to the target."""
    accent, primary = color("accent"), color("primary")
    first, target, projection = plot.series[0], plot.series[1], plot.series[2]
    for series in (first, target, projection):
        series.smooth = False
    first.format.line.color.rgb = accent
    first.format.line.width = Pt(3)
    first.marker.style = XL_MARKER_STYLE.CIRCLE
    first.marker.size = 9
    first.marker.format.fill.solid()
    first.marker.format.fill.fore_color.rgb = accent
    first.marker.format.line.color.rgb = accent
    target.format.line.color.rgb = primary
    target.format.line.width = Pt(1.75)
    target.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
    target.marker.style = XL_MARKER_STYLE.NONE
    projection.format.line.color.rgb = accent
    projection.format.line.width = Pt(2.25)
    projection.format.line.dash_style = MSO_LINE_DASH_STYLE.ROUND_DOT
    projection.marker.style = XL_MARKER_STYLE.NONE
    end = projection.points[len(element.spec.categories) - 1].marker
    end.style = XL_MARKER_STYLE.CIRCLE
    end.size = 7
    end.format.fill.solid()
    end.format.fill.fore_color.rgb = color("background")
    end.format.line.color.rgb = accent
    if element.target_at is None:
        return
    label = target.points[element.target_at].data_label
    below = element.target_below
    label.position = XL_LABEL_POSITION.BELOW if below else XL_LABEL_POSITION.ABOVE
    _write(label, element.target_label, 12, primary)


def _columns(plot: Any, element: ChartBox, color: Color) -> None:
    """Baseline (muted), now, and target (accent) as columns."""
    first = plot.series[0]
    plot.gap_width = 70
    plot.vary_by_categories = False
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


def _number_format(unit: str | None, places: int) -> str:
    """The Excel number format of the chart's data: the labels' digits and unit, in Excel's
    own notation (``"$"#,##0``, ``#,##0.00"%"``, ``#,##0" per week"``)."""
    number = "#,##0" + ("." + "0" * places if places else "")
    if not unit:
        return number
    if unit == "%":
        return number + _literal("%")
    if unit[0] in "$€£¥₹":
        rest = unit[1:]
        return _literal(unit[0]) + number + (_literal(rest) if rest else "")
    return number + _literal(f" {unit}")


def _literal(text: str) -> str:
    """``text`` as a quoted literal of a number format (a quote in it escaped)."""
    return '"' + text.replace('"', '"\\""') + '"'


def _positive_axis_ids(chart: Any) -> None:
    """python-pptx may write negative axis ids, which the schema forbids; renumber them."""
    space = chart._chartSpace
    mapping: dict[str, str] = {}
    for element in space.iter(qn("c:axId"), qn("c:crossAx")):
        old = element.get("val")
        if old not in mapping:
            mapping[old] = str(50000 + len(mapping) * 1000)
        element.set("val", mapping[old])
