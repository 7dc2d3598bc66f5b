"""The frame every slide shares: section label, initiative line (slide 1), action title, footer,
page number and logo, on the same grid; and the content area left between them."""

from __future__ import annotations

from msgspec import Struct

from ..geometry import Box, LayoutInfo
from ..logo import Logo
from ..measure import Para, block_height, fit, largest_fitting
from ..outline import Slide
from . import units as u
from .canvas import Canvas, Style
from .scene import Picture, Run


class Page(Struct, frozen=True):
    """The slide's size in points, the logo if the pack has one, and the layout's placeholders."""

    width: float
    height: float
    logo: Logo | None
    info: LayoutInfo
    title_idx: int
    body_idx: int | None


class Frame(Struct, frozen=True):
    """Where the frame put things; ``content`` is the area left for the slide kind."""

    title: Box
    content: Box


def plan_frame(slide: Slide, page: Page, canvas: Canvas) -> Frame:
    """Record the title and the chrome on ``canvas``; return the frame with the content area."""
    logo = _logo_box(page)
    title_ph = next(p for p in page.info.placeholders if p.idx == page.title_idx).points
    title = _title_box(page, logo)
    footer, number = _footer_boxes(page, title_ph, logo)
    title = _title(slide, title, canvas)
    footer = _chrome(slide, title, footer, number, logo, page, canvas)
    footer_top = min(footer.y, number.y)
    top = title.bottom + u.CONTENT_GAP
    bottom = footer_top - u.FOOTER_GAP
    if logo and logo.y > page.height / 2:
        bottom = min(bottom, logo.y - u.LOGO_GAP)
    return Frame(title, Box(title.x, top, title.w, bottom - top))


def title_size(slide: Slide, page: Page, style: Style) -> float:
    """The largest title size (28 down to 18) at which ``slide``'s headline fits its box."""
    box = _title_box(page, _logo_box(page))
    paras = [Para(slide.title, bold=True)]
    largest, smallest = u.TITLE_SIZES
    inner_w, inner_h = box.w - 2 * u.INSET_X, box.h - 2 * u.INSET_Y
    return fit(paras, style.heading_font, inner_w, inner_h, largest, smallest)[0]


def place_logo(page: Page, canvas: Canvas) -> None:
    """Record the logo, drawn last so it is on top."""
    box = _logo_box(page)
    if page.logo is not None and box is not None:
        canvas.add(Picture(box, str(page.logo.path), "Logo"))


def _title_box(page: Page, logo: Box | None) -> Box:
    """The title placeholder's box, below our label rows and clear of the logo."""
    title = next(p for p in page.info.placeholders if p.idx == page.title_idx).points
    if title.y < u.HEADER_ROOM:  # the template's title sits too high for our label rows
        title = Box(title.x, u.HEADER_ROOM, title.w, max(title.h, u.TITLE_MIN_H))
    return _avoid(title, logo, page.logo)


def _logo_box(page: Page) -> Box | None:
    logo = page.logo
    if logo is None:
        return None
    margin = u.LOGO_MARGIN
    h = logo.height * u.IN
    w = h * logo.aspect
    x = page.width - margin - w if logo.corner.endswith("right") else margin
    y = margin * 0.8 if logo.corner.startswith("top") else page.height - margin - h
    return Box(x, y, w, h)


def _avoid(box: Box, logo: Box | None, setting: Logo | None) -> Box:
    """Shorten ``box`` so it does not run under the logo."""
    if logo is None or box.bottom <= logo.y or box.y >= logo.bottom:
        return box
    if logo.x >= box.right or logo.right <= box.x:
        return box
    if setting and setting.corner.endswith("right"):
        return Box(box.x, box.y, max(logo.x - u.LOGO_CLEARANCE - box.x, u.SQUEEZED_MIN_W), box.h)
    right = logo.right + u.LOGO_CLEARANCE
    return Box(right, box.y, max(box.right - right, u.SQUEEZED_MIN_W), box.h)


def _footer_boxes(page: Page, title: Box, logo: Box | None) -> tuple[Box, Box]:
    """Where the layout keeps its footer and slide number, else our own footer row."""
    boxes = {}
    for p in page.info.placeholders:
        b = p.points
        if (
            p.type in ("footer", "slide_number")
            and b.y > page.height * u.CHROME_ZONE
            and b.w > u.CHROME_MIN_W
        ):
            boxes[p.type] = Box(b.x, b.y, b.w, max(b.h, u.FOOTER_H))
    x, w = title.x, title.w
    top = page.height - u.FOOTER_ROW
    number = boxes.get("slide_number", Box(x + w - u.PAGE_W, top, u.PAGE_W, u.FOOTER_H))
    # The footer line runs from the content's left edge to the page number, on the row
    # where the template keeps its footer.
    row = boxes.get("footer", number if "slide_number" in boxes else Box(x, top, w, u.FOOTER_H))
    right = number.x - u.FOOTER_TO_PAGE if number.x > x else x + w
    footer = Box(x, row.y, max(right - x, u.FOOTER_MIN_W), row.h)
    return _avoid(footer, logo, page.logo), _avoid(number, logo, page.logo)


