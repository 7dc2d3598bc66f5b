"""Render the review set to PNG contact sheets, to look at the decks (and to hand to a reviewer).

Every sample, a sparse brief, a two-option brief, a German brief, a brief with 12 history points
and 5 metrics, and the maximum brief, on every built-in pack and on a corporate 4:3 pack with a
logo. Writes OUTDIR/<brief>@<pack>.png (five slides, three a row).

Usage: python tools/gallery.py OUTDIR [--only BRIEF[,BRIEF]] [--packs default,dark]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HISTORY = """\
title: Search relevance
presenter: Sam Ortiz, Director of Product
date: 2026-11-20
problem:
  headline: Shoppers who search convert less than those who browse
  points:
    - Search converts at 2.1%, browsing at 3.4%
    - One search in five returns nothing useful
    - Zero-result searches doubled since the catalogue grew
  evidence: "Search logs, Oct 2026: 1.8M sessions"
impact:
  headline: Better search is worth $5.4M a year in revenue
  outcomes:
    - {area: revenue, statement: "$5.4M more revenue a year"}
    - {area: growth, statement: "Conversion from search up to 3%"}
    - {area: cost, statement: "25% fewer 'can't find it' tickets"}
metrics:
  headline: Search conversion must reach 3% by the end of Q2
  items:
    - name: Search conversion
      unit: "%"
      baseline: 2.1
      current: 2.6
      target: 3
      timeframe: by end of Q2
      history:
        - {label: Jan, value: 2.1}
        - {label: Feb, value: 2.15}
        - {label: Mar, value: 2.2}
        - {label: Apr, value: 2.18}
        - {label: May, value: 2.25}
        - {label: Jun, value: 2.3}
        - {label: Jul, value: 2.35}
        - {label: Aug, value: 2.4}
        - {label: Sep, value: 2.42}
        - {label: Oct, value: 2.5}
        - {label: Nov, value: 2.55}
        - {label: Dec, value: 2.6}
    - {name: Zero-result searches, unit: "%", baseline: 20, target: 8, higher_is_better: false}
    - {name: Revenue from search, unit: "$", baseline: 5400, target: 9000, timeframe: per day}
    - {name: Search latency p95, unit: ms, baseline: 480, target: 250, higher_is_better: false}
    - {name: Tickets about search, unit: per week, baseline: 310, target: 230, higher_is_better: false}
tradeoffs:
  headline: Tuning our own engine beats buying one
  options:
    - {name: Keep as is, pros: [No cost], cons: [Gap stays]}
    - {name: Tune our engine, recommended: true, pros: [Fast, Keeps data], cons: [Two quarters], cost: $400k, time: 2 quarters}
    - {name: Buy a search vendor, pros: [Proven], cons: [Migration], cost: $900k/yr, time: 3 quarters}
ask:
  headline: Approve two quarters of the search squad
  decision: Approve the search squad for two quarters
  investment: $400k
  by: 2026-12-10
  owner: Sam Ortiz
  next_steps:
    - Ranking experiments from January
    - Synonyms for the top 500 queries
"""


def main() -> None:
    """Build each case with ``--png``, then tile each deck's slides into one sheet."""
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--only", default="")
    parser.add_argument("--packs", default="default,dark,minimal,corporate")
    args = parser.parse_args()
    from tools.dump_deck import GERMAN, SPARSE, TWO_OPTIONS, _corporate_pack
    from tools.render_pngs import contact_sheet

    from tests.corporate_fixtures import make_corporate
    from tests.max_brief import max_brief_text

    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        briefs = work / "briefs"
        briefs.mkdir()
        for sample in sorted((ROOT / "samples").glob("*.yaml")):
            (briefs / sample.name).write_bytes(sample.read_bytes())
        for name, text in (
            ("sparse", SPARSE),
            ("two-options", TWO_OPTIONS),
            ("german", GERMAN),
            ("history", HISTORY),
            ("max", max_brief_text()),
        ):
            (briefs / f"{name}.yaml").write_text(text, encoding="utf-8")
        if args.only:
            keep = set(args.only.split(","))
            for path in briefs.iterdir():
                if path.stem not in keep:
                    path.unlink()
        for pack in args.packs.split(","):
            spec = str(_corporate_pack(work, make_corporate)) if pack == "corporate" else pack
            out = work / f"out-{pack}"
            out.mkdir()
            subprocess.run(
                [sys.executable, "-m", "cpo_deck", "build", str(briefs), "-o", str(out),
                 "-t", spec, "--png", "--quiet"],
                check=False,
            )
            for deck in sorted(out.glob("*.pptx")):
                pngs = sorted(out.glob(f"{deck.stem}-?.png"))
                if pngs:
                    sheet = args.outdir / f"{deck.stem}@{pack}.png"
                    contact_sheet(pngs, sheet)
                    print(sheet)


if __name__ == "__main__":
    main()
