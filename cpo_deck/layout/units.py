"""The grid: every distance and size the layout uses, named. Distances in points (1 in = 72 pt).

Change a value here and every slide follows; nothing in the slide modules is a bare number of
inches. Sizes a pack may tune (the floors) come from ``pack.yaml``'s ``fit:`` instead.
"""

from __future__ import annotations

IN = 72.0
"""Points per inch."""

# -- text boxes ---------------------------------------------------------------------------------
INSET_X = 0.06 * IN
"""A text box's left and right inner margin."""
INSET_Y = 0.04 * IN
"""A text box's top and bottom inner margin."""
CELL_X = 0.08 * IN
"""A table cell's left and right inner margin."""
CELL_Y = 0.05 * IN
"""A table cell's top and bottom inner margin."""
CELL_SPACE = 2.0
"""Points between the lines of a table cell."""
BULLET_INDENT = 0.3 * IN
STRIP_INDENT = 0.22 * IN
"""The bullets' indent in the not-doing and risks strip below the table."""
NUMBER_INDENT = 0.4 * IN
NUMBERED = "1."
"""As a bullet character: number the paragraphs 1., 2., ... with a hanging indent."""

# -- the frame: section label, initiative line, title, footer -----------------------------------
HEADER_ROOM = 0.84 * IN
"""Room above the title for the initiative line and the section label, in points."""
TITLE_MIN_H = 0.9 * IN
"""The title box's least height when it is moved down to make room for the header."""
TITLE_GROWTH = 1.5
"""A long headline may take up to this many times the title box's height, downwards."""
LABEL_ABOVE_TITLE = 0.36 * IN
"""The section label's top, above the title's."""
INITIATIVE_ABOVE_TITLE = 0.74 * IN
"""The initiative line's top (slide 1), above the title's."""
LABEL_H = 0.3 * IN
"""A one-line caption box (section labels, panel labels)."""
HEAD_H = 0.34 * IN
"""A caption box with a little room below it (chart title, scorecard label, next steps)."""
CONTENT_GAP = 0.18 * IN
"""Between the title and the content."""
FOOTER_GAP = 0.12 * IN
"""Between the content and the footer."""
LOGO_GAP = 0.1 * IN
"""Between the content and a logo in a bottom corner."""
FOOTER_ROW = 0.55 * IN
"""Our own footer row's top, up from the slide's bottom edge (when the layout has none)."""
FOOTER_H = 0.3 * IN
PAGE_W = 1.4 * IN
"""Our own page-number box's width."""
CHROME_MIN_W = 36.0
"""A layout's footer or slide-number placeholder narrower than this is not used."""
CHROME_ZONE = 0.6
"""A footer placeholder counts when it sits below this share of the slide's height."""
FOOTER_TO_PAGE = 6.0
"""Between the footer line and the page number."""
FOOTER_MIN_W = 72.0
LOGO_MARGIN = 0.3 * IN
"""A logo's distance from the slide's edges (four fifths of it at the top)."""
LOGO_CLEARANCE = 0.2 * IN
"""Text boxes stop this far from a logo."""
SQUEEZED_MIN_W = 36.0
"""The narrowest a text box gets when it is shortened to clear a logo."""

# -- type sizes ---------------------------------------------------------------------------------
LABEL_SIZE = 12.0
"""Every caption: section labels, panel labels, column headers, chart labels."""
TITLE_SIZES = (28.0, 18.0)
"""The action title: preferred and smallest."""
INITIATIVE_SIZES = (14.0, 10.0)
"""The initiative line on slide 1: preferred and smallest."""
FOOTER_SIZES = (10.0, 9.0, 8.0)
"""The footer, largest first; at the last size it may take three lines."""
PAGE_SIZE = 10.0
LABEL_LINE = 14.4
"""A caption's line height (12 pt at a pitch of 1.2)."""
LINE_SLACK = 1.0
"""Points of rounding allowed when asking whether text stays on one line."""

# -- problem ------------------------------------------------------------------------------------
SPLIT = 0.6
"""Two-column slides (problem, metrics, ask) put the right column at the same place."""
COL_GAP = 0.35 * IN
POINTS_SIZES = (32.0, 24.0, 24.0, 22.0, 20.0)
"""The points, preferred, by how many there are (one point is a large statement)."""
POINT_SPACE = 6.0
"""Space before each point, in tenths of the size, when measuring."""
POINT_SPACE_SHARE = 0.6
"""Space before each point, as a share of the size, when drawing."""
EVIDENCE_SIZE = 20.0
PANEL_PAD = 0.25 * IN
"""Inner padding of the evidence panel."""
PANEL_LABEL_ROOM = 0.4 * IN
"""The panel's label and the gap below it."""
ACCENT_BAR = 0.06 * IN
"""The width of the accent bar on panels, tiles, bands and the recommended row."""

