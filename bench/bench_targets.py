"""The performance figures of the performance issue, each against a fixed floor, side by side.

Usage: python bench/bench_targets.py [--repeat 5] [--briefs 100] [--large 300] [--skip-large]
       [--python VENV/bin/python]

Prints, as median and min–max over ``--repeat`` runs (whole processes, start-up included):

- F, the import floor: ``python -c "import pptx, click, jinja2, yaml"``;
- a cold single build, a text preview and a ``check`` of one sample, each as a ratio to F, with
  the cache on disk warm (as on every run after the first); and the build and preview with an
  empty cache (a machine's first run: fonts parsed, line breaks and the base deck worked out);
- a batch: ``cpo-deck build DIR --jobs 1`` over ``--briefs`` briefs, per deck, against
  pandoc's per-file time over as many markdown files (``bench/pandoc/*.md``, the samples'
  markdown outlines), where pandoc is installed;
- peak memory (maximum resident set) of one build and of the two batches.

Targets (from the issue): cold build ≤ 1.5 F, preview ≤ 1.0 F, check ≤ 0.7 F; batch ≥ 3×
faster than pandoc per file; one build ≤ 70 MiB, 100 briefs ≤ 120 MiB, 300 briefs ≤ 1.2× the
100-brief peak. The machine is shared and noisy: compare the ratios within one run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "checkout-retries.yaml"
PANDOC_DIR = Path(__file__).resolve().parent / "pandoc"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_portfolio import make_portfolio  # noqa: E402

_PEAK = (
    "import resource, subprocess, sys; "
    "r = subprocess.run(sys.argv[1:], capture_output=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if r.returncode == 0 "
    "else -1)"
)


PYTHON = sys.executable
"""The interpreter measured (``--python``): F and every cpo-deck run use the same one."""
RUN_DIR: Path | None = None
ENV: dict[str, str] | None = None
"""The environment of every measured command: a cache folder of the benchmark's own
(``CPO_DECK_CACHE_DIR``), filled by an untimed run of each command before the timed ones."""
"""Where every measured command runs: a scratch folder, so that ``python -m cpo_deck`` imports
the installed package (compiled once, at install) and not the checkout's sources from the
current directory (compiled afresh on every run where no bytecode is written)."""


def _cli(*args: str) -> list[str]:
    return [PYTHON, "-m", "cpo_deck", *args]


def _run(command: list[str], empty_cache: bool = False) -> float:
    """Seconds ``command`` took; with ``empty_cache``, with a new, empty cache folder (as on a
    machine's very first run)."""
    env = ENV
    if empty_cache:
        env = {**os.environ, "CPO_DECK_CACHE_DIR": tempfile.mkdtemp(dir=RUN_DIR)}
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=RUN_DIR, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):  # check exits 1 on a finding; anything else is a bug
        raise SystemExit(f"{' '.join(command)}: exit {result.returncode}\n{result.stderr}")
    return elapsed


def _peak_mib(command: list[str]) -> float:
    """The maximum resident set of ``command`` (and its children), in MiB."""
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, *command],
        capture_output=True,
        text=True,
        cwd=RUN_DIR,
        env=ENV,
    )
    kib = int(out.stdout.strip() or -1)
    if kib < 0:
        raise SystemExit(f"{' '.join(command)} failed")
    return kib / 1024


def _stats(samples: list[float]) -> tuple[float, float, float]:
    return statistics.median(samples), min(samples), max(samples)


def _interleaved(tasks: dict[str, Callable[[], float]], repeat: int) -> dict[str, list[float]]:
    """Each task once per round, round after round, so a noisy moment hits them all alike."""
    times: dict[str, list[float]] = {name: [] for name in tasks}
    for _ in range(repeat):
        for name, task in tasks.items():
            times[name].append(task())
    return times


def _pandoc_files(folder: Path, count: int) -> list[Path]:
    sources = sorted(PANDOC_DIR.glob("*.md"))
    files = []
    for index in range(count):
        path = folder / f"brief-{index + 1:03d}.md"
        shutil.copyfile(sources[index % len(sources)], path)
        files.append(path)
    return files


def _pandoc_batch(files: list[Path], out: Path) -> float:
    start = time.perf_counter()
    for path in files:
        command = ["pandoc", "--slide-level=2", str(path), "-o", str(out / f"{path.stem}.pptx")]
        subprocess.run(command, check=True)
    return time.perf_counter() - start


