"""Speaker notes pages: each slide's notes on the base deck's notes master, or on a plain
notes master added once where the base has none (python-pptx's default, in ``parts/``)."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from .base import placeholders
from .drawing import EMPTY_BODY, Placeholder, placeholder_name, placeholder_sp, run_text
from .package import CT, XML_HEAD, Package

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


def add_default_master(deck: Package) -> str:
    """Add a plain notes master (and its theme) to ``deck``; its part name."""
    master = deck.add("ppt/notesMasters/notesMaster%d.xml", CT + "presentationml.notesMaster+xml")
    theme = deck.add("ppt/theme/theme%d.xml", CT + "theme+xml")
    deck.put(master, _default_part("notesMaster.xml"))
    deck.put(theme, _default_part("notesTheme.xml"))
    deck.relate(master, "theme", theme)
    return master


@cache
def _default_part(name: str) -> bytes:
    """A part of the plain notes master, read once per process."""
    return (resources.files(__package__) / "parts" / name).read_bytes()


def master_placeholders(deck: Package, master: str) -> list[Placeholder]:
    """The placeholders a notes page clones from ``master``: slide image, notes, number."""
    return _cloned(deck.blob(master))


@lru_cache(maxsize=8)
def _cloned(blob: bytes) -> list[Placeholder]:
    """``master``'s cloned placeholders, parsed once per notes master, not once a slide."""
    return placeholders(blob, _CLONED)


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
                pieces.append(f"<a:r><a:t>{run_text(piece)}</a:t></a:r>")
        paragraphs.append(f"<a:p>{''.join(pieces)}</a:p>" if pieces else "<a:p/>")
    return EMPTY_BODY.replace("<a:p/>", "".join(paragraphs))
