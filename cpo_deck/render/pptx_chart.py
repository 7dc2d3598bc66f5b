"""The primary metric's chart as a native, editable chart part: a line toward the target level,
or columns from baseline to target; labels formatted like the scorecard.

The XML is DrawingML's chart markup as python-pptx writes it for a ``LINE_MARKERS`` or
``COLUMN_CLUSTERED`` chart and the properties set on it, written directly; the chart's data
travels with it as an embedded workbook (:mod:`.xlsx`), which PowerPoint's "Edit Data" opens.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..formatting import decimals
from ..layout import ChartBox
from .drawing import Color, run_text
from .package import attr, text
from .xlsx import column

_NS = (
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_SHOW = (
    '<c:showLegendKey val="0"/><c:showVal val="{}"/><c:showCatName val="0"/>'
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>'
)
_CAT_AX, _VAL_AX = 50000, 51000


def number_format(unit: str | None, places: int) -> str:
    """The Excel number format of the chart's data: the labels' digits and unit, in Excel's
    own notation (``"$"#,##0``, ``#,##0.00"%"``, ``#,##0" per week"``)."""
    number = "#,##0" + ("." + "0" * places if places else "")
    if not unit:
        return number
    if unit == "%":
        return number + _literal("%")
    if unit[0] in "$€£¥₹":
        rest = unit[1:]
        return _literal(unit[0]) + number + (_literal(rest) if rest else "")
    return number + _literal(f" {unit}")


def _literal(value: str) -> str:
    """``value`` as a quoted literal of a number format (a quote in it escaped)."""
    return '"' + value.replace('"', '"\\""') + '"'


def data_format(element: ChartBox) -> str:
    """The number format of the chart's data and labels (the first series' digits)."""
    spec = element.spec
    return number_format(spec.unit, decimals(spec.series[0].values))


def categories(element: ChartBox) -> list[str]:
    """The category labels the chart's data carries: the layout's, or ``1``, ``2``, ... when
    they moved to the notes (the axis then shows none)."""
    names = element.spec.categories
    return list(names) if any(names) else [str(i) for i in range(1, len(names) + 1)]


def chart_xml(element: ChartBox, color: Color) -> bytes:
    """The chart part for the planned chart; ``color`` maps a role to ``RRGGBB``."""
    spec = element.spec
    code = data_format(element)
    cats = categories(element)
    trend = spec.style == "trend"
    series = [
        _series(index, s.name, s.values, cats, code, _looks(element, index, color), trend)
        for index, s in enumerate(spec.series)
    ]
    axes = f'<c:axId val="{_CAT_AX}"/><c:axId val="{_VAL_AX}"/>'
    if trend:
        plot = (
            '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>'
            f'{"".join(series)}<c:marker val="1"/><c:smooth val="0"/>{axes}</c:lineChart>'
        )
        tail = '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/><c:showDLblsOverMax val="0"/>'
    else:
        plot = (
            '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>'
            f'<c:varyColors val="0"/>{"".join(series)}<c:gapWidth val="70"/>{axes}</c:barChart>'
        )
        tail = '<c:dispBlanksAs val="gap"/>'
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<c:chartSpace {_NS}><c:date1904 val="0"/><c:chart><c:autoTitleDeleted val="1"/>'
        f"<c:plotArea>{plot}{_category_axis(element, color)}{_value_axis(element)}</c:plotArea>"
        f'{tail}</c:chart><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200">'
        f'{_fill(color("muted"))}<a:latin typeface="{attr(element.font)}"/></a:defRPr></a:pPr>'
        '<a:endParaRPr lang="en-US"/></a:p></c:txPr><c:externalData r:id="rId1">'
        '<c:autoUpdate val="0"/></c:externalData></c:chartSpace>'
    ).encode()


def _looks(element: ChartBox, index: int, color: Color) -> str:
    """A series' line, markers, points and labels: what comes between its name and data."""
    trend = element.spec.style == "trend"
    if not trend:
        count = len(element.spec.categories)
        fills = ["muted"] + ["primary"] * (count - 2) + ["accent"]
        points = "".join(
            f'<c:dPt><c:idx val="{i}"/><c:spPr>{_fill(color(role))}</c:spPr></c:dPt>'
            for i, role in enumerate(fills)
        )
        return points + _value_labels(element, color)
    accent, primary = color("accent"), color("primary")
    if index == 0:  # the actual values: a line with markers
        return (
            f'<c:spPr><a:ln w="38100">{_fill(accent)}</a:ln></c:spPr><c:marker>'
            f'<c:symbol val="circle"/><c:size val="9"/><c:spPr>{_fill(accent)}<a:ln>'
            f"{_fill(accent)}</a:ln></c:spPr></c:marker>{_value_labels(element, color)}"
        )
    if index == 1:  # the target: a dashed level, labelled once where the layout put it
        out = (
            f'<c:spPr><a:ln w="22225">{_fill(primary)}<a:prstDash val="dash"/></a:ln></c:spPr>'
            '<c:marker><c:symbol val="none"/></c:marker>'
        )
        if element.target_at is not None:
            position = "b" if element.target_below else "t"
            label = _label(element.target_at, element.target_label, 1200, primary, position)
            out += f'<c:dLbls>{label}{_SHOW.format(0)}<c:showLeaderLines val="1"/></c:dLbls>'
        return out
    end = len(element.spec.categories) - 1  # the projection, dotted, to a hollow point
    return (
        f'<c:spPr><a:ln w="28575">{_fill(accent)}<a:prstDash val="sysDot"/></a:ln></c:spPr>'
        f'<c:marker><c:symbol val="none"/></c:marker><c:dPt><c:idx val="{end}"/><c:marker>'
        f'<c:symbol val="circle"/><c:size val="7"/><c:spPr>{_fill(color("background"))}'
        f"<a:ln>{_fill(accent)}</a:ln></c:spPr></c:marker></c:dPt>"
    )


