"""Deck plan -> .pptx. The only module that writes decks with python-pptx (imported lazily by
the build, so ``preview`` never pays for it).

Everything was decided by :mod:`cpo_deck.layout`: this module draws each planned element with
an explicit font, size, colour and exact line pitch, so every renderer lays text out the same.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.oxml.ns import qn
from pptx.util import Emu

from .. import corporate
from ..errors import PackError
from ..geometry import Box
from ..languages import DEFAULT as DEFAULT_LANGUAGE
from ..languages import Language, east_asian_font
from ..layout import (
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
from ..measure import LINE_PITCH
from ..packs import Pack
from .pptx_chart import draw_chart
from .stable import DEFAULT_TIME, stable_zip

EMU_PER_PT = 12700
_SHAPES = {
    "rect": MSO_SHAPE.RECTANGLE,
    "triangle": MSO_SHAPE.ISOSCELES_TRIANGLE,
    "oval": MSO_SHAPE.OVAL,
    "diamond": MSO_SHAPE.DIAMOND,
}
_ALIGN = {"left": "l", "right": "r", "center": "ctr"}
"""A layout's alignment as OOXML's ``algn``."""


def _emu(points: float) -> Emu:
    return Emu(round(points * EMU_PER_PT))


def render_deck(
    plan: DeckPlan,
    pack: Pack,
    properties: dict[str, str],
    base: bytes | None = None,
    when: dt.datetime = DEFAULT_TIME,
) -> bytes:
    """Draw ``plan`` on ``pack``'s base deck; the ``.pptx`` as bytes, the same bytes for the
    same plan (dated ``when``, see :mod:`.stable`).

    ``base`` is the pack's checked base deck (see :func:`cpo_deck.pptx_files.read_presentation`)
    when the caller has it already; else it is read from the pack.
    """
    prs = _open(pack, base)
    _drop_existing_slides(prs)
    # Text is marked with the deck's language (so PowerPoint proofs German as German); an
    # English deck keeps the template's own marking.
    tag = plan.outline.language
    lang = None if tag == DEFAULT_LANGUAGE else Language(tag, "").proofing
    for slide_plan in plan.slides:
        slide = prs.slides.add_slide(corporate.pptx_layout(prs, slide_plan.layout))
        # Every shape is added through this one collection, so it may count ids itself rather
        # than search the whole slide for the highest before each shape (the same ids).
        slide.shapes.turbo_add_enabled = True
        _Painter(slide, pack, slide_plan, lang).paint()
    font = east_asian_font(tag)
    if font is not None:
        _name_east_asian_font(prs, font)
    core = prs.core_properties
    core.title = properties.get("title", plan.outline.title)
    core.author = properties.get("author", "")
    core.subject = properties.get("subject", "")
    core.keywords = "cpo-deck"
    core.comments = properties.get("comments", "")
    core.last_modified_by = "cpo-deck"
    core.revision = 1
    core.created = core.modified = when.replace(tzinfo=None)
    return stable_zip(_members(prs), when)


def _members(prs: Any) -> list[tuple[str, bytes]]:
    """The deck's zip members exactly as python-pptx's ``save`` writes them (names, order,
    bytes), collected instead of zipped: the deck is zipped once, with stable dates, rather
    than saved, unzipped and zipped again."""
    from pptx.opc.serialized import PackageWriter

    members: list[tuple[str, bytes]] = []

    class Collect:
        def write(self, uri: Any, blob: bytes) -> None:
            members.append((uri.membername, blob))

    sink: Any = Collect()

    class Writer(PackageWriter):
        def _write(self) -> None:  # PackageWriter._write, into the list rather than a zip
            self._write_content_types_stream(sink)
            self._write_pkg_rels(sink)
            self._write_parts(sink)

    package = prs.part.package
    Writer.write(io.BytesIO(), package._rels, tuple(package.iter_parts()))
    return members


def _name_east_asian_font(prs: Any, typeface: str) -> None:
    """Name ``typeface`` as the theme's East Asian heading and body font where the template
    names none, so PowerPoint draws Japanese or Chinese in a font as wide as the one the
    text was measured with, not the template's script default (often a serif, MS PGothic)."""
    from lxml import etree
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    part = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    changed = False
    for which in ("a:majorFont", "a:minorFont"):
        ea = root.find(f".//{qn('a:fontScheme')}/{qn(which)}/{qn('a:ea')}")
        if ea is not None and not ea.get("typeface"):
            ea.set("typeface", typeface)
            changed = True
    if changed:
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _open(pack: Pack, base: bytes | None) -> Any:
    if base is None:
        return corporate.open_presentation(pack.base_path)
    try:
        return Presentation(io.BytesIO(base))
    except Exception as exc:  # python-pptx on a malformed part: say so, don't crash
        raise PackError(f"{pack.base_path}: PowerPoint file could not be read ({exc})") from None


