"""The chart's data as a small workbook (``.xlsx``), embedded beside the chart so that
PowerPoint's "Edit Data" opens it: categories down column A, one series a column after it,
each series' name in row 1 and its values in the chart's number format.

Written directly (a handful of fixed parts and one worksheet), the same bytes for the same data
and document time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .package import XML_HEAD, Rel, attr, rels_xml, text
from .stable import zip_members

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."


def workbook(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    number_format: str,
    when: dt.datetime,
) -> bytes:
    """The workbook of a category chart: ``series`` as (name, values), dated ``when``."""
    strings: dict[str, int] = {}

    def shared(value: str) -> int:
        return strings.setdefault(value, len(strings))

    last = len(categories) + 1
    width = len(series) + 1
    rows = [
        f'<row r="1" spans="1:{width}">'
        + "".join(
            f'<c r="{column(i + 1)}1" t="s"><v>{shared(name)}</v></c>'
            for i, (name, _) in enumerate(series)
        )
        + "</row>"
    ]
    for r, category in enumerate(categories, start=2):
        cells = [f'<c r="A{r}" s="1" t="s"><v>{shared(category)}</v></c>']
        for i, (_, values) in enumerate(series):
            value = values[r - 2] if r - 2 < len(values) else None
            ref = f"{column(i + 1)}{r}"
            cells.append(
                f'<c r="{ref}" s="2"/>'
                if value is None
                else f'<c r="{ref}" s="2"><v>{value:.16G}</v></c>'
            )
        rows.append(f'<row r="{r}" spans="1:{width}">{"".join(cells)}</row>')
    sheet = (
        f'{XML_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_R}"><dimension ref="A1:'
        f'{column(width - 1)}{last}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/>'
        '</sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" '
        f'width="10.7109375" customWidth="1"/></cols><sheetData>{"".join(rows)}</sheetData>'
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        "</worksheet>"
    )
    items = "".join(f"<si><t>{text(value)}</t></si>" for value in strings)
    count = len(series) + len(categories)
    shared_strings = (
        f'{XML_HEAD}<sst xmlns="{_MAIN}" count="{count}" uniqueCount="{len(strings)}">{items}</sst>'
    )
    stamp = when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    members = [
        ("[Content_Types].xml", _TYPES),
        ("_rels/.rels", _PACKAGE_RELS),
        ("docProps/core.xml", _CORE.format(stamp=stamp).encode()),
        ("xl/workbook.xml", _WORKBOOK),
        ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
        ("xl/styles.xml", _styles(number_format)),
        ("xl/sharedStrings.xml", shared_strings.encode()),
        ("xl/worksheets/sheet1.xml", sheet.encode()),
    ]
    return zip_members(members, when)


def column(index: int) -> str:
    """A worksheet column's letters (0 -> ``A``)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _styles(number_format: str) -> bytes:
    return (
        f'{XML_HEAD}<styleSheet xmlns="{_MAIN}"><numFmts count="1"><numFmt numFmtId="164" '
        f'formatCode="{attr(number_format)}"/></numFmts><fonts count="1"><font><sz val="11"/>'
        '<color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
        '</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill>'
        '<patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/>'
        '<right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" '
        'fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" '
        'borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1">'
        '<cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>'
        '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" '
        'defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    ).encode()


_TYPES = (
    f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_SML}styles+xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_SML}sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_SML}worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SML}sharedStrings+xml"/></Types>'
).encode()
_PACKAGE_RELS = rels_xml(
    "",
    [
        Rel("rId1", "officeDocument", "xl/workbook.xml"),
        Rel(
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
    ],
)
_WORKBOOK_RELS = rels_xml(
    "xl/workbook.xml",
    [
        Rel("rId1", "worksheet", "xl/worksheets/sheet1.xml"),
        Rel("rId2", "styles", "xl/styles.xml"),
        Rel("rId3", "sharedStrings", "xl/sharedStrings.xml"),
    ],
)
_WORKBOOK = (
    f'{XML_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_R}"><workbookPr/><bookViews>'
    '<workbookView xWindow="240" yWindow="15" windowWidth="16095" windowHeight="9660"/>'
    '</bookViews><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>'
    '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
).encode()
_CORE = (
    f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator></dc:creator>'
    '<cp:lastModifiedBy></cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">'
    '{stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}'
    "</dcterms:modified></cp:coreProperties>"
)
