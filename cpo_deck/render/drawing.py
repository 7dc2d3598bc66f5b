"""A planned slide's shapes as PresentationML, written straight from the scene.

Each function returns one shape's XML. The markup is what python-pptx writes for the same calls
(its shape templates, then the properties set on them), so a deck reads the same in every
renderer; writing it directly costs a fraction of building python-pptx's objects.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from typing import NamedTuple

from ..layout import CELL_X, CELL_Y, INSET_X, INSET_Y, NUMBERED, Run, Shape, TableBox, TextBox
from ..measure import LINE_PITCH
from .package import attr, text

EMU_PER_PT = 12700
ALIGN = {"left": "l", "right": "r", "center": "ctr"}
"""A layout's alignment as OOXML's ``algn``."""
_PRESETS = {"rect": "rect", "triangle": "triangle", "oval": "ellipse", "diamond": "diamond"}

Color = Callable[[str], str]
"""Maps a colour role (``accent``, ``muted``, ...) to the pack's colour as ``RRGGBB``."""


class Placeholder(NamedTuple):
    """A layout placeholder as a slide clones it: type, idx, orientation, size (XML values;
    ``None`` where the XML leaves the default)."""

    type: str | None
    idx: int
    orient: str | None
    sz: str | None


_BASENAMES = {
    None: "Content Placeholder",
    "obj": "Content Placeholder",
    "body": "Text Placeholder",
    "title": "Title",
    "ctrTitle": "Title",
    "subTitle": "Subtitle",
    "chart": "Chart Placeholder",
    "clipArt": "ClipArt Placeholder",
    "dt": "Date Placeholder",
    "ftr": "Footer Placeholder",
    "hdr": "Header Placeholder",
    "media": "Media Placeholder",
    "dgm": "SmartArt Placeholder",
    "pic": "Picture Placeholder",
    "sldNum": "Slide Number Placeholder",
    "tbl": "Table Placeholder",
}
_NOTES_BASENAMES = {**_BASENAMES, "body": "Notes Placeholder", "sldImg": "Slide Image Placeholder"}
_WITH_TEXT = {None, "obj", "body", "title", "ctrTitle", "subTitle"}
EMPTY_BODY = "<p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody>"


def emu(points: float) -> int:
    """Points as EMU, rounded as python-pptx rounds them."""
    return round(points * EMU_PER_PT)


def centipoints(points: float) -> str:
    """Points as OOXML's hundredths of a point, exactly as python-pptx writes ``Pt(points)``."""
    return str(int(points * EMU_PER_PT) // 127)


def xfrm(x: float, y: float, w: float, h: float, tag: str = "a:xfrm", rot: str = "") -> str:
    """A position and size in points as an ``a:xfrm`` (or ``p:xfrm``) in EMU."""
    return (
        f'<{tag}{rot}><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></{tag}>'
    )


def placeholder_name(ph: Placeholder, shape_id: int, notes: bool = False) -> str:
    """The name python-pptx gives a cloned placeholder (``Title 1``, ``Notes Placeholder 2``)."""
    base = (_NOTES_BASENAMES if notes else _BASENAMES).get(ph.type, "Content Placeholder")
    if ph.orient == "vert":
        base = f"Vertical {base}"
    return f"{base} {shape_id - 1}"


def placeholder_sp(ph: Placeholder, shape_id: int, name: str, box: str, body: str | None) -> str:
    """A placeholder shape cloned from its layout; ``box`` its ``a:xfrm`` (or ``""``: inherited)
    and ``body`` its text (``None``: the empty text a clone starts with, where it has text)."""
    attrs = f' type="{ph.type}"' if ph.type not in (None, "obj") else ""
    attrs += f' idx="{ph.idx}"' if ph.idx else ""
    attrs += f' orient="{ph.orient}"' if ph.orient not in (None, "horz") else ""
    attrs += f' sz="{ph.sz}"' if ph.sz not in (None, "full") else ""
    if body is None:
        body = EMPTY_BODY if ph.type in _WITH_TEXT else ""
    sp_pr = f"<p:spPr>{box}</p:spPr>" if box else "<p:spPr/>"
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{attr(name)}"/>'
        f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph{attrs}/></p:nvPr></p:nvSpPr>'
        f"{sp_pr}{body}</p:sp>"
    )


_CONTROL = re.compile(r"[\x00-\x08\x0B-\x1F]")


