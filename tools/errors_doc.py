"""Write docs/errors.md: every hostile input of tests/hostile_cases.py, run through the command
line, with what cpo-deck says and its exit code.

Usage (from the repository root): python tools/errors_doc.py [docs/errors.md]
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INTRO = """# Errors: what cpo-deck says to hostile and broken input

Every input here was found by fuzzing (mutated briefs and packs, extreme values, file-system
tricks). Each now ends in a clear message and exit code: never a Python traceback, never a hang,
never a replaced special file or a temporary file left behind. `tests/test_hostile.py` runs every
row (from `tests/hostile_cases.py`); this page is written from the same cases by
`python tools/errors_doc.py`. Paths are shown relative to the folder the command ran in.

Exit codes: `0` done, `1` bad input (a located message on stderr), `2` a usage error, `130`
interrupted (Ctrl-C: one line, `interrupted`).

| input | exit | what cpo-deck says |
| --- | --- | --- |
"""

OUTRO = """
Also:

- **Ctrl-C** during a build, with or without worker processes: `interrupted`, exit 130, no
  temporary file left (`--watch` ends with exit 0 instead: Ctrl-C is how watching stops).
- **A font folder that cannot be read** (another user's `~/.local/share/fonts`): skipped.
- **A base deck whose XML declares entities**: parsed with entities, DTDs and network access
  off, as python-pptx does.
- **A temporary file left by a killed build** (`.cpo-*.tmp` beside the deck): removed by the
  next build of that deck when its process is gone or it is over ten minutes old.
- **A template that runs too long**: 5 seconds per call and 10 seconds for all of a brief's
  templates; padding, indent and format widths over 1,000 and strings or lists over 1,000,000
  items are refused before they run.
- Earlier hostile inputs (aliases, tags, duplicate keys, deep nesting, zip bombs, huge logos,
  templates escaping their sandbox) are covered by `tests/test_loader.py` and
  `tests/test_pack_safety.py`.
"""


def _short(text: str, work: Path) -> str:
    for folder in (work.resolve(), work, ROOT):
        text = text.replace(f"{folder}/", "")
    text = re.sub(r"([a-z])\1{30,}", lambda m: m.group(1) * 3 + "…", text)
    lines = [ln for ln in text.splitlines() if ln.strip()]
    line = next((ln for ln in lines if ln.startswith("Error:")), lines[0] if lines else "")
    line = line if len(line) <= 220 else line[:217] + "…"
    return line.replace("|", "\\|")


def main() -> None:
    """Run every case and write the page."""
    from cpo_deck.cli import cli
    from tests.hostile_cases import CASES, STDIN

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "errors.md"
    rows = []
    cwd = os.getcwd()
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            os.chdir(work)
            try:
                args = case.setup(work)
                result = CliRunner().invoke(
                    cli, args, input=STDIN.get(case.id), prog_name="cpo-deck"
                )
            finally:
                os.chdir(cwd)
            said = result.stderr if result.exit_code else (result.stderr or result.stdout)
            if result.exit_code == 0 and not case.says:
                said = "builds the deck" if args[0] == "build" else said
            rows.append(f"| {case.input} | {result.exit_code} | {_short(said, work)} |")
    target.write_text(INTRO + "\n".join(rows) + "\n" + OUTRO, encoding="utf-8")
    print(f"wrote {target} ({len(rows)} inputs)")


if __name__ == "__main__":
    main()
