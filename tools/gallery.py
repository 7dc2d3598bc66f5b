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


def main() -> None:
    """Build each case with ``--png``, then tile each deck's slides into one sheet."""
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--only", default="")
    parser.add_argument("--packs", default="default,dark,minimal,corporate")
    args = parser.parse_args()
    from tests.max_brief import max_brief_text
    from tests.review_briefs import REVIEW, corporate_pack
    from tools.render_pngs import contact_sheet

    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        briefs = work / "briefs"
        briefs.mkdir()
        for sample in sorted((ROOT / "samples").glob("*.yaml")):
            (briefs / sample.name).write_bytes(sample.read_bytes())
        for name, text in (*REVIEW.items(), ("max", max_brief_text())):
            (briefs / f"{name}.yaml").write_text(text, encoding="utf-8")
        if args.only:
            keep = set(args.only.split(","))
            for path in briefs.iterdir():
                if path.stem not in keep:
                    path.unlink()
        for pack in args.packs.split(","):
            spec = str(corporate_pack(work)) if pack == "corporate" else pack
            out = work / f"out-{pack}"
            out.mkdir()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "cpo_deck",
                    "build",
                    str(briefs),
                    "-o",
                    str(out),
                    "-t",
                    spec,
                    "--png",
                    "--quiet",
                ],
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
