"""Benchmark: how long preview and build take per brief, and peak memory.

Usage: python bench/bench_build.py [--repeat 7] [--briefs 100]
Runs in one process, side by side, and prints medians; the machine is shared and noisy, so
compare ratios within one run rather than absolute numbers across runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "checkout-retries.yaml"


def _median(func, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print median timings for load, preview, one build, a batch build, and CLI start-up."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--briefs", type=int, default=100)
    args = parser.parse_args()
    from cpo_deck.build import build_decks, preview
    from cpo_deck.loader import load_brief

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        briefs = []
        for index in range(args.briefs):
            path = work / f"brief-{index:03}.yaml"
            path.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
            briefs.append(path)
        build_decks([SAMPLE], work / "warm.pptx")  # warm caches (fonts, templates)
        rows = {
            "load+validate": _median(lambda: load_brief(SAMPLE), args.repeat),
            "preview (text)": _median(lambda: preview(SAMPLE), args.repeat),
            "build 1 deck": _median(lambda: build_decks([SAMPLE], work / "one.pptx"), args.repeat),
        }
        start = time.perf_counter()
        build_decks(briefs, work / "out")
        batch = time.perf_counter() - start
        tracemalloc.start()  # a separate pass: tracing slows the build several-fold
        build_decks(briefs[:10], work / "traced")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        cli = _median(
            lambda: subprocess.run(
                [sys.executable, "-m", "cpo_deck", "preview", str(SAMPLE)],
                check=True,
                capture_output=True,
            ),
            max(3, args.repeat // 2),
        )
    for name, seconds in rows.items():
        print(f"{name:<22} {seconds * 1000:8.1f} ms (median of {args.repeat})")
    print(
        f"{'build ' + str(args.briefs) + ' decks':<22} {batch:8.2f} s  "
        f"({batch / args.briefs * 1000:.1f} ms per deck)"
    )
    print(f"{'peak traced memory':<22} {peak / 2**20:8.1f} MiB (building 10 decks)")
    print(f"{'cli preview (process)':<22} {cli * 1000:8.1f} ms (median)")


if __name__ == "__main__":
    main()
