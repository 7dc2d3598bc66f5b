"""The outline's types: five slides of typed blocks, renderer-neutral and plain data at the
edge (:meth:`Outline.to_dict` for JSON and the outline templates)."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from msgspec import Struct, field


class Bullets(Struct, frozen=True):
    """A short list of points."""

    items: list[str]
    type: Literal["bullets"] = "bullets"


class Quote(Struct, frozen=True):
    """Evidence set apart from the points, with its label."""

    label: str
    text: str
    type: Literal["quote"] = "quote"


class Tile(Struct, frozen=True):
    """One business outcome: the number large (``value``), the area as a caption, the sentence
    below; or, on a slide where not every outcome has a number to stand alone, no large number
    and the statement's own leading number (``lead``) in bold at its start."""

    area: str
    caption: str
    value: str | None
    text: str
    lead: str | None = None
    tone: Literal["gain", "risk"] = "gain"
    """``risk`` for an outcome that contains a risk: not styled as a gain, whatever its sign."""


class Tiles(Struct, frozen=True):
    """Outcome tiles, the money first."""

    tiles: list[Tile]
    type: Literal["tiles"] = "tiles"


class ScoreRow(Struct, frozen=True):
    """One metric on the scorecard. ``value_line`` is its values line as shown: baseline → target,
    or for a guardrail the judged value, its ``status`` word and the limit; ``good`` colours
    the marker (moving the right way, or a guardrail holding)."""

    name: str
    baseline: str
    target: str
    current: str | None
    timeframe: str | None
    change: str
    marker: str
    direction: str
    good: bool
    detail: str
    value_line: str = ""
    guardrail: bool = False
    status: str | None = None
    type: Literal["score"] = "score"


class Scorecard(Struct, frozen=True):
    """Every metric: baseline -> target, timeframe, direction."""

    label: str
    rows: list[ScoreRow]
    type: Literal["scorecard"] = "scorecard"


class Series(Struct, frozen=True):
    """One chart series; ``None`` leaves a gap."""

    name: str
    values: list[float | None]
    role: Literal["actual", "target", "projection", "baseline", "current"]


class Chart(Struct, frozen=True):
    """The primary metric as a native chart: a trend toward the target, or three columns.

    A trend has one more category than its history, the target's (the timeframe, else the
    target word): the actual series has no value there, the projection series only there and at
    the latest actual point. ``alt_text`` says the chart in one sentence, for screen readers."""

    style: Literal["trend", "columns"]
    title: str
    unit: str | None
    categories: list[str]
    series: list[Series]
    target: float
    target_label: str
    target_text: str
    target_word: str
    alt_text: str
    type: Literal["chart"] = "chart"
    heading: str = ""
    """The title with its unit, as the language brackets it: ``Churn (%)``, ``解約率（%）``."""
    private: ClassVar[tuple[str, ...]] = ("heading",)


class OptionRow(Struct, frozen=True):
    """One option in the trade-offs table, as the slide says it: the name with its summary, the
    pros and cons as marked lines (``+ …``, ``− …``), and the cost and time (``—`` if unknown)."""

    name: str
    summary: str | None
    pros: tuple[str, ...]
    cons: tuple[str, ...]
    cost: str
    time: str
    recommended: bool

    def lines(self, column: int) -> list[str]:
        """The lines of one table column (0 name, 1 pros, 2 cons, 3 cost, 4 time); an empty
        column is one empty line."""
        if column == 0:
            return [self.name, self.summary] if self.summary else [self.name]
        if column in (1, 2):
            items = self.pros if column == 1 else self.cons
            return list(items) or [""]
        return [self.cost if column == 3 else self.time]

    def cells(self) -> list[str]:
        """The five cells as plain text, one line per line (for the previews' plain data)."""
        return ["\n".join(self.lines(column)) for column in range(COLUMNS)]


COLUMNS = 5
"""Option, pros, cons, cost, time."""
COLUMN_KEYS = ("option", "pros", "cons", "cost", "time")


