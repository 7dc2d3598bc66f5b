"""Identical bytes: the same brief, pack, cpo-deck version and fonts give the same ``.pptx``.

A saved deck differs from run to run only in its zip members' timestamps and in the creation
date xlsxwriter writes into the chart's embedded workbook. Both are set here to the deck's
document time: the brief's ``date`` when it is an ISO date (00:00 UTC), else
``SOURCE_DATE_EPOCH`` (the reproducible-builds convention), else 2000-01-01 00:00 UTC. Members
keep the order python-pptx wrote them in, which is fixed.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping

DEFAULT_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)
"""Zip timestamps cannot be earlier..."""
ZIP_END = dt.datetime(2107, 12, 31, 23, 59, 58, tzinfo=dt.timezone.utc)
"""... nor later."""
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CORE_DATES = re.compile(
    rb"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)


def document_time(date: str | None, environ: Mapping[str, str] | None = None) -> dt.datetime:
    """The time a deck is dated with (UTC): see the module's docstring."""
    environ = os.environ if environ is None else environ
    if date and _ISO_DATE.fullmatch(date.strip()):
        try:
            day = dt.date.fromisoformat(date.strip())
            return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
        except ValueError:
            pass
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            pass
    return DEFAULT_TIME


def stable_zip(members: Iterable[tuple[str, bytes]], when: dt.datetime) -> bytes:
    """An Office zip package of ``members`` (name, bytes), in their order, each dated
    ``when``, and the core properties of embedded workbooks dated ``when`` too."""

    def member(name: str, blob: bytes) -> bytes:
        if name.startswith("ppt/embeddings/") and name.endswith(".xlsx"):
            return _rezip(blob, when, workbook_member)
        return blob

    def workbook_member(name: str, blob: bytes) -> bytes:
        if name != "docProps/core.xml":
            return blob
        text = when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
        return _CORE_DATES.sub(lambda m: m.group(1) + text + m.group(3), blob)

    return _write(members, when, member)


def _rezip(data: bytes, when: dt.datetime, change: Callable[[str, bytes], bytes]) -> bytes:
    """The zip ``data`` with its members in the same order, each passed through ``change``,
    dated ``when``, compressed the same way, with the same attributes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        return _write(((i.filename, source.read(i)) for i in source.infolist()), when, change)


def _write(
    members: Iterable[tuple[str, bytes]],
    when: dt.datetime,
    change: Callable[[str, bytes], bytes],
) -> bytes:
    stamp = min(max(when, ZIP_EPOCH), ZIP_END).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, blob in members:
            member = zipfile.ZipInfo(name, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.create_system = 3
            member.external_attr = 0o644 << 16
            target.writestr(member, change(name, blob))
    return out.getvalue()