def _value_labels(element: ChartBox, color: Color) -> str:
    """Each labelled point's text as the layout wrote it; the series' number format stays the
    same numbers' fallback (a label reset in PowerPoint shows the value in that format)."""
    trend = element.spec.style == "trend"
    size = 1200 if trend else 1400
    ink = color("text")
    labels = []
    for index, value in enumerate(element.label_texts):
        if not value:
            continue
        if not element.value_labels[index]:
            labels.append(f'<c:dLbl><c:idx val="{index}"/><c:delete val="1"/></c:dLbl>')
            continue
        position = ("b" if element.label_below[index] else "t") if trend else "outEnd"
        shift = element.latest_shift if trend and index == element.latest else None
        labels.append(_label(index, value, size, ink, position, shift))
    code = data_format(element)
    position = "t" if trend else "outEnd"
    return (
        f'<c:dLbls>{"".join(labels)}<c:numFmt formatCode="{attr(code)}" sourceLinked="0"/>'
        f'<c:txPr><a:bodyPr wrap="none"/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1" sz="{size}">'
        f'{_fill(ink)}</a:defRPr></a:pPr></a:p></c:txPr><c:dLblPos val="{position}"/>'
        f'{_SHOW.format(1)}<c:showLeaderLines val="1"/></c:dLbls>'
    )


def _label(
    index: int, value: str, size: int, rgb: str, position: str, shift: float | None = None
) -> str:
    """One point's data label: its own text, bold, on one line; ``shift`` moves it right by
    that share of the chart's width (clear of the lines either side of its point)."""
    layout = ""
    if shift is not None:
        layout = (
            f'<c:layout><c:manualLayout><c:x val="{shift:.4f}"/><c:y val="0"/>'
            "</c:manualLayout></c:layout>"
        )
    return (
        f'<c:dLbl><c:idx val="{index}"/>{layout}<c:tx><c:rich><a:bodyPr wrap="none"/>'
        "<a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r>"
        f'<a:rPr sz="{size}" b="1">{_fill(rgb)}</a:rPr><a:t>{run_text(value)}</a:t></a:r></a:p>'
        f'</c:rich></c:tx><c:dLblPos val="{position}"/>{_SHOW.format(1)}</c:dLbl>'
    )


def _series(
    index: int,
    name: str,
    values: Sequence[float | None],
    cats: list[str],
    code: str,
    looks: str,
    trend: bool,
) -> str:
    """One series: its name and values with references into the embedded worksheet."""
    col, last = column(index + 1), len(cats) + 1
    cat_pts = "".join(f'<c:pt idx="{i}"><c:v>{text(c)}</c:v></c:pt>' for i, c in enumerate(cats))
    val_pts = "".join(
        f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(values) if v is not None
    )
    smooth = '<c:smooth val="0"/>' if trend else ""
    return (
        f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/><c:tx><c:strRef>'
        f'<c:f>Sheet1!${col}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0">'
        f"<c:v>{text(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>{looks}<c:cat><c:strRef>"
        f'<c:f>Sheet1!$A$2:$A${last}</c:f><c:strCache><c:ptCount val="{len(cats)}"/>{cat_pts}'
        f"</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${last}"
        f"</c:f><c:numCache><c:formatCode>{text(code)}</c:formatCode>"
        f'<c:ptCount val="{len(values)}"/>{val_pts}</c:numCache></c:numRef></c:val>{smooth}</c:ser>'
    )


def _category_axis(element: ChartBox, color: Color) -> str:
    """A hairline category axis at the bottom; no labels where they moved to the notes."""
    labelled = any(element.spec.categories)
    trend = element.spec.style == "trend"
    skip = (
        f'<c:tickLblSkip val="{element.label_skip}"/>'
        if labelled and element.label_skip > 1
        else ""
    )
    return (
        f'<c:catAx><c:axId val="{_CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="b"/><c:majorTickMark val="out"/>'
        f'<c:minorTickMark val="none"/><c:tickLblPos val="{"nextTo" if labelled else "none"}"/>'
        f"<c:spPr><a:ln>{_fill(color('rule'))}</a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/>"
        f'<a:p><a:pPr><a:defRPr sz="1200">{_fill(color("muted"))}</a:defRPr></a:pPr></a:p>'
        f'</c:txPr><c:crossAx val="{_VAL_AX}"/><c:crosses val="{"min" if trend else "autoZero"}"/>'
        '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>'
        f'{skip}<c:noMultiLvlLbl val="0"/></c:catAx>'
    )


def _value_axis(element: ChartBox) -> str:
    """No value axis shown (the points are labelled), its range as the layout fitted it."""
    low, high = element.axis
    scale = (f'<c:max val="{high}"/>' if high is not None else "") + (
        f'<c:min val="{low}"/>' if low is not None else ""
    )
    scaling = f"<c:scaling>{scale}</c:scaling>" if scale else "<c:scaling/>"
    return (
        f'<c:valAx><c:axId val="{_VAL_AX}"/>{scaling}<c:delete/><c:axPos val="l"/>'
        '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f'<c:crossAx val="{_CAT_AX}"/><c:crosses val="autoZero"/></c:valAx>'
    )


def _fill(rgb: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{rgb}"/></a:solidFill>'