class Table(Struct, frozen=True):
    """The options compared; ``highlight`` rows are the recommended ones."""

    header: list[str]
    rows: list[OptionRow]
    highlight: list[int]
    badge: str
    columns: tuple[int, ...] = (0, 1, 2, 3, 4)
    """The columns shown: a column empty for every option is left out (the name never is)."""
    type: Literal["table"] = "table"

    def data(self) -> dict[str, Any]:
        """Plain data: all five headers and cells of each row as text (as packs' outline
        templates have always read them), and ``columns``, the keys of the columns shown."""
        return {
            "header": list(self.header),
            "rows": [row.cells() for row in self.rows],
            "columns": [COLUMN_KEYS[c] for c in self.columns],
            "highlight": list(self.highlight),
            "badge": self.badge,
            "type": self.type,
        }


class Listing(Struct, frozen=True):
    """A headed short list: ``key`` says which (``not_doing`` or ``risks``)."""

    label: str
    items: list[str]
    key: str = ""
    type: Literal["listing"] = "listing"
    private: ClassVar[tuple[str, ...]] = ("key",)


class Decision(Struct, frozen=True):
    """The decision asked for, the largest text on the ask slide."""

    label: str
    text: str
    type: Literal["decision"] = "decision"


class Fact(Struct, frozen=True):
    """A labelled fact: investment, by-when, owner; ``field`` names it in warnings."""

    label: str
    value: str
    field: str = ""
    private: ClassVar[tuple[str, ...]] = ("field",)


class Facts(Struct, frozen=True):
    """A row of labelled facts."""

    facts: list[Fact]
    type: Literal["facts"] = "facts"


class Steps(Struct, frozen=True):
    """A numbered list of next steps."""

    label: str
    items: list[str]
    type: Literal["steps"] = "steps"


Block = Bullets | Quote | Tiles | Scorecard | Chart | Table | Listing | Decision | Facts | Steps


class Slide(Struct, frozen=True):
    """One slide: label, action title, content blocks, footer and speaker notes."""

    kind: str
    number: int
    label: str
    title: str
    blocks: list[Block]
    footer: str
    page: str
    notes: str
    heading: str | None = None
    subheading: str | None = None

    def block(self, kind: type[Any]) -> Any:
        """The first block of the given class, or ``None``."""
        return next((b for b in self.blocks if isinstance(b, kind)), None)


class NotesWords(Struct, frozen=True):
    """The words said in the speaker notes about content moved off a slide to fit."""

    moved: str = ""
    """The heading above what was moved, e.g. "Not on the slide (moved here to fit):"."""
    subtitle: str = "Subtitle"
    """The label of a subtitle moved to the notes."""
    title: str = "Title"
    """The label of an initiative title moved to the notes (one too long for its line)."""
    colon: str = ": "
    """Between a label and its text (``Subtitle: ...``; French ``\u00a0: ``, Chinese ``：``)."""


class Outline(Struct, frozen=True):
    """The whole deck in words and data, renderer-neutral."""

    title: str
    subtitle: str | None
    presenter: str | None
    date: str | None
    slides: list[Slide] = field(default_factory=list)
    notes_words: NotesWords = NotesWords()
    language: str = "en"
    """The deck's language (a BCP 47 tag), for the text's proofing language."""
    words: tuple[tuple[str, str], ...] = ()
    """The pack's fixed words in that language, for the preview's own captions."""
    private: ClassVar[tuple[str, ...]] = ("notes_words", "language", "words")

    def to_dict(self) -> dict[str, Any]:
        """Plain data (for JSON and for the outline templates)."""
        return _plain(self)  # type: ignore[no-any-return]


def _plain(value: Any) -> Any:
    """Plain data of a value of the outline: like ``msgspec.structs.asdict``, less the fields a
    class names ``private``, and with the blocks' own ``data()`` where they have one."""
    if hasattr(value, "data") and callable(value.data):
        return value.data()
    if isinstance(value, Struct):
        private = getattr(value, "private", ())
        return {
            name: _plain(getattr(value, name))
            for name in value.__struct_fields__
            if name not in private
        }
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
