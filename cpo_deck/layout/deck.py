"""Plan a whole deck: each slide on its layout, through the overflow policy until it fits."""

from __future__ import annotations

from collections.abc import Callable

from msgspec import structs

from ..errors import FitError, PackError
from ..geometry import (
    EMU_PER_PT,
    TEXT_KINDS,
    Box,
    TemplateGeometry,
    read_geometry,
    resolve_placeholders,
)
from ..languages import formatter_for
from ..logo import Logo, load_logo
from ..outline import NotesWords, Outline, Slide
from ..packs import Pack
from . import ask, impact, metrics, problem, tradeoffs
from .canvas import Canvas, Style
from .frame import Frame, Page, place_logo, plan_frame, title_size
from .overflow import next_move, shorten_message
from .scene import DeckPlan, SlidePlan

SlideLayout = Callable[[Slide, Box, Canvas], None]

SLIDE_KINDS: dict[str, SlideLayout] = {
    "problem": problem.plan,
    "impact": impact.plan,
    "metrics": metrics.plan,
    "tradeoffs": tradeoffs.plan,
    "ask": ask.plan,
}
"""The layout of each slide kind's content area."""


def plan_deck(
    outline: Outline,
    pack: Pack,
    geometry: TemplateGeometry | None = None,
    logo: Logo | None = None,
) -> DeckPlan:
    """Plan all five slides on ``pack``, applying the overflow policy where content won't fit.

    ``geometry`` and ``logo`` are the pack's base-deck geometry and decoded logo, when the
    caller has them already (a build session caches them); else they are read here.
    """
    if geometry is None:
        geometry = read_geometry(pack.base_path)
    if logo is None and pack.logo_path is not None:
        logo = load_logo(pack.logo_path, pack.config.theme.logo)
    fit = pack.config.fit
    base_style = Style(
        heading_font=pack.config.theme.fonts.heading,
        body_font=pack.config.theme.fonts.body,
        floor=float(fit.body_floor),
        table_floor=float(fit.table_floor),
        formatter=formatter_for(pack, outline.language),
    )
    pages = [_page(slide, pack, geometry, logo) for slide in outline.slides]
    # One title size for the deck: the largest at which every headline fits (the type ladder).
    sizes = [title_size(s, p, base_style) for s, p in zip(outline.slides, pages, strict=True)]
    base_style = structs.replace(base_style, title_size=min(sizes))
    slides: list[SlidePlan] = []
    warnings: list[str] = []
    for slide, page in zip(outline.slides, pages, strict=True):
        style = structs.replace(
            base_style, body_placeholder=page.body_idx is not None and slide.kind in TEXT_KINDS
        )
        fail = fit.overflow == "fail"
        plan, moved = _fitted(slide, page, style, outline.notes_words, fail)
        if moved:
            warnings.append(
                f"{slide.kind} slide: moved to the speaker notes, as the slide is full even at "
                f"{style.floor:g} pt: {', '.join(moved)} (shorten the slide's text to keep them "
                "on the slide)"
            )
        slides.append(plan)
    fitted = structs.replace(outline, slides=[p.slide for p in slides])
    return DeckPlan(fitted, slides, warnings)


def _page(slide: Slide, pack: Pack, geometry: TemplateGeometry, logo: Logo | None) -> Page:
    """The slide's page: size, logo, and the placeholders of the layout the pack chose."""
    choice = pack.config.layouts[slide.kind]
    try:
        info = geometry.layout(choice.layout)
        title_idx, body_idx = resolve_placeholders(info, choice)
    except PackError as exc:
        raise PackError(f"pack '{pack.name}', {slide.kind} slide: {exc.message}") from None
    size = (geometry.width / EMU_PER_PT, geometry.height / EMU_PER_PT)
    return Page(*size, logo, info, title_idx, body_idx)


def plan_slide(slide: Slide, page: Page, style: Style) -> tuple[Canvas, Frame]:
    """One slide as it stands: the frame, the content, the logo (nothing moved yet)."""
    canvas = Canvas(slide.kind, style)
    frame = plan_frame(slide, page, canvas)
    SLIDE_KINDS[slide.kind](slide, frame.content, canvas)
    place_logo(page, canvas)
    return canvas, frame


def _fitted(
    slide: Slide, page: Page, style: Style, words: NotesWords, fail: bool
) -> tuple[SlidePlan, list[str]]:
    """Plan ``slide``, moving detail to the notes until it fits (or failing, by the policy)."""
    moved: list[str] = []
    while True:
        canvas, frame = plan_slide(slide, page, style)
        over = canvas.overflow
        if over is None:
            break
        move = None if fail else next_move(slide, over.field, words)
        if move is None:
            raise FitError(shorten_message(slide.kind, over, style.floor))
        slide, what = move
        moved.append(what)
    decisions = canvas.decisions + [f"{what} moved to the speaker notes" for what in moved]
    layout = page.info.name
    plan = SlidePlan(
        slide, layout, page.title_idx, page.body_idx, frame.title, canvas.elements, decisions
    )
    return plan, moved
