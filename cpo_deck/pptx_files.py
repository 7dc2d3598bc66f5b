"""Open a base deck safely: a ``.pptx``/``.potx`` from a team pack is untrusted input.

The file is checked before python-pptx sees it: it exists, is a zip with
``[Content_Types].xml``, its sizes and compression ratios are sane (enforced while inflating,
since a zip can lie about its sizes), and it is a presentation (a Word or Excel file renamed
``.pptx`` is named as such). A ``.potx`` template is turned into a presentation in memory.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from lxml import etree

from .errors import PackError

MAX_FILE = 100 * 1024 * 1024
"""Bytes a base deck may have on disk."""
MAX_TOTAL = 300 * 1024 * 1024
"""Bytes all its parts may inflate to."""
MAX_RATIO = 200
"""How many times larger than its compressed size one part may inflate."""
MAX_PARTS = 5000

_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_PRESENTATION_TYPE = (
    b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)
_CHUNK = 1 << 16


def read_presentation(
    path: Path, label: str = "base", warnings: list[str] | None = None
) -> io.BytesIO:
    """The checked deck at ``path`` as an in-memory ``.pptx`` ready for python-pptx (see
    :func:`read_parts`)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for name, data in read_parts(path, label, warnings).items():
            copy.writestr(name, data)
    out.seek(0)
    return out


def read_parts(
    path: Path, label: str = "base", warnings: list[str] | None = None
) -> dict[str, bytes]:
    """The checked deck at ``path`` as its parts (name -> bytes), a ``.potx`` already a
    presentation.

    Macro-enabled decks are refused; OLE objects, ActiveX controls and external relationships
    are stripped, with one message per part added to ``warnings`` (if given).
    """
    try:
        exists, is_file = path.exists(), path.is_file()
        size = path.stat().st_size if is_file else 0
    except OSError as exc:
        raise PackError(f"{path}: {label} cannot be read ({exc.strerror})") from None
    if not exists:
        raise PackError(f"{path}: {label} file not found")
    if not is_file:
        raise PackError(f"{path}: {label} is not a file")
    if size > MAX_FILE:
        raise PackError(f"{path}: {label} is {size:,} bytes; at most {MAX_FILE:,} are allowed")
    if path.suffix.lower() in (".pptm", ".potm"):
        raise PackError(f"{path}: {_MACROS}")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise PackError(
            f"{path}: not a PowerPoint file (not a zip archive); save it as .pptx or .potx"
        ) from None
    with archive:
        names = archive.namelist()
        _check_names(path, names)
        parts: dict[str, bytes] = {}
        total = 0
        for info in archive.infolist():
            if info.is_dir():
                continue
            data = _inflate(archive, info, path, MAX_TOTAL - total)
            total += len(data)
            parts[info.filename] = data
    types = parts["[Content_Types].xml"]
    if b"macroEnabled" in types or any(n.lower().endswith("vbaproject.bin") for n in parts):
        raise PackError(f"{path}: {_MACROS}")
    parts["[Content_Types].xml"] = types.replace(_TEMPLATE_TYPE, _PRESENTATION_TYPE)
    notes = strip_active_content(parts)
    if warnings is not None:
        warnings.extend(f"{path}: {note}" for note in notes)
    return parts


_MACROS = (
    "a macro-enabled deck (.pptm/.potm, or one holding vbaProject.bin) cannot be a base: "
    "save it from PowerPoint as .pptx or .potx, without macros"
)


def _check_names(path: Path, names: list[str]) -> None:
    if "[Content_Types].xml" not in names:
        raise PackError(f"{path}: not an Office file (no [Content_Types].xml)")
    if "ppt/presentation.xml" not in names:
        kind = (
            "a Word document"
            if "word/document.xml" in names
            else "an Excel workbook"
            if "xl/workbook.xml" in names
            else "not a presentation"
        )
        raise PackError(f"{path}: this is {kind}, not a PowerPoint .pptx/.potx")
    if len(names) > MAX_PARTS:
        raise PackError(f"{path}: {len(names):,} parts; at most {MAX_PARTS:,} are allowed")


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_ACTIVE = re.compile(r"^ppt/(activeX/|embeddings/(oleObject|.*\.bin$))", re.IGNORECASE)
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_HYPERLINKS = {"hlinkClick", "hlinkHover", "hlinkMouseOver"}
_SHAPES = {"sp", "pic", "graphicFrame", "grpSp", "cxnSp", "control", "contentPart"}


RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
"""The common prefix of relationship types, left out of :attr:`Rel.type`."""
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


class Rel(NamedTuple):
    """One relationship: its id, type (the part after the common prefix when it has it),
    target part name (or address, when external) and whether it is external."""

    id: str
    type: str
    target: str
    external: bool = False


