"""Record what cpo-deck produces, so a refactoring can prove it changed nothing a user sees.

For every sample, a sparse brief, a two-option brief, a German brief and the maximum brief
(``tests/max_brief.py``), on every built-in pack and on a corporate 4:3 pack with a logo, it
records through the command line (the one interface that does not move):

- ``build``: exit code, stdout, stderr, and every slide of the deck: layout, every shape with
  name, kind, position, size, rotation and fill; every paragraph with alignment, spacing, bullet
  and indent; every run with text, size, bold, italic, font and colour; table column widths, row
  heights and cells; the chart's type, categories, series, number formats and full XML; the notes;
- ``preview`` in text, markdown and JSON: exit code and output;
- ``check``: exit code and output.

Usage::

    python tools/dump_deck.py OUTDIR            # write one JSON file per case
    python tools/dump_deck.py OUTDIR --compare BEFORE   # ... and diff against an earlier dump

Run it from the repository root. Paths in messages are made relative to a fixed work
directory, so two dumps taken at different times compare equal.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _cases(work: Path) -> list[tuple[str, Path, str]]:
    """(case name, brief, template) for every brief on every pack."""
    from tests.max_brief import max_brief_text
    from tests.review_briefs import GERMAN, SPARSE, TWO_OPTIONS, corporate_pack

    briefs = {p.stem: p for p in sorted((ROOT / "samples").glob("*.yaml"))}
    for name, text in (
        ("sparse", SPARSE),
        ("two-options", TWO_OPTIONS),
        ("german", GERMAN),
        ("max", max_brief_text()),
    ):
        path = work / "briefs" / f"{name}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        briefs[name] = path
    packs = {name: name for name in ("default", "dark", "minimal")}
    packs["corporate"] = str(corporate_pack(work))
    packs["fail"] = str(_fail_pack(work))
    cases = []
    for brief_name, brief in briefs.items():
        for pack_name, spec in packs.items():
            if pack_name == "fail" and brief_name not in ("max", "checkout-retries"):
                continue
            cases.append((f"{brief_name}@{pack_name}", brief, spec))
    return cases


def _fail_pack(work: Path) -> Path:
    """The default pack with ``fit.overflow: fail``."""
    folder = work / "fail-pack"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(
        "name: fail\nextends: default\nfit: {overflow: fail}\n", encoding="utf-8"
    )
    return folder


def _rgb(font_or_fill: Any) -> str | None:
    try:
        return str(font_or_fill.color.rgb)
    except (AttributeError, TypeError):
        return None


def _paragraphs(frame: Any) -> list[dict[str, Any]]:
    from lxml import etree

    out = []
    for p in frame.paragraphs:
        ppr = p._p.pPr
        out.append(
            {
                "align": str(p.alignment),
                "line_spacing": p.line_spacing,
                "space_before": p.space_before,
                "space_after": p.space_after,
                "pPr": etree.tostring(ppr, encoding="unicode") if ppr is not None else None,
                "runs": [
                    {
                        "text": r.text,
                        "size": r.font.size,
                        "bold": r.font.bold,
                        "italic": r.font.italic,
                        "font": r.font.name,
                        "color": _rgb(r.font),
                    }
                    for r in p.runs
                ],
            }
        )
    return out


def _shape(shape: Any) -> dict[str, Any]:
    from lxml import etree

    record: dict[str, Any] = {
        "name": shape.name,
        "kind": str(shape.shape_type),
        "box": [shape.left, shape.top, shape.width, shape.height],
        "rotation": getattr(shape, "rotation", None),
    }
    if shape.is_placeholder:
        record["placeholder"] = shape.placeholder_format.idx
    if shape.shape_type == 1:  # an auto shape
        record["auto_shape"] = str(shape.auto_shape_type)
        record["fill"] = str(shape.fill.fore_color.rgb) if shape.fill.type == 1 else None
    if shape.has_text_frame:
        frame = shape.text_frame
        record["frame"] = [
            frame.margin_left,
            frame.margin_right,
            frame.margin_top,
            frame.margin_bottom,
            str(frame.word_wrap),
            str(frame.auto_size),
            str(frame.vertical_anchor),
        ]
        record["paragraphs"] = _paragraphs(frame)
    if getattr(shape, "has_table", False) and shape.has_table:
        table = shape.table
        record["table"] = {
            "widths": [c.width for c in table.columns],
            "heights": [r.height for r in table.rows],
            "cells": [
                [
                    {
                        "fill": str(cell.fill.fore_color.rgb),
                        "margins": [
                            cell.margin_left,
                            cell.margin_right,
                            cell.margin_top,
                            cell.margin_bottom,
                        ],
                        "paragraphs": _paragraphs(cell.text_frame),
                    }
                    for cell in row.cells
                ]
                for row in table.rows
            ],
        }
    if getattr(shape, "has_chart", False) and shape.has_chart:
        chart = shape.chart
        plot = chart.plots[0]
        record["chart"] = {
            "type": str(chart.chart_type),
            "categories": [str(c) for c in plot.categories],
            "series": [[s.name, list(s.values)] for s in plot.series],
            "xml": etree.tostring(chart._chartSpace, encoding="unicode"),
        }
    if shape.shape_type == 13:  # picture
        record["image"] = shape.image.sha1
    return record


def _deck(path: Path) -> dict[str, Any]:
    from pptx import Presentation

    prs = Presentation(str(path))
    core = prs.core_properties
    return {
        "size": [prs.slide_width, prs.slide_height],
        "properties": {
            "title": core.title,
            "author": core.author,
            "subject": core.subject,
            "comments": core.comments,
            "keywords": core.keywords,
        },
        "slides": [
            {
                "layout": slide.slide_layout.name,
                "shapes": [_shape(s) for s in slide.shapes],
                "notes": slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else None,
            }
            for slide in prs.slides
        ],
    }


def _run(args: list[str], work: Path) -> dict[str, Any]:
    """Run the CLI in-process from ``work``; paths in the output are made relative to it."""
    from click.testing import CliRunner

    from cpo_deck.cli import cli

    cwd = os.getcwd()
    os.chdir(work)
    try:
        result = CliRunner().invoke(cli, args)
    finally:
        os.chdir(cwd)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception

    def clean(text: str) -> str:
        return text.replace(str(work.resolve()), "WORK").replace(str(work), "WORK")

    out, err = clean(result.stdout), clean(result.stderr)
    return {"exit": result.exit_code, "stdout": out, "stderr": err}


def dump(outdir: Path, work: Path) -> None:
    """Write ``OUTDIR/<case>.json`` for every case."""
    outdir.mkdir(parents=True, exist_ok=True)
    for name, brief, spec in _cases(work):
        deck = work / "decks" / f"{name}.pptx"
        deck.unlink(missing_ok=True)
        record: dict[str, Any] = {
            "build": _run(["build", str(brief), "-o", str(deck), "-t", spec], work)
        }
        record["deck"] = _deck(deck) if deck.exists() else None
        for fmt in ("text", "markdown", "json"):
            args = ["preview", str(brief), "--format", fmt, "--width", "88", "-t", spec]
            record[f"preview-{fmt}"] = _run(args, work)
        record["check"] = _run(["check", str(brief), "-t", spec], work)
        text = json.dumps(record, indent=1, ensure_ascii=False, sort_keys=True, default=str)
        (outdir / f"{name}.json").write_text(text + "\n", encoding="utf-8")
        print(f"{name}: build exit {record['build']['exit']}")


def compare(after: Path, before: Path) -> int:
    """Print a unified diff per case that differs; the number of cases that differ."""
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    differ = 0
    for name in names:
        a, b = before / name, after / name
        old = a.read_text(encoding="utf-8").splitlines() if a.exists() else []
        new = b.read_text(encoding="utf-8").splitlines() if b.exists() else []
        if old != new:
            differ += 1
            diff = difflib.unified_diff(old, new, str(a), str(b), lineterm="", n=2)
            print("\n".join(list(diff)[:80]))
    print(f"{len(names)} cases compared, {differ} differ")
    return differ


def main() -> None:
    """Dump every case, and compare with an earlier dump if asked."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--compare", type=Path, default=None, metavar="BEFORE")
    parser.add_argument(
        "--work", type=Path, default=None, help="fixed work directory (default: a temporary one)"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="cpo-deck-dump-"))
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    dump(args.outdir.resolve(), work.resolve())
    if args.compare is not None:
        sys.exit(1 if compare(args.outdir, args.compare) else 0)


if __name__ == "__main__":
    main()
