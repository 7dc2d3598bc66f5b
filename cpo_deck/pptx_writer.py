"""Outline + pack -> .pptx. The only module that imports python-pptx (lazily, via ``write``).

Layout follows the template's own geometry: the title placeholder of each slide's layout fixes
the grid (left edge, width, title position); labels, content and footer are placed around it.
Every text run gets an explicit font, size and colour, sized with real font metrics.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_MARKER_STYLE
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from . import corporate
from .errors import PackError
from .logo import Logo, load_logo
from .measure import LINE_PITCH, Para, block_height, fit
from .outline import (
    Bullets,
    Chart,
    Decision,
    Facts,
    Listing,
    Outline,
    Quote,
    Scorecard,
    ScoreRow,
    Slide,
    Steps,
    Table,
    Tiles,
)
from .packs import Pack

EMU_PER_PT = 12700
EMU_PER_IN = 914400
INSET_X = 0.06 * 72  # points
INSET_Y = 0.04 * 72


def _pt(emu: int) -> float:
    return emu / EMU_PER_PT


def _emu(points: float) -> Emu:
    return Emu(round(points * EMU_PER_PT))


@dataclass
class _Box:
    """A rectangle in points."""

    x: float
    y: float
    w: float
    h: float

    @property
    def bottom(self) -> float:
        return self.y + self.h


class _Painter:
    """Draws on one slide with the pack's colours and fonts."""

    def __init__(self, slide: Any, pack: Pack) -> None:
        self.slide = slide
        self.colors = pack.config.theme.colors
        self.heading_font = pack.config.theme.fonts.heading
        self.body_font = pack.config.theme.fonts.body

    def color(self, name: str) -> RGBColor:
        return RGBColor.from_string(getattr(self.colors, name).upper())

    def rect(self, box: _Box, fill: str, kind: Any = MSO_SHAPE.RECTANGLE) -> Any:
        shape = self.slide.shapes.add_shape(
            kind, _emu(box.x), _emu(box.y), _emu(box.w), _emu(box.h)
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = self.color(fill)
        shape.line.fill.background()
        style = shape._element.find(qn("p:style"))
        if style is not None:  # the theme's shape style adds a shadow in some renderers
            shape._element.remove(style)
        return shape

    def text(
        self,
        box: _Box,
        runs_by_para: list[list[tuple[str, float, bool, str]]],
        *,
        align: Any = PP_ALIGN.LEFT,
        anchor: Any = MSO_ANCHOR.TOP,
        font: str | None = None,
        space_before: float = 0.0,
        italic: bool = False,
        name: str | None = None,
    ) -> Any:
        """A text box; each paragraph is a list of (text, size, bold, colour-name) runs."""
        shape = self.slide.shapes.add_textbox(_emu(box.x), _emu(box.y), _emu(box.w), _emu(box.h))
        if name:
            shape.name = name
        frame = shape.text_frame
        self.fill_frame(
            frame, runs_by_para, align=align, font=font, space_before=space_before, italic=italic
        )
        frame.vertical_anchor = anchor
        return shape

    def fill_frame(
        self,
        frame: Any,
        runs_by_para: list[list[tuple[str, float, bool, str]]],
        *,
        align: Any = PP_ALIGN.LEFT,
        font: str | None = None,
        space_before: float = 0.0,
        italic: bool = False,
    ) -> None:
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.margin_left = frame.margin_right = _emu(INSET_X)
        frame.margin_top = frame.margin_bottom = _emu(INSET_Y)
        for index, runs in enumerate(runs_by_para):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.alignment = align
            # Exact line pitch: every renderer then spaces lines as the layout measured them.
            paragraph.line_spacing = Pt(LINE_PITCH * max(size for _, size, _, _ in runs))
            paragraph.space_before = Pt(space_before if index else 0)
            paragraph.space_after = Pt(0)
            for text, size, bold, color in runs:
                run = paragraph.add_run()
                run.text = text
                run.font.size = Pt(size)
                run.font.bold = bold
                run.font.italic = italic
                run.font.name = font or self.body_font
                run.font.color.rgb = self.color(color)


def write(outline: Outline, pack: Pack, path: Path, properties: dict[str, str]) -> None:
    """Build the deck from ``outline`` on ``pack``'s base and save it to ``path``."""
    prs = corporate.open_presentation(pack.base_path)
    _drop_existing_slides(prs)
    logo = load_logo(pack.logo_path, pack.config.theme.logo) if pack.logo_path else None
    for slide_outline in outline.slides:
        choice = pack.config.layouts[slide_outline.kind]  # type: ignore[index]
        try:
            info = corporate.find_layout(prs, choice.layout)
            title_idx, body_idx = corporate.resolve_placeholders(info, choice)
        except PackError as exc:
            raise PackError(f"pack '{pack.name}', {slide_outline.kind} slide: {exc}") from None
        slide = prs.slides.add_slide(info.layout)
        writer = _SlideWriter(slide, slide_outline, pack, (title_idx, body_idx), prs, info, logo)
        writer.write()
    core = prs.core_properties
    core.title = properties.get("title", outline.title)
    core.author = properties.get("author", "")
    core.subject = properties.get("subject", "")
    core.keywords = "cpo-deck"
    core.comments = properties.get("comments", "")
    core.last_modified_by = "cpo-deck"
    core.revision = 1
    prs.save(str(path))


def _drop_existing_slides(prs: Any) -> None:
    """A template's own sample slides never appear in a built deck."""
    id_list = prs.slides._sldIdLst
    for slide_id in list(id_list):
        prs.part.drop_rel(slide_id.get(qn("r:id")))
        id_list.remove(slide_id)


HEADER_ROOM = 0.84 * 72
"""Room above the title for the initiative line and the section label, in points."""


class _SlideWriter:
    def __init__(
        self,
        slide: Any,
        outline: Slide,
        pack: Pack,
        placeholders: tuple[int, int | None],
        prs: Any,
        layout: corporate.LayoutInfo,
        logo: Logo | None,
    ) -> None:
        self.slide = slide
        self.outline = outline
        self.pack = pack
        self.paint = _Painter(slide, pack)
        self.title_idx, self.body_idx = placeholders
        self.layout_name = layout.name
        self.slide_w = _pt(prs.slide_width)
        self.slide_h = _pt(prs.slide_height)
        self.logo = logo
        self.title_ph = slide.placeholders[self.title_idx]
        t = self.title_ph
        title = _Box(_pt(t.left), _pt(t.top), _pt(t.width), _pt(t.height))
        if title.y < HEADER_ROOM:  # the template's title sits too high for our label rows
            shift = HEADER_ROOM - title.y
            title = _Box(title.x, HEADER_ROOM, title.w, max(title.h - shift, 0.9 * 72))
        self.logo_box = self._logo_box()
        self.title_box = self._avoid_logo(title)
        self._place(self.title_ph, self.title_box)
        footer, page = self._footer_boxes(layout)
        self.footer_box, self.page_box = self._avoid_logo(footer), self._avoid_logo(page)
        footer_top = min(self.footer_box.y, self.page_box.y)
        top = self.title_box.bottom + 0.18 * 72
        bottom = footer_top - 0.12 * 72
        if self.logo_box and self.logo_box.y > self.slide_h / 2:
            bottom = min(bottom, self.logo_box.y - 0.1 * 72)
        self.content = _Box(title.x, top, title.w, bottom - top)

    def _footer_boxes(self, layout: corporate.LayoutInfo) -> tuple[_Box, _Box]:
        """Where the layout keeps its footer and slide number, else our own footer row."""
        boxes = {}
        for p in layout.placeholders:
            x, y, w, h = (_pt(v) for v in p.box)
            if p.type in ("footer", "slide_number") and y > self.slide_h * 0.6 and w > 36:
                boxes[p.type] = _Box(x, y, w, max(h, 0.3 * 72))
        x = _pt(self.title_ph.left)
        w = _pt(self.title_ph.width)
        top = self.slide_h - 0.55 * 72
        page = boxes.get("slide_number", _Box(x + w - 1.4 * 72, top, 1.4 * 72, 0.3 * 72))
        # The footer line runs from the content's left edge to the page number, on the row
        # where the template keeps its footer.
        row = boxes.get("footer", page if "slide_number" in boxes else _Box(x, top, w, 0.3 * 72))
        right = page.x - 6 if page.x > x else x + w
        footer = _Box(x, row.y, max(right - x, 72), row.h)
        return footer, page

    def _logo_box(self) -> _Box | None:
        if self.logo is None:
            return None
        margin = 0.3 * 72
        h = self.logo.height * 72
        w = h * self.logo.aspect
        x = self.slide_w - margin - w if self.logo.corner.endswith("right") else margin
        y = margin * 0.8 if self.logo.corner.startswith("top") else self.slide_h - margin - h
        return _Box(x, y, w, h)

    def _avoid_logo(self, box: _Box) -> _Box:
        """Shorten ``box`` so it does not run under the logo."""
        logo = self.logo_box
        if logo is None or box.bottom <= logo.y or box.y >= logo.bottom:
            return box
        if logo.x >= box.x + box.w or logo.x + logo.w <= box.x:
            return box
        if self.logo and self.logo.corner.endswith("right"):
            return _Box(box.x, box.y, max(logo.x - 0.2 * 72 - box.x, 36), box.h)
        right = logo.x + logo.w + 0.2 * 72
        return _Box(right, box.y, max(box.x + box.w - right, 36), box.h)

    @staticmethod
    def _place(shape: Any, box: _Box) -> None:
        shape.left, shape.top, shape.width, shape.height = (
            _emu(box.x),
            _emu(box.y),
            _emu(box.w),
            _emu(box.h),
        )

    def write(self) -> None:
        self._title()
        self._chrome()
        kind = self.outline.kind
        getattr(self, f"_{kind}")()
        self._remove_unused_placeholders()
        if self.logo is not None and self.logo_box is not None:
            b = self.logo_box
            picture = self.slide.shapes.add_picture(
                str(self.logo.path), _emu(b.x), _emu(b.y), _emu(b.w), _emu(b.h)
            )
            picture.name = "Logo"
        self.slide.notes_slide.notes_text_frame.text = self.outline.notes

    # -- chrome ---------------------------------------------------------------------------
    def _title(self) -> None:
        box = self.title_box
        inner_w = box.w - 2 * INSET_X
        inner_h = box.h - 2 * INSET_Y
        font = self.paint.heading_font
        size, _ = fit([Para(self.outline.title, bold=True)], font, inner_w, inner_h, 28, 18)
        frame = self.title_ph.text_frame
        frame.text = ""
        self.paint.fill_frame(frame, [[(self.outline.title, size, True, "primary")]], font=font)
        frame.vertical_anchor = MSO_ANCHOR.TOP

    def _chrome(self) -> None:
        paint, box = self.paint, self.title_box
        label = self._avoid_logo(_Box(box.x, box.y - 0.36 * 72, box.w, 0.3 * 72))
        paint.text(
            label, [[(self.outline.label.upper(), 12, True, "accent")]], name="Section label"
        )
        if self.outline.heading:
            runs = [(self.outline.heading, 14, True, "primary")]
            if self.outline.subheading:
                runs.append(("  —  " + self.outline.subheading, 14, False, "muted"))
            head = self._avoid_logo(_Box(box.x, box.y - 0.74 * 72, box.w, 0.34 * 72))
            size, _ = fit(
                [Para("".join(r[0] for r in runs))],
                paint.body_font,
                head.w - 2 * INSET_X,
                head.h - 2 * INSET_Y + 1,
                14,
                10,
            )
            paint.text(head, [[(t, size, b, c) for t, _, b, c in runs]], name="Initiative")
        foot = self.footer_box
        size, _ = fit(
            [Para(self.outline.footer)],
            paint.body_font,
            foot.w - 2 * INSET_X,
            foot.h - 2 * INSET_Y + 1,
            10,
            8,
        )
        paint.text(foot, [[(self.outline.footer, size, False, "muted")]], name="Footer")
        paint.text(
            self.page_box,
            [[(self.outline.page, 10, False, "muted")]],
            align=PP_ALIGN.RIGHT,
            name="Page number",
        )

    def _remove_unused_placeholders(self) -> None:
        """Empty placeholders would show "Click to add text" in an editor: remove them."""
        for placeholder in list(self.slide.placeholders):
            idx = placeholder.placeholder_format.idx
            used = idx == self.title_idx or (
                idx == self.body_idx and placeholder.has_text_frame and placeholder.text_frame.text
            )
            if not used:
                placeholder._element.getparent().remove(placeholder._element)

    # -- slide kinds ----------------------------------------------------------------------
    def _problem(self) -> None:
        bullets: Bullets = self.outline.block(Bullets)
        quote: Quote | None = self.outline.block(Quote)
        area = self.content
        gap = 0.35 * 72
        text_w = area.w * 0.6 if quote else area.w
        self._bullets(_Box(area.x, area.y, text_w, area.h), bullets.items)
        if quote:
            panel = _Box(area.x + text_w + gap, area.y, area.w - text_w - gap, area.h)
            self._quote(panel, quote)

    def _bullets(self, box: _Box, items: list[str]) -> None:
        bullet_indent = 0.3 * 72
        paras = [Para(item, space_before=6) for item in items]
        inner_w = box.w - 2 * INSET_X - bullet_indent
        size, _ = fit(paras, self.paint.body_font, inner_w, box.h - 2 * INSET_Y, 22, 14)
        body = self._body_placeholder()
        if body is not None:
            body.left, body.top, body.width, body.height = (
                _emu(box.x),
                _emu(box.y),
                _emu(box.w),
                _emu(box.h),
            )
            frame = body.text_frame
            frame.text = ""
            self.paint.fill_frame(
                frame, [[(i, size, False, "text")] for i in items], space_before=size * 0.6
            )
            for paragraph in frame.paragraphs:
                _bullet(paragraph, "•", bullet_indent, self.paint.colors.accent)
        else:
            shape = self.paint.text(
                box,
                [[(i, size, False, "text")] for i in items],
                space_before=size * 0.6,
                name="Points",
            )
            for paragraph in shape.text_frame.paragraphs:
                _bullet(paragraph, "•", bullet_indent, self.paint.colors.accent)

    def _body_placeholder(self) -> Any:
        if self.body_idx is None or self.outline.kind not in corporate.TEXT_KINDS:
            return None
        try:
            return self.slide.placeholders[self.body_idx]
        except KeyError:  # pragma: no cover - resolve_placeholders checked the layout
            raise PackError(
                f"pack '{self.pack.name}': layout '{self.layout_name}' has no placeholder "
                f"idx {self.body_idx} for the body"
            ) from None

    def _quote(self, panel: _Box, quote: Quote) -> None:
        pad = 0.25 * 72
        inner_w = panel.w - 2 * pad - 2 * INSET_X
        font = self.paint.body_font
        text = f"“{quote.text}”"
        size, _ = fit([Para(text)], font, inner_w, panel.h - 2 * pad - 0.4 * 72, 20, 12)
        needed = block_height([Para(text)], font, size, inner_w) or 0
        height = min(panel.h, max(2.2 * 72, needed + 2 * pad + 0.45 * 72 + 2 * INSET_Y))
        self.paint.rect(_Box(panel.x, panel.y, panel.w, height), "surface")
        self.paint.rect(_Box(panel.x, panel.y, 0.06 * 72, height), "accent")
        self.paint.text(
            _Box(panel.x + pad, panel.y + pad * 0.8, panel.w - 2 * pad, 0.3 * 72),
            [[(quote.label.upper(), 12, True, "accent")]],
            name="Evidence label",
        )
        self.paint.text(
            _Box(
                panel.x + pad,
                panel.y + pad * 0.8 + 0.4 * 72,
                panel.w - 2 * pad,
                height - pad * 1.6 - 0.4 * 72,
            ),
            [[(text, size, False, "text")]],
            italic=True,
            name="Evidence",
        )

    def _impact(self) -> None:
        tiles: Tiles = self.outline.block(Tiles)
        area = self.content
        count = len(tiles.tiles)
        gap = 0.25 * 72
        width = (area.w - gap * (count - 1)) / count
        pad = 0.2 * 72
        inner_w = width - 2 * pad - 2 * INSET_X
        font = self.paint.body_font
        value_size = 44.0
        for tile in tiles.tiles:
            if tile.value:
                size, _ = fit([Para(tile.value, bold=True)], font, inner_w, 44 * 1.2, 44, 20)
                value_size = min(value_size, size)
        statements = [Para(t.text, bold=not t.value) for t in tiles.tiles]
        text_h = area.h - 2 * pad - value_size * 1.25 - 0.45 * 72
        text_size = min(
            fit([p], font, inner_w, text_h, 20 if not t.value else 18, 12)[0]
            for p, t in zip(statements, tiles.tiles, strict=True)
        )
        needed = max(block_height([p], font, text_size, inner_w) or 0 for p in statements)
        height = min(
            area.h,
            max(2.6 * 72, 2 * pad + value_size * 1.25 + 0.45 * 72 + needed + 2 * INSET_Y + 6),
        )
        for index, tile in enumerate(tiles.tiles):
            x = area.x + index * (width + gap)
            self.paint.rect(_Box(x, area.y, width, height), "surface")
            self.paint.rect(_Box(x, area.y, width, 0.06 * 72), "accent")
            y = area.y + pad
            self.paint.text(
                _Box(x + pad, y, width - 2 * pad, 0.3 * 72),
                [[(tile.caption.upper(), 12, True, "accent")]],
                name="Outcome area",
            )
            y += 0.4 * 72
            if tile.value:
                self.paint.text(
                    _Box(x + pad, y, width - 2 * pad, value_size * 1.25),
                    [[(tile.value, value_size, True, "primary")]],
                    name="Outcome value",
                )
                y += value_size * 1.25
            self.paint.text(
                _Box(x + pad, y, width - 2 * pad, area.y + height - y - pad * 0.5),
                [[(tile.text, text_size, not tile.value, "text" if tile.value else "primary")]],
                name="Outcome",
            )

    def _metrics(self) -> None:
        chart: Chart = self.outline.block(Chart)
        card: Scorecard = self.outline.block(Scorecard)
        area = self.content
        gap = 0.4 * 72
        chart_w = area.w * 0.56
        self._chart(_Box(area.x, area.y, chart_w, area.h), chart)
        self._scorecard(_Box(area.x + chart_w + gap, area.y, area.w - chart_w - gap, area.h), card)

    def _chart(self, box: _Box, spec: Chart) -> None:
        unit_note = f" ({spec.unit})" if spec.unit else ""
        head = _Box(box.x, box.y, box.w, 0.34 * 72)
        size, _ = fit(
            [Para(spec.title + unit_note, bold=True)],
            self.paint.body_font,
            head.w - 2 * INSET_X,
            head.h,
            14,
            10,
        )
        self.paint.text(head, [[(spec.title + unit_note, size, True, "text")]], name="Chart title")
        data = CategoryChartData(number_format=_number_format(spec.unit))
        data.categories = spec.categories
        for series in spec.series:
            data.add_series(series.name, series.values)
        kind = (
            XL_CHART_TYPE.LINE_MARKERS if spec.style == "trend" else XL_CHART_TYPE.COLUMN_CLUSTERED
        )
        frame = self.slide.shapes.add_chart(
            kind, _emu(box.x), _emu(box.y + 0.4 * 72), _emu(box.w), _emu(box.h - 0.4 * 72), data
        )
        frame.name = "Primary metric chart"
        chart = frame.chart
        chart.has_title = False
        chart.has_legend = False
        chart.font.size = Pt(12)
        chart.font.name = self.paint.body_font
        chart.font.color.rgb = self.paint.color("muted")
        value_axis = chart.value_axis
        value_axis.has_major_gridlines = False
        value_axis.visible = False
        values = [v for s in spec.series for v in s.values if v is not None] + [spec.target]
        if min(values) >= 0:
            value_axis.minimum_scale = 0
        value_axis.maximum_scale = _headroom(max(values))
        category_axis = chart.category_axis
        category_axis.format.line.color.rgb = self.paint.color("rule")
        category_axis.tick_labels.font.size = Pt(12)
        category_axis.tick_labels.font.color.rgb = self.paint.color("muted")
        plot = chart.plots[0]
        accent, primary = self.paint.color("accent"), self.paint.color("primary")
        if spec.style == "trend":
            actual, target = plot.series[0], plot.series[1]
            actual.smooth = False
            actual.format.line.color.rgb = accent
            actual.format.line.width = Pt(2.75)
            actual.marker.style = XL_MARKER_STYLE.CIRCLE
            actual.marker.size = 8
            actual.marker.format.fill.solid()
            actual.marker.format.fill.fore_color.rgb = accent
            actual.marker.format.line.color.rgb = accent
            labels = actual.data_labels
            labels.show_value = True
            labels.number_format = _number_format(spec.unit)
            labels.number_format_is_linked = False
            labels.position = XL_LABEL_POSITION.ABOVE
            labels.font.size = Pt(12)
            labels.font.bold = True
            labels.font.color.rgb = self.paint.color("text")
            target.smooth = False
            target.format.line.color.rgb = primary
            target.format.line.width = Pt(2)
            target.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
            target.marker.style = XL_MARKER_STYLE.NONE
            last = target.points[len(spec.categories) - 1]
            last.marker.style = XL_MARKER_STYLE.DIAMOND
            last.marker.size = 11
            last.marker.format.fill.solid()
            last.marker.format.fill.fore_color.rgb = primary
            last.marker.format.line.color.rgb = primary
            label = last.data_label
            falling = spec.target < (spec.series[0].values[-2] or 0)
            label.position = XL_LABEL_POSITION.BELOW if falling else XL_LABEL_POSITION.ABOVE
            run = label.text_frame.paragraphs[0].add_run()
            run.text = spec.target_text
            run.font.size = Pt(12)
            run.font.bold = True
            run.font.color.rgb = primary
        else:
            series = plot.series[0]
            plot.gap_width = 70
            plot.vary_by_categories = False
            labels = series.data_labels
            labels.show_value = True
            labels.number_format = _number_format(spec.unit)
            labels.number_format_is_linked = False
            labels.position = XL_LABEL_POSITION.OUTSIDE_END
            labels.font.size = Pt(14)
            labels.font.bold = True
            labels.font.color.rgb = self.paint.color("text")
            fills = ["muted"] + ["primary"] * (len(spec.categories) - 2) + ["accent"]
            for index, fill in enumerate(fills):
                point = series.points[index]
                point.format.fill.solid()
                point.format.fill.fore_color.rgb = self.paint.color(fill)
        _positive_axis_ids(chart)

    def _scorecard(self, box: _Box, card: Scorecard) -> None:
        font = self.paint.body_font
        paint = self.paint
        paint.text(
            _Box(box.x, box.y, box.w, 0.34 * 72),
            [[(card.label.upper(), 12, True, "accent")]],
            name="Scorecard label",
        )
        top = box.y + 0.45 * 72
        inner_w = box.w - 2 * INSET_X
        spacing = 10.0

        def parts(row: ScoreRow, size: float) -> tuple[float, float, float, float, float]:
            value_size = round(size * 1.3, 1)
            detail_size = max(10.0, round(size * 0.8, 1))
            marker = value_size * 0.62
            value_w = inner_w - marker - 6
            heights = [
                block_height([Para(text, bold=bold)], font, sz, width)
                for text, sz, bold, width in (
                    (row.name, size, True, inner_w),
                    (f"{row.baseline} → {row.target}", value_size, True, value_w),
                    (row.detail, detail_size, False, inner_w),
                )
            ]
            if any(h is None for h in heights):
                return 1e9, 0, 0, value_size, detail_size
            name_h, value_h, detail_h = (h + 2 * INSET_Y for h in heights if h is not None)
            return name_h + value_h + detail_h, name_h, value_h, value_size, detail_size

        size = 16.0
        while size > 11 and sum(parts(r, size)[0] + spacing for r in card.rows) - spacing > (
            box.bottom - top
        ):
            size -= 1
        y = top
        for row in card.rows:
            total, name_h, value_h, value_size, detail_size = parts(row, size)
            marker = value_size * 0.62
            value_x = box.x + INSET_X + marker + 6
            paint.text(
                _Box(box.x, y, box.w, name_h),
                [[(row.name, size, True, "text")]],
                name="Scorecard metric",
            )
            self._direction_marker(
                _Box(
                    box.x + INSET_X,
                    y + name_h + INSET_Y + value_size * 0.6 - marker * 0.55,
                    marker,
                    marker,
                ),
                row.marker,
                "positive" if row.good else "negative",
            )
            paint.text(
                _Box(value_x, y + name_h, box.x + box.w - value_x, value_h),
                [[(f"{row.baseline} → {row.target}", value_size, True, "primary")]],
                name="Scorecard values",
            )
            paint.text(
                _Box(box.x, y + name_h + value_h, box.w, total - name_h - value_h),
                [[(row.detail, detail_size, False, "muted")]],
                name="Scorecard detail",
            )
            y += total + spacing
            if row is not card.rows[-1]:
                paint.rect(
                    _Box(box.x + INSET_X, y - spacing / 2, box.w - 2 * INSET_X, 0.75), "rule"
                )

    def _direction_marker(self, box: _Box, marker: str, color: str) -> None:
        """▲ / ▼ / ● drawn as a shape: fonts such as Carlito have no such glyphs."""
        shape_type = MSO_SHAPE.OVAL if marker == "●" else MSO_SHAPE.ISOSCELES_TRIANGLE
        if marker == "●":
            box = _Box(box.x + box.w * 0.15, box.y + box.h * 0.15, box.w * 0.7, box.h * 0.7)
        shape = self.paint.rect(box, color, shape_type)
        shape.name = f"Direction marker {marker}"
        if marker == "▼":
            shape.rotation = 180

    def _tradeoffs(self) -> None:
        table: Table = self.outline.block(Table)
        listings: list[Listing] = [b for b in self.outline.blocks if isinstance(b, Listing)]
        area = self.content
        font = self.paint.body_font
        col_w = (area.w - 0.3 * 72 * (len(listings) - 1)) / max(1, len(listings))
        widths = _column_widths(table, area.w, font)

        def strip_height(strip_size: float) -> float:
            if not listings:
                return 0.0
            tallest = max(self._listing_height(li, col_w, strip_size) for li in listings)
            return tallest + 0.25 * 72

        # The table is the focal point: give it the largest size that fits, shrinking the
        # strip below it first.
        size, strip_size = 10.0, 12.0
        for candidate in (14.0, 13.0, 12.0, 11.0, 10.0):
            table_h = sum(_row_heights(table, widths, font, candidate))
            fitting = [s for s in (14.0, 13.0, 12.0) if table_h + strip_height(s) <= area.h]
            if fitting:
                size, strip_size = candidate, fitting[0]
                break
        heights = _row_heights(table, widths, font, size)
        shape = self.slide.shapes.add_table(
            len(table.rows) + 1,
            len(table.header),
            _emu(area.x),
            _emu(area.y),
            _emu(area.w),
            _emu(sum(heights)),
        )
        shape.name = "Options"
        tbl = shape.table
        tbl.first_row = True
        tbl.horz_banding = False
        for index, width in enumerate(widths):
            tbl.columns[index].width = _emu(width)
        for index, height in enumerate(heights):
            tbl.rows[index].height = _emu(height)
        for col, text in enumerate(table.header):
            self._cell(tbl.cell(0, col), [[(text, size, True, "on_accent")]], "primary")
        for r, row in enumerate(table.rows, start=1):
            chosen = (r - 1) in table.highlight
            fill = "highlight" if chosen else "background"
            for col, text in enumerate(row):
                lines = text.split("\n")
                if col == 0:
                    paras = [[(table.badge.upper(), size * 0.85, True, "accent")]] if chosen else []
                    paras += [[(lines[0], size, True, "primary")]]
                    paras += [[(ln, size, False, "text")] for ln in lines[1:]]
                else:
                    paras = [[(ln, size, chosen and col >= 3, "text")] for ln in lines]
                self._cell(tbl.cell(r, col), paras, fill)
        if listings:
            y = area.y + sum(heights) + 0.25 * 72
            strip_h = area.bottom - y
            for index, listing in enumerate(listings):
                x = area.x + index * (col_w + 0.3 * 72)
                paras = [[(listing.label.upper(), 12, True, "accent")]]
                paras += [[(item, strip_size, False, "text")] for item in listing.items]
                shape = self.paint.text(
                    _Box(x, y, col_w, strip_h), paras, space_before=3, name=listing.label
                )
                for paragraph in shape.text_frame.paragraphs[1:]:
                    _bullet(paragraph, "•", 0.22 * 72, self.paint.colors.accent)

    def _listing_height(self, listing: Listing, width: float, size: float) -> float:
        paras = [Para(listing.label.upper(), 12 / size, True)]
        items = [Para(i, 1.0, False, 3) for i in listing.items]
        label_h = block_height(paras, self.paint.body_font, size, width - 2 * INSET_X) or 0
        items_h = block_height(items, self.paint.body_font, size, width - 2 * INSET_X - 0.22 * 72)
        return label_h + (items_h or 0) + 2 * INSET_Y + 4

    def _cell(self, cell: Any, paras: list[list[tuple[str, float, bool, str]]], fill: str) -> None:
        cell.fill.solid()
        cell.fill.fore_color.rgb = self.paint.color(fill)
        cell.margin_left = cell.margin_right = _emu(CELL_X)
        cell.margin_top = cell.margin_bottom = _emu(CELL_Y)
        cell.vertical_anchor = MSO_ANCHOR.TOP
        frame = cell.text_frame
        frame.word_wrap = True
        for index, runs in enumerate(paras):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.line_spacing = Pt(LINE_PITCH * max(size for _, size, _, _ in runs))
            paragraph.space_before = Pt(2 if index else 0)
            for text, size, bold, color in runs:
                run = paragraph.add_run()
                run.text = text
                run.font.size = Pt(size)
                run.font.bold = bold
                run.font.name = self.paint.body_font
                run.font.color.rgb = self.paint.color(color)

    def _ask(self) -> None:
        decision: Decision = self.outline.block(Decision)
        facts: Facts | None = self.outline.block(Facts)
        steps: Steps | None = self.outline.block(Steps)
        area = self.content
        font, heading = self.paint.body_font, self.paint.heading_font
        paint = self.paint
        bar, label_h, gap = 0.08 * 72, 0.35 * 72, 0.4 * 72
        text_x = area.x + bar + 0.25 * 72
        text_w = area.x + area.w - text_x
        # Below the decision: next steps on the left, the facts stacked on the right.
        col_gap = 0.5 * 72
        steps_w = (area.w - col_gap) * 0.6 if (steps and facts) else area.w
        facts_x = area.x + steps_w + col_gap if steps else area.x
        facts_w = area.x + area.w - facts_x
        step_paras = [
            Para(f"{i}.  {s}", space_before=5)
            for i, s in enumerate(steps.items if steps else [], 1)
        ]
        fact_paras = [
            p
            for f in (facts.facts if facts else [])
            for p in (Para(f.label.upper(), 12 / 18, True, 8), Para(f.value, 1.0, True, 1))
        ]

        def plan(dec_size: float, small: float) -> tuple[bool, float, float, float]:
            dec_h = (
                block_height(
                    [Para(decision.text, bold=True)], heading, dec_size, text_w - 2 * INSET_X
                )
                or 1e9
            ) + 2 * INSET_Y
            room = area.h - label_h - dec_h - gap - 0.34 * 72 - 2 * INSET_Y
            ok, step_size, fact_size = room > 0, 0.0, 0.0
            if steps:
                step_size, fits = fit(step_paras, font, steps_w - 2 * INSET_X, room, 20, small)
                ok = ok and fits
            if facts:
                fact_size, fits = fit(
                    fact_paras, font, facts_w - 2 * INSET_X, room + 0.34 * 72, 20, small
                )
                ok = ok and fits
            return ok, dec_h, step_size, fact_size

        dec_size = 40.0
        ok, dec_h, step_size, fact_size = plan(dec_size, 16)
        while not ok and dec_size > 24:
            dec_size -= 2
            ok, dec_h, step_size, fact_size = plan(dec_size, 16)
        if not ok:
            ok, dec_h, step_size, fact_size = plan(dec_size, 12)
        paint.text(
            _Box(text_x, area.y, text_w, 0.3 * 72),
            [[(decision.label.upper(), 12, True, "accent")]],
            name="Decision label",
        )
        paint.text(
            _Box(text_x, area.y + label_h, text_w, dec_h),
            [[(decision.text, dec_size, True, "primary")]],
            font=heading,
            name="Decision",
        )
        paint.rect(_Box(area.x, area.y, bar, dec_h + label_h), "accent")
        y = area.y + label_h + dec_h + gap
        if steps:
            paint.text(
                _Box(area.x, y, steps_w, 0.3 * 72),
                [[(steps.label.upper(), 12, True, "accent")]],
                name="Next steps label",
            )
            paint.text(
                _Box(area.x, y + 0.34 * 72, steps_w, area.bottom - y - 0.34 * 72),
                [
                    [(f"{i}.  ", step_size, True, "accent"), (s, step_size, False, "text")]
                    for i, s in enumerate(steps.items, 1)
                ],
                space_before=step_size * 0.5,
                name="Next steps",
            )
        if facts:
            runs: list[list[tuple[str, float, bool, str]]] = []
            for fact in facts.facts:
                runs.append([(fact.label.upper(), round(fact_size * 12 / 18, 1), True, "muted")])
                runs.append([(fact.value, fact_size, True, "text")])
            shape = paint.text(_Box(facts_x, y, facts_w, area.bottom - y), runs, name="Facts")
            for index, paragraph in enumerate(shape.text_frame.paragraphs):
                paragraph.space_before = Pt(
                    fact_size * (0.8 if index % 2 == 0 and index else 0.1 if index else 0)
                )


CELL_X = 0.08 * 72
CELL_Y = 0.05 * 72


def _cell_paras(text: str, bold_first: bool) -> list[Para]:
    lines = text.split("\n")
    return [
        Para(line, bold=bold_first and i == 0, space_before=2 if i else 0)
        for i, line in enumerate(lines)
    ]


def _column_widths(table: Table, total: float, font: str) -> list[float]:
    """Narrow columns (cost, time) as wide as their longest word run needs; the rest by text."""
    from .measure import Font

    widths: list[float] = []
    for col in range(len(table.header)):
        texts = [table.header[col]] + [row[col] for row in table.rows]
        widths.append(max(Font(font, 13, True).width(t) for t in texts) + 2 * CELL_X + 8)
    narrow = [3, 4]
    for col in narrow:
        widths[col] = min(max(widths[col], 0.9 * 72), total * 0.14)
    rest = total - sum(widths[c] for c in narrow)
    weights = [max(1.0, sum(len(row[c]) for row in table.rows)) ** 0.5 for c in (0, 1, 2)]
    weights[0] *= 1.15
    for col, weight in zip((0, 1, 2), weights, strict=True):
        widths[col] = rest * weight / sum(weights)
    return widths


def _row_heights(table: Table, widths: list[float], font: str, size: float) -> list[float]:
    rows = [table.header, *table.rows]
    heights = []
    for r, row in enumerate(rows):
        best = 0.0
        for col, text in enumerate(row):
            paras = _cell_paras(text, r == 0 or col == 0)
            if col == 0 and r and (r - 1) in table.highlight:
                paras.insert(0, Para(table.badge.upper(), 0.85, True))
            need = block_height(paras, font, size, widths[col] - 2 * CELL_X)
            best = max(best, (need if need is not None else 10 * size) + 2 * CELL_Y + 2)
        heights.append(best)
    return heights


def _bullet(paragraph: Any, char: str, indent_pt: float, color: str) -> None:
    """Give a paragraph a hanging bullet of ``char`` in ``color``."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", str(int(indent_pt * EMU_PER_PT)))
    ppr.set("indent", str(-int(indent_pt * EMU_PER_PT)))
    for tag in ("a:buClr", "a:buFont", "a:buChar", "a:buNone", "a:buAutoNum"):
        for old in ppr.findall(qn(tag)):
            ppr.remove(old)
    from lxml import etree

    clr = etree.SubElement(ppr, qn("a:buClr"))
    etree.SubElement(clr, qn("a:srgbClr"), val=color.upper())
    etree.SubElement(ppr, qn("a:buFont"), typeface="Arial")
    etree.SubElement(ppr, qn("a:buChar"), char=char)
    # pPr children must precede nothing in particular except defRPr/extLst; keep order valid.
    for late in ("a:defRPr", "a:extLst"):
        for element in ppr.findall(qn(late)):
            ppr.remove(element)
            ppr.append(element)


def _number_format(unit: str | None) -> str:
    """An Excel number format that shows the unit the way the scorecard does."""
    if not unit:
        return "General"
    if unit == "%":
        return 'General"%"'
    if unit[0] in "$€£¥₹":
        rest = unit[1:]
        return f'"{unit[0]}"General' + (f'"{rest}"' if rest else "")
    return f'General" {unit}"'


def _headroom(top: float) -> float:
    """A round axis maximum a little above ``top`` so labels above points stay inside."""
    if top <= 0:
        return 1.0
    import math

    raw = top * 1.18
    step = 10 ** math.floor(math.log10(raw))
    return math.ceil(raw / step * 2) / 2 * step


def _positive_axis_ids(chart: Any) -> None:
    """python-pptx may write negative axis ids, which the schema forbids; renumber them."""
    space = chart._chartSpace
    mapping: dict[str, str] = {}
    for element in space.iter(qn("c:axId"), qn("c:crossAx")):
        old = element.get("val")
        if old not in mapping:
            mapping[old] = str(50000 + len(mapping) * 1000)
        element.set("val", mapping[old])
