"""The Outline and its text, markdown and JSON renderings, against golden files.

Regenerate the golden files after an intended change with ``CPO_DECK_UPDATE_GOLDEN=1 pytest``
and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cpo_deck.build import preview
from cpo_deck.loader import load_brief
from cpo_deck.outline import Chart, Scorecard, Table, Tiles, build_outline
from cpo_deck.packs import load_pack

from .conftest import ROOT, SAMPLES

GOLDEN = Path(__file__).parent / "golden"
FORMATS = {"text": "txt", "markdown": "md", "json": "json"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_outline_matches_golden(sample: Path, fmt: str) -> None:
    got = preview(sample, fmt, width=88)  # type: ignore[arg-type]
    golden = GOLDEN / f"{sample.stem}.{FORMATS[fmt]}"
    if os.environ.get("CPO_DECK_UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


def test_json_outline_has_the_contract_fields() -> None:
    data = json.loads(preview(ROOT / "samples" / "checkout-retries.yaml", "json"))
    brief = load_brief(ROOT / "samples" / "checkout-retries.yaml")
    kinds = [s["kind"] for s in data["slides"]]
    assert kinds == ["problem", "impact", "metrics", "tradeoffs", "ask"]
    for slide in data["slides"]:
        assert slide["title"] == getattr(brief, slide["kind"]).headline
        assert slide["label"] and slide["blocks"]
    assert data["slides"][0]["heading"] == brief.title


def test_text_preview_wraps_to_width() -> None:
    text = preview(ROOT / "samples" / "checkout-retries.yaml", "text", width=60)
    assert max(len(line) for line in text.splitlines()) <= 60


def test_outline_content() -> None:
    brief = load_brief(ROOT / "samples" / "checkout-retries.yaml")
    outline = build_outline(brief, load_pack())
    impact, metrics, tradeoffs = outline.slides[1], outline.slides[2], outline.slides[3]
    tiles = impact.block(Tiles).tiles
    assert tiles[0].area == "revenue" and tiles[0].value == "+$2.8M"
    assert tiles[0].text == "ARR recovered in FY27 from renewals that fail today"
    chart = metrics.block(Chart)
    assert chart.style == "trend" and chart.target == 40 and chart.target_label == "by Q2 FY27"
    rows = metrics.block(Scorecard).rows
    assert (rows[0].baseline, rows[0].target, rows[0].marker, rows[0].good) == (
        "12%",
        "40%",
        "▲",
        True,
    )
    churn = rows[1]
    assert (churn.marker, churn.good, churn.direction) == ("▼", True, "lower is better")
    table = tradeoffs.block(Table)
    recommended = [i for i, o in enumerate(brief.tradeoffs.options) if o.recommended]
    assert table.highlight == recommended
