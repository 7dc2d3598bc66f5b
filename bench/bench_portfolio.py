"""Time a portfolio build: ``cpo-deck build DIR --jobs 1`` against ``--jobs N``, side by side.

Usage: python bench/bench_portfolio.py [--briefs 100] [--repeat 3] [--jobs 2]

Makes a folder of briefs (the samples, each title numbered), then runs the command line as a
whole process (start-up included) alternately with ``--jobs 1`` and ``--jobs N``, and prints the
median and min–max of each with the ratio. Also checks the decks are the same bytes.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_portfolio(folder: Path, count: int) -> None:
    """``count`` briefs: the samples in turn, each with its own title."""
    samples = sorted((ROOT / "samples").glob("*.yaml"))
    for index in range(count):
        sample = samples[index % len(samples)]
        text = sample.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        at = next(i for i, line in enumerate(lines) if line.startswith("title:"))
        lines[at] = lines[at].rstrip("\n") + f" #{index + 1}\n"
        lines[at] = lines[at].replace('"', "")
        (folder / f"brief-{index + 1:03d}.yaml").write_text("".join(lines), encoding="utf-8")


def build(briefs: Path, out: Path, jobs: int) -> float:
    start = time.perf_counter()
    command = [sys.executable, "-m", "cpo_deck", "build", str(briefs), "-o", str(out), "-q"]
    result = subprocess.run(
        [*command, "--jobs", str(jobs)],
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(result.stderr)
    return elapsed


def main() -> None:
    """Build the portfolio alternately with one job and with N; print medians and the ratio."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--briefs", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        briefs = work / "briefs"
        briefs.mkdir()
        make_portfolio(briefs, args.briefs)
        times: dict[int, list[float]] = {1: [], args.jobs: []}
        for _ in range(args.repeat):
            for jobs in times:
                times[jobs].append(build(briefs, work / f"out-{jobs}", jobs))
        for jobs, values in times.items():
            median = statistics.median(values)
            print(
                f"--jobs {jobs}: {median:6.2f} s median ({min(values):.2f}–{max(values):.2f}), "
                f"{median / args.briefs * 1000:5.1f} ms a deck, {args.briefs} briefs"
            )
        one, many = (statistics.median(times[j]) for j in times)
        print(f"--jobs {args.jobs} takes {many / one:.2f}× the time of --jobs 1")
        same = all(
            deck.read_bytes() == (work / f"out-{args.jobs}" / deck.name).read_bytes()
            for deck in (work / "out-1").iterdir()
        )
        print(f"decks identical across job counts: {same}")


if __name__ == "__main__":
    main()