def main() -> None:
    """Print every figure with its ratio and target."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--briefs", type=int, default=100)
    parser.add_argument("--large", type=int, default=300)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="the interpreter to measure, e.g. a venv's after `pip install .` (an editable "
        "install adds its import hook to every cpo_deck module import)",
    )
    args = parser.parse_args()
    global PYTHON, RUN_DIR, ENV
    PYTHON = args.python
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        RUN_DIR = work
        ENV = {**os.environ, "CPO_DECK_CACHE_DIR": str(work / "cache")}
        one = work / "one.pptx"
        for command in ("build", "preview", "check"):  # fill the cache: the timed runs are warm
            _run(_cli(command, str(SAMPLE), *(["-o", str(one)] if command == "build" else [])))
        single = _interleaved(
            {
                "floor F": lambda: _run([PYTHON, "-c", "import pptx, click, jinja2, yaml"]),
                "cold build": lambda: _run(_cli("build", str(SAMPLE), "-o", str(one), "-q")),
                "preview": lambda: _run(_cli("preview", str(SAMPLE))),
                "check": lambda: _run(_cli("check", str(SAMPLE))),
                "build, empty cache": lambda: _run(
                    _cli("build", str(SAMPLE), "-o", str(one), "-q"), empty_cache=True
                ),
                "preview, empty cache": lambda: _run(_cli("preview", str(SAMPLE)), True),
            },
            args.repeat,
        )
        floor = statistics.median(single["floor F"])
        print(f"{'figure':<26} {'median':>9} {'min–max':>17} {'ratio':>8}  target")
        targets = {"cold build": 1.5, "preview": 1.0, "check": 0.7}
        for name, times in single.items():
            med, low, high = _stats(times)
            ratio = f"{med / floor:.2f} F" if name != "floor F" else ""
            target = f"≤ {targets[name]} F" if name in targets else ""
            print(
                f"{name:<26} {med * 1000:7.0f} ms {low * 1000:7.0f}–{high * 1000:.0f} ms"
                f" {ratio:>8}  {target}"
            )

        briefs = work / "briefs"
        briefs.mkdir()
        make_portfolio(briefs, args.briefs)
        decks = work / "decks"
        _run(_cli("build", str(briefs), "-o", str(decks) + "/", "-q"))  # warm the cache
        tasks: dict[str, Callable[[], float]] = {
            "cpo-deck --jobs 1": lambda: (
                _run(_cli("build", str(briefs), "-o", str(decks) + "/", "-q", "--jobs", "1"))
                / args.briefs
            )
        }
        if shutil.which("pandoc"):
            markdown = work / "markdown"
            markdown.mkdir()
            files = _pandoc_files(markdown, args.briefs)
            out = work / "pandoc"
            out.mkdir()
            tasks["pandoc (a process a file)"] = lambda: _pandoc_batch(files, out) / args.briefs
        batch = _interleaved(tasks, max(3, args.repeat // 2))
        ours = statistics.median(batch["cpo-deck --jobs 1"])
        for name, times in batch.items():
            med, low, high = _stats(times)
            print(
                f"{name + ' per deck':<26} {med * 1000:7.0f} ms "
                f"{low * 1000:7.0f}–{high * 1000:.0f} ms"
            )
        if "pandoc (a process a file)" in batch:
            theirs = statistics.median(batch["pandoc (a process a file)"])
            print(f"{'batch speed-up vs pandoc':<26} {theirs / ours:7.2f}×{'':>27}≥ 3×")
        else:
            print("pandoc is not installed: no batch ratio (apt-get install pandoc)")

        peak_one = _peak_mib(_cli("build", str(SAMPLE), "-o", str(one), "-q"))
        peak_batch = _peak_mib(
            _cli("build", str(briefs), "-o", str(work / "peak") + "/", "-q", "--jobs", "1")
        )
        print(f"{'peak memory, one build':<26} {peak_one:7.1f} MiB{'':>27}≤ 70 MiB")
        print(
            f"{'peak, ' + str(args.briefs) + ' briefs':<26} {peak_batch:7.1f} MiB{'':>27}≤ 120 MiB"
        )
        if not args.skip_large:
            large = work / "large"
            large.mkdir()
            make_portfolio(large, args.large)
            peak_large = _peak_mib(
                _cli("build", str(large), "-o", str(work / "peak-large") + "/", "-q", "--jobs", "1")
            )
            print(
                f"{'peak, ' + str(args.large) + ' briefs':<26} {peak_large:7.1f} MiB "
                f"({peak_large / peak_batch:.2f}× the {args.briefs}-brief peak; ≤ 1.2×)"
            )


if __name__ == "__main__":
    main()