def rels_name(part: str) -> str:
    """The relationships part of ``part`` (``""`` is the package itself)."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target[1:])
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def read_rels(parts: Mapping[str, bytes], source: str) -> list[Rel]:
    """The relationships of part ``source`` (``""``: the package's), targets as part names."""
    blob = parts.get(rels_name(source))
    if blob is None:
        return []
    out = []
    for rel in parse_xml(blob).iter(f"{{{_PKG}}}Relationship"):
        external = rel.get("TargetMode") == "External"
        target = rel.get("Target", "")
        kind = rel.get("Type", "")
        out.append(
            Rel(
                rel.get("Id", ""),
                kind.removeprefix(RT),
                target if external else _resolve(source, target),
                external,
            )
        )
    return out


def parse_xml(blob: bytes) -> etree._Element:
    """Parse a part of an untrusted deck: no entities resolved, no DTD, nothing fetched."""
    return etree.fromstring(blob, _PARSER)


def strip_active_content(parts: dict[str, bytes]) -> list[str]:
    """Remove OLE objects, ActiveX controls and external relationships from ``parts`` (in
    place), and what refers to them; one message per part changed."""
    notes = []
    removed = {name for name in parts if _ACTIVE.match(name)} | _embedded(parts)
    for name in sorted(removed):
        del parts[name]
        notes.append(f"removed {name} (an embedded object or ActiveX control) from the base deck")
    for rels_name in [n for n in parts if n.endswith(".rels")]:
        folder = posixpath.dirname(posixpath.dirname(rels_name))
        source = posixpath.join(folder, posixpath.basename(rels_name)[: -len(".rels")])
        try:
            root = parse_xml(parts[rels_name])
        except etree.XMLSyntaxError as exc:
            raise PackError(f"{rels_name}: damaged ({exc})") from None
        dropped = []
        for rel in list(root):
            target = rel.get("Target", "")
            external = rel.get("TargetMode") == "External"
            if external or posixpath.normpath(posixpath.join(folder, target)) in removed:
                dropped.append(rel.get("Id", ""))
                if external:
                    notes.append(f"removed the external link to {target[:120]} from {source}")
                root.remove(rel)
        if dropped:
            parts[rels_name] = bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
            if source in parts:
                parts[source] = _drop_references(parts[source], set(dropped))
    if removed:
        types = parse_xml(parts["[Content_Types].xml"])
        for override in list(types):
            if override.get("PartName", "").lstrip("/") in removed:
                types.remove(override)
        parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8")
    return notes


_EMBEDDING_TYPES = (
    "/oleObject",
    "/package",
    "/activeXControl",
    "/activeXControlBinary",
    "/control",
)
"""Relationships to embedded documents and controls, whatever their parts are called."""


def _embedded(parts: dict[str, bytes]) -> set[str]:
    """Parts that some relationship names as an embedded object, package or control."""
    found = set()
    for rels_name in [n for n in parts if n.endswith(".rels")]:
        folder = posixpath.dirname(posixpath.dirname(rels_name))
        try:
            root = parse_xml(parts[rels_name])
        except etree.XMLSyntaxError as exc:
            raise PackError(f"{rels_name}: damaged ({exc})") from None
        for rel in root:
            if rel.get("TargetMode") != "External" and rel.get("Type", "").endswith(
                _EMBEDDING_TYPES
            ):
                target = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
                if target in parts:
                    found.add(target)
    return found


def _drop_references(blob: bytes, ids: set[str]) -> bytes:
    """The part without what refers to relationships ``ids``: a hyperlink goes; a shape that
    shows an OLE object or control goes whole."""
    root = parse_xml(blob)
    for element in list(root.iter()):
        if not any(
            key.startswith(f"{{{_R}}}") and value in ids for key, value in element.attrib.items()
        ):
            continue
        gone = element
        if etree.QName(element).localname not in _HYPERLINKS:
            while gone.getparent() is not None and etree.QName(gone).localname not in _SHAPES:
                gone = gone.getparent()
        parent = gone.getparent()
        if parent is None:
            continue
        parent.remove(gone)
        if etree.QName(parent).localname == "controls" and len(parent) == 0:
            grand = parent.getparent()
            if grand is not None:
                grand.remove(parent)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, budget: int) -> bytes:
    """Read one part, stopping as soon as it passes the size or ratio caps."""
    limit = min(budget, max(info.compress_size, 1) * MAX_RATIO + 1_000_000)
    parts: list[bytes] = []
    read = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                read += len(chunk)
                if read > limit:
                    raise PackError(
                        f"{path}: part {info.filename} inflates past the safe size "
                        "(a zip bomb?); re-save the file from PowerPoint"
                    )
                parts.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error) as exc:
        raise PackError(f"{path}: part {info.filename} is damaged ({exc})") from None
    return b"".join(parts)
