"""Which language a deck speaks: the BCP 47 tag chosen for a brief, and what it needs.

Precedence, highest first: ``--language``, the brief's ``language:`` key,
``$CPO_DECK_LANGUAGE``, the pack's ``language:`` in ``pack.yaml``, English. A tag is supported
when its language has a word set: built in (``templates/default/labels.<lang>.j2``) or in the
pack. Region and script subtags are kept (``de-CH``) for the text's language on the slides.
"""

from __future__ import annotations

import fnmatch
import os
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from msgspec import Struct, structs

from .model import as_dict

if TYPE_CHECKING:
    from .formatting import Formatter
    from .labels import Wording
    from .packs import Pack

ENV_VAR = "CPO_DECK_LANGUAGE"
BUILT_IN = ("de", "en", "es", "fr", "it", "ja", "nl", "pt", "zh")
"""The languages with a built-in word set."""
DEFAULT = "en"
TAG = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"
"""A BCP 47 tag, as the schema checks it (``de``, ``de-CH``, ``zh-Hans``)."""
_TAG = re.compile(TAG)
PACK_LANGUAGE = (
    "The decks' language when neither --language, the brief nor $CPO_DECK_LANGUAGE names one "
    "(a BCP 47 tag such as de or de-CH)."
)
_REGIONS = {
    "en": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "pt": "pt-BR",
    "it": "it-IT",
    "nl": "nl-NL",
    "ja": "ja-JP",
    "zh": "zh-CN",
}


_EAST_ASIAN_FONTS = {
    "ja": "Yu Gothic",
    "zh": "Microsoft YaHei",
    "zh-hant": "Microsoft JhengHei",
    "zh-tw": "Microsoft JhengHei",
    "zh-hk": "Microsoft JhengHei",
    "ko": "Malgun Gothic",
}
"""The theme's East Asian font per language: the sans serif every PowerPoint has for it. Its
ideographs and kana are one em wide, as in Noto Sans CJK, which the text is measured with;
a renderer without it (LibreOffice on Linux) falls back to Noto Sans CJK itself."""


def east_asian_font(tag: str) -> str | None:
    """The East Asian font a deck in ``tag`` names in its theme, or ``None`` (not CJK)."""
    lowered = tag.lower()
    for key in (lowered, "-".join(lowered.split("-")[:2]), base_of(tag)):
        if key in _EAST_ASIAN_FONTS:
            return _EAST_ASIAN_FONTS[key]
    return None


class Language(Struct, frozen=True):
    """A chosen language: its tag as given, and where the choice came from."""

    tag: str
    source: str
    """``--language``, the brief, the environment, the pack, or the default."""

    @property
    def base(self) -> str:
        """The language subtag, lower case: ``de`` of ``de-CH``."""
        return base_of(self.tag)

    @property
    def proofing(self) -> str:
        """The tag to mark text with (``lang``), with a region: ``de`` -> ``de-DE``."""
        return self.tag if "-" in self.tag else _REGIONS.get(self.base, self.tag)


def well_formed(tag: str) -> bool:
    """Whether ``tag`` looks like a BCP 47 tag (``de``, ``de-CH``, ``zh-Hans``)."""
    return bool(_TAG.match(tag))


def base_of(tag: str) -> str:
    """The language subtag of a tag, lower case."""
    return tag.split("-", 1)[0].lower()


def choose(option: str | None, brief: str | None, pack: str | None) -> Language:
    """The language by precedence (see the module); not yet checked for support."""
    for tag, source in (
        (option, "--language"),
        (brief, "the brief's language:"),
        (os.environ.get(ENV_VAR) or None, f"${ENV_VAR}"),
        (pack, "the pack's language:"),
    ):
        if tag:
            return Language(tag, source)
    return Language(DEFAULT, "the default")


