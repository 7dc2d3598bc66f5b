"""Regenerate a built-in pack's base.pptx from its pack.yaml (16:9, named layouts, theme).

Usage: python tools/make_base_pptx.py templates/default
The base is made from python-pptx's own default template: the 4:3 leftovers are removed, the
three layouts cpo-deck uses are moved onto a 13.333 x 7.5 in grid, and the theme's colours and
fonts are set from the pack.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from cpo_deck.model import as_dict
from cpo_deck.packs import load_pack

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
KEEP = ("Title and Content", "Title Only", "Blank")
GEOMETRY = {  # placeholder type -> (left, top, width, height) in inches
    "title": (0.6, 1.05, 12.133, 1.15),
    "body": (0.6, 2.4, 12.133, 4.35),
    "obj": (0.6, 2.4, 12.133, 4.35),
    "dt": (8.4, 6.95, 2.6, 0.3),
    "ftr": (0.6, 6.95, 7.6, 0.3),
    "sldNum": (11.133, 6.95, 1.6, 0.3),
}


def _place(shape_tree: etree._Element) -> None:
    for sp in shape_tree.iter(f"{{{P}}}sp"):
        ph = sp.find(f".//{{{P}}}nvPr/{{{P}}}ph")
        if ph is None:
            continue
        kind = ph.get("type", "obj")
        if kind not in GEOMETRY:
            continue
        left, top, width, height = (int(Inches(v)) for v in GEOMETRY[kind])
        sppr = sp.find(f"{{{P}}}spPr")
        xfrm = sppr.find(f"{{{A}}}xfrm")
        if xfrm is None:
            xfrm = etree.SubElement(sppr, f"{{{A}}}xfrm")
            sppr.insert(0, xfrm)
        for child in list(xfrm):
            xfrm.remove(child)
        etree.SubElement(xfrm, f"{{{A}}}off", x=str(left), y=str(top))
        etree.SubElement(xfrm, f"{{{A}}}ext", cx=str(width), cy=str(height))


def _theme(theme_part: object, colors: dict[str, str], fonts: dict[str, str], name: str) -> None:
    root = etree.fromstring(theme_part.blob)  # type: ignore[attr-defined]
    root.set("name", name)
    scheme = root.find(f".//{{{A}}}clrScheme")
    scheme.set("name", name)
    slots = {
        "dk1": colors["text"],
        "lt1": colors["background"],
        "dk2": colors["primary"],
        "lt2": colors["surface"],
        "accent1": colors["accent"],
        "accent2": colors["primary"],
        "accent3": colors["positive"],
        "accent4": colors["negative"],
        "accent5": colors["muted"],
        "accent6": colors["highlight"],
        "hlink": colors["accent"],
        "folHlink": colors["muted"],
    }
    for slot, value in slots.items():
        element = scheme.find(f"{{{A}}}{slot}")
        for child in list(element):
            element.remove(child)
        etree.SubElement(element, f"{{{A}}}srgbClr", val=value.upper())
    font_scheme = root.find(f".//{{{A}}}fontScheme")
    font_scheme.set("name", name)
    font_scheme.find(f"{{{A}}}majorFont/{{{A}}}latin").set("typeface", fonts["heading"])
    font_scheme.find(f"{{{A}}}minorFont/{{{A}}}latin").set("typeface", fonts["body"])
    theme_part._blob = etree.tostring(  # type: ignore[attr-defined]
        root, xml_declaration=True, encoding="UTF-8", standalone=True
    )


def _text_styles(master_element: etree._Element) -> None:
    styles = master_element.find(f"{{{P}}}txStyles")
    title = styles.find(f"{{{P}}}titleStyle/{{{A}}}lvl1pPr")
    title.set("algn", "l")
    rpr = title.find(f"{{{A}}}defRPr")
    rpr.set("sz", str(int(Pt(28).pt * 100)))
    rpr.set("b", "1")
    body = styles.find(f"{{{P}}}bodyStyle")
    for level, size in zip(range(1, 10), (20, 18, 16, 14, 14, 14, 14, 14, 14), strict=True):
        ppr = body.find(f"{{{A}}}lvl{level}pPr")
        if ppr is not None:
            ppr.find(f"{{{A}}}defRPr").set("sz", str(size * 100))
    for sp in master_element.iter(f"{{{P}}}sp"):
        ph = sp.find(f".//{{{P}}}nvPr/{{{P}}}ph")
        if ph is not None and ph.get("type") == "title":
            body_pr = sp.find(f"{{{P}}}txBody/{{{A}}}bodyPr")
            body_pr.set("anchor", "t")


def make(pack_dir: Path) -> Path:
    """Write ``base.pptx`` into ``pack_dir`` from its ``pack.yaml`` theme."""
    pack = load_pack(str(pack_dir.resolve()))
    theme = as_dict(pack.config.theme)
    config = {"name": pack.name, "base": pack.config.base}
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    master = prs.slide_masters[0]
    for layout in list(master.slide_layouts):
        if layout.name not in KEEP:
            master.slide_layouts.remove(layout)
    _place(master._element)
    _text_styles(master._element)
    master.background.fill.solid()
    master.background.fill.fore_color.rgb = RGBColor.from_string(theme["colors"]["background"])
    for layout in master.slide_layouts:
        _place(layout._element)
    theme_part = master.part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
    )
    _theme(theme_part, theme["colors"], theme.get("fonts", {}), f"cpo-deck {config['name']}")
    prs.core_properties.title = f"cpo-deck {config['name']} template"
    prs.core_properties.author = "cpo-deck"
    out = pack_dir / config.get("base", "base.pptx")
    prs.save(str(out))
    return out


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(make(Path(arg)))
