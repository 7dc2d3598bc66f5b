"""A brief with every field at its documented maximum: long words, big numbers, CJK, accents
and emoji. Used by the fitting and render tests, and for the docs PNGs."""

from __future__ import annotations

import json

WORDS = [
    "Donaudampfschifffahrtsgesellschaft",
    "revenue",
    "Größenwachstum",
    "1,234,567.89",
    "retención",
    "顧客維持率",
    "throughput",
    "🚀",
    "façade",
    "naïve",
    "売上高の改善",
    "€12.5M",
    "incrementally",
    "Überweisung",
    "décision",
    "платежи",
    "north-star",
    "Q4/FY27",
]


def fill(length: int, seed: int = 0) -> str:
    """Text of exactly ``length`` characters made of the word pool (starting at ``seed``)."""
    out = ""
    index = seed
    while len(out) < length:
        word = WORDS[index % len(WORDS)]
        out = f"{out} {word}" if out else word
        index += 1
    return out[:length].rstrip() + "x" * (length - len(out[:length].rstrip()))


def q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return json.dumps(text, ensure_ascii=False)


def max_brief_text() -> str:
    """The YAML text of the maximum brief."""
    n = 0

    def t(length: int) -> str:
        nonlocal n
        n += 1
        return q(fill(length, n))

    lines = [
        f"title: {t(100)}",
        f"subtitle: {t(160)}",
        f"presenter: {t(160)}",
        f"date: {t(40)}",
        f"audience: {t(160)}",
        "problem:",
        f"  headline: {t(160)}",
        "  points:",
        *[f"    - {t(200)}" for _ in range(5)],
        f"  evidence: {t(200)}",
        f"  notes: {t(4000)}",
        "impact:",
        f"  headline: {t(160)}",
        "  outcomes:",
        *[
            f"    - {{area: {a}, statement: {q('+$123,456,789.99M ' + fill(182, i))}}}"
            for i, a in enumerate(["revenue", "retention", "growth", "margin", "cost"])
        ],
        "metrics:",
        f"  headline: {t(160)}",
        "  items:",
    ]
    for i in range(5):
        lines += [
            f"    - name: {t(60)}",
            f"      unit: {q('$M per day.' if i % 2 else 'percentages')}",
            f"      baseline: {1234567.891 + i}",
            f"      current: {2345678.912 + i}",
            f"      target: {9876543.219 + i}",
            f"      timeframe: {t(40)}",
            f"      higher_is_better: {'true' if i % 2 else 'false'}",
            "      history:",
            *[f"        - {{label: {t(20)}, value: {1000000.5 * (k + 1) + i}}}" for k in range(12)],
        ]
    lines += ["tradeoffs:", f"  headline: {t(160)}", "  options:"]
    for i in range(4):
        lines += [
            f"    - name: {t(60)}",
            f"      summary: {t(120)}",
            "      pros: [" + ", ".join(t(80) for _ in range(4)) + "]",
            "      cons: [" + ", ".join(t(80) for _ in range(4)) + "]",
            f"      cost: {t(40)}",
            f"      time: {t(40)}",
            f"      recommended: {'true' if i == 2 else 'false'}",
        ]
    lines += [
        "  not_doing: [" + ", ".join(t(120) for _ in range(3)) + "]",
        "  risks:",
        *[f"    - {{risk: {t(120)}, mitigation: {t(160)}}}" for _ in range(3)],
        "ask:",
        f"  headline: {t(160)}",
        f"  decision: {q('Approve ' + fill(192, 3))}",
        f"  investment: {t(160)}",
        f"  by: {t(40)}",
        f"  owner: {t(80)}",
        "  next_steps: [" + ", ".join(t(120) for _ in range(4)) + "]",
    ]
    return "\n".join(lines) + "\n"