def _drop_existing_slides(prs: Any) -> None:
    """A template's own sample slides never appear in a built deck."""
    id_list = prs.slides._sldIdLst
    for slide_id in list(id_list):
        prs.part.drop_rel(slide_id.get(qn("r:id")))
        id_list.remove(slide_id)


class _Painter:
    """Draws one planned slide."""

    def __init__(self, slide: Any, pack: Pack, plan: SlidePlan, lang: str | None) -> None:
        self.slide = slide
        self.plan = plan
        self.lang = lang
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
                draw_chart(self.slide, element, self.color)
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
            shape.name = element.name
        else:
            b = element.box
            shape = self.slide.shapes.add_textbox(_emu(b.x), _emu(b.y), _emu(b.w), _emu(b.h))
            shape.name = element.name
        if element.placeholder:
            self._place(shape, element.box)
        frame = shape.text_frame
        frame.text = ""
        _fixed_frame(frame._txBody.bodyPr)
        spacing = element.space_before
        for index, runs in enumerate(element.paras):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            before = spacing[index] if isinstance(spacing, list) else (spacing if index else 0)
            # Exact line pitch: every renderer then spaces lines as the layout measured them.
            line = LINE_PITCH * max(run[1] for run in runs)
            _spacing(paragraph, _ALIGN[element.align], line, before, 0)
            self._runs(paragraph, runs, element.font, element.italic)
            bullet = element.bullet
            if bullet is not None and index >= element.bullet_from:
                _bullet(paragraph, bullet.char, bullet.indent, getattr(self.colors, bullet.role))
            elif index in element.indents:
                _indent(paragraph, element.indents[index])
            elif element.placeholder:  # a layout's body placeholder may have its own bullets
                _no_bullet(paragraph)
            _right_indent(paragraph, element.right_indents, index)

    def _runs(self, paragraph: Any, runs: list[Run], font: str, italic: bool = False) -> None:
        """Add runs with explicit size, weight, font and colour (nothing left to inherit).

        Written as XML: a deck has hundreds of runs, and python-pptx's run and font objects
        cost most of the time a deck takes. The XML is the very XML python-pptx writes for
        ``add_run``, ``text``, ``font.size``/``bold``/``italic``/``name``/``color.rgb``."""
        from lxml import etree

        p = paragraph._p
        end = p.find(qn("a:endParaRPr"))
        for text, size, bold, role in runs:
            r = p.makeelement(qn("a:r"), {})
            if end is None:
                p.append(r)
            else:
                end.addprevious(r)
            rpr = etree.SubElement(r, qn("a:rPr"))
            rpr.set("sz", _centipoints(size))
            rpr.set("b", "1" if bold else "0")
            rpr.set("i", "1" if italic else "0")
            if self.lang:
                rpr.set("lang", self.lang)
            fill = etree.SubElement(rpr, qn("a:solidFill"))
            etree.SubElement(fill, qn("a:srgbClr"), val=getattr(self.colors, role).upper())
            etree.SubElement(rpr, qn("a:latin"), typeface=font)
            etree.SubElement(r, qn("a:t")).text = _CONTROL.sub(_escape, text)

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
                    line = LINE_PITCH * max(run[1] for run in runs)
                    _spacing(paragraph, None, line, 2 if index else 0, None)
                    self._runs(paragraph, runs, element.font)
                    _right_indent(paragraph, spec.right_indents, index)