# -- impact -------------------------------------------------------------------------------------
MOST_TILES = 4
"""More outcomes than this go in rows."""
TILE_GAP = 0.25 * IN
TILE_PAD = 0.2 * IN
HERO_PAD = 0.35 * IN
"""Inner padding of a lone outcome's hero panel."""
TILE_CAPTION_ROOM = 0.4 * IN
"""The caption and the gap below it, at the top of a tile."""
TILE_EXTRA = 6.0
"""Points of air below a tile's text."""
VALUE_SIZES = (72.0, 60.0, 54.0, 48.0)
"""The large number's preferred size with one, two, three or four tiles (never below 1.25
times the title: :attr:`.canvas.Style.hero`)."""
VALUE_PITCH = 1.3
"""The large number's line height, as a multiple of its size."""
LINE_ONE = 1.2
"""The height of one line, as a multiple of the size (for "stays on one line" checks)."""
TILE_TEXT_SIZES = (24.0, 22.0, 20.0, 18.0)
"""A tile's sentence with one, two, three or four tiles."""
TILE_TEXT_LEAST = 14.0
"""Tiles side by side whose sentences would be smaller than this become rows."""
STATEMENT_BOOST = 4.0
"""A lone statement without a large number is this much larger (up to the title's size)."""
BAND_GAP = 0.06 * IN
BAND_PAD = 0.08 * IN
BAND_LEFT_W = 2.4 * IN
BAND_CAPTION_W = 1.7 * IN
"""A statement row's caption column (no number beside it)."""
BAND_LEFT_SHARE = 0.26
BAND_TEXT_GAP = 0.2 * IN
BAND_BAR_ROOM = 12.0
"""Points from a band's left edge to its caption (past the accent bar)."""
BAND_CAPTION_SPACE = 4.0
"""Between a row's caption and its sentence, when the number is on the left."""
BAND_VALUE_SIZE = 44.0
"""A row's large number, preferred (never below 1.25 times the title)."""
BAND_TEXT_SIZE = 18.0
STATEMENT_SIZES = (20.0, 24.0)
"""A statement row's sentence, preferred: with more than :data:`FEW_ROWS` rows, and with
fewer."""
FEW_ROWS = 3
BAND_PAD_FEW = 0.2 * IN
"""A row's inner padding when there are few rows."""
MOST_EMPTY = 0.4
"""A block shorter than this leaves empty below it is moved down until it leaves no more (it
then ends on the same line on every slide)."""

# -- metrics ------------------------------------------------------------------------------------
CHART_SHARES = (SPLIT, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3)
"""The chart's share of the width, largest first; the scorecard takes the rest."""
SCORECARD_GOOD_SIZE = 14.0
"""The chart gives up width until the scorecard fits at this size."""
SCORECARD_SIZE = 16.0
SCORE_GAP = 8.0
SCORECARD_TOP = 0.45 * IN
"""The scorecard's first row, below its label."""
VALUE_SCALE = 1.15
"""The scorecard's values, relative to its size (above the floor)."""
DETAIL_SCALE = 0.8
MARKER_SCALE = 0.62
"""The direction marker's size, relative to the value's."""
MARKER_GAP = 6.0
RULE_W = 0.75
"""A hairline's thickness."""
CHART_TITLE_GAP = 0.06 * IN
LABEL_SKIPS = (1, 2, 3, 4, 6)
"""The axis labels every category, else every second, third, ... of them."""
CATEGORY_LINES = 2
"""At most this many lines per category label on the chart's axis."""
SLOT_SLACK = 4.0
"""Points of a category's slot its label may not use."""
AXIS_SHARE = 0.9
"""The share of the plot's width the category slots take."""
LABEL_WIDTH_SLACK = 1.1
CHART_LABEL_ROOM = LABEL_LINE + 8.0
"""The height a data label takes above or below its point: its line and its gap from the point."""
CHART_AXIS_ROOM = CATEGORY_LINES * LABEL_LINE + 12.0
"""The plot's height the category labels take below the axis."""
CHART_ROOM_MOST = 0.3
"""The value axis leaves at most this share of the plot free above the data, and below it."""
MARKER_ROOM = 6.0
"""Points either side of a line chart's point its marker takes."""

# -- trade-offs ---------------------------------------------------------------------------------
TABLE_SIZES = (16.0, 15.0, 14.0, 13.0, 12.0, 11.0, 10.0)
CARD_SIZES = (20.0, 12.0)
"""Two options' cards: preferred and smallest text (or the table floor, if higher)."""
CARD_GAP = 0.3 * IN
CARD_PAD = 0.25 * IN
CARD_NAME_SCALE = 1.2
"""An option's name on its card, relative to the card's text."""
CARD_LINE_SPACE = 2.0
"""Space before a card's line, in tenths of its size."""
CARD_CAPTION_SPACE = 8.0
"""Space before a card's caption (pros, cons), in tenths of its size."""
CARD_FACTS_GAP = 0.2 * IN
"""Between a card's text and the cost and time along its bottom."""
STRIP_GAP = 0.25 * IN
"""Between the table and the not-doing and risks strip."""
STRIP_COL_GAP = 0.3 * IN
STRIP_SPACE = 3.0
HEADER_MEASURE_SIZE = 13.0
"""Column widths are measured at this size, bold."""
NARROW_COLUMNS = (3, 4)
"""Cost and time."""
NARROW_MIN = 0.9 * IN
NARROW_SHARE = 0.14
NAME_WEIGHT = 1.15
BADGE_SCALE = 0.85
TOO_TALL = 10_000.0
"""The height of text that cannot fit at all."""

# -- ask ----------------------------------------------------------------------------------------
DECISION_BAR = 0.08 * IN
DECISION_LABEL_H = 0.35 * IN
DECISION_GAP = 0.4 * IN
DECISION_TEXT_X = 0.25 * IN
DECISION_SIZES = (40.0, 18.0, 2.0)
"""The decision: preferred, smallest, and the step between tries. It stays at or above the
title's size unless it is alone on the slide and too long for that."""
BAND_RULE_ABOVE = 0.12 * IN
"""The hairline over the band of facts, above its top."""
ASK_SMALL = 16.0
"""Steps and facts stay at or above this while the decision shrinks."""
ASK_LARGEST = 20.0
ASK_BELOW_DECISION = 4.0
"""Steps and facts stay this many points below the decision."""
STEP_SPACE = 5.0
FACT_LABEL_SPACE = 8.0
MIN_BOX_H = 20.0
