"""Rules that read how the brief was written, not only what it says.

R10 ``decimal-comma``: in a flow list (``[a, b]``) a comma separates items, so an unquoted
``[Fee of 2,9 % a payment]`` is read as two items, "Fee of 2" and "9 % a payment". The loader
records every flow item followed by the next after a bare comma (``2,9``: no space); when such
an item ends in a digit and the next one starts with one, this rule says where and how to quote
it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..brief import Brief
from ..documents import Document
from ..loader import field_path
from .hits import Hit
from .settings import Settings

_ENDS_IN_DIGIT = re.compile(r"\d\Z")
_STARTS_WITH_DIGIT = re.compile(r"\A\d")


def decimal_comma(brief: Brief, settings: Settings, doc: Document) -> Iterator[Hit]:
    """Each flow item that YAML split at a decimal comma (see the module)."""
    for path, first, second in doc.tight_pairs():
        if not (isinstance(first, str) and isinstance(second, str)):
            continue
        if _ENDS_IN_DIGIT.search(first) and _STARTS_WITH_DIGIT.search(second):
            whole = f"{first},{second}"
            yield Hit(
                path,
                f'{field_path(path[:-1])} reads "{first}" and "{second}" as two items: in a '
                f"[...] list YAML splits at every comma, decimal commas too",
                f'quote the item: "{whole}" (or write the list one item per line, "- {whole}")',
            )
