"""Render a brief to PNG pages through LibreOffice, for docs/ and for looking at decks.

Usage: python tools/render_pngs.py BRIEF OUTDIR [--template NAME] [--dpi 100]
Writes OUTDIR/<stem>-<n>.png for n = 1..5.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

from cpo_deck.build import build_decks


def main() -> None:
    """Build the deck, convert it to PDF with LibreOffice, then to PNGs with pdftoppm."""
    parser = argparse.ArgumentParser()
    parser.add_argument("brief", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--template", default="default")
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--prefix", default=None)
    parser.add_argument(
        "--sheet",
        type=Path,
        default=None,
        help="also write one contact sheet of all pages (3 per row)",
    )
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        deck = build_decks([args.brief], work / "deck.pptx", args.template)[0].output
        soffice = shutil.which("soffice") or "libreoffice"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{work}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(deck),
            ],
            check=True,
            capture_output=True,
        )
        prefix = args.prefix or args.brief.stem
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                str(args.dpi),
                str(work / "deck.pdf"),
                str(args.outdir / prefix),
            ],
            check=True,
        )
    pngs = sorted(args.outdir.glob(f"{prefix}-?.png"))
    for png in pngs:
        print(png)
    if args.sheet:
        contact_sheet(pngs, args.sheet)
        for png in pngs:
            png.unlink()
        print(args.sheet)


def contact_sheet(pngs: list[Path], out: Path, columns: int = 3, gap: int = 8) -> None:
    """Tile page images into one PNG, ``columns`` per row."""
    from PIL import Image

    images = [Image.open(p) for p in pngs]
    width, height = images[0].size
    rows = (len(images) + columns - 1) // columns
    sheet = Image.new(
        "RGB", (columns * width + (columns - 1) * gap, rows * height + (rows - 1) * gap), "#9aa3ad"
    )
    for index, image in enumerate(images):
        sheet.paste(image, ((index % columns) * (width + gap), (index // columns) * (height + gap)))
    sheet.save(out, optimize=True)


if __name__ == "__main__":
    main()
