"""Open a base deck safely: a ``.pptx``/``.potx`` from a team pack is untrusted input.

The file is checked before python-pptx sees it: it exists, is a zip with
``[Content_Types].xml``, its sizes and compression ratios are sane (enforced while inflating,
since a zip can lie about its sizes), and it is a presentation (a Word or Excel file renamed
``.pptx`` is named as such). A ``.potx`` template is turned into a presentation in memory.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from .errors import PackError

MAX_FILE = 100 * 1024 * 1024
"""Bytes a base deck may have on disk."""
MAX_TOTAL = 300 * 1024 * 1024
"""Bytes all its parts may inflate to."""
MAX_RATIO = 200
"""How many times larger than its compressed size one part may inflate."""
MAX_PARTS = 5000

_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_PRESENTATION_TYPE = (
    b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)
_CHUNK = 1 << 16


def read_presentation(path: Path, label: str = "base") -> io.BytesIO:
    """The checked deck at ``path`` as an in-memory ``.pptx`` ready for python-pptx."""
    if not path.exists():
        raise PackError(f"{path}: {label} file not found")
    if not path.is_file():
        raise PackError(f"{path}: {label} is not a file")
    size = path.stat().st_size
    if size > MAX_FILE:
        raise PackError(f"{path}: {label} is {size:,} bytes; at most {MAX_FILE:,} are allowed")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise PackError(
            f"{path}: not a PowerPoint file (not a zip archive); save it as .pptx or .potx"
        ) from None
    with archive:
        names = archive.namelist()
        if "[Content_Types].xml" not in names:
            raise PackError(f"{path}: not an Office file (no [Content_Types].xml)")
        if "ppt/presentation.xml" not in names:
            kind = (
                "a Word document"
                if "word/document.xml" in names
                else "an Excel workbook"
                if "xl/workbook.xml" in names
                else "not a presentation"
            )
            raise PackError(f"{path}: this is {kind}, not a PowerPoint .pptx/.potx")
        if len(names) > MAX_PARTS:
            raise PackError(f"{path}: {len(names):,} parts; at most {MAX_PARTS:,} are allowed")
        out = io.BytesIO()
        total = 0
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                data = _inflate(archive, info, path, MAX_TOTAL - total)
                total += len(data)
                if info.filename == "[Content_Types].xml":
                    data = data.replace(_TEMPLATE_TYPE, _PRESENTATION_TYPE)
                copy.writestr(info.filename, data)
    out.seek(0)
    return out


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, budget: int) -> bytes:
    """Read one part, stopping as soon as it passes the size or ratio caps."""
    limit = min(budget, max(info.compress_size, 1) * MAX_RATIO + 1_000_000)
    parts: list[bytes] = []
    read = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                read += len(chunk)
                if read > limit:
                    raise PackError(
                        f"{path}: part {info.filename} inflates past the safe size "
                        "(a zip bomb?); re-save the file from PowerPoint"
                    )
                parts.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error) as exc:
        raise PackError(f"{path}: part {info.filename} is damaged ({exc})") from None
    return b"".join(parts)
