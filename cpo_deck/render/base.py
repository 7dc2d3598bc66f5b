"""A pack's base deck, read and parsed once per run for every deck written on it: its parts,
relationships and content types (see :mod:`.package`), its layouts by name, each layout's
placeholders as a new slide clones them, its notes master, and its ``presentation.xml``.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Mapping

from lxml import etree

from ..errors import PackError
from ..pptx_files import parse_xml
from .drawing import Placeholder
from .package import P, R, reachable, read_rels, read_types

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_SHAPES = {
    f"{{{P}}}{tag}" for tag in ("sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart")
}
_LATENT = {"dt", "ftr", "sldNum"}
"""Placeholders a new slide does not clone from its layout (python-pptx's rule)."""


def placeholders(blob: bytes, keep: set[str] | None = None) -> list[Placeholder]:
    """The placeholders among a slide-like part's top-level shapes, in document order: all
    of them, or those whose type is in ``keep`` (``"obj"`` standing for no type)."""
    found = []
    tree = parse_xml(blob).find(f"{{{P}}}cSld/{{{P}}}spTree")
    for shape in tree if tree is not None else []:
        if shape.tag not in _SHAPES:
            continue
        ph = next(iter(shape.iterfind(f"./*/{{{P}}}nvPr/{{{P}}}ph")), None)
        if ph is None:
            continue
        kind = ph.get("type")
        if keep is not None and (kind or "obj") not in keep:
            continue
        found.append(
            Placeholder(kind, int(ph.get("idx", "0") or 0), ph.get("orient"), ph.get("sz"))
        )
    return found


class Base:
    """A checked base deck (:func:`cpo_deck.pptx_files.read_parts`), parsed once; its
    ``presentation.xml`` relates to no slide (its sample slides are dropped)."""

    def __init__(self, parts: Mapping[str, bytes], label: str) -> None:
        self.parts = dict(parts)
        self.label = label
        self._placeholders: dict[str, list[Placeholder]] = {}
        self._themes: dict[tuple[str, str], bytes] = {}
        self._media: dict[str, str] | None = None
        try:
            self.types = read_types(self.parts)
            self.rels = {name: read_rels(self.parts, name) for name in ["", *self.types]}
            self.presentation = next(r.target for r in self.rels[""] if r.type == "officeDocument")
            self._root = parse_xml(self.parts[self.presentation])
            self.layouts = self._layouts()
        except (KeyError, StopIteration, ValueError, etree.XMLSyntaxError) as exc:
            raise PackError(f"{label}: PowerPoint file could not be read ({exc})") from None
        # A template's own sample slides never appear in a built deck: what only they use is
        # not kept either.
        main = self.presentation
        self.rels[main] = [r for r in self.rels.get(main, []) if r.type != "slide"]
        self.kept = set(
            reachable(lambda source: self.rels.get(source, []), self.types.__contains__)
        )
        notes = self.related(self.presentation, "notesMaster")
        self.notes_master = notes[0] if notes else None

    def _layouts(self) -> dict[str, str]:
        """Layout name -> part name, the first of that name in master order."""
        found: dict[str, str] = {}
        for master in self.related(self.presentation, "slideMaster"):
            for layout in self.related(master, "slideLayout"):
                c_sld = parse_xml(self.parts[layout]).find(f"{{{P}}}cSld")
                found.setdefault(c_sld.get("name", "") if c_sld is not None else "", layout)
        return found

    def related(self, source: str, kind: str) -> list[str]:
        """The parts ``source`` relates to by relationship type ``kind``, in order."""
        return [
            r.target
            for r in self.rels.get(source, [])
            if r.type == kind and not r.external and r.target in self.types
        ]

    def layout(self, name: str) -> str:
        """The part of the layout called ``name``."""
        if name not in self.layouts:
            raise PackError(f"{self.label}: no layout named '{name}'")
        return self.layouts[name]

    def placeholders(self, layout: str) -> list[Placeholder]:
        """The placeholders a new slide on ``layout`` clones: all but date, footer and slide
        number, in document order."""
        if layout not in self._placeholders:
            found = placeholders(self.parts[layout])
            self._placeholders[layout] = [ph for ph in found if ph.type not in _LATENT]
        return self._placeholders[layout]

    def master_theme(self) -> str:
        """The theme part of the first slide master."""
        master = self.related(self.presentation, "slideMaster")[0]
        return self.related(master, "theme")[0]

    def with_east_asian_font(self, theme: str, typeface: str) -> bytes:
        """``theme`` naming ``typeface`` as its East Asian heading and body font where it names
        none, so PowerPoint draws Japanese or Chinese in a font as wide as the one the text was
        measured with, not the template's script default (often a serif, MS PGothic)."""
        key = (theme, typeface)
        if key not in self._themes:
            root = parse_xml(self.parts[theme])
            changed = False
            for which in ("majorFont", "minorFont"):
                ea = root.find(f".//{{{_A}}}fontScheme/{{{_A}}}{which}/{{{_A}}}ea")
                if ea is not None and not ea.get("typeface"):
                    ea.set("typeface", typeface)
                    changed = True
            self._themes[key] = (
                etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
                if changed
                else self.parts[theme]
            )
        return self._themes[key]

    def media(self) -> dict[str, str]:
        """The kept images by SHA-1 of their bytes: a logo the template already holds is
        not stored twice."""
        if self._media is None:
            self._media = {
                hashlib.sha1(self.parts[name]).hexdigest(): name
                for name in sorted(self.kept)
                if name.startswith("ppt/media/")
            }
        return self._media

    def presentation_xml(self, slides: list[str], notes_master: str | None) -> bytes:
        """``presentation.xml`` listing ``slides`` (relationship ids, in order) and, where one
        was added, the notes master."""
        root = copy.deepcopy(self._root)
        id_list = root.find(f"{{{P}}}sldIdLst")
        if id_list is None:
            id_list = etree.Element(f"{{{P}}}sldIdLst")
            _insert_after(
                root, id_list, ("sldMasterIdLst", "notesMasterIdLst", "handoutMasterIdLst")
            )
        for old in list(id_list):
            id_list.remove(old)
        for number, rid in enumerate(slides, start=256):
            etree.SubElement(id_list, f"{{{P}}}sldId", {"id": str(number), f"{{{R}}}id": rid})
        if notes_master is not None and root.find(f"{{{P}}}notesMasterIdLst") is None:
            masters = etree.Element(f"{{{P}}}notesMasterIdLst")
            etree.SubElement(masters, f"{{{P}}}notesMasterId", {f"{{{R}}}id": notes_master})
            _insert_after(root, masters, ("sldMasterIdLst",))
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _insert_after(root: etree._Element, element: etree._Element, before: tuple[str, ...]) -> None:
    """Insert ``element`` after the last of the elements named ``before`` (schema order)."""
    index = 0
    for position, child in enumerate(root):
        if etree.QName(child).localname in before:
            index = position + 1
    root.insert(index, element)
