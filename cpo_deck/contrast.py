"""Colour contrast (WCAG 2.x) and the text/background pairs a deck actually draws."""

from __future__ import annotations

from typing import Any

AA = 4.5
"""WCAG AA contrast for normal text."""

TEXT_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("primary", "background", "titles, big numbers"),
    ("text", "background", "body text"),
    ("accent", "background", "section labels"),
    ("muted", "background", "footer, captions, scorecard details"),
    ("positive", "background", "direction markers"),
    ("negative", "background", "direction markers"),
    ("primary", "surface", "outcome numbers on tiles"),
    ("text", "surface", "text on tiles and the evidence panel"),
    ("accent", "surface", "captions on tiles"),
    ("muted", "surface", "risk outcome numbers on tiles"),
    ("negative", "surface", "risk captions on tiles"),
    ("primary", "highlight", "the recommended option's name"),
    ("text", "highlight", "the recommended row"),
    ("accent", "highlight", "the recommended badge"),
    ("on_accent", "primary", "table header"),
)
"""(text colour, background colour, where) for every text colour the deck draws."""


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_color: str) -> float:
    """Relative luminance of ``RRGGBB``."""
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two ``RRGGBB`` colours (1 to 21)."""
    a, b = luminance(foreground), luminance(background)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def mix(a: str, b: str, t: float) -> str:
    """``a`` moved ``t`` of the way towards ``b``."""
    ca = [int(a[i : i + 2], 16) for i in (0, 2, 4)]
    cb = [int(b[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(ca, cb, strict=True))


def ensure(foreground: str, background: str, target: float = AA) -> str:
    """``foreground`` moved towards black or white (whichever helps) until it reaches ``target``."""
    if ratio(foreground, background) >= target:
        return foreground.upper()
    toward = "000000" if luminance(background) > 0.18 else "FFFFFF"
    for step in range(1, 21):
        candidate = mix(foreground, toward, step / 20)
        if ratio(candidate, background) >= target:
            return candidate
    return toward


def failures(colors: Any, target: float = AA) -> list[tuple[str, str, str, float]]:
    """Every drawn text pair below ``target``: (text, background, where, ratio)."""
    out = []
    for fg, bg, where in TEXT_PAIRS:
        value = ratio(getattr(colors, fg), getattr(colors, bg))
        if value < target:
            out.append((fg, bg, where, value))
    return out