def _escape(match: re.Match[str]) -> str:
    """A control character as OOXML's plain-text escape (``_x0007_``), as python-pptx does."""
    return f"_x{ord(match.group()):04X}_"


def run_text(value: str) -> str:
    """A run's text as ``a:t`` content: control characters as OOXML escapes, then XML-escaped."""
    return text(_CONTROL.sub(_escape, value))


class Writer:
    """Writes one slide's text and shapes in the pack's colours and the deck's language."""

    def __init__(self, color: Color, lang: str | None) -> None:
        self.color = color
        self.lang = f' lang="{attr(lang)}"' if lang else ""

    def runs(self, runs: list[Run], font: str, italic: bool = False) -> str:
        """Runs with explicit size, weight, font and colour (nothing left to inherit)."""
        typeface = attr(font)
        slant = "1" if italic else "0"
        return "".join(
            f'<a:r><a:rPr sz="{centipoints(size)}" b="{"1" if bold else "0"}" i="{slant}"'
            f'{self.lang}><a:solidFill><a:srgbClr val="{self.color(role)}"/></a:solidFill>'
            f'<a:latin typeface="{typeface}"/></a:rPr><a:t>{run_text(value)}</a:t></a:r>'
            for value, size, bold, role in runs
        )

    def text_body(self, element: TextBox) -> str:
        """A text box's (or filled placeholder's) ``p:txBody``: wrap on, no autofit, the
        deck's insets, anchored at the top; an exact line pitch on every paragraph."""
        x, y = emu(INSET_X), emu(INSET_Y)
        out = [
            f'<p:txBody><a:bodyPr wrap="square" lIns="{x}" rIns="{x}" tIns="{y}" bIns="{y}" '
            'anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
        ]
        spacing = element.space_before
        for index, runs in enumerate(element.paras):
            before = spacing[index] if isinstance(spacing, list) else (spacing if index else 0)
            line = LINE_PITCH * max(run[1] for run in runs)
            attrs = f' algn="{ALIGN[element.align]}"'
            extra = ""
            bullet = element.bullet
            if bullet is not None and index >= element.bullet_from:
                indent = int(bullet.indent * EMU_PER_PT)
                attrs += f' marL="{indent}" indent="{-indent}"'
                extra = f'<a:buClr><a:srgbClr val="{self.color(bullet.role)}"/></a:buClr>'
                if bullet.char == NUMBERED:
                    extra += '<a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"/>'
                else:
                    extra += f'<a:buFont typeface="Arial"/><a:buChar char="{attr(bullet.char)}"/>'
            elif index in element.indents:
                attrs += f' marL="{int(element.indents[index] * EMU_PER_PT)}" indent="0"'
            elif element.placeholder:  # a layout's body placeholder may have its own bullets
                attrs += ' marL="0" indent="0"'
                extra = "<a:buNone/>"
            attrs += _right_indent(element.right_indents, index)
            out.append(
                f"<a:p><a:pPr{attrs}>{_spacing(line, before, 0)}{extra}</a:pPr>"
                f"{self.runs(runs, element.font, element.italic)}</a:p>"
            )
        if not element.paras:
            out.append("<a:p/>")
        out.append("</p:txBody>")
        return "".join(out)

    def textbox(self, shape_id: int, element: TextBox) -> str:
        """A new text box holding ``element``."""
        b = element.box
        return (
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{attr(element.name)}"/>'
            f'<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{xfrm(b.x, b.y, b.w, b.h)}'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
            f"{self.text_body(element)}</p:sp>"
        )

    def shape(self, shape_id: int, element: Shape) -> str:
        """A filled shape with no outline and no theme style (which adds a shadow in some
        renderers)."""
        b = element.box
        rot = ""
        if element.rotation:
            rot = f' rot="{round(element.rotation * 60000) % 21600000}"'
        return (
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{attr(element.name)}"/><p:cNvSpPr/>'
            f"<p:nvPr/></p:nvSpPr><p:spPr>{xfrm(b.x, b.y, b.w, b.h, rot=rot)}"
            f'<a:prstGeom prst="{_PRESETS[element.kind]}"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="{self.color(element.fill)}"/></a:solidFill>'
            '<a:ln><a:noFill/></a:ln></p:spPr><p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/>'
            '<a:lstStyle/><a:p><a:pPr algn="ctr"/></a:p></p:txBody></p:sp>'
        )

    def table(self, shape_id: int, element: TableBox) -> str:
        """The options table: explicit column widths and row heights, every cell filled, with
        the deck's cell margins, anchored at the top."""
        b = element.box
        grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in element.widths)
        mx, my = emu(CELL_X), emu(CELL_Y)
        rows = []
        for height, row in zip(element.heights, element.cells, strict=False):
            cells = []
            for spec in row:
                paras = "".join(
                    f"<a:p><a:pPr{_right_indent(spec.right_indents, index)}>"
                    f"{_spacing(LINE_PITCH * max(r[1] for r in runs), 2 if index else 0, None)}"
                    f"</a:pPr>{self.runs(runs, element.font)}</a:p>"
                    for index, runs in enumerate(spec.paras)
                )
                cells.append(
                    f'<a:tc><a:txBody><a:bodyPr wrap="square"/><a:lstStyle/>{paras or "<a:p/>"}'
                    f'</a:txBody><a:tcPr marL="{mx}" marR="{mx}" marT="{my}" marB="{my}" '
                    f'anchor="t"><a:solidFill><a:srgbClr val="{self.color(spec.fill)}"/>'
                    "</a:solidFill></a:tcPr></a:tc>"
                )
            rows.append(f'<a:tr h="{emu(height)}">{"".join(cells)}</a:tr>')
        # The frame is as wide and tall as its columns and rows (as python-pptx keeps it).
        width = sum(emu(w) for w in element.widths)
        height = sum(emu(h) for h in element.heights)
        frame = (
            f'<p:xfrm><a:off x="{emu(b.x)}" y="{emu(b.y)}"/><a:ext cx="{width}" cy="{height}"/>'
            "</p:xfrm>"
        )
        return (
            f"<p:graphicFrame>{_frame_names(shape_id, 'Options')}"
            f"{frame}<a:graphic><a:graphicData "
            'uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
            '<a:tblPr firstRow="1"><a:tableStyleId>{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}'
            f"</a:tableStyleId></a:tblPr><a:tblGrid>{grid}</a:tblGrid>{''.join(rows)}</a:tbl>"
            "</a:graphicData></a:graphic></p:graphicFrame>"
        )


