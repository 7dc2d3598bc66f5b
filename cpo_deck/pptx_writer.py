"""Deck plan -> .pptx. The only module that writes decks with python-pptx (imported lazily by
the build, so ``preview`` never pays for it).

Everything was decided by :mod:`cpo_deck.layout`: this module draws each planned element with
an explicit font, size, colour and exact line pitch, so every renderer lays text out the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import (
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_MARKER_STYLE,
    XL_TICK_LABEL_POSITION,
)
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from . import corporate
from .geometry import Box
from .layout import (
    CELL_X,
    CELL_Y,
    INSET_X,
    INSET_Y,
    NUMBERED,
    ChartBox,
    DeckPlan,
    Picture,
    Run,
    Shape,
    SlidePlan,
    TableBox,
    TextBox,
)
from .measure import LINE_PITCH
from .packs import Pack

EMU_PER_PT = 12700
_SHAPES = {
    "rect": MSO_SHAPE.RECTANGLE,
    "triangle": MSO_SHAPE.ISOSCELES_TRIANGLE,
    "oval": MSO_SHAPE.OVAL,
}
_ALIGN = {"left": PP_ALIGN.LEFT, "right": PP_ALIGN.RIGHT, "center": PP_ALIGN.CENTER}


def _emu(points: float) -> Emu:
    return Emu(round(points * EMU_PER_PT))


def write(plan: DeckPlan, pack: Pack, path: Path, properties: dict[str, str]) -> None:
    """Draw ``plan`` on ``pack``'s base deck and save it to ``path``."""
    prs = corporate.open_presentation(pack.base_path)
    _drop_existing_slides(prs)
    for slide_plan in plan.slides:
        slide = prs.slides.add_slide(corporate.pptx_layout(prs, slide_plan.layout))
        _Painter(slide, pack, slide_plan).paint()
    core = prs.core_properties
    core.title = properties.get("title", plan.outline.title)
    core.author = properties.get("author", "")
    core.subject = properties.get("subject", "")
    core.keywords = "cpo-deck"
    core.comments = properties.get("comments", "")
    core.last_modified_by = "cpo-deck"
    core.revision = 1
    prs.save(str(path))


def _drop_existing_slides(prs: Any) -> None:
    """A template's own sample slides never appear in a built deck."""
    id_list = prs.slides._sldIdLst
    for slide_id in list(id_list):
        prs.part.drop_rel(slide_id.get(qn("r:id")))
        id_list.remove(slide_id)


