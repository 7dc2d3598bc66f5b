"""The chart's value axis: the range its points are drawn in.

A trend gets a range fitted around its data and target, with room above and below for labels, so
that real movement uses the plot's height (2.1 → 2.6 toward 3 does not look flat). Columns start
at zero, as bars must. Every bound is a finite float or ``None`` (the renderer's own choice):
values near the float limits or tiny ones never make a bound that is not a number.
"""

from __future__ import annotations

import math


def trend_bounds(values: list[float], room: float) -> tuple[float | None, float | None]:
    """A round minimum and maximum around ``values`` that leave ``room`` (a share of the plot's
    height, below one half) free above the highest value and below the lowest."""
    low, high = min(values), max(values)
    span = high - low
    if span == 0:
        span = abs(high) or 1.0
        low, high = low - span / 2, high + span / 2
    pad = span * room / (1 - 2 * room)
    bottom, top = low - pad, high + pad
    if not all(math.isfinite(x) for x in (span, pad, bottom, top)):
        return None, None
    step = _step(top - bottom)
    if step is None:
        return None, None
    nice_bottom = _tidy(math.floor(bottom / step) * step)
    nice_top = _tidy(math.ceil(top / step) * step)
    if not (math.isfinite(nice_bottom) and math.isfinite(nice_top)):
        return None, None
    if not nice_bottom <= min(values) or not max(values) <= nice_top or nice_bottom >= nice_top:
        return None, None
    return nice_bottom, nice_top


def column_bounds(values: list[float]) -> tuple[float | None, float | None]:
    """Zero as the baseline (bars start at zero) when no value is negative, and a round maximum
    a little above the highest."""
    return (0.0 if min(values) >= 0 else None), headroom(max(values))


def headroom(top: float) -> float:
    """A round axis maximum a little above ``top`` so labels above points stay inside (``top``
    itself where no rounder number above it is a float: near the float limits, or tiny)."""
    if top <= 0:
        return 1.0
    raw = top * 1.18
    if not math.isfinite(raw):
        return top
    step = 10.0 ** math.floor(math.log10(raw))
    if step == 0 or not math.isfinite(raw / step):
        return raw
    rounded = math.ceil(raw / step * 2) / 2 * step
    return rounded if math.isfinite(rounded) else top


def _step(span: float) -> float | None:
    """A round step of about a tenth of ``span`` (1, 2 or 5 times a power of ten)."""
    if not (math.isfinite(span) and span / 10 > 0):  # a subnormal span's tenth is zero
        return None
    power = 10.0 ** math.floor(math.log10(span / 10))
    if power == 0 or not math.isfinite(power):
        return None
    for factor in (1, 2, 5, 10):
        if span / (power * factor) <= 10:
            return power * factor
    return power * 10


def _tidy(value: float) -> float:
    """``1.9000000000000001`` as ``1.9``: the step's float error off a round bound."""
    return float(f"{value:.12g}") if math.isfinite(value) else value