def _title(slide: Slide, box: Box, canvas: Canvas) -> Box:
    """Record the action title; return its box (grown downwards for a long headline)."""
    font = canvas.style.heading_font
    inner_w, inner_h = box.w - 2 * u.INSET_X, box.h - 2 * u.INSET_Y
    paras = [Para(slide.title, bold=True)]
    smallest = u.TITLE_SIZES[1]
    largest = canvas.style.title_size
    size, fits = fit(paras, font, inner_w, inner_h, largest, smallest)
    if not fits:  # a long headline may take up to half as much room again, downwards
        needed = block_height(paras, font, smallest, inner_w, True) or inner_h * 9
        if needed <= inner_h * u.TITLE_GROWTH:
            box = Box(box.x, box.y, box.w, needed + 2 * u.INSET_Y)
            canvas.decide(f"{slide.kind}: title box grown to fit the headline")
        else:
            canvas.over(f"{slide.kind}.headline", paras, font, smallest, inner_w, inner_h)
    canvas.shrunk("title", size, u.TITLE_SIZES[0])
    canvas.text(
        box,
        [[Run(slide.title, size, True, "primary")]],
        "Title",
        flush=True,
        font=font,
        placeholder="title",
    )
    return box


def _chrome(
    slide: Slide, title: Box, footer: Box, number: Box, logo: Box | None, page: Page, canvas: Canvas
) -> Box:
    """Record the section label, the initiative line, the footer and the page number; return
    the footer's box (grown upwards for a long footer)."""
    label = _avoid(Box(title.x, title.y - u.LABEL_ABOVE_TITLE, title.w, u.LABEL_H), logo, page.logo)
    canvas.text(
        label, [[Run(slide.label.upper(), u.LABEL_SIZE, True, "accent")]], "Section label", True
    )
    if slide.heading:
        head = _avoid(
            Box(title.x, title.y - u.INITIATIVE_ABOVE_TITLE, title.w, u.HEAD_H), logo, page.logo
        )
        _initiative(slide, head, canvas)
    footer = _footer(slide, footer, number, canvas)
    canvas.text(
        number,
        [[Run(slide.page, u.PAGE_SIZE, False, "muted")]],
        "Page number",
        flush=True,
        align="right",
    )
    return footer


def _initiative(slide: Slide, head: Box, canvas: Canvas) -> None:
    """The initiative's title (and subtitle) on slide 1, on one line."""
    largest, smallest = u.INITIATIVE_SIZES
    runs = [Run(slide.heading or "", largest, True, "primary")]
    if slide.subheading:
        runs.append(Run("  —  " + slide.subheading, largest, False, "muted"))
    one_line = head.h - 2 * u.INSET_Y + u.LINE_SLACK
    font = canvas.style.body_font
    paras = [Para("".join(r.text for r in runs), bold=True)]
    size, fits = fit(paras, font, head.w - 2 * u.INSET_X, one_line, largest, smallest)
    if not fits:
        field = "subtitle" if slide.subheading else "title"
        canvas.over(field, paras, font, smallest, head.w - 2 * u.INSET_X, one_line)
    canvas.text(head, [[r._replace(size=size) for r in runs]], "Initiative", flush=True)


def _footer(slide: Slide, foot: Box, number: Box, canvas: Canvas) -> Box:
    """The footer may take up to three lines at its smallest size; it grows upwards."""
    inner_w = foot.w - 2 * u.INSET_X
    paras = [Para(slide.footer)]
    font = canvas.style.body_font
    smallest = u.FOOTER_SIZES[-1]

    def lines_height(size: float) -> float:
        return block_height(paras, font, size, inner_w, True) or 0

    def fitting(size: float) -> float | None:
        needed = lines_height(size)
        return needed if needed <= size * 1.2 * (1 if size > smallest else 3) else None

    size, lines_h = largest_fitting(u.FOOTER_SIZES, fitting) or (smallest, lines_height(smallest))
    height = max(foot.h, lines_h + 2 * u.INSET_Y)
    bottom = max(foot.bottom, number.bottom)
    box = Box(foot.x, bottom - height, foot.w, height)
    canvas.text(box, [[Run(slide.footer, size, False, "muted")]], "Footer", flush=True)
    return box
