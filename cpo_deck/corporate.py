"""Inspect a corporate PowerPoint template: layouts of every master, placeholders, each master's
own theme, and a fingerprint to detect drift later. Imports python-pptx (only ``template``
commands and the deck writer use this module).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lxml import etree
from msgspec import Struct
from pptx import Presentation

from .errors import PackError
from .geometry import (
    BODY_TYPES,
    CHROME_TYPES,
    EMU_PER_IN,
    TEXT_KINDS,
    TITLE_TYPES,
    LayoutInfo,
    PlaceholderInfo,
    TemplateGeometry,
    layout_info,
    resolve_placeholders,
)
from .pack_config import KINDS, LayoutChoice
from .pptx_files import parse_xml, read_presentation

if TYPE_CHECKING:
    from .fingerprint import Fingerprint

__all__ = [
    "BODY_TYPES",
    "CHROME_TYPES",
    "EMU_PER_IN",
    "TEXT_KINDS",
    "TITLE_TYPES",
    "LayoutInfo",
    "PlaceholderInfo",
    "resolve_placeholders",
]

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
THEME_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"


def open_presentation(path: Path) -> Any:
    """A python-pptx Presentation of a checked ``.pptx``/``.potx``."""
    try:
        return Presentation(read_presentation(path))
    except PackError:
        raise
    except Exception as exc:  # python-pptx on a malformed part: say so, don't crash
        raise PackError(f"{path}: PowerPoint file could not be read ({exc})") from None


def layouts(prs: Any) -> list[LayoutInfo]:
    """Every layout of every slide master, in order."""
    out = []
    for number, master in enumerate(prs.slide_masters, start=1):
        for layout in master.slide_layouts:
            out.append(layout_info(layout.part.blob, master.part.blob, number))
    return out


def find_layout(prs: Any, name: str) -> LayoutInfo:
    """The layout called ``name`` in any master, or an error listing the names there are."""
    return TemplateGeometry(0, 0, tuple(layouts(prs))).layout(name)


def pptx_layout(prs: Any, name: str) -> Any:
    """The python-pptx layout object called ``name`` (first match across masters)."""
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            if layout.name == name:
                return layout
    raise PackError(f"no layout named '{name}'")


def _score_text(info: LayoutInfo) -> float:
    bodies = info.of_types(BODY_TYPES)
    if len(info.of_types(TITLE_TYPES)) != 1 or not bodies:
        return -1
    score = 10.0 if len(bodies) == 1 else 5.0
    name = info.name.lower()
    score += 3 if "content" in name or "text" in name else 0
    score -= 5 if "vertical" in name or any(p.type == "vertical_body" for p in bodies) else 0
    area = max(p.box[2] * p.box[3] for p in bodies) / EMU_PER_IN**2
    return score + min(area, 60) / 20


def _score_title_only(info: LayoutInfo) -> float:
    titles = info.of_types(TITLE_TYPES)
    others = [p for p in info.placeholders if p.type not in TITLE_TYPES | CHROME_TYPES]
    if len(titles) != 1:
        return -1
    score = 10.0 if not others else 2.0 if info.of_types(BODY_TYPES) else 1.0
    name = info.name.lower()
    score += 3 if "title only" in name or name.endswith("title") else 0
    score -= 4 if "section" in name or "vertical" in name or titles[0].type == "center_title" else 0
    return score


class Mapping(Struct, frozen=True):
    """The layout chosen for one slide kind, and why."""

    kind: str
    choice: LayoutChoice
    reason: str


def map_kinds(prs: Any) -> list[Mapping]:
    """Pick a layout for each slide kind by placeholder types: title + body for text slides,
    title-only for the chart, table and tile slides."""
    infos = layouts(prs)
    if not infos:
        raise PackError("the template has no slide layouts")
    best_text = max(infos, key=_score_text)
    best_title = max(infos, key=_score_title_only)
    out = []
    for kind in KINDS:
        if kind in TEXT_KINDS and _score_text(best_text) >= 0:
            title, body = resolve_placeholders(best_text, LayoutChoice(layout=best_text.name))
            bodies = best_text.of_types(BODY_TYPES)
            body = max(bodies, key=lambda p: p.box[2] * p.box[3]).idx
            choice = LayoutChoice(layout=best_text.name, title=title, body=body)
            out.append(Mapping(kind, choice, "title + body placeholders"))
        elif _score_title_only(best_title) >= 0:
            title, _ = resolve_placeholders(best_title, LayoutChoice(layout=best_title.name))
            choice = LayoutChoice(layout=best_title.name, title=title)
            out.append(Mapping(kind, choice, "title only: cpo-deck draws the content"))
        else:
            raise PackError("no layout in the template has exactly one title placeholder")
    return out


class ThemeInfo(Struct, frozen=True):
    """Fonts and colour slots of one master's own theme."""

    part: str
    sha256: str
    heading_font: str | None
    body_font: str | None
    colors: dict[str, str]