def picture(shape_id: int, name: str, path: str, rid: str, box: tuple[float, ...]) -> str:
    """A picture (the logo) stretched to ``box``; its description is its file name."""
    x, y, w, h = box
    return (
        f'<p:pic><p:nvPicPr><p:cNvPr id="{shape_id}" name="{attr(name)}" '
        f'descr="{attr(posixpath.basename(path.replace(chr(92), "/")))}"/><p:cNvPicPr>'
        '<a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill>'
        f'<a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
        f'<p:spPr>{xfrm(x, y, w, h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
        "</p:pic>"
    )


def chart_frame(shape_id: int, descr: str, rid: str, box: tuple[float, ...]) -> str:
    """The graphic frame that shows the chart part related as ``rid``."""
    x, y, w, h = box
    names = _frame_names(shape_id, "Primary metric chart", descr)
    return (
        f"<p:graphicFrame>{names}{xfrm(x, y, w, h, 'p:xfrm')}<a:graphic><a:graphicData "
        'uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart '
        f'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="{rid}"/>'
        "</a:graphicData></a:graphic></p:graphicFrame>"
    )


def _frame_names(shape_id: int, name: str, descr: str | None = None) -> str:
    described = f' descr="{attr(descr)}"' if descr is not None else ""
    return (
        f'<p:nvGraphicFramePr><p:cNvPr id="{shape_id}" name="{attr(name)}"{described}/>'
        '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
        "</p:nvGraphicFramePr>"
    )


def _spacing(line: float, before: float, after: float | None) -> str:
    """Exact line pitch and space before (and after): every renderer then spaces lines as
    the layout measured them."""
    out = (
        f'<a:lnSpc><a:spcPts val="{centipoints(line)}"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{centipoints(before)}"/></a:spcBef>'
    )
    if after is not None:
        out += f'<a:spcAft><a:spcPts val="{centipoints(after)}"/></a:spcAft>'
    return out


def _right_indent(indents: dict[int, float], index: int) -> str:
    """Paragraph ``index``'s right indent where a box has any: set on every paragraph of it,
    zero included, because LibreOffice carries one paragraph's over to the next."""
    if not indents:
        return ""
    return f' marR="{int(indents.get(index, 0.0) * EMU_PER_PT)}"'
