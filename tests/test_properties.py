"""Property-based tests (hypothesis) of the whole pipeline, brief -> deck.

1. Any brief the schema accepts builds, previews and checks; the deck has five slides titled
   with the section headlines.
2. A sample brief broken by line-level edits ends in a deck or a located error: a
   CpoDeckError through the API, exit 0/1 and no traceback through the CLI.
3. A pack that extends ``default`` and has a mutated ``pack.yaml`` (values set to odd data,
   or line-level edits) or odd caption values in its ``labels.j2`` ends in a deck or a
   CpoDeckError.

A CpoDeckError saying "this is a bug in cpo-deck" (a crash the build caught) fails the tests
too. Derandomized and bounded, so CI is repeatable and fast; a failure prints the minimal
example (hypothesis's report needs the pyproject filter for mypy_extensions' warning).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pydantic import ValidationError

from cpo_deck.brief import AREAS, RULE_NAMES, Brief
from cpo_deck.build import build_decks, preview
from cpo_deck.check import Report, check_briefs
from cpo_deck.cli import cli
from cpo_deck.errors import CpoDeckError
from cpo_deck.model import pydantic_model
from cpo_deck.templating import check_pack

from .conftest import ROOT, SAMPLES

KINDS = ("problem", "impact", "metrics", "tradeoffs", "ask")

# --- strategies: a valid brief ------------------------------------------------------------------

# Letters, marks, digits, punctuation, symbols (emoji) and spaces of every script; no control,
# format, private-use or unassigned characters (the loader refuses controls on purpose).
_UNICODE = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs"))
_SPICE = st.sampled_from(
    list("éèüöñçøßÅÆ日本語売上顧客維持率платежи🚀📈💸✅€£¥$%&#'\":-,.;!?[]{}*|>@`~\\/ \u00a0\u3000")
)
ALPHABET = st.one_of(_UNICODE, _SPICE)
WIDE = st.sampled_from(list("WM@%日本語売上顧客🚀📈"))


def text(limit: int) -> st.SearchStrategy[str]:
    """Text of 1..limit characters that is not blank (blank text is 'missing' to the model).

    Short random text; or a short random chunk repeated up to exactly ``limit`` characters
    (long text without blowing hypothesis's buffer), sometimes made of wide characters only
    (long unbreakable words that are hard to fit).
    """
    short = st.text(ALPHABET, min_size=1, max_size=min(limit, 40))
    full = st.text(ALPHABET, min_size=1, max_size=12).map(lambda s: (s * limit)[:limit])
    wide = st.text(WIDE, min_size=1, max_size=4).map(lambda s: (s * limit)[:limit])
    return st.one_of(short, full, wide).filter(lambda s: bool(s.strip()))


EXTREMES = [
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.1,
    1e308,
    -1e308,
    1.6e308,
    -1.6e308,
    1.7976931348623157e308,
    -1.7976931348623157e308,
    5e-324,
    -5e-324,
    2.2250738585072014e-308,
    1e-300,
    1e16,
    -123456789.125,
]
"""Zero, signs, and magnitudes at the float limits (largest, smallest subnormal)."""
NUMBERS: st.SearchStrategy[float | int] = st.one_of(
    st.sampled_from(EXTREMES),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=False, allow_infinity=False),
)


def section(
    required: dict[str, st.SearchStrategy[Any]],
    optional: dict[str, st.SearchStrategy[Any]] | None = None,
) -> st.SearchStrategy[dict[str, Any]]:
    """A slide section: the headline, optional notes, and its own fields."""
    return st.fixed_dictionaries(
        {"headline": text(160), **required},
        optional={"notes": text(4000), **(optional or {})},
    )


def listed(strategy: st.SearchStrategy[Any], low: int, high: int) -> st.SearchStrategy[list[Any]]:
    return st.lists(strategy, min_size=low, max_size=high)


def metric(numbers: st.SearchStrategy[float | int]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"name": text(60), "baseline": numbers, "target": numbers},
        optional={
            "unit": text(12),
            "current": numbers,
            "timeframe": text(40),
            "higher_is_better": st.booleans(),
            "history": listed(st.fixed_dictionaries({"label": text(20), "value": numbers}), 0, 12),
        },
    )


OPTION = st.fixed_dictionaries(
    {"name": text(60)},
    optional={
        "summary": text(120),
        "pros": listed(text(80), 0, 4),
        "cons": listed(text(80), 0, 4),
        "cost": text(40),
        "time": text(40),
        "recommended": st.booleans(),
    },
)
RULE = st.sampled_from([*RULE_NAMES, *(f"R{i:02d}" for i in range(1, len(RULE_NAMES) + 1))])
CHECK = st.fixed_dictionaries(
    {},
    optional={
        "disable": listed(RULE, 0, len(RULE_NAMES)),
        "brevity_words": st.integers(20, 400),
        "table_words": st.integers(40, 600),
        "title_chars": st.integers(40, 160),
        "jargon": listed(text(60), 0, 5),
    },
)


@st.composite
def briefs(draw: st.DrawFn) -> dict[str, Any]:
    """A brief as plain data, within every limit of :class:`Brief`.

    The numbers of one brief come mostly from a small palette drawn first, so that one brief
    often holds the same extreme value in several places (every point of a chart at 5e-324,
    a baseline of -1e308 with a target of 1e308), as well as from the whole range.
    """
    palette = draw(st.lists(NUMBERS, min_size=1, max_size=4))
    numbers = st.one_of(st.sampled_from(palette), NUMBERS)
    return draw(
        st.fixed_dictionaries(
            {
                "title": text(100),
                "problem": section(
                    {"points": listed(text(200), 1, 5)},
                    {"evidence": text(200)},
                ),
                "impact": section(
                    {
                        "outcomes": listed(
                            st.fixed_dictionaries(
                                {"area": st.sampled_from(AREAS), "statement": text(200)}
                            ),
                            1,
                            5,
                        )
                    }
                ),
                "metrics": section({"items": listed(metric(numbers), 1, 5)}),
                "tradeoffs": section(
                    {"options": listed(OPTION, 2, 4)},
                    {
                        "not_doing": listed(text(120), 0, 3),
                        "risks": listed(
                            st.fixed_dictionaries(
                                {"risk": text(120)}, optional={"mitigation": text(160)}
                            ),
                            0,
                            3,
                        ),
                    },
                ),
                "ask": section(
                    {"decision": text(200)},
                    {
                        "investment": text(160),
                        "by": text(40),
                        "owner": text(80),
                        "next_steps": listed(text(120), 0, 4),
                    },
                ),
            },
            optional={
                "subtitle": text(160),
                "presenter": text(160),
                "date": text(40),
                "audience": text(160),
                "check": CHECK,
            },
        )
    )


# --- strategies: line-level mutations of a YAML file --------------------------------------------

BRIEF_JUNK = [
    "",
    ":",
    "- ",
    "-",
    "{",
    "}",
    "[",
    "]",
    "{}",
    "[]",
    "&a",
    "*a",
    "&a [x, *a]",
    "<<: *a",
    "!!python/object",
    "!!python/object/apply:os.system [echo]",
    "!!str 12",
    "!!float 1e999",
    "\t",
    "\tx: 1",
    "'",
    '"',
    "|",
    ">",
    "? x",
    "---",
    "...",
    "%YAML 1.1",
    "~",
    "null",
    "yes",
    "true",
    "0x10",
    "0o17",
    "12",
    "-0",
    "1e308",
    "-1e308",
    "1.7976931348623157e308",
    "5e-324",
    "-5e-324",
    "1e999",
    "9" * 400,
    "1_000_000",
    ".nan",
    ".inf",
    "-.inf",
    "2027-01-14",
    "x" * 5000,
    "🚀" * 300,
    "日本語" * 100,
    "a: b: c",
    "- - -",
    "{a: [}",
    "[" * 40,
    "- " * 40,
]


NUMBER_JUNK = [
    "0",
    "-0",
    "1e308",
    "-1e308",
    "1.6e308",
    "-1.6e308",
    "1.7976931348623157e308",
    "-1.7976931348623157e308",
    "5e-324",
    "-5e-324",
    "1e999",
    "-1e999",
    ".nan",
    ".inf",
    "9" * 400,
    "1_000",
    "0x10",
    "'12'",
    "true",
    "~",
    "12 %",
    "[1]",
]
NUMBER_FIELD = re.compile(r"\b((?:baseline|current|target|value):[ \t]*)([^,}\s#]+)")
"""A number of a brief (``baseline: 4``, ``{label: Q1, value: 3.8}``): group 2 is the value."""


def edits(
    junk: list[str], numbers: list[str] | None = None
) -> st.SearchStrategy[list[tuple[Any, ...]]]:
    """1..4 line-level edits; line numbers are taken modulo the file's length when applied.

    With ``numbers``, an edit may also set the n-th number field of a brief to one of them.
    """
    line = st.integers(min_value=0, max_value=400)
    token = st.sampled_from(junk)
    number = [st.tuples(st.just("number"), line, st.sampled_from(numbers))] if numbers else []
    edit = st.one_of(
        *number,
        st.tuples(st.just("delete"), line),
        st.tuples(st.just("duplicate"), line),
        st.tuples(st.just("truncate"), line, st.integers(min_value=0, max_value=120)),
        st.tuples(st.just("insert"), line, token),
        st.tuples(st.just("value"), line, token),
        st.tuples(st.just("append"), line, token),
        st.tuples(st.just("indent"), line, st.integers(min_value=-4, max_value=4)),
    )
    return st.lists(edit, min_size=1, max_size=4)


def apply_edits(lines: list[str], changes: list[tuple[Any, ...]]) -> list[str]:
    """The lines with every edit applied in order."""
    lines = list(lines)
    for kind, where, *arg in changes:
        if not lines:
            lines = [""]
        if kind == "number":
            found = [(i, m) for i, ln in enumerate(lines) for m in NUMBER_FIELD.finditer(ln)]
            if found:
                i, m = found[where % len(found)]
                lines[i] = lines[i][: m.start(2)] + arg[0] + lines[i][m.end(2) :]
            continue
        k = where % len(lines)
        current = lines[k]
        indent = current[: len(current) - len(current.lstrip(" "))]
        if kind == "delete":
            del lines[k]
        elif kind == "duplicate":
            lines.insert(k, current)
        elif kind == "truncate":
            lines[k] = current[: arg[0]]
        elif kind == "insert":
            lines.insert(k, indent + arg[0])
        elif kind == "value":  # `key: junk` (or `- junk` in a list), keeping the key
            key, colon, _ = current.partition(":")
            if colon:
                lines[k] = f"{key}: {arg[0]}"
            elif current.lstrip().startswith("- "):
                lines[k] = f"{indent}- {arg[0]}"
            else:
                lines[k] = indent + arg[0]
        elif kind == "append":
            lines[k] = current + arg[0]
        else:  # indent
            lines[k] = " " * max(0, len(indent) + arg[0]) + current.lstrip(" ")
    return lines


# --- helpers ------------------------------------------------------------------------------------


BUG = "this is a bug in cpo-deck"
"""What a build says when it caught an unexpected exception (a crash turned into a message)."""


def deck_or_message(action: Callable[[], Any]) -> bool:
    """Run ``action``: True when it succeeded, False when it stopped with a CpoDeckError that
    says something. Any other exception propagates (that is the bug the tests look for), and a
    crash that the build caught and reported as a bug in cpo-deck fails too."""
    try:
        action()
    except CpoDeckError as exc:
        message = exc.render()
        assert message.strip(), f"{type(exc).__name__} with an empty message"
        assert BUG not in message, message
        return False
    return True


def assert_deck(path: Path, headlines: list[str] | None = None) -> None:
    """``path`` reopens with python-pptx: five slides (titled with ``headlines``, if given)."""
    prs = Presentation(str(path))
    assert len(prs.slides) == 5
    if headlines is not None:
        titles = [slide.shapes.title.text_frame.text for slide in prs.slides]
        assert titles == headlines


def fresh(factory: pytest.TempPathFactory, name: str) -> Path:
    """A new directory per hypothesis example (function-scoped tmp_path is shared by all)."""
    return factory.mktemp(name, numbered=True)


# --- 1. any brief the schema accepts builds -----------------------------------------------------


@settings(max_examples=30, deadline=None, derandomize=True)
@given(data=briefs())
def test_any_valid_brief_builds_previews_and_checks(
    data: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    try:
        brief = pydantic_model(Brief).model_validate(data)
    except ValidationError:
        assume(False)  # the strategy respects the limits; the model refuses very few
        raise
    work = fresh(tmp_path_factory, "valid")
    path = work / "brief.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    try:
        built = build_decks([path], work / "deck.pptx")
    except CpoDeckError as exc:
        pytest.fail(f"a brief the schema accepts did not build:\n{exc.render()}")

    assert [b.output for b in built] == [work / "deck.pptx"]
    assert_deck(built[0].output, [getattr(brief, kind).headline for kind in KINDS])
    outline = "".join(preview(path).split())  # the outline wraps lines; compare sans spaces
    for kind in KINDS:
        assert "".join(getattr(brief, kind).headline.split()) in outline
    report = check_briefs([path])
    assert isinstance(report, Report) and report.briefs == 1


# --- 2. mutated briefs: a deck or a message, never a traceback ----------------------------------


@settings(max_examples=40, deadline=None, derandomize=True)
@given(sample=st.sampled_from(SAMPLES), changes=edits(BRIEF_JUNK, NUMBER_JUNK))
def test_mutated_brief_ends_in_deck_or_located_error(
    sample: Path, changes: list[tuple[Any, ...]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    lines = sample.read_text(encoding="utf-8").splitlines()
    work = fresh(tmp_path_factory, "mutated")
    path = work / "brief.yaml"
    path.write_text("\n".join(apply_edits(lines, changes)) + "\n", encoding="utf-8")

    deck = work / "api.pptx"
    built = deck_or_message(lambda: build_decks([path], deck))
    if built:
        assert_deck(deck)
    else:
        assert not deck.exists(), "a failed build must not leave a deck behind"
    deck_or_message(lambda: preview(path))
    deck_or_message(lambda: check_briefs([path]))

    out = work / "cli.pptx"
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(out), "--jobs", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output and BUG not in result.output, result.output
    assert result.exit_code in (0, 1), result.output
    assert (result.exit_code == 0) == built, "the CLI and the API disagree\n" + result.output


# --- 3. mutated packs: a deck or a message ------------------------------------------------------

PACK_TEXT = (ROOT / "templates" / "default" / "pack.yaml").read_text(encoding="utf-8")
PACK_LINES = PACK_TEXT.replace("extends: null", "extends: default").splitlines()
PACK_DATA: dict[str, Any] = {**yaml.safe_load(PACK_TEXT), "extends": "default"}
PACK_JUNK = [
    "",
    "x",
    "null",
    "~",
    "0",
    "-1",
    "12",
    "1.5",
    "1e308",
    "-1e308",
    "1e999",
    ".nan",
    "true",
    "no",
    "{}",
    "[]",
    "[a, b]",
    "{x: 1}",
    '"Blank"',
    "{layout: Blank}",
    "{layout: Title Only, title: 5}",
    "{layout: Title and Content, body: 0}",
    "{layout: Title and Content, title: -1, body: 99}",
    "000000",
    "FFF",
    "GGGGGG",
    "#1B2A41",
    "{path: missing.png}",
    "{path: ../pack.yaml}",
    "/etc/hostname",
    "'%d.%m.%Y'",
    "'%'",
    "'%Q%'",
    "'  '",
    "''",
    "x" * 300,
    "🚀" * 50,
    "&a x",
    "*a",
    "!!python/object",
]
PACK_VALUES: st.SearchStrategy[Any] = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**6), max_value=10**20),
        st.floats(),
        st.sampled_from(["", " ", "Blank", "Title Only", "000000", "ZZZZZZ", "%Y", "%", "."]),
        st.text(ALPHABET, max_size=50),
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)


def pack_paths(node: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every key path in ``pack.yaml``'s data, parents before children."""
    if not isinstance(node, dict):
        return []
    out: list[tuple[str, ...]] = []
    for key, value in node.items():
        out.append((*prefix, key))
        out.extend(pack_paths(value, (*prefix, key)))
    return out


PACK_PATHS = pack_paths(PACK_DATA)


def with_value(data: dict[str, Any], path: tuple[str, ...], value: Any, delete: bool) -> None:
    """Set (or delete) the value at ``path`` in ``data``, if the path still leads somewhere."""
    node: Any = data
    for key in path[:-1]:
        if not isinstance(node, dict) or not isinstance(node.get(key), dict):
            return
        node = node[key]
    if delete:
        node.pop(path[-1], None)
    else:
        node[path[-1]] = value


def build_with_pack(pack: Path, work: Path) -> None:
    """Build a sample on ``pack``, preview and check it: a deck or a CpoDeckError each."""
    sample = ROOT / "samples" / "checkout-retries.yaml"
    report = check_pack(str(pack))
    assert report is not None
    deck = work / "deck.pptx"
    if deck_or_message(lambda: build_decks([sample], deck, str(pack))):
        assert_deck(deck)
    else:
        assert not deck.exists(), "a failed build must not leave a deck behind"
    deck_or_message(lambda: preview(sample, template=str(pack)))
    deck_or_message(lambda: check_briefs([sample], template=str(pack)))


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    changes=st.lists(
        st.tuples(st.sampled_from(PACK_PATHS), PACK_VALUES, st.booleans()), min_size=1, max_size=3
    )
)
def test_pack_with_mutated_values_builds_or_errors(
    changes: list[tuple[tuple[str, ...], Any, bool]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    data = yaml.safe_load(yaml.safe_dump(PACK_DATA))  # a deep copy
    for path, value, delete in changes:
        with_value(data, path, value, delete and path != ("extends",))
    work = fresh(tmp_path_factory, "pack")
    pack = work / "pack"
    pack.mkdir()
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    (pack / "pack.yaml").write_text(text, encoding="utf-8")
    build_with_pack(pack, work)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(changes=edits(PACK_JUNK))
def test_pack_with_mutated_lines_builds_or_errors(
    changes: list[tuple[Any, ...]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    work = fresh(tmp_path_factory, "packlines")
    pack = work / "pack"
    pack.mkdir()
    text = "\n".join(apply_edits(PACK_LINES, changes)) + "\n"
    (pack / "pack.yaml").write_text(text, encoding="utf-8")
    build_with_pack(pack, work)


# A pack's other label values: the captions of labels.j2 (``words`` and ``areas``), set to odd
# Jinja values in a pack that extends ``default``.
LABELS_J2 = (ROOT / "templates" / "default" / "labels.j2").read_text(encoding="utf-8")
LABEL_KEYS = sorted(set(re.findall(r'^\s*"(\w+)": "[^"]*",$', LABELS_J2, re.MULTILINE)))
LABEL_VALUES = [
    "12",
    "-1.5",
    "0",
    "none",
    "true",
    "false",
    "[]",
    "['a', 'b']",
    "{}",
    "{'a': 1}",
    '""',
    '"  "',
    '"x" * 300',
    '"🚀日本語"',
    '"{{ x }}"',
    '"<b>&amp;</b>"',
    '"\\n"',
    "undefined_name",
    "1 / 0",
    "range(3)",
    "lipsum",
]


@settings(max_examples=30, deadline=None, derandomize=True)
@given(
    changes=st.lists(
        st.tuples(st.sampled_from(LABEL_KEYS), st.sampled_from([*LABEL_VALUES, None])),
        min_size=1,
        max_size=3,
    )
)
def test_pack_with_odd_label_values_builds_or_errors(
    changes: list[tuple[str, str | None]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Each change sets a caption of labels.j2 to a Jinja expression, or (None) drops it."""
    source = LABELS_J2
    for key, value in changes:
        entry = re.compile(rf'^(\s*)"{key}": "[^"]*",\n', re.MULTILINE)
        line = "" if value is None else f'"{key}": {value},\n'
        source = entry.sub(lambda m: m.group(1) + line if line else "", source)  # noqa: B023
    work = fresh(tmp_path_factory, "labels")
    pack = work / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: odd labels\nextends: default\n", encoding="utf-8")
    (pack / "labels.j2").write_text(source, encoding="utf-8")
    build_with_pack(pack, work)