def master_theme(master: Any) -> ThemeInfo:
    """The theme this master links to (not simply the first theme in the file)."""
    part = master.part.part_related_by(THEME_REL)
    root = parse_xml(part.blob)
    fonts = {}
    for which in ("majorFont", "minorFont"):
        latin = root.find(f".//{{{A}}}fontScheme/{{{A}}}{which}/{{{A}}}latin")
        fonts[which] = latin.get("typeface") if latin is not None else None
    colors: dict[str, str] = {}
    scheme = root.find(f".//{{{A}}}clrScheme")
    if scheme is not None:
        for slot in scheme:
            name = etree.QName(slot).localname
            srgb = slot.find(f"{{{A}}}srgbClr")
            system = slot.find(f"{{{A}}}sysClr")
            if srgb is not None:
                colors[name] = srgb.get("val", "").upper()
            elif system is not None:
                colors[name] = (system.get("lastClr") or "000000").upper()
    return ThemeInfo(
        str(part.partname),
        hashlib.sha256(part.blob).hexdigest(),
        fonts["majorFont"],
        fonts["minorFont"],
        colors,
    )


def fingerprint(path: Path, prs: Any) -> dict[str, Any]:
    """What ``template init`` found, to compare against later (``template check``)."""
    return {
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "slide_size": [int(prs.slide_width), int(prs.slide_height)],
        "themes": {str(i): master_theme(m).sha256 for i, m in enumerate(prs.slide_masters, 1)},
        "layouts": [
            {
                "name": info.name,
                "master": info.master,
                "sha256": info.sha256,
                "placeholders": [
                    {"idx": p.idx, "type": p.type, "box": list(p.box)} for p in info.placeholders
                ],
            }
            for info in layouts(prs)
        ],
    }


class Drift(Struct, frozen=True):
    """One difference between the recorded fingerprint and the template now."""

    code: str
    message: str
    error: bool


def drift(record: Fingerprint, prs: Any, used: set[str]) -> list[Drift]:
    """Compare a fingerprint with the template; layouts in ``used`` make missing ones errors."""
    found: list[Drift] = []
    now = {info.name: info for info in layouts(prs)}
    by_hash = {info.sha256: info.name for info in now.values()}
    size = [int(prs.slide_width), int(prs.slide_height)]
    if record.slide_size != size:
        found.append(Drift("D006", f"slide size changed from {record.slide_size} to {size}", False))
    for old in record.layouts:
        name = old.name
        current = now.get(name)
        if current is None:
            renamed = by_hash.get(old.sha256)
            hint = f" (now called '{renamed}')" if renamed else ""
            found.append(Drift("D001", f"layout '{name}' renamed or removed{hint}", name in used))
            continue
        boxes = {p.idx: p for p in current.placeholders}
        for placeholder in old.placeholders:
            now_p = boxes.get(placeholder.idx)
            if now_p is None:
                found.append(
                    Drift(
                        "D003", f"placeholder {placeholder.idx} of '{name}' removed", name in used
                    )
                )
            elif list(now_p.box) != placeholder.box:
                found.append(
                    Drift("D004", f"placeholder {placeholder.idx} of '{name}' moved", False)
                )
            elif now_p.type != placeholder.type:
                found.append(
                    Drift(
                        "D005",
                        f"placeholder {placeholder.idx} of '{name}' changed type from "
                        f"{placeholder.type} to {now_p.type}",
                        name in used,
                    )
                )
        if current.sha256 != old.sha256 and not any(
            f.message.endswith(f"'{name}' moved") for f in found
        ):
            found.append(Drift("D007", f"layout '{name}' was edited", False))
    for number, theme_hash in record.themes.items():
        masters = list(prs.slide_masters)
        index = int(number) - 1 if number.isascii() and number.isdigit() else -1
        if not 0 <= index < len(masters):
            found.append(Drift("D008", f"slide master {number} removed", True))
        elif master_theme(masters[index]).sha256 != theme_hash:
            found.append(
                Drift("D009", f"theme of slide master {number} changed (fonts or colours)", False)
            )
    return found
