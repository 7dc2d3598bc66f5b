"""The tuning in force for one brief: defaults, then the pack's ``check:``, then the brief's."""

from __future__ import annotations

from collections.abc import Sequence

from msgspec import Struct, field

from ..brief import CheckSettings
from .words import UNSPACED, Words, words_for

BREVITY_WORDS = 80
"""Default word budget of the problem, impact, metrics and ask slides."""
TABLE_WORDS = 180
"""Default word budget of the trade-offs slide, whose table is scanned rather than read."""
TITLE_CHARS = 110
"""Default longest headline: two lines of the 12-inch title box at 28pt (Calibri bold)."""


class Settings(Struct, frozen=True):
    """The tuning in force for one brief: its pack's ``check:`` overlaid by the brief's."""

    disabled: frozenset[str] = frozenset()
    brevity_words: int = BREVITY_WORDS
    table_words: int = TABLE_WORDS
    title_chars: int = TITLE_CHARS
    jargon: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    """The pack's section labels: a headline that only repeats one is a label, not a message."""
    language: str = "en"
    """The deck's language subtag (``de``): the rules read the brief with its words."""
    words: Words | None = field(default_factory=lambda: words_for("en"))
    """The language's words; ``None`` where the rules have none (what needs them is skipped)."""

    @property
    def spaced(self) -> bool:
        """Whether the language puts spaces between words, so word budgets mean something."""
        return self.language not in UNSPACED

    @classmethod
    def resolve(
        cls,
        pack: CheckSettings | None = None,
        brief: CheckSettings | None = None,
        labels: Sequence[str] = (),
        language: str = "en",
    ) -> Settings:
        """Defaults, then the pack's values, then the brief's; rule lists and jargon add up."""
        layers = [s for s in (pack, brief) if s is not None]

        def last(name: str, default: int) -> int:
            values = [getattr(s, name) for s in layers if getattr(s, name) is not None]
            return int(values[-1]) if values else default

        return cls(
            disabled=frozenset(name for s in layers for name in s.disable),
            brevity_words=last("brevity_words", BREVITY_WORDS),
            table_words=last("table_words", TABLE_WORDS),
            title_chars=last("title_chars", TITLE_CHARS),
            jargon=tuple(dict.fromkeys(word for s in layers for word in s.jargon)),
            labels=tuple(labels),
            language=language,
            words=words_for(language),
        )
