"""Deck plan -> .pptx: the only deck writer. It paints the scene straight into PresentationML
on the pack's base deck (:mod:`.package`), without python-pptx's object model, which cost
most of the time a deck took.

Everything was decided by :mod:`cpo_deck.layout`: this module draws each planned element with
an explicit font, size, colour and exact line pitch, so every renderer lays text out the same.
The markup is what python-pptx writes for the same shapes (:mod:`.drawing`), and a deck is
the same bytes for the same plan (dated ``when``, see :mod:`.stable`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from ..geometry import Box
from ..languages import DEFAULT as DEFAULT_LANGUAGE
from ..languages import Language, east_asian_font
from ..layout import ChartBox, DeckPlan, Picture, Shape, SlidePlan, TableBox, TextBox
from ..packs import Pack
from ..pptx_files import read_parts
from . import notes
from .base import Base
from .drawing import Placeholder, Writer, chart_frame, picture, placeholder_name, placeholder_sp
from .drawing import xfrm as _xfrm
from .package import CT, XML_HEAD, Package, text
from .pptx_chart import categories, chart_xml, data_format
from .stable import DEFAULT_TIME, zip_members
from .xlsx import workbook

_SLIDE_TYPE = CT + "presentationml.slide+xml"
_CHART_TYPE = CT + "drawingml.chart+xml"
_CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"
_CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_IMAGES = {b"\x89PNG": ("png", "image/png"), b"\xff\xd8": ("jpg", "image/jpeg")}


def open_base(path: Path, warnings: list[str] | None = None) -> Base:
    """The pack's base deck at ``path``, checked (see :mod:`cpo_deck.pptx_files`) and parsed
    once, ready for any number of decks."""
    return Base(read_parts(path, warnings=warnings), str(path))


def render_deck(
    plan: DeckPlan,
    pack: Pack,
    properties: dict[str, str],
    base: Base | None = None,
    when: dt.datetime = DEFAULT_TIME,
) -> bytes:
    """Draw ``plan`` on ``pack``'s base deck; the ``.pptx`` as bytes, the same bytes for the
    same plan (dated ``when``, see :mod:`.stable`).

    ``base`` is the pack's base deck from :func:`open_base` when the caller has it already;
    else it is read from the pack.
    """
    base = base if base is not None else open_base(pack.base_path)
    deck = Package(base)
    colors = pack.config.theme.colors

    def color(role: str) -> str:
        return str(getattr(colors, role)).upper()

    # Text is marked with the deck's language (so PowerPoint proofs German as German); an
    # English deck keeps the template's own marking.
    tag = plan.outline.language
    lang = None if tag == DEFAULT_LANGUAGE else Language(tag, "").proofing
    painter = _Painter(base, deck, Writer(color, lang), when)
    slide_ids = [painter.slide(slide_plan) for slide_plan in plan.slides]
    font = east_asian_font(tag)
    if font is not None:
        theme = base.master_theme()
        deck.put(theme, base.with_east_asian_font(theme, font))
    _core_properties(deck, properties, plan.outline.title, when)
    deck.put(base.presentation, base.presentation_xml(slide_ids, painter.notes_master_added))
    return zip_members(deck.members(), when)


class _Painter:
    """Adds slides, with their notes, chart and pictures, to one deck."""

    def __init__(self, base: Base, deck: Package, writer: Writer, when: dt.datetime) -> None:
        self.base = base
        self.deck = deck
        self.writer = writer
        self.when = when
        self.notes_master = base.notes_master
        self.notes_master_added: str | None = None
        self.images: dict[str, str] = {}
        """Image part by file: a logo on every slide is read and stored once."""

    def slide(self, plan: SlidePlan) -> str:
        """Add one planned slide; the presentation's relationship id to it."""
        deck, base = self.deck, self.base
        name = deck.add("ppt/slides/slide%d.xml", _SLIDE_TYPE)
        deck.relate(name, "slideLayout", base.layout(plan.layout))
        rid = deck.relate(base.presentation, "slide", name)
        clones = base.placeholders(base.layout(plan.layout))
        next_id = 2 + len(clones)
        filled: dict[int, _Fill] = {}
        shapes: list[str] = []
        for element in plan.elements:
            if isinstance(element, TextBox) and element.placeholder == "title":
                filled[plan.title_idx] = (_box(element.box), self.writer.text_body(element), None)
                continue
            if (
                isinstance(element, TextBox)
                and element.placeholder == "body"
                and plan.body_idx is not None
            ):
                body = self.writer.text_body(element) if _has_text(element) else ""
                filled[plan.body_idx] = (_box(element.box), body, element.name)
                continue
            shapes.append(self._element(name, next_id, element))
            next_id += 1
        xml = [f"{XML_HEAD}<p:sld {_NS}><p:cSld><p:spTree>{_GROUP}<p:grpSpPr/>"]
        for shape_id, ph in enumerate(clones, start=2):
            xml.append(self._placeholder(ph, shape_id, plan, filled.get(ph.idx)))
        xml += shapes
        xml.append("</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>")
        deck.put(name, "".join(xml).encode())
        self._notes(name, plan.slide.notes)
        return rid

    def _placeholder(
        self,
        ph: Placeholder,
        shape_id: int,
        plan: SlidePlan,
        fill: _Fill | None,
    ) -> str:
        """A layout placeholder as the slide keeps it: the title always (filled or not), the
        body when it holds text; empty ones would show "Click to add text" in an editor."""
        if ph.idx == plan.title_idx:  # kept unfilled too, with the clone's empty text
            box, body = (fill[0], fill[1]) if fill else ("", None)
            return placeholder_sp(ph, shape_id, placeholder_name(ph, shape_id), box, body)
        if ph.idx == plan.body_idx and fill is not None and fill[1]:
            return placeholder_sp(ph, shape_id, fill[2] or "", fill[0], fill[1])
        return ""

    def _element(self, slide: str, shape_id: int, element: object) -> str:
        if isinstance(element, TextBox):
            return self.writer.textbox(shape_id, element)
        if isinstance(element, Shape):
            return self.writer.shape(shape_id, element)
        if isinstance(element, TableBox):
            return self.writer.table(shape_id, element)
        if isinstance(element, ChartBox):
            rid = self._chart(slide, element)
            b = element.box
            return chart_frame(shape_id, element.spec.alt_text, rid, (b.x, b.y, b.w, b.h))
        if isinstance(element, Picture):
            rid = self._image(slide, element.path)
            b = element.box
            return picture(shape_id, element.name, element.path, rid, (b.x, b.y, b.w, b.h))
        raise TypeError(f"no writer for {type(element).__name__}")  # pragma: no cover

    def _chart(self, slide: str, element: ChartBox) -> str:
        deck = self.deck
        chart = deck.add("ppt/charts/chart%d.xml", _CHART_TYPE)
        book = deck.add("ppt/embeddings/Microsoft_Excel_Sheet%d.xlsx", CT + "spreadsheetml.sheet")
        rows = [(s.name, s.values) for s in element.spec.series]
        deck.put(book, workbook(categories(element), rows, data_format(element), self.when))
        deck.put(chart, chart_xml(element, self.writer.color))
        deck.relate(chart, "package", book)
        return deck.relate(slide, "chart", chart)

    def _image(self, slide: str, path: str) -> str:
        deck = self.deck
        if path not in self.images:
            blob = Path(path).read_bytes()
            ext, kind = next(
                (found for magic, found in _IMAGES.items() if blob.startswith(magic)),
                ("gif", "image/gif"),
            )
            existing = self.base.media().get(hashlib.sha1(blob).hexdigest())
            part = existing or deck.add(f"ppt/media/image%d.{ext}", kind)
            if existing is None:
                deck.put(part, blob)
            self.images[path] = part
        part = self.images[path]
        for rel in deck.rels_of(slide):
            if rel.type == "image" and rel.target == part:
                return rel.id
        return deck.relate(slide, "image", part)

    def _notes(self, slide: str, text: str) -> None:
        """The slide's notes page, on the base's notes master (or a plain one added once)."""
        deck = self.deck
        if self.notes_master is None:
            self.notes_master = notes.add_default_master(deck)
            self.notes_master_added = deck.relate(
                self.base.presentation, "notesMaster", self.notes_master
            )
        master = self.notes_master
        name = deck.add("ppt/notesSlides/notesSlide%d.xml", notes.TYPE)
        deck.put(name, notes.notes_xml(notes.master_placeholders(deck, master), text))
        deck.relate(name, "notesMaster", master)
        deck.relate(name, "slide", slide)
        deck.relate(slide, "notesSlide", name)


