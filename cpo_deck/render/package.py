"""The deck as an Open Packaging Convention package, without python-pptx: relationships and
content types read and written, and each deck's new parts added to its base deck's.

A :class:`Package` is one deck being written on a base deck's parts (:class:`Parts`, read once
per run by :class:`cpo_deck.render.base.Base`). The package keeps what python-pptx's ``save``
keeps: every part reachable from the package's relationships, so the template's own sample
slides (and what only they use) are left out once their relationships are dropped.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Protocol

from ..pptx_files import RT, Rel, parse_xml, read_rels, rels_name

__all__ = ["RT", "Rel", "read_rels", "rels_name"]  # relationships are read in pptx_files

RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml"
CT = "application/vnd.openxmlformats-officedocument."
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
XML_HEAD = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"

DEFAULT_TYPES = {
    "bin": CT + "presentationml.printerSettings",
    "bmp": "image/bmp",
    "gif": "image/gif",
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "png": "image/png",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "wmf": "image/x-wmf",
    "emf": "image/x-emf",
    "xlsx": CT + "spreadsheetml.sheet",
}
"""Extensions written as a ``Default`` content type when a part of that type has one (as
python-pptx writes them); every other part gets an ``Override``."""


def read_types(parts: Mapping[str, bytes]) -> dict[str, str]:
    """Every part's content type, from ``[Content_Types].xml``."""
    defaults, overrides = {}, {}
    for item in parse_xml(parts["[Content_Types].xml"]):
        if item.tag == f"{{{_TYPES_NS}}}Default":
            defaults[item.get("Extension", "").lower()] = item.get("ContentType", "")
        elif item.tag == f"{{{_TYPES_NS}}}Override":
            overrides[item.get("PartName", "").lstrip("/")] = item.get("ContentType", "")
    return {
        name: overrides.get(name) or defaults.get(posixpath.splitext(name)[1][1:].lower(), "")
        for name in parts
        if name != "[Content_Types].xml" and not name.endswith(".rels")
    }


class Parts(Protocol):
    """What a deck is written on: a base deck's parts, their content types and
    relationships (its main part relating to no sample slide), its main part, and the parts a
    deck keeps of it (see :func:`reachable`)."""

    parts: dict[str, bytes]
    types: dict[str, str]
    rels: dict[str, list[Rel]]
    presentation: str
    kept: set[str]


def reachable(rels_of: Callable[[str], list[Rel]], exists: Callable[[str], bool]) -> Iterator[str]:
    """Every part reachable from the package's relationships, depth first in relationship
    order (the parts a package keeps, as python-pptx's ``save`` keeps them)."""
    seen: set[str] = set()

    def walk(source: str) -> Iterator[str]:
        for rel in rels_of(source):
            if rel.external or rel.target in seen or not exists(rel.target):
                continue
            seen.add(rel.target)
            yield rel.target
            yield from walk(rel.target)

    return walk("")


