"""The geometry of a base deck, read from its XML (no python-pptx), so layout planning and the
preview can run without the deck writer: slide size, and every layout of every master with its
placeholders (idx, type, name, position, inherited from the master where the layout has none).

What is read is kept in the cache on disk (:mod:`cpo_deck.cache`) while the deck and this module
are unchanged, so a preview on a known base deck opens no zip and loads no XML parser.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec
from msgspec import Struct

from . import cache
from .errors import PackError
from .pack_config import LayoutChoice

if TYPE_CHECKING:
    from lxml import etree

EMU_PER_IN = 914400
EMU_PER_PT = 12700
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# XML placeholder types, named as python-pptx names them.
_TYPES = {
    "title": "title",
    "ctrTitle": "center_title",
    "subTitle": "subtitle",
    "body": "body",
    "obj": "object",
    "dt": "date",
    "ftr": "footer",
    "sldNum": "slide_number",
    "pic": "picture",
    "chart": "chart",
    "tbl": "table",
    "dgm": "org_chart",
    "media": "media_clip",
    "clipArt": "bitmap",
    "sldImg": "slide_image",
    "hdr": "header",
}
# Which master placeholder a layout placeholder inherits its position from.
_MASTER_TYPE = {"center_title": "title", "subtitle": "body", "object": "body"}

MIN_SIDE = 914400
"""A slide side of at least 1 inch (PowerPoint allows 1 to 56 inches)."""
MAX_SIDE = 51206400


TITLE_TYPES = frozenset({"title", "center_title"})
BODY_TYPES = frozenset({"body", "object"})
CHROME_TYPES = frozenset({"date", "footer", "slide_number"})
TEXT_KINDS = ("problem",)
"""Slide kinds that put their text into the layout's body placeholder."""


class Box(Struct, frozen=True):
    """A rectangle in points."""

    x: float
    y: float
    w: float
    h: float

    @property
    def bottom(self) -> float:
        """The lower edge."""
        return self.y + self.h

    @property
    def right(self) -> float:
        """The right edge."""
        return self.x + self.w


class PlaceholderInfo(Struct, frozen=True):
    """One placeholder of a layout; ``box`` in EMU."""

    idx: int
    type: str
    name: str
    box: tuple[int, int, int, int]

    def describe(self) -> str:
        """``idx 1 body 'Text Placeholder 2' at 0.60,2.40 in, 12.13x4.35 in``."""
        x, y, w, h = (v / EMU_PER_IN for v in self.box)
        return f"idx {self.idx} {self.type} '{self.name}' at {x:.2f},{y:.2f} in, {w:.2f}x{h:.2f} in"

    @property
    def points(self) -> Box:
        """The box in points."""
        x, y, w, h = (v / EMU_PER_PT for v in self.box)
        return Box(x, y, w, h)


class LayoutInfo(Struct, frozen=True):
    """One layout: its name, master (1-based), placeholders and a hash of its part."""

    name: str
    master: int
    placeholders: tuple[PlaceholderInfo, ...]
    sha256: str

    def of_types(self, types: frozenset[str] | set[str]) -> list[PlaceholderInfo]:
        """Placeholders of the given types."""
        return [p for p in self.placeholders if p.type in types]


class TemplateGeometry(Struct, frozen=True):
    """Slide size (EMU) and every layout of every master."""

    width: int
    height: int
    layouts: tuple[LayoutInfo, ...]

    def layout(self, name: str) -> LayoutInfo:
        """The layout called ``name`` in any master, or an error listing the names there are."""
        for info in self.layouts:
            if info.name == name:
                return info
        names = ", ".join(f"'{i.name}'" for i in self.layouts)
        raise PackError(f"no layout named '{name}'; available: {names}")


Found = tuple[str, int, str, tuple[int, int, int, int] | None]


def _placeholder_shapes(root: etree._Element) -> list[Found]:
    """(type, idx, name, box or None) of every placeholder shape in a part."""
    found: list[Found] = []
    for shape in root.iter(f"{{{_P}}}sp", f"{{{_P}}}pic", f"{{{_P}}}graphicFrame"):
        ph = shape.find(f".//{{{_P}}}nvPr/{{{_P}}}ph")
        if ph is None:
            continue
        kind = _TYPES.get(ph.get("type", "obj"), ph.get("type", "obj"))
        idx = int(ph.get("idx", "0"))
        c_nv_pr = shape.find(f".//{{{_P}}}cNvPr")
        name = c_nv_pr.get("name", "") if c_nv_pr is not None else ""
        off = shape.find(f".//{{{_A}}}xfrm/{{{_A}}}off")
        ext = shape.find(f".//{{{_A}}}xfrm/{{{_A}}}ext")
        box: tuple[int, int, int, int] | None = None
        if off is not None and ext is not None:
            box = (
                int(off.get("x", 0)),
                int(off.get("y", 0)),
                int(ext.get("cx", 0)),
                int(ext.get("cy", 0)),
            )
        found.append((kind, idx, name, box))
    return found


