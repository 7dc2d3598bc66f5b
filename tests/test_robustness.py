"""Broken briefs and packs, made by mutating good ones: a CpoDeckError (a message), never
another exception (a traceback). Seeded, so a failure is reproducible."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from cpo_deck.build import build_decks, preview
from cpo_deck.check import check_briefs
from cpo_deck.errors import CpoDeckError
from cpo_deck.templating import check_pack

from .conftest import ROOT

JUNK = [
    "",
    "[",
    "]",
    "{",
    "- x",
    ":",
    "null",
    "~",
    "1e999",
    "-",
    '"',
    "'",
    "&a",
    "*a",
    "!!str x",
    "yes",
    "0x10",
    "  - {a: 1}",
    "\t",
    "12",
    "true",
    "{}",
    "[]",
    "日本",
    "🚀" * 50,
]


def _mutate(lines: list[str], rng: random.Random, junk: list[str]) -> list[str]:
    lines = list(lines)
    for _ in range(rng.randint(1, 4)):
        k = rng.randrange(len(lines))
        roll = rng.random()
        if roll < 0.3:
            del lines[k]
        elif roll < 0.6 and ":" in lines[k]:
            lines[k] = lines[k].partition(":")[0] + ": " + rng.choice(junk)
        elif roll < 0.8:
            lines.insert(k, rng.choice(junk))
        else:
            lines[k] = lines[k][: rng.randrange(len(lines[k]) + 1)]
    return lines


def _only_messages(action: Callable[[], object]) -> bool:
    """Run ``action``; True when it stopped with a message. Anything else propagates."""
    try:
        action()
    except CpoDeckError as exc:
        assert exc.render().strip(), "an error must say something"
        return True
    return False


@pytest.mark.parametrize("seed", range(3))
def test_mutated_briefs_give_messages_not_tracebacks(seed: int, tmp_path: Path) -> None:
    base = (ROOT / "samples" / "checkout-retries.yaml").read_text(encoding="utf-8").splitlines()
    rng = random.Random(seed)
    refused = 0
    for index in range(25):
        path = tmp_path / f"brief-{index}.yaml"
        path.write_text("\n".join(_mutate(base, rng, JUNK)) + "\n", encoding="utf-8")
        refused += _only_messages(lambda: preview(path))  # noqa: B023 - called right away
        _only_messages(lambda: check_briefs([path]))  # noqa: B023
        deck = tmp_path / f"deck-{index}.pptx"
        if _only_messages(lambda: build_decks([path], deck)):  # noqa: B023
            assert not deck.exists()
    assert 0 < refused < 25  # the mutations reach both the error paths and the happy path


def test_mutated_packs_give_messages_not_tracebacks(tmp_path: Path) -> None:
    base = (ROOT / "templates" / "default" / "pack.yaml").read_text(encoding="utf-8")
    lines = base.replace("extends: null", "extends: default").splitlines()
    junk = [
        "",
        "x",
        "null",
        "-1",
        "true",
        "{}",
        "[]",
        '"Blank"',
        "{layout: Blank}",
        "{layout: Title Only, title: 5}",
        "{layout: Title and Content, body: 0}",
        "000000",
        "{path: missing.png}",
    ]
    rng = random.Random(11)
    sample = ROOT / "samples" / "checkout-retries.yaml"
    refused = 0
    for index in range(30):
        pack = tmp_path / f"pack-{index}"
        pack.mkdir()
        (pack / "pack.yaml").write_text(
            "\n".join(_mutate(lines, rng, junk)) + "\n", encoding="utf-8"
        )
        _only_messages(lambda: check_pack(str(pack)))  # noqa: B023
        refused += _only_messages(
            lambda: build_decks([sample], tmp_path / f"deck-{index}.pptx", str(pack))  # noqa: B023
        )
    assert 0 < refused < 30