class Package:
    """One deck being written on a :class:`Base`: parts added or replaced, relationships
    added; its members come out in a fixed order (see :meth:`members`)."""

    def __init__(self, base: Parts) -> None:
        self.base = base
        self.parts: dict[str, bytes] = {}
        self.types: dict[str, str] = {}
        # The base's presentation.xml file lists its sample slides: the deck writes its own.
        main = base.presentation
        self.rels: dict[str, list[Rel]] = {main: list(base.rels.get(main, []))}

    def blob(self, name: str) -> bytes:
        """A part's bytes as the deck has them."""
        return self.parts[name] if name in self.parts else self.base.parts[name]

    def rels_of(self, source: str) -> list[Rel]:
        """A part's relationships as the deck has them."""
        return self.rels[source] if source in self.rels else self.base.rels.get(source, [])

    def exists(self, name: str) -> bool:
        """Whether the deck has a part called ``name``."""
        return name in self.types or name in self.base.types

    def put(self, name: str, blob: bytes, content_type: str | None = None) -> None:
        """Set a part's bytes (and content type, for a part the base did not have)."""
        self.parts[name] = blob
        if content_type is not None:
            self.types[name] = content_type

    def relate(self, source: str, kind: str, target: str) -> str:
        """Relate ``source`` to ``target``; the new relationship's id (the lowest free)."""
        rels = list(self.rels_of(source))
        used = {r.id for r in rels}
        number = 1
        while f"rId{number}" in used:
            number += 1
        rels.append(Rel(f"rId{number}", kind, target))
        self.rels[source] = rels
        return f"rId{number}"

    def members(self) -> list[tuple[str, bytes]]:
        """The zip members: content types, the package relationships, then every reachable
        part followed by its relationships, depth first in relationship order."""
        reached = list(reachable(self.rels_of, self.exists))
        types = {name: self.types.get(name) or self.base.types.get(name, "") for name in reached}
        out = [("[Content_Types].xml", _content_types(types)), ("_rels/.rels", self._rels(""))]
        for name in reached:
            out.append((name, self.blob(name)))
            if self.rels_of(name):
                out.append((rels_name(name), self._rels(name)))
        return out

    def _rels(self, source: str) -> bytes:
        if source not in self.rels and rels_name(source) in self.base.parts:
            return self.base.parts[rels_name(source)]
        return rels_xml(source, self.rels_of(source))

    def add(self, pattern: str, content_type: str) -> str:
        """A new, empty part named by ``pattern`` (``ppt/slides/slide%d.xml``) with its first
        free number among the parts the deck keeps (a dropped sample slide's name is free
        again); its bytes come with :meth:`put`."""
        number = 1
        while pattern % number in self.parts or pattern % number in self.base.kept:
            number += 1
        name = pattern % number
        self.parts[name] = b""
        self.types[name] = content_type
        self.rels[name] = []
        return name


def rels_xml(source: str, rels: list[Rel]) -> bytes:
    """A relationships part, in id order, with targets relative to ``source``."""
    folder = posixpath.dirname(source)

    def order(rel: Rel) -> tuple[int, str]:
        number = rel.id[3:]
        return (
            (int(number), rel.id) if rel.id.startswith("rId") and number.isdigit() else (0, rel.id)
        )

    items = []
    for rel in sorted(rels, key=order):
        kind = rel.type if "://" in rel.type else RT + rel.type
        if rel.external:
            target, mode = rel.target, ' TargetMode="External"'
        else:
            target, mode = posixpath.relpath(rel.target, folder or "."), ""
        items.append(
            f'<Relationship Id="{attr(rel.id)}" Type="{attr(kind)}" Target="{attr(target)}"{mode}/>'
        )
    return f'{XML_HEAD}<Relationships xmlns="{_PKG}">{"".join(items)}</Relationships>'.encode()


def _content_types(types: dict[str, str]) -> bytes:
    defaults = {"rels": RELS_TYPE, "xml": "application/xml"}
    overrides = {}
    for name, kind in types.items():
        ext = posixpath.splitext(name)[1][1:].lower()
        if defaults.get(ext) == kind:
            continue
        if ext not in defaults and DEFAULT_TYPES.get(ext) == kind:
            defaults[ext] = kind
        else:
            overrides[name] = kind
    items = [
        f'<Default Extension="{attr(ext)}" ContentType="{attr(kind)}"/>'
        for ext, kind in sorted(defaults.items())
    ]
    items += [
        f'<Override PartName="/{attr(name)}" ContentType="{attr(kind)}"/>'
        for name, kind in sorted(overrides.items())
    ]
    return f'{XML_HEAD}<Types xmlns="{_TYPES_NS}">{"".join(items)}</Types>'.encode()


_ATTR = re.compile(r'[&<>"\n\r\t]')
_ATTR_ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "\n": "&#10;",
    "\r": "&#13;",
    "\t": "&#9;",
}
_TEXT = re.compile(r"[&<>\r]")
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}


def attr(value: str) -> str:
    """``value`` escaped for an XML attribute in double quotes (as lxml writes it)."""
    return _ATTR.sub(lambda m: _ATTR_ESCAPES[m.group()], value)


def text(value: str) -> str:
    """``value`` escaped for XML character data (as lxml writes it)."""
    return _TEXT.sub(lambda m: _TEXT_ESCAPES[m.group()], value)
