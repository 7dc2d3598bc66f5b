"""Identical bytes: the same brief, pack, cpo-deck version and fonts give the same ``.pptx``.

A deck's bytes depend on the time only through its zip members' timestamps, its core
properties' dates and the dates of the chart's embedded workbook. All of them are the deck's
document time: the brief's ``date`` when it is an ISO date (00:00 UTC), else
``SOURCE_DATE_EPOCH`` (the reproducible-builds convention), else 2000-01-01 00:00 UTC. Members
are written in a fixed order (see :meth:`cpo_deck.render.package.Package.members`).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Iterable, Mapping

DEFAULT_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)
"""Zip timestamps cannot be earlier..."""
ZIP_END = dt.datetime(2107, 12, 31, 23, 59, 58, tzinfo=dt.timezone.utc)
"""... nor later."""
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


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


def zip_members(members: Iterable[tuple[str, bytes]], when: dt.datetime) -> bytes:
    """A zip package (an Office file) of ``members`` (name, bytes), in their order, each dated
    ``when`` (clamped to what a zip can hold), deflated."""
    stamp = min(max(when, ZIP_EPOCH), ZIP_END).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, blob in members:
            member = zipfile.ZipInfo(name, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.create_system = 3
            member.external_attr = 0o644 << 16
            target.writestr(member, blob)
    return out.getvalue()