class _Painter:
    """Draws one planned slide."""

    def __init__(self, slide: Any, pack: Pack, plan: SlidePlan) -> None:
        self.slide = slide
        self.plan = plan
        self.colors = pack.config.theme.colors

    def color(self, role: str) -> RGBColor:
        return RGBColor.from_string(getattr(self.colors, role).upper())

    def paint(self) -> None:
        for element in self.plan.elements:
            if isinstance(element, TextBox):
                self._text(element)
            elif isinstance(element, Shape):
                self._shape(element)
            elif isinstance(element, ChartBox):
                self._chart(element)
            elif isinstance(element, TableBox):
                self._table(element)
            elif isinstance(element, Picture):
                b = element.box
                picture = self.slide.shapes.add_picture(
                    element.path, _emu(b.x), _emu(b.y), _emu(b.w), _emu(b.h)
                )
                picture.name = element.name
        self._remove_unused_placeholders()
        self.slide.notes_slide.notes_text_frame.text = self.plan.slide.notes

    def _remove_unused_placeholders(self) -> None:
        """Empty placeholders would show "Click to add text" in an editor: remove them."""
        for placeholder in list(self.slide.placeholders):
            idx = placeholder.placeholder_format.idx
            used = idx == self.plan.title_idx or (
                idx == self.plan.body_idx
                and placeholder.has_text_frame
                and placeholder.text_frame.text
            )
            if not used:
                placeholder._element.getparent().remove(placeholder._element)

    def _place(self, shape: Any, box: Box) -> None:
        shape.left, shape.top = _emu(box.x), _emu(box.y)
        shape.width, shape.height = _emu(box.w), _emu(box.h)

    def _text(self, element: TextBox) -> None:
        if element.placeholder == "title":
            shape = self.slide.placeholders[self.plan.title_idx]
        elif element.placeholder == "body" and self.plan.body_idx is not None:
            shape = self.slide.placeholders[self.plan.body_idx]
        else:
            b = element.box
            shape = self.slide.shapes.add_textbox(_emu(b.x), _emu(b.y), _emu(b.w), _emu(b.h))
            shape.name = element.name
        if element.placeholder:
            self._place(shape, element.box)
        frame = shape.text_frame
        frame.text = ""
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.margin_left = frame.margin_right = _emu(INSET_X)
        frame.margin_top = frame.margin_bottom = _emu(INSET_Y)
        frame.vertical_anchor = MSO_ANCHOR.TOP
        spacing = element.space_before
        for index, runs in enumerate(element.paras):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.alignment = _ALIGN[element.align]
            # Exact line pitch: every renderer then spaces lines as the layout measured them.
            paragraph.line_spacing = Pt(LINE_PITCH * max(run[1] for run in runs))
            before = spacing[index] if isinstance(spacing, list) else (spacing if index else 0)
            paragraph.space_before = Pt(before)
            paragraph.space_after = Pt(0)
            self._runs(paragraph, runs, element.font, element.italic)
            if element.bullet is not None and index >= element.bullet_from:
                char, indent, role = element.bullet
                _bullet(paragraph, char, indent, getattr(self.colors, role))
            elif index in element.indents:
                _indent(paragraph, element.indents[index])

    def _runs(self, paragraph: Any, runs: list[Run], font: str, italic: bool = False) -> None:
        """Add runs with explicit size, weight, font and colour (nothing left to inherit)."""
        for text, size, bold, role in runs:
            run = paragraph.add_run()
            run.text = text
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.italic = italic
            run.font.name = font
            run.font.color.rgb = self.color(role)

    def _shape(self, element: Shape) -> None:
        b = element.box
        shape = self.slide.shapes.add_shape(
            _SHAPES[element.kind], _emu(b.x), _emu(b.y), _emu(b.w), _emu(b.h)
        )
        shape.name = element.name
        shape.fill.solid()
        shape.fill.fore_color.rgb = self.color(element.fill)
        shape.line.fill.background()
        style = shape._element.find(qn("p:style"))
        if style is not None:  # the theme's shape style adds a shadow in some renderers
            shape._element.remove(style)
        if element.rotation:
            shape.rotation = element.rotation

    def _table(self, element: TableBox) -> None:
        b = element.box
        rows, cols = len(element.cells), len(element.widths)
        shape = self.slide.shapes.add_table(rows, cols, _emu(b.x), _emu(b.y), _emu(b.w), _emu(b.h))
        shape.name = "Options"
        table = shape.table
        table.first_row = True
        table.horz_banding = False
        for index, width in enumerate(element.widths):
            table.columns[index].width = _emu(width)
        for index, height in enumerate(element.heights):
            table.rows[index].height = _emu(height)
        for r, row in enumerate(element.cells):
            for c, spec in enumerate(row):
                cell = table.cell(r, c)
                cell.fill.solid()
                cell.fill.fore_color.rgb = self.color(spec.fill)
                cell.margin_left = cell.margin_right = _emu(CELL_X)
                cell.margin_top = cell.margin_bottom = _emu(CELL_Y)
                cell.vertical_anchor = MSO_ANCHOR.TOP
                frame = cell.text_frame
                frame.word_wrap = True
                for index, runs in enumerate(spec.paras):
                    paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
                    paragraph.line_spacing = Pt(LINE_PITCH * max(run[1] for run in runs))
                    paragraph.space_before = Pt(2 if index else 0)
                    self._runs(paragraph, runs, element.font)

    def _chart(self, element: ChartBox) -> None:
        spec, b = element.spec, element.box
        data = CategoryChartData(number_format=_number_format(element.label_unit))
        labelled = any(spec.categories)
        # Without labels (moved to the notes to fit) the axis shows none at all.
        data.categories = (
            spec.categories if labelled else [str(i) for i in range(1, len(spec.categories) + 1)]
        )
        for series in spec.series:
            data.add_series(series.name, series.values)
        kind = (
            XL_CHART_TYPE.LINE_MARKERS if spec.style == "trend" else XL_CHART_TYPE.COLUMN_CLUSTERED
        )
        frame = self.slide.shapes.add_chart(kind, _emu(b.x), _emu(b.y), _emu(b.w), _emu(b.h), data)
        frame.name = "Primary metric chart"
        chart = frame.chart
        chart.has_title = False
        chart.has_legend = False
        chart.font.size = Pt(12)
        chart.font.name = element.font
        chart.font.color.rgb = self.color("muted")
        value_axis = chart.value_axis
        value_axis.has_major_gridlines = False
        value_axis.visible = False
        values = [v for s in spec.series for v in s.values if v is not None] + [spec.target]
        if min(values) >= 0:
            value_axis.minimum_scale = 0
        value_axis.maximum_scale = _headroom(max(values))
        category_axis = chart.category_axis
        category_axis.format.line.color.rgb = self.color("rule")
        category_axis.tick_labels.font.size = Pt(12)
        category_axis.tick_labels.font.color.rgb = self.color("muted")
        if not labelled:
            category_axis.tick_label_position = XL_TICK_LABEL_POSITION.NONE
        plot = chart.plots[0]
        accent, primary = self.color("accent"), self.color("primary")
        first = plot.series[0]
        labels = first.data_labels
        labels.show_value = True
        labels.number_format = _number_format(element.label_unit)
        labels.number_format_is_linked = False
        labels.font.bold = True
        labels.font.color.rgb = self.color("text")
        _no_wrap(labels._element)
        if spec.style == "trend":
            target = plot.series[1]
            first.smooth = False
            first.format.line.color.rgb = accent
            first.format.line.width = Pt(3)
            first.marker.style = XL_MARKER_STYLE.CIRCLE
            first.marker.size = 9
            first.marker.format.fill.solid()
            first.marker.format.fill.fore_color.rgb = accent
            first.marker.format.line.color.rgb = accent
            labels.position = XL_LABEL_POSITION.ABOVE
            labels.font.size = Pt(12)
            target.smooth = False
            target.format.line.color.rgb = primary
            target.format.line.width = Pt(1.75)
            target.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
            target.marker.style = XL_MARKER_STYLE.NONE
            last = target.points[len(spec.categories) - 1]
            label = last.data_label
            latest = next((v for v in reversed(spec.series[0].values) if v is not None), 0.0)
            below = spec.target < latest
            label.position = XL_LABEL_POSITION.BELOW if below else XL_LABEL_POSITION.ABOVE
            run = label.text_frame.paragraphs[0].add_run()
            run.text = element.target_label
            run.font.size = Pt(12)
            run.font.bold = True
            run.font.color.rgb = primary
            _no_wrap(label._dLbl)
        else:
            plot.gap_width = 70
            plot.vary_by_categories = False
            labels.position = XL_LABEL_POSITION.OUTSIDE_END
            labels.font.size = Pt(14)
            fills = ["muted"] + ["primary"] * (len(spec.categories) - 2) + ["accent"]
            for index, fill in enumerate(fills):
                point = first.points[index]
                point.format.fill.solid()
                point.format.fill.fore_color.rgb = self.color(fill)
        for index, shown in enumerate(element.value_labels):
            if not shown and first.values[index] is not None:
                _hide_label(first.points[index].data_label)
        _positive_axis_ids(chart)


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
    from lxml import etree

    etree.SubElement(dlbl, qn("c:delete"), val="1")


