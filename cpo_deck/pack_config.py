"""``pack.yaml``'s settings: frozen models (:mod:`.model`), merged along a pack's chain."""

from __future__ import annotations

from typing import Any

from .brief import CheckSettings
from .languages import PACK_LANGUAGE, TAG
from .model import REQUIRED, Spec, attr, model

KINDS = ("problem", "impact", "metrics", "tradeoffs", "ask")
"""The five slide kinds, in deck order."""


Hex = str
_HEX = r"^[0-9A-Fa-f]{6}$"


def _hex(description: str) -> Any:
    return attr("str", pattern=_HEX, description=description)


def _text(
    least: int | None, most: int | None, default: Any = REQUIRED, description: str | None = None
) -> Any:
    return attr("str", default=default, min_length=least, max_length=most, description=description)


@model
class LayoutChoice:
    """Which layout (by name) and which placeholders (by idx) serve one slide kind."""

    layout: str = _text(1, None)
    title: int | None = attr("int", default=None, description="idx of the title placeholder")
    body: int | None = attr(
        "int", default=None, description="idx of the body placeholder for text, if any"
    )


@model
class Colors:
    """Theme colours as ``RRGGBB`` hex."""

    background: Hex = _hex("slide background")
    surface: Hex = _hex("tiles and panels")
    primary: Hex = _hex("titles and big numbers")
    accent: Hex = _hex("labels, the chart, highlights")
    text: Hex = _hex("body text")
    muted: Hex = _hex("footer and captions")
    positive: Hex = _hex("a metric moving the right way")
    negative: Hex = _hex("a metric moving the wrong way; risk outcomes")
    on_accent: Hex = _hex("text on the table header (primary fill)")
    highlight: Hex = _hex("the recommended row")
    rule: Hex = _hex("hairlines and axis lines")


@model
class Fonts:
    """Heading and body font names, as the deck will name them."""

    heading: str = _text(1, 64, "Calibri")
    body: str = _text(1, 64, "Calibri")


CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")


@model
class Logo:
    """A logo placed on every slide."""

    path: str = _text(1, None)
    corner: str = attr("choice", default="top-right", choices=CORNERS)
    height: float = attr("float", default=0.45, gt=0, le=2.0, description="inches")


@model
class Theme:
    """Colours, fonts, logo and a fixed footer line."""

    colors: Colors = attr("model", model=Colors)
    fonts: Fonts = attr("model", factory=Fonts, model=Fonts)
    logo: Logo | None = attr("model", default=None, model=Logo)
    footer: str | None = _text(None, 120, None, "e.g. a confidentiality line")


@model
class Labels:
    """The small section label on each slide."""

    problem: str = _text(1, 40)
    impact: str = _text(1, 40)
    metrics: str = _text(1, 40)
    tradeoffs: str = _text(1, 40)
    ask: str = _text(1, 40)


@model
class NumberFormat:
    """How numbers and ISO dates are written."""

    thousands: str | None = _text(None, 1, None, "else the language's")
    decimal: str | None = _text(1, 1, None, "else the language's")
    date: str | None = _text(None, 40, None, "strftime pattern for ISO dates")


@model
class FitSettings:
    """How text is fitted: the floors, and what happens when content still does not fit."""

    overflow: str = attr(
        "choice",
        default="notes",
        choices=("notes", "fail"),
        description="notes: move low-priority detail to the speaker notes, with a warning; "
        "fail: stop and say which field to shorten",
    )
    body_floor: float = attr(
        "float", default=12, ge=12, le=24, description="smallest body text, points"
    )
    table_floor: float = attr(
        "float", default=10, ge=10, le=18, description="smallest table text, points"
    )


def _every_kind(config: PackConfig) -> None:
    missing = [k for k in KINDS if k not in config.layouts]
    if missing:
        raise ValueError(f"layouts: add a layout for {', '.join(missing)}")


@model
class PackConfig:
    """``pack.yaml``, merged along the ``extends`` chain."""

    __checks__ = (_every_kind,)

    name: str = _text(1, 60)
    description: str = _text(None, 200, "")
    extends: str | None = attr("str", default=None)
    base: str = _text(1, None)
    layouts: dict[str, LayoutChoice] = attr(
        "map", choices=KINDS, item=Spec("model", model=LayoutChoice)
    )
    theme: Theme = attr("model", model=Theme)
    labels: Labels = attr("model", model=Labels)
    format: NumberFormat = attr("model", factory=NumberFormat, model=NumberFormat)
    language: str | None = attr(
        "str", default=None, max_length=35, pattern=TAG, description=PACK_LANGUAGE
    )
    fit: FitSettings = attr("model", factory=FitSettings, model=FitSettings)
    check: CheckSettings = attr(
        "model",
        factory=CheckSettings,
        model=CheckSettings,
        description="Tuning for `cpo-deck check` for every brief built with this pack.",
    )
