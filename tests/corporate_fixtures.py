"""Corporate-style templates made inside the tests, and a helper to build the samples on a pack.

The corporate file starts from python-pptx's own default deck (4:3, 10 x 7.5 in: not our 16:9),
with renamed and reordered layouts, a changed theme and two sample slides, optionally saved as a
.potx or carrying a second slide master with its own layouts and its own theme. Every file is
written with fixed zip timestamps, so the same call always writes the same bytes.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.oxml.ns import qn
from pptx.parts.slide import SlideLayoutPart, SlideMasterPart

from cpo_deck.build import Built, build_decks

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
SAMPLE_TEXT = "CORPORATE SAMPLE SLIDE"
SLIDE_SIZE = (9144000, 6858000)
"""python-pptx's default deck: 4:3, 10 x 7.5 in (cpo-deck's own base is 16:9)."""

RENAMES = {
    "Title and Content": "Corp Title and Content",
    "Title Only": "Corp Title Only",
    "Title Slide": "Corp Cover",
    "Two Content": "Corp Two Content",
}
CORP_FONTS = ("Times New Roman", "Arial")
"""(major, minor) fonts of the corporate theme: headings, body."""
CORP_COLORS = {"dk1": "1C1C1C", "lt1": "FFFFFF", "dk2": "5B2C6F", "accent1": "A93226"}

BRAND_B_LAYOUTS = {
    "Corp Title and Content": "Brand B Title and Content",
    "Corp Title Only": "Brand B Title Only",
}
"""Layouts of the second master: copies of the first master's, renamed."""
BRAND_B_FONTS = ("Courier New", "Georgia")
BRAND_B_COLORS = {"dk1": "101820", "lt1": "FFFFFF", "dk2": "0B5345", "accent1": "1F618D"}

PRESENTATION_TYPE = CT.PML_PRESENTATION_MAIN
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
FIRST_ID = 2147483648
"""Slide master and slide layout ids share one id space starting here."""


def make_corporate(path: Path, *, potx: bool = False, two_masters: bool = False) -> Path:
    """Write a corporate-style template into the directory ``path``; return the file.

    ``corp.pptx`` (or ``corp.potx`` with ``potx``; ``brand.pptx`` with ``two_masters``).
    """
    prs = Presentation()
    master = prs.slide_masters[0]
    for layout in master.slide_layouts:
        if layout.name in RENAMES:
            layout.name = RENAMES[layout.name]
    reorder_layouts(master, ["Corp Title Only", "Blank"])
    set_theme(master.part.part_related_by(RT.THEME), "Corporate", CORP_FONTS, CORP_COLORS)
    cover = prs.slides.add_slide(layout_named(prs, "Corp Cover"))
    cover.shapes.title.text = f"{SAMPLE_TEXT}: cover"
    cover.placeholders[1].text = f"{SAMPLE_TEXT}: subtitle"
    content = prs.slides.add_slide(layout_named(prs, "Corp Title and Content"))
    content.shapes.title.text = f"{SAMPLE_TEXT}: agenda"
    content.placeholders[1].text = f"{SAMPLE_TEXT}: body text"
    content.notes_slide.notes_text_frame.text = f"{SAMPLE_TEXT}: speaker notes"
    if two_masters:
        add_master(prs, BRAND_B_LAYOUTS, "Brand B", BRAND_B_FONTS, BRAND_B_COLORS)
    path.mkdir(parents=True, exist_ok=True)
    name = "brand.pptx" if two_masters else "corp.potx" if potx else "corp.pptx"
    target = path / name
    save(prs, target, content_type=TEMPLATE_TYPE if potx else None)
    return target


def layout_named(prs: Any, name: str) -> Any:
    """The layout called ``name`` in any slide master."""
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            if layout.name == name:
                return layout
    raise KeyError(name)


def reorder_layouts(master: Any, first: Sequence[str]) -> None:
    """Move the named layouts to the front of the master's sldLayoutIdLst, in that order."""
    id_list = master._element.find(qn("p:sldLayoutIdLst"))
    by_name = {layout.name: layout for layout in master.slide_layouts}
    for position, name in enumerate(first):
        part = by_name[name].part
        entry = next(e for e in id_list if master.part.related_part(e.get(qn("r:id"))) is part)
        id_list.remove(entry)
        id_list.insert(position, entry)