def _indent(paragraph: Any, indent_pt: float) -> None:
    """Indent a paragraph from the left (no bullet)."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", str(int(indent_pt * EMU_PER_PT)))
    ppr.set("indent", "0")


def _bullet(paragraph: Any, char: str, indent_pt: float, color: str) -> None:
    """Give a paragraph a hanging bullet of ``char`` in ``color``."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", str(int(indent_pt * EMU_PER_PT)))
    ppr.set("indent", str(-int(indent_pt * EMU_PER_PT)))
    for tag in ("a:buClr", "a:buFont", "a:buChar", "a:buNone", "a:buAutoNum"):
        for old in ppr.findall(qn(tag)):
            ppr.remove(old)
    from lxml import etree

    clr = etree.SubElement(ppr, qn("a:buClr"))
    etree.SubElement(clr, qn("a:srgbClr"), val=color.upper())
    if char == NUMBERED:
        etree.SubElement(ppr, qn("a:buFont"), typeface="+mj-lt")
        etree.SubElement(ppr, qn("a:buAutoNum"), type="arabicPeriod")
    else:
        etree.SubElement(ppr, qn("a:buFont"), typeface="Arial")
        etree.SubElement(ppr, qn("a:buChar"), char=char)
    # pPr children must precede nothing in particular except defRPr/extLst; keep order valid.
    for late in ("a:defRPr", "a:extLst"):
        for element in ppr.findall(qn(late)):
            ppr.remove(element)
            ppr.append(element)


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
    """A round axis maximum a little above ``top`` so labels above points stay inside."""
    if top <= 0:
        return 1.0
    import math

    raw = top * 1.18
    step = 10 ** math.floor(math.log10(raw))
    return math.ceil(raw / step * 2) / 2 * step


def _positive_axis_ids(chart: Any) -> None:
    """python-pptx may write negative axis ids, which the schema forbids; renumber them."""
    space = chart._chartSpace
    mapping: dict[str, str] = {}
    for element in space.iter(qn("c:axId"), qn("c:crossAx")):
        old = element.get("val")
        if old not in mapping:
            mapping[old] = str(50000 + len(mapping) * 1000)
        element.set("val", mapping[old])