_AUTOFIT = tuple(qn(tag) for tag in ("a:noAutofit", "a:normAutofit", "a:spAutoFit"))
_AFTER_AUTOFIT = tuple(qn(tag) for tag in ("a:scene3d", "a:sp3d", "a:flatTx", "a:extLst"))


def _fixed_frame(body: Any) -> None:
    """Wrap on, no autofit, the deck's insets, anchored at the top: the XML python-pptx
    writes for ``word_wrap``, ``auto_size = NONE``, the four margins and ``vertical_anchor``
    (in that order), written without its objects."""
    body.set("wrap", "square")
    for old in [child for child in body if child.tag in _AUTOFIT]:
        body.remove(old)
    fixed = body.makeelement(qn("a:noAutofit"), {})
    later = next((child for child in body if child.tag in _AFTER_AUTOFIT), None)
    if later is None:
        body.append(fixed)
    else:
        later.addprevious(fixed)
    x, y = str(_emu(INSET_X)), str(_emu(INSET_Y))
    for name, value in (("lIns", x), ("rIns", x), ("tIns", y), ("bIns", y), ("anchor", "t")):
        body.set(name, value)


def _centipoints(points: float) -> str:
    """Points as OOXML's hundredths of a point, exactly as python-pptx writes ``Pt(points)``."""
    return str(int(points * EMU_PER_PT) // 127)


def _spacing(
    paragraph: Any, align: str | None, line: float, before: float, after: float | None
) -> None:
    """A paragraph's alignment, exact line pitch and space before and after, written as the
    XML python-pptx writes for ``alignment``, ``line_spacing``, ``space_before`` and
    ``space_after`` (a deck has hundreds of paragraphs; its objects are slow)."""
    from lxml import etree

    ppr = paragraph._p.get_or_add_pPr()
    if align is not None:
        ppr.set("algn", align)
    for tag, points in (("a:lnSpc", line), ("a:spcBef", before), ("a:spcAft", after)):
        if points is not None:
            spacing = etree.SubElement(ppr, qn(tag))
            etree.SubElement(spacing, qn("a:spcPts"), val=_centipoints(points))


_CONTROL = re.compile(r"[\x00-\x08\x0B-\x1F]")


def _escape(match: re.Match[str]) -> str:
    """A control character as OOXML's plain-text escape (``_x0007_``), as python-pptx does."""
    return f"_x{ord(match.group()):04X}_"


def _right_indent(paragraph: Any, indents: dict[int, float], index: int) -> None:
    """Paragraph ``index``'s right indent where a box has any: set on every paragraph of it,
    zero included, because LibreOffice carries one paragraph's over to the next."""
    if indents:
        right = indents.get(index, 0.0)
        paragraph._p.get_or_add_pPr().set("marR", str(int(right * EMU_PER_PT)))


def _indent(paragraph: Any, indent_pt: float) -> None:
    """Indent a paragraph from the left (no bullet)."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", str(int(indent_pt * EMU_PER_PT)))
    ppr.set("indent", "0")


def _no_bullet(paragraph: Any) -> None:
    """No bullet and no indent, whatever the placeholder's layout says."""
    from lxml import etree

    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "0")
    ppr.set("indent", "0")
    etree.SubElement(ppr, qn("a:buNone"))  # after spacing, before defRPr (schema order)
    _last(ppr, "a:defRPr", "a:extLst")


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
    _last(ppr, "a:defRPr", "a:extLst")


def _last(ppr: Any, *tags: str) -> None:
    """Move ``tags`` to the end of a paragraph's properties, where the schema wants them."""
    for late in tags:
        for element in ppr.findall(qn(late)):
            ppr.remove(element)
            ppr.append(element)