def set_theme(part: Part, name: str, fonts: tuple[str, str], colors: dict[str, str]) -> None:
    """Rewrite a theme part: its name, major/minor latin fonts and colour slots (as sRGB)."""
    root = etree.fromstring(part.blob)
    root.set("name", name)
    elements = root.find(f"{{{A}}}themeElements")
    scheme = elements.find(f"{{{A}}}clrScheme")
    scheme.set("name", name)
    for slot, value in colors.items():
        holder = scheme.find(f"{{{A}}}{slot}")
        for child in list(holder):
            holder.remove(child)
        etree.SubElement(holder, f"{{{A}}}srgbClr", val=value)
    font_scheme = elements.find(f"{{{A}}}fontScheme")
    font_scheme.set("name", name)
    for which, typeface in zip(("majorFont", "minorFont"), fonts, strict=True):
        font_scheme.find(f"{{{A}}}{which}/{{{A}}}latin").set("typeface", typeface)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_master(
    prs: Any,
    layouts: dict[str, str],
    theme_name: str,
    fonts: tuple[str, str],
    colors: dict[str, str],
) -> Any:
    """Add a second slide master: a copy of the first with its own theme part and copies of the
    ``layouts`` (old name -> new name). Returns the new master."""
    package = prs.part.package
    first = prs.slide_masters[0]
    theme = Part(
        package.next_partname("/ppt/theme/theme%d.xml"),
        CT.OFC_THEME,
        package,
        first.part.part_related_by(RT.THEME).blob,
    )
    set_theme(theme, theme_name, fonts, colors)
    element = copy.deepcopy(first._element)
    id_list = element.find(qn("p:sldLayoutIdLst"))
    for entry in list(id_list):
        id_list.remove(entry)
    master_part = SlideMasterPart(
        package.next_partname("/ppt/slideMasters/slideMaster%d.xml"),
        CT.PML_SLIDE_MASTER,
        package,
        element,
    )
    master_part.relate_to(theme, RT.THEME)
    presentation = prs.part._element
    used = [int(v) for v in presentation.xpath("./p:sldMasterIdLst/p:sldMasterId/@id")]
    for master in prs.slide_masters:
        used += [int(v) for v in master._element.xpath("./p:sldLayoutIdLst/p:sldLayoutId/@id")]
    next_id = max([FIRST_ID - 1, *used]) + 1
    entry = etree.SubElement(presentation.find(qn("p:sldMasterIdLst")), qn("p:sldMasterId"))
    entry.set("id", str(next_id))
    entry.set(qn("r:id"), prs.part.relate_to(master_part, RT.SLIDE_MASTER))
    for old, new in layouts.items():
        layout_element = copy.deepcopy(layout_named(prs, old)._element)
        layout_element.find(qn("p:cSld")).set("name", new)
        layout_part = SlideLayoutPart(  # partnames are counted over related parts: relate now
            package.next_partname("/ppt/slideLayouts/slideLayout%d.xml"),
            CT.PML_SLIDE_LAYOUT,
            package,
            layout_element,
        )
        layout_part.relate_to(master_part, RT.SLIDE_MASTER)
        next_id += 1
        entry = etree.SubElement(id_list, qn("p:sldLayoutId"))
        entry.set("id", str(next_id))
        entry.set(qn("r:id"), master_part.relate_to(layout_part, RT.SLIDE_LAYOUT))
    return master_part.slide_master


def save(prs: Any, target: Path, content_type: str | None = None) -> None:
    """Save with fixed zip timestamps; optionally give the main part another content type."""
    buffer = io.BytesIO()
    prs.save(buffer)
    repack(buffer.getvalue(), target, content_type)


def repack(data: bytes, target: Path, content_type: str | None = None) -> None:
    """Rewrite a zip deterministically, changing the main part's content type if asked."""
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            part = source.read(info.filename)
            if content_type and info.filename == "[Content_Types].xml":
                changed = part.replace(PRESENTATION_TYPE.encode(), content_type.encode())
                assert changed != part, "no presentation main part to retype"
                part = changed
            out.writestr(zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0)), part)


def edit_pptx(path: Path, change: Callable[[Any], None]) -> None:
    """Open a .pptx, ``change`` its Presentation, and save it back in place."""
    prs = Presentation(str(path))
    change(prs)
    save(prs, path)


def main_content_type(path: Path) -> str:
    """The content type [Content_Types].xml gives /ppt/presentation.xml."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("[Content_Types].xml"))
    for override in root:
        if override.get("PartName") == "/ppt/presentation.xml":
            return str(override.get("ContentType"))
    raise AssertionError("no content type for /ppt/presentation.xml")


def build_samples(briefs: Sequence[Path], pack_dir: Path, outdir: Path) -> dict[str, Path]:
    """Every brief built on the pack at ``pack_dir`` into ``outdir``: {brief stem: deck}."""
    built: list[Built] = build_decks(list(briefs), outdir, template=str(pack_dir))
    return {b.brief.stem: b.output for b in built}