_Fill = tuple[str, str, str | None]
"""A placeholder as a slide fills it: its ``a:xfrm``, its ``p:txBody`` (``""``: no text), and
its new name (``None``: the clone's own)."""
_GROUP = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'


def _box(b: Box) -> str:
    return _xfrm(b.x, b.y, b.w, b.h)


def _has_text(element: TextBox) -> bool:
    """Whether a text frame holding ``element`` reads as non-empty (its paragraphs joined by
    line breaks)."""
    return len(element.paras) > 1 or any(run.text for para in element.paras for run in para)


def _core_properties(
    deck: Package, properties: dict[str, str], title: str, when: dt.datetime
) -> None:
    """The deck's document properties: title, author, subject, comments, dated ``when``."""
    stamp = when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def element(tag: str, value: str) -> str:
        return f"<{tag}>{text(value)}</{tag}>" if value else f"<{tag}/>"

    xml = (
        f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + element("dc:title", properties.get("title", title))
        + element("dc:subject", properties.get("subject", ""))
        + element("dc:creator", properties.get("author", ""))
        + element("cp:keywords", "cpo-deck")
        + element("dc:description", properties.get("comments", ""))
        + element("cp:lastModifiedBy", "cpo-deck")
        + "<cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )
    existing = next((r.target for r in deck.rels_of("") if r.type == _CORE_REL), None)
    if existing is None:
        existing = "docProps/core.xml"
        deck.relate("", _CORE_REL, existing)
    deck.put(existing, xml.encode(), _CORE_TYPE)
