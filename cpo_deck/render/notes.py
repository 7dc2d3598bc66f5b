"""Speaker notes pages: each slide's notes on the base deck's notes master, or on a plain
notes master added once where the base has none (python-pptx's default, in ``parts/``)."""

from __future__ import annotations

import re
from importlib import resources

from .base import placeholders
from .drawing import EMPTY_BODY, Placeholder, placeholder_name, placeholder_sp
from .package import CT, XML_HEAD, Package, text

TYPE = CT + "presentationml.notesSlide+xml"
_CLONED = {"sldImg", "body", "sldNum"}
"""The notes master's placeholders a notes page clones."""
_NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_GROUP = (
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>'
    '<a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
    '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
)
_CONTROL = re.compile(r"[\x00-\x08\x0B-\x1F]")


def add_default_master(deck: Package) -> str:
    """Add a plain notes master (and its theme) to ``deck``; its part name."""
    folder = resources.files(__package__) / "parts"
    master = deck.add("ppt/notesMasters/notesMaster%d.xml", CT + "presentationml.notesMaster+xml")
    theme = deck.add("ppt/theme/theme%d.xml", CT + "theme+xml")
    deck.put(master, (folder / "notesMaster.xml").read_bytes())
    deck.put(theme, (folder / "notesTheme.xml").read_bytes())
    deck.relate(master, "theme", theme)
    return master


def master_placeholders(deck: Package, master: str) -> list[Placeholder]:
    """The placeholders a notes page clones from ``master``: slide image, notes, number."""
    return placeholders(deck.blob(master), _CLONED)


def notes_xml(clones: list[Placeholder], notes: str) -> bytes:
    """A notes page: the master's slide image, notes and slide number placeholders, ``notes``
    in the notes placeholder (a paragraph a line)."""
    shapes = []
    for shape_id, ph in enumerate(clones, start=2):
        name = placeholder_name(ph, shape_id, notes=True)
        body = _body(notes) if ph.type == "body" else None
        shapes.append(placeholder_sp(ph, shape_id, name, "", body))
    return (
        f"{XML_HEAD}<p:notes {_NS}><p:cSld><p:spTree>{_GROUP}{''.join(shapes)}</p:spTree>"
        "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    ).encode()


def _body(notes: str) -> str:
    """The notes as paragraphs (a line each; a vertical tab is a line break within one)."""
    paragraphs = []
    for line in notes.split("\n"):
        pieces = []
        for index, piece in enumerate(line.split("\v")):
            if index:
                pieces.append("<a:br/>")
            if piece:
                escaped = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", piece)
                pieces.append(f"<a:r><a:t>{text(escaped)}</a:t></a:r>")
        paragraphs.append(f"<a:p>{''.join(pieces)}</a:p>" if pieces else "<a:p/>")
    return EMPTY_BODY.replace("<a:p/>", "".join(paragraphs))