def supported(pack: Pack) -> list[str]:
    """The languages with a word set in ``pack``: English, and each ``labels.<lang>.j2`` found
    along its search path (the built-in default pack's among them)."""
    found = {DEFAULT}
    for name in pack.templates:
        if fnmatch.fnmatchcase(name, "labels.*.j2"):
            found.add(name.split(".")[1].lower())
    return sorted(found)


def problem(language: Language, pack: Pack) -> str | None:
    """What is wrong with ``language`` for ``pack`` (malformed, or no word set), or ``None``."""
    if well_formed(language.tag) and language.base == DEFAULT:
        return None  # every pack speaks English: no search for word sets
    languages = supported(pack)
    if well_formed(language.tag) and language.base in languages:
        return None
    return (
        f"language '{language.tag}' (from {language.source}) has no word set; "
        f"supported: {', '.join(languages)}"
    )


def words_for(pack: Pack, language: str) -> tuple[Wording, dict[str, str]]:
    """The words, area captions and section labels in ``language`` (a language subtag):
    ``labels.<lang>.j2`` where there is one, else ``labels.j2`` and ``pack.yaml``'s labels."""
    sections = as_dict(pack.config.labels)
    name = f"labels.{language}.j2"
    if language == DEFAULT or not _on_path(pack, name):
        return pack.wording, sections
    wording = pack.wording_in(name)
    given = getattr(pack.module(name), "sections", None)
    if isinstance(given, dict):
        sections |= {k: str(v) for k, v in given.items() if k in sections and v}
    return wording, sections


def notes_template(pack: Pack, language: str) -> str:
    """``notes.<lang>.j2`` where the pack's search path has one, else ``notes.j2``."""
    name = f"notes.{language}.j2"
    return name if _on_path(pack, name) else "notes.j2"


def _on_path(pack: Pack, name: str) -> bool:
    """Whether a template called ``name`` is on the pack's search path."""
    return name in pack.templates


def formatter_for(pack: Pack, tag: str) -> Formatter:
    """Numbers and dates in ``tag``'s forms, by CLDR (Babel): separators, the gap before
    ``%``, the currency's place, the medium date. What the pack's ``format:`` sets wins; an
    English deck is written exactly as the pack's formatter writes it."""
    english = pack.formatter
    forms = None if base_of(tag) == DEFAULT else _cldr(tag)
    if forms is None:  # English, or a language CLDR does not know: the pack's own forms
        return english
    group, decimal, percent_gap, currency_after, locale = forms
    fmt = pack.config.format
    return structs.replace(
        english,
        thousands=fmt.thousands if fmt.thousands is not None else group,
        decimal=fmt.decimal if fmt.decimal is not None else decimal,
        percent_gap=percent_gap,
        currency_after=currency_after,
        date_locale=locale,
    )


def knows_numbers(tag: str) -> bool:
    """Whether CLDR has number forms for ``tag``'s language (else the pack's are used)."""
    return base_of(tag) == DEFAULT or _cldr(tag) is not None


@lru_cache(maxsize=32)
def _cldr(tag: str) -> tuple[str, str, str, str | None, str] | None:
    """CLDR's forms for ``tag``, read once a run (the outline, the layout and the preview of
    every deck ask): group and decimal symbols, the gap before ``%``, the gap before a
    currency written after the number (``None`` where it goes before), and the locale.
    ``None`` for a language CLDR does not know (a team's word set for it still works)."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(tag, sep="-")
    except (ValueError, UnknownLocaleError):
        try:
            locale = Locale.parse(base_of(tag))
        except (ValueError, UnknownLocaleError):
            return None
    symbols = locale.number_symbols.get("latn", locale.number_symbols)
    percent = locale.percent_formats[None].pattern
    currency = locale.currency_formats["standard"].pattern.split(";")[0]
    after = None
    if not currency.startswith("¤"):
        after = currency[currency.rindex("0") + 1 : currency.index("¤")]
    gap = percent[percent.rindex("0") + 1 : percent.index("%")]
    return symbols["group"], symbols["decimal"], gap, after, str(locale)