def layout_info(layout_blob: bytes, master_blob: bytes, master: int) -> LayoutInfo:
    """A layout's name and placeholders; positions it leaves out come from its master."""
    import hashlib

    from lxml import etree

    from .pptx_files import parse_xml

    root = parse_xml(layout_blob)
    c_sld = root.find(f"{{{_P}}}cSld")
    name = c_sld.get("name", "") if c_sld is not None else ""
    inherited = {
        kind: box
        for kind, _, _, box in _placeholder_shapes(parse_xml(master_blob))
        if box is not None
    }
    placeholders = []
    for kind, idx, shape_name, box in _placeholder_shapes(root):
        if box is None:
            box = inherited.get(_MASTER_TYPE.get(kind, kind), (0, 0, 0, 0))
        placeholders.append(PlaceholderInfo(idx, kind, shape_name, box))
    if c_sld is not None:  # hash without the name, so a renamed layout is recognised
        c_sld.attrib.pop("name", None)
    digest = hashlib.sha256(etree.tostring(root, method="c14n")).hexdigest()
    return LayoutInfo(name, master, tuple(placeholders), digest)


def read_geometry(path: Path) -> TemplateGeometry:
    """The geometry of the deck at ``path`` (kept while the file is unchanged)."""
    stat = path.stat()
    return _geometry(path.resolve(), (stat.st_mtime_ns, stat.st_size), path)


@lru_cache(maxsize=32)
def _geometry(resolved: Path, stamp: tuple[int, int], path: Path) -> TemplateGeometry:
    """From this run's memory (by ``stamp``), else the cache on disk, else the deck's XML."""
    return cache.kept("geometry", resolved, lambda: _read(path), _data, _of, _CODE)


def _data(geometry: TemplateGeometry) -> Any:
    return msgspec.to_builtins(geometry)


def _of(data: Any) -> TemplateGeometry:
    """The geometry in kept data (``msgspec.ValidationError``, a ``ValueError``, if spoiled)."""
    return msgspec.convert(data, TemplateGeometry)


_CODE = (Path(__file__), Path(__file__).with_name("pptx_files.py"))
"""The code that reads a deck's geometry: a change to it makes the kept geometry stale."""


def _read(path: Path) -> TemplateGeometry:
    from lxml import etree

    try:
        return _read_xml(path)
    except (KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise PackError(f"{path}: PowerPoint file could not be read ({exc})") from None


def _read_xml(path: Path) -> TemplateGeometry:
    from .pptx_files import parse_xml, read_parts, read_rels

    parts = read_parts(path)
    presentation = parse_xml(parts["ppt/presentation.xml"])
    size = presentation.find(f"{{{_P}}}sldSz")
    width = int(size.get("cx", 12192000)) if size is not None else 12192000
    height = int(size.get("cy", 6858000)) if size is not None else 6858000
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise PackError(
            f"{path}: the slide size is {width / EMU_PER_IN:g} x {height / EMU_PER_IN:g} in; "
            "a deck needs 1 to 56 inches a side: fix it in PowerPoint (Design > Slide Size)"
        )
    rels = {r.id: r.target for r in read_rels(parts, "ppt/presentation.xml")}
    layouts: list[LayoutInfo] = []
    masters = presentation.iter(f"{{{_P}}}sldMasterId")
    for number, master_id in enumerate(masters, start=1):
        master_part = rels[master_id.get(f"{{{_R}}}id", "")]
        master_blob = parts[master_part]
        master_rels = {r.id: r.target for r in read_rels(parts, master_part)}
        for layout_id in parse_xml(master_blob).iter(f"{{{_P}}}sldLayoutId"):
            layout_part = master_rels[layout_id.get(f"{{{_R}}}id", "")]
            layouts.append(layout_info(parts[layout_part], master_blob, number))
    return TemplateGeometry(width, height, tuple(layouts))


def resolve_placeholders(info: LayoutInfo, choice: LayoutChoice) -> tuple[int, int | None]:
    """The title and body placeholder idx for ``choice`` on ``info``; errors say what exists."""
    by_idx = {p.idx: p for p in info.placeholders}
    listing = "; ".join(p.describe() for p in info.placeholders) or "no placeholders"
    if choice.title is not None:
        title = by_idx.get(choice.title)
        if title is None or title.type not in TITLE_TYPES:
            raise PackError(
                f"layout '{info.name}' has no title placeholder idx {choice.title}; it has: "
                f"{listing}"
            )
        title_idx = choice.title
    else:
        titles = info.of_types(TITLE_TYPES)
        if len(titles) != 1:
            what = "no title placeholder" if not titles else "more than one title placeholder"
            raise PackError(
                f"layout '{info.name}' has {what}; set 'title:' to a placeholder idx ({listing})"
            )
        title_idx = titles[0].idx
    body_idx = None
    if choice.body is not None:
        body = by_idx.get(choice.body)
        if body is None or body.type not in BODY_TYPES:
            raise PackError(
                f"layout '{info.name}' has no body placeholder idx {choice.body}; it has: {listing}"
            )
        body_idx = choice.body
    return title_idx, body_idx
