"""Loading and validating briefs: every refusal names ``file:line:col: field: message``.

Each test writes a small brief into ``tmp_path``: the valid brief :data:`VALID` below, mutated
by plain text replacement so that the line and column of the change are known exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpo_deck.brief import Brief
from cpo_deck.errors import BriefError, Problem
from cpo_deck.loader import MAX_BYTES, MAX_DEPTH, load_brief
from cpo_deck.model import as_dict

# Every optional field is present, every list has an item, and every line is unique, so each
# limit can be exercised in place.
VALID = """\
title: Faster invoice approvals
subtitle: Cut approval time in half
presenter: Head of Product, Finance
date: Q1 planning
audience: Executive staff
problem:
  headline: Invoices wait nine days for approval
  points:
    - Approvals sit in email inboxes
    - Finance chases approvers by hand
  evidence: AP ledger, FY26
  notes: Approvals are slow because nobody owns them.
impact:
  headline: Faster approvals cut late fees by a million dollars
  outcomes:
    - area: cost
      statement: "-$1M late fees in FY27"
    - area: retention
      statement: "+2 pts supplier retention"
  notes: Late fees are pure waste.
metrics:
  headline: Days to approve is the measure we will report
  items:
    - name: Days to approve
      unit: days
      baseline: 9
      current: 8
      target: 4
      timeframe: by Q2 FY27
      higher_is_better: false
      history:
        - label: Q1 FY26
          value: 10
        - label: Q2 FY26
          value: 9
  notes: Finance agreed the definition.
tradeoffs:
  headline: Building approvals in the app wins on speed
  options:
    - name: Keep email approvals
      summary: Status quo
      pros:
        - No build cost
      cons:
        - Approvals stay slow
      cost: zero
      time: none
      recommended: false
    - name: Build in-app approvals
      summary: Approve in one click
      pros:
        - Fastest approvals
      cons:
        - Needs one squad
      cost: 300k dollars
      time: 1 quarter
      recommended: true
  not_doing:
    - Replacing the ERP
  risks:
    - risk: Approvers ignore notifications
      mitigation: Send a daily digest
  notes: The vendor option was too slow.
ask:
  headline: Approve one squad for Q1 to ship in-app approvals
  decision: Approve one squad and 300k dollars for Q1
  investment: 300k dollars and five engineers
  by: end of January
  owner: Head of Finance Operations
  next_steps:
    - Staff the squad by February
  notes: We will report back in April.
"""

AREA_CHOICES = "'revenue', 'retention', 'growth', 'margin', 'cost', 'risk' or 'strategy'"


# --------------------------------------------------------------------------------------------
# helpers


def replace_once(text: str, old: str, new: str) -> str:
    """``text`` with the one occurrence of ``old`` replaced (fails loudly if not exactly one)."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def locate(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column where the unique ``needle`` starts in ``text``."""
    assert text.count(needle) == 1, f"{needle!r} occurs {text.count(needle)} times"
    start = text.index(needle)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return line, column


def line_of(text: str, whole_line: str) -> int:
    """1-based number of the line that is exactly ``whole_line``."""
    lines = text.split("\n")
    assert lines.count(whole_line) == 1, f"{whole_line!r} is not one unique line"
    return lines.index(whole_line) + 1


def replace_block(text: str, key_line: str, new_lines: list[str]) -> str:
    """Replace ``key_line`` and every more-indented line below it with ``new_lines``."""
    lines = text.split("\n")
    start = lines.index(key_line)
    indent = len(key_line) - len(key_line.lstrip())
    end = start + 1
    while end < len(lines) and lines[end].strip():
        if len(lines[end]) - len(lines[end].lstrip()) <= indent:
            break
        end += 1
    return "\n".join([*lines[:start], *new_lines, *lines[end:]])


def write(tmp_path: Path, text: str | bytes, name: str = "brief.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def load_text(tmp_path: Path, text: str | bytes) -> Brief:
    return load_brief(write(tmp_path, text))


def refusal(tmp_path: Path, text: str | bytes) -> tuple[BriefError, Path]:
    path = write(tmp_path, text)
    with pytest.raises(BriefError) as info:
        load_brief(path)
    return info.value, path


def only_problem(tmp_path: Path, text: str | bytes) -> tuple[Problem, Path]:
    """The single problem a brief is refused with."""
    error, path = refusal(tmp_path, text)
    assert len(error.problems) == 1, error.render()
    return error.problems[0], path


def assert_problem(
    problem: Problem,
    path: Path,
    line: int | None,
    column: int | None,
    field: str | None,
    message: str,
) -> None:
    assert problem == Problem(message, str(path), line, column, field), problem.render()


# --------------------------------------------------------------------------------------------
# the valid brief


def test_valid_brief_loads(tmp_path: Path) -> None:
    brief = load_text(tmp_path, VALID)
    assert brief.title == "Faster invoice approvals"
    assert brief.problem.points == [
        "Approvals sit in email inboxes",
        "Finance chases approvers by hand",
    ]
    metric = brief.metrics.items[0]
    assert (metric.baseline, metric.current, metric.target) == (9.0, 8.0, 4.0)
    assert metric.higher_is_better is False
    assert [p.value for p in metric.history] == [10.0, 9.0]
    assert [o.recommended for o in brief.tradeoffs.options] == [False, True]
    assert brief.impact.outcomes[0].statement == "-$1M late fees in FY27"


def test_the_sample_brief_loads() -> None:
    sample = Path(__file__).resolve().parent.parent / "samples" / "checkout-retries.yaml"
    assert load_brief(sample).title == "Smart retries for failed card payments"


# --------------------------------------------------------------------------------------------
# text is kept exactly as typed


@pytest.mark.parametrize(
    ("old", "new", "get", "expected"),
    [
        ("title: Faster invoice approvals", "title: NO", lambda b: b.title, "NO"),
        ("subtitle: Cut approval time in half", "subtitle: 1.10", lambda b: b.subtitle, "1.10"),
        ("date: Q1 planning", "date: 2026-12-03", lambda b: b.date, "2026-12-03"),
        ("date: Q1 planning", 'date: "2026-12-03"', lambda b: b.date, "2026-12-03"),
        ("audience: Executive staff", "audience: yes", lambda b: b.audience, "yes"),
        ("title: Faster invoice approvals", "title: 12:30", lambda b: b.title, "12:30"),
        ("title: Faster invoice approvals", "title: 1_000", lambda b: b.title, "1_000"),
        ("title: Faster invoice approvals", "title: 0x1F", lambda b: b.title, "0x1F"),
        ("title: Faster invoice approvals", "title: .inf", lambda b: b.title, ".inf"),
        ("title: Faster invoice approvals", "title: off", lambda b: b.title, "off"),
        ("by: end of January", "by: 2027-01-31", lambda b: b.ask.by, "2027-01-31"),
        ("cost: zero", "cost: 1e3", lambda b: b.tradeoffs.options[0].cost, "1e3"),
        (
            "    - Approvals sit in email inboxes",
            "    - NO",
            lambda b: b.problem.points[0],
            "NO",
        ),
        (
            "    - Approvals sit in email inboxes",
            "    - 1.10",
            lambda b: b.problem.points[0],
            "1.10",
        ),
        (
            "    - Approvals sit in email inboxes",
            "    - 2026-12-03",
            lambda b: b.problem.points[0],
            "2026-12-03",
        ),
        (
            "    - Approvals sit in email inboxes",
            "    - yes",
            lambda b: b.problem.points[0],
            "yes",
        ),
        (
            "        - label: Q1 FY26",
            "        - label: 2026",
            lambda b: b.metrics.items[0].history[0].label,
            "2026",
        ),
    ],
)
def test_text_is_kept_as_typed(tmp_path: Path, old: str, new: str, get, expected: str) -> None:
    brief = load_text(tmp_path, replace_once(VALID, old, new))
    assert get(brief) == expected


def test_tab_and_newline_in_text_are_fine(tmp_path: Path) -> None:
    text = replace_once(
        VALID, "title: Faster invoice approvals", 'title: "Faster\\tinvoice\\napprovals"'
    )
    text = replace_once(text, "owner: Head of Finance Operations", "owner: Head of\tFinance")
    brief = load_text(tmp_path, text)
    assert brief.title == "Faster\tinvoice\napprovals"
    assert brief.ask.owner == "Head of\tFinance"


# --------------------------------------------------------------------------------------------
# number fields take finite numbers only


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1_000", 1000.0), ("1e3", 1000.0), ("-2.5", -2.5), ("+5", 5.0), (".5", 0.5), ("0", 0.0)],
)
def test_number_fields_accept_numbers(tmp_path: Path, typed: str, expected: float) -> None:
    brief = load_text(
        tmp_path, replace_once(VALID, "      target: 4\n", f"      target: {typed}\n")
    )
    assert brief.metrics.items[0].target == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (".nan", "must be a number like 12 or 3.5, not '.nan'"),
        (".NaN", "must be a number like 12 or 3.5, not '.NaN'"),
        (".inf", "must be a number like 12 or 3.5, not '.inf'"),
        ("-.inf", "must be a number like 12 or 3.5, not '-.inf'"),
        ("1e400", "must be a finite number"),
        ("true", "must be a number like 12 or 3.5, not 'true'"),
        ('"40"', "must be a number, not text: remove the quotes around '40'"),
        ("'40'", "must be a number, not text: remove the quotes around '40'"),
        ("12%", "must be a number like 12 or 3.5, not '12%'"),
        ("[4]", "must be a number like 12 or 3.5"),
    ],
)
def test_number_fields_refuse_non_finite_and_non_numbers(
    tmp_path: Path, typed: str, message: str
) -> None:
    text = replace_once(VALID, "      target: 4\n", f"      target: {typed}\n")
    problem, path = only_problem(tmp_path, text)
    line = line_of(text, f"      target: {typed}")
    assert_problem(problem, path, line, 15, "metrics.items[0].target", message)


@pytest.mark.parametrize(
    ("old", "field"),
    [
        ("      baseline: 9", "metrics.items[0].baseline"),
        ("      current: 8", "metrics.items[0].current"),
        ("          value: 10", "metrics.items[0].history[0].value"),
    ],
)
def test_every_number_field_refuses_nan(tmp_path: Path, old: str, field: str) -> None:
    key = old.split(":")[0]
    text = replace_once(VALID, old + "\n", f"{key}: .nan\n")
    problem, path = only_problem(tmp_path, text)
    line = line_of(text, f"{key}: .nan")
    assert_problem(
        problem, path, line, len(key) + 3, field, "must be a number like 12 or 3.5, not '.nan'"
    )


# --------------------------------------------------------------------------------------------
# yes/no fields take true/false only


@pytest.mark.parametrize("typed", ["true", "false", "True", "FALSE"])
def test_boolean_fields_accept_true_and_false(tmp_path: Path, typed: str) -> None:
    text = replace_once(VALID, "higher_is_better: false", f"higher_is_better: {typed}")
    brief = load_text(tmp_path, text)
    assert brief.metrics.items[0].higher_is_better is (typed.lower() == "true")


@pytest.mark.parametrize(
    ("old", "key", "field"),
    [
        (
            "      higher_is_better: false",
            "      higher_is_better",
            "metrics.items[0].higher_is_better",
        ),
        ("      recommended: true", "      recommended", "tradeoffs.options[1].recommended"),
    ],
)
@pytest.mark.parametrize("typed", ["yes", "no", "1", "0", "on", "y"])
def test_boolean_fields_refuse_yaml11_words_and_numbers(
    tmp_path: Path, old: str, key: str, field: str, typed: str
) -> None:
    text = replace_once(VALID, old + "\n", f"{key}: {typed}\n")
    problem, path = only_problem(tmp_path, text)
    line = line_of(text, f"{key}: {typed}")
    assert_problem(
        problem, path, line, len(key) + 3, field, f"must be true or false, not '{typed}'"
    )


def test_quoted_true_in_a_boolean_field_says_to_remove_the_quotes(tmp_path: Path) -> None:
    # "must be true or false, not 'true'" contradicts itself; numbers already say "remove the
    # quotes", and yes/no fields should say the same.
    text = replace_once(VALID, "      recommended: true\n", '      recommended: "true"\n')
    problem, path = only_problem(tmp_path, text)
    assert (problem.file, problem.line, problem.column, problem.field) == (
        str(path),
        line_of(text, '      recommended: "true"'),
        20,
        "tradeoffs.options[1].recommended",
    )
    assert "quotes" in problem.message, problem.render()


# --------------------------------------------------------------------------------------------
# bytes and characters


@pytest.mark.parametrize(
    ("raw", "line", "column", "byte"),
    [
        (b"title: Fa\xffster\n", 1, 10, 0xFF),
        (b"title: x\nsubtitle: caf\xe9\n", 2, 14, 0xE9),  # Latin-1 e-acute
        (b"title: x\nsubtitle: \xe2\x82\n", 2, 11, 0xE2),  # truncated sequence
        (b"title: x\nsubtitle: \xed\xa0\x80\n", 2, 11, 0xED),  # an encoded surrogate
    ],
)
def test_invalid_utf8_is_refused_with_its_position(
    tmp_path: Path, raw: bytes, line: int, column: int, byte: int
) -> None:
    problem, path = only_problem(tmp_path, raw + VALID.encode().split(b"\n", 1)[1])
    assert_problem(
        problem,
        path,
        line,
        column,
        None,
        f"not valid UTF-8 (byte 0x{byte:02x}); save the file as UTF-8",
    )


def test_invalid_utf8_column_counts_characters_not_bytes(tmp_path: Path) -> None:
    # Every other column is a character column (what an editor shows); after "é" (2 bytes)
    # the bad byte is the 9th character of the line.
    raw = "title: é".encode() + b"\xff\n" + VALID.encode().split(b"\n", 1)[1]
    problem, path = only_problem(tmp_path, raw)
    assert_problem(problem, path, 1, 9, None, "not valid UTF-8 (byte 0xff); save the file as UTF-8")


@pytest.mark.parametrize(
    "char", ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85"]
)
def test_raw_control_characters_are_refused_with_their_position(tmp_path: Path, char: str) -> None:
    text = replace_once(VALID, "audience: Executive staff", f"audience: Executive{char} staff")
    problem, path = only_problem(tmp_path, text.encode("utf-8"))
    assert_problem(
        problem,
        path,
        5,
        20,
        None,
        f"control character U+{ord(char):04X} is not allowed; delete it",
    )


@pytest.mark.parametrize(
    ("escape", "code"),
    [("\\x01", 0x01), ("\\0", 0x00), ("\\e", 0x1B), ("\\x7f", 0x7F), ("\\uFFFE", 0xFFFE)],
)
def test_escaped_control_characters_in_quoted_text_are_refused(
    tmp_path: Path, escape: str, code: int
) -> None:
    text = replace_once(VALID, "audience: Executive staff", f'audience: "Executive{escape} staff"')
    problem, path = only_problem(tmp_path, text)
    assert (problem.file, problem.line, problem.column) == (str(path), 5, 11)
    assert problem.message == f"control character U+{code:04X} is not allowed; delete it"


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    brief = load_text(tmp_path, b"\xef\xbb\xbf" + VALID.encode())
    assert brief.title == "Faster invoice approvals"


def test_utf8_bom_keeps_line_one_columns(tmp_path: Path) -> None:
    text = replace_once(VALID, "title: Faster invoice approvals", "title: [Faster]")
    problem, path = only_problem(tmp_path, b"\xef\xbb\xbf" + text.encode())
    assert_problem(
        problem,
        path,
        1,
        8,
        "title",
        "must be text; for a list or mapping here, write one line of text instead",
    )


def test_crlf_line_ends_are_accepted(tmp_path: Path) -> None:
    text = replace_once(
        VALID,
        "  notes: Approvals are slow because nobody owns them.",
        "  notes: >-\n    Approvals are slow\n    because nobody owns them.",
    )
    brief = load_text(tmp_path, text.replace("\n", "\r\n").encode())
    assert brief.title == "Faster invoice approvals"
    assert brief.problem.notes == "Approvals are slow because nobody owns them."
    assert "\r" not in json.dumps(as_dict(brief))


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_crlf_file_reports_the_right_line(tmp_path: Path, bom: bytes) -> None:
    text = replace_once(VALID, "      target: 4\n", "      target: .inf\n")
    problem, path = only_problem(tmp_path, bom + text.replace("\n", "\r\n").encode())
    assert_problem(
        problem,
        path,
        line_of(text, "      target: .inf"),
        15,
        "metrics.items[0].target",
        "must be a number like 12 or 3.5, not '.inf'",
    )


# --------------------------------------------------------------------------------------------
# YAML features briefs never need


def test_duplicate_top_level_key_names_the_first_line(tmp_path: Path) -> None:
    text = replace_once(
        VALID, "audience: Executive staff\n", "audience: Executive staff\ntitle: Again\n"
    )
    problem, path = only_problem(tmp_path, text)
    assert_problem(
        problem, path, 6, 1, "title", "duplicate key 'title' (first given on line 1); keep one"
    )


def test_duplicate_nested_key_names_the_first_line(tmp_path: Path) -> None:
    text = replace_once(
        VALID, "  evidence: AP ledger, FY26\n", "  evidence: AP ledger, FY26\n  headline: Again\n"
    )
    problem, path = only_problem(tmp_path, text)
    first = line_of(text, "  headline: Invoices wait nine days for approval")
    assert_problem(
        problem,
        path,
        line_of(text, "  headline: Again"),
        3,
        "problem.headline",
        f"duplicate key 'headline' (first given on line {first}); keep one",
    )


def test_anchor_is_refused(tmp_path: Path) -> None:
    text = replace_once(VALID, "audience: Executive staff", "audience: &who Executive staff")
    problem, path = only_problem(tmp_path, text)
    assert_problem(
        problem,
        path,
        5,
        11,
        "audience",
        "YAML anchors (&who) are not allowed in a brief; remove it",
    )


def test_anchor_and_alias_are_refused_at_the_anchor(tmp_path: Path) -> None:
    text = replace_once(VALID, "subtitle: Cut approval time in half", "subtitle: &s Cut time")
    text = replace_once(text, "audience: Executive staff", "audience: *s")
    problem, path = only_problem(tmp_path, text)
    assert_problem(
        problem, path, 2, 11, "subtitle", "YAML anchors (&s) are not allowed in a brief; remove it"
    )


def test_alias_is_refused(tmp_path: Path) -> None:
    text = replace_once(VALID, "audience: Executive staff", "audience: *who")
    problem, path = only_problem(tmp_path, text)
    assert_problem(
        problem,
        path,
        5,
        11,
        "audience",
        "YAML aliases (*who) are not allowed in a brief; write the value out",
    )


def test_merge_key_with_anchor_is_refused(tmp_path: Path) -> None:
    text = VALID.replace(
        "    - name: Keep email approvals\n",
        "    - &opt\n      name: Keep email approvals\n",
    ).replace("    - name: Build in-app approvals\n", "    - <<: *opt\n      name: Build in-app\n")
    problem, path = only_problem(tmp_path, text)
    assert problem.message == "YAML anchors (&opt) are not allowed in a brief; remove it"
    assert (problem.file, problem.line, problem.column) == (str(path), *locate(text, "&opt"))


@pytest.mark.parametrize(
    "tagged",
    [
        "!!python/object:os.system ls",
        '!!python/object/apply:os.system ["ls"]',
        "!!python/name:os.system",
        "!!str Faster",
        "!!binary aGVsbG8=",
        "!custom Faster",
    ],
)
def test_tags_are_refused(tmp_path: Path, tagged: str) -> None:
    text = replace_once(VALID, "title: Faster invoice approvals", f"title: {tagged}")
    problem, path = only_problem(tmp_path, text)
    assert (problem.file, problem.line, problem.column, problem.field) == (
        str(path),
        1,
        8,
        "title",
    )
    # The tag is named as the user typed it, not as YAML expands it.
    shown = tagged.split()[0]
    assert problem.message == f"YAML tags ({shown}) are not allowed in a brief; remove it"


def test_tag_on_a_mapping_is_refused(tmp_path: Path) -> None:
    text = replace_once(VALID, "problem:\n", "problem: !!map\n")
    problem, path = only_problem(tmp_path, text)
    assert (problem.file, problem.line, problem.column) == (str(path), 6, 10)
    assert problem.message == "YAML tags (!!map) are not allowed in a brief; remove it"


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "   \n\t\n", "# just a comment\n", "# one\n  # two\n\n# three\n"],
    ids=["empty", "blank-lines", "whitespace", "comment", "comments"],
)
def test_empty_or_comments_only_file_is_refused(tmp_path: Path, text: str) -> None:
    problem, path = only_problem(tmp_path, text)
    assert_problem(problem, path, 1, 1, None, "the file is empty; start from `cpo-deck init`")


@pytest.mark.parametrize(
    ("text", "line", "kind"),
    [
        ("- title: x\n- problem: y\n", 1, "a list"),
        ("[a, b]\n", 1, "a list"),
        ("just some words\n", 1, "a single value"),
        ("# a comment\n\n'quoted'\n", 3, "a single value"),
        ("42\n", 1, "a single value"),
    ],
)
def test_top_level_must_be_a_mapping(tmp_path: Path, text: str, line: int, kind: str) -> None:
    problem, path = only_problem(tmp_path, text)
    assert_problem(
        problem,
        path,
        line,
        1,
        None,
        f"the top level must be a mapping of keys (title:, problem:, ...), not {kind}",
    )


def test_file_over_one_mib_is_refused_before_parsing(tmp_path: Path) -> None:
    # Bytes that are neither UTF-8 nor YAML: only the size check can have refused them.
    problem, path = only_problem(tmp_path, b"\xff" * (MAX_BYTES + 1))
    assert_problem(
        problem,
        path,
        None,
        None,
        None,
        "file is 1,048,577 bytes; a brief may be at most 1,048,576 bytes (1 MiB)",
    )


def test_file_of_exactly_one_mib_is_read(tmp_path: Path) -> None:
    padding = MAX_BYTES - len(VALID.encode()) - 1
    brief = load_text(tmp_path, VALID + "#" * padding + "\n")
    assert (tmp_path / "brief.yaml").stat().st_size == MAX_BYTES
    assert brief.title == "Faster invoice approvals"


@pytest.mark.parametrize("depth", [MAX_DEPTH, 100, 5000])
def test_absurd_nesting_is_refused(tmp_path: Path, depth: int) -> None:
    text = replace_once(
        VALID, "title: Faster invoice approvals", "title: " + "[" * depth + "]" * depth
    )
    problem, path = only_problem(tmp_path, text)
    assert problem.message == "nested more than 16 levels deep; briefs are shallow"
    assert (problem.file, problem.line, problem.field) == (str(path), 1, None)
    if depth <= 100:
        # The top mapping is level 1 and title's first list level 2, so level 17 is the 16th
        # '['. (Far deeper input may be stopped by libyaml's own scanner limit first, at the
        # position where it stopped, depending on the PyYAML version.)
        assert problem.column == 8 + MAX_DEPTH - 1


def test_deeply_nested_mappings_are_refused(tmp_path: Path) -> None:
    text = "title: x\ndeep:\n" + "".join(f"{'  ' * i}k{i}:\n" for i in range(1, 40))
    problem, path = only_problem(tmp_path, text)
    assert problem.message == "nested more than 16 levels deep; briefs are shallow"
    # "deep:" holds level 2 (k1 on line 3), so level 17 is the mapping that starts at k16.
    assert (problem.file, problem.line) == (str(path), 18)


@pytest.mark.parametrize("first_marker", ["", "---\n"])
def test_two_documents_are_refused(tmp_path: Path, first_marker: str) -> None:
    text = first_marker + VALID + "---\ntitle: Second\n"
    problem, path = only_problem(tmp_path, text)
    assert_problem(
        problem,
        path,
        line_of(text, "title: Second") - 1,
        1,
        None,
        "a brief is one YAML document; remove the second '---'",
    )


def test_yaml_syntax_error_has_a_position(tmp_path: Path) -> None:
    text = replace_once(VALID, "audience: Executive staff", 'audience: "Executive staff')
    problem, path = only_problem(tmp_path, text)
    assert problem.file == str(path)
    assert problem.line is not None and problem.column is not None
    assert problem.message.startswith("YAML syntax error: ")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(BriefError) as info:
        load_brief(path)
    assert info.value.problems == [Problem("no such file", str(path))]
    assert info.value.render() == f"{path}: no such file"


def test_directory_is_not_a_brief(tmp_path: Path) -> None:
    with pytest.raises(BriefError) as info:
        load_brief(tmp_path)
    assert info.value.render() == f"{tmp_path}: is a directory, not a brief file"


# --------------------------------------------------------------------------------------------
# unknown keys


def test_unknown_key_suggests_the_closest(tmp_path: Path) -> None:
    text = replace_once(VALID, "  headline: Invoices wait", "  headlien: Invoices wait")
    error, path = refusal(tmp_path, text)
    line = line_of(text, "  headlien: Invoices wait nine days for approval")
    assert (
        Problem(
            "unknown key 'headlien' in problem; did you mean 'headline'?",
            str(path),
            line,
            3,
            "problem.headlien",
        )
        in error.problems
    )
    assert (
        f"{path}:{line}:3: problem.headlien: unknown key 'headlien' in problem; "
        "did you mean 'headline'?" in error.render().splitlines()
    )


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        (
            "audience: Executive staff",
            "titel: Executive staff",
            "titel",
            "unknown key 'titel' in the brief; did you mean 'title'?",
        ),
        (
            "      higher_is_better: false",
            "      higher_is_beter: false",
            "metrics.items[0].higher_is_beter",
            "unknown key 'higher_is_beter' in metrics.items[0]; did you mean 'higher_is_better'?",
        ),
        (
            "audience: Executive staff",
            "zzz: Executive staff",
            "zzz",
            "unknown key 'zzz' in the brief; allowed keys: title, subtitle, presenter, date, "
            "audience, template, language, check, problem, impact, metrics, tradeoffs, ask",
        ),
    ],
)
def test_unknown_keys(tmp_path: Path, old: str, new: str, field: str, message: str) -> None:
    text = replace_once(VALID, old, new)
    problem, path = only_problem(tmp_path, text)
    column = len(new) - len(new.lstrip()) + 1
    assert_problem(problem, path, line_of(text, new), column, field, message)


# --------------------------------------------------------------------------------------------
# limits from brief.py

TEXT_LIMITS = [
    ("title", "title: Faster invoice approvals", 100),
    ("subtitle", "subtitle: Cut approval time in half", 160),
    ("presenter", "presenter: Head of Product, Finance", 160),
    ("date", "date: Q1 planning", 40),
    ("audience", "audience: Executive staff", 160),
    ("problem.headline", "  headline: Invoices wait nine days for approval", 160),
    ("problem.points[0]", "    - Approvals sit in email inboxes", 200),
    ("problem.evidence", "  evidence: AP ledger, FY26", 200),
    ("problem.notes", "  notes: Approvals are slow because nobody owns them.", 4000),
    ("impact.headline", "  headline: Faster approvals cut late fees by a million dollars", 160),
    ("impact.outcomes[0].statement", '      statement: "-$1M late fees in FY27"', 200),
    ("impact.notes", "  notes: Late fees are pure waste.", 4000),
    ("metrics.headline", "  headline: Days to approve is the measure we will report", 160),
    ("metrics.items[0].name", "    - name: Days to approve", 60),
    ("metrics.items[0].unit", "      unit: days", 12),
    ("metrics.items[0].timeframe", "      timeframe: by Q2 FY27", 40),
    ("metrics.items[0].history[0].label", "        - label: Q1 FY26", 20),
    ("metrics.notes", "  notes: Finance agreed the definition.", 4000),
    ("tradeoffs.headline", "  headline: Building approvals in the app wins on speed", 160),
    ("tradeoffs.options[0].name", "    - name: Keep email approvals", 60),
    ("tradeoffs.options[0].summary", "      summary: Status quo", 120),
    ("tradeoffs.options[0].pros[0]", "        - No build cost", 80),
    ("tradeoffs.options[0].cons[0]", "        - Approvals stay slow", 80),
    ("tradeoffs.options[0].cost", "      cost: zero", 40),
    ("tradeoffs.options[0].time", "      time: none", 40),
    ("tradeoffs.not_doing[0]", "    - Replacing the ERP", 120),
    ("tradeoffs.risks[0].risk", "    - risk: Approvers ignore notifications", 120),
    ("tradeoffs.risks[0].mitigation", "      mitigation: Send a daily digest", 160),
    ("tradeoffs.notes", "  notes: The vendor option was too slow.", 4000),
    ("ask.headline", "  headline: Approve one squad for Q1 to ship in-app approvals", 160),
    ("ask.decision", "  decision: Approve one squad and 300k dollars for Q1", 200),
    ("ask.investment", "  investment: 300k dollars and five engineers", 160),
    ("ask.by", "  by: end of January", 40),
    ("ask.owner", "  owner: Head of Finance Operations", 80),
    ("ask.next_steps[0]", "    - Staff the squad by February", 120),
    ("ask.notes", "  notes: We will report back in April.", 4000),
]


def _with_value(line: str, value: str) -> tuple[str, int]:
    """``line`` with its value replaced by ``value``, and the value's 1-based column."""
    body = line.lstrip()
    indent = len(line) - len(body)
    if body.startswith("- "):
        indent += 2
        body = body[2:]
    prefix = line[:indent]
    if ": " in body:
        prefix += body[: body.index(": ") + 2]
    return prefix + value, len(prefix) + 1


@pytest.mark.parametrize(("field", "line", "limit"), TEXT_LIMITS, ids=[c[0] for c in TEXT_LIMITS])
def test_text_at_its_limit_is_accepted(tmp_path: Path, field: str, line: str, limit: int) -> None:
    new, _ = _with_value(line, "a" * limit)
    load_text(tmp_path, replace_once(VALID, line + "\n", new + "\n"))


@pytest.mark.parametrize(("field", "line", "limit"), TEXT_LIMITS, ids=[c[0] for c in TEXT_LIMITS])
def test_text_over_its_limit_is_refused(tmp_path: Path, field: str, line: str, limit: int) -> None:
    new, column = _with_value(line, "a" * (limit + 1))
    text = replace_once(VALID, line + "\n", new + "\n")
    problem, path = only_problem(tmp_path, text)
    assert_problem(
        problem,
        path,
        line_of(text, new),
        column,
        field,
        f"is {limit + 1} characters; the limit is {limit}: shorten it by 1",
    )


def test_title_limit_counts_characters_not_bytes(tmp_path: Path) -> None:
    load_text(
        tmp_path, replace_once(VALID, "title: Faster invoice approvals", "title: " + "é" * 100)
    )
    text = replace_once(VALID, "title: Faster invoice approvals", "title: " + "é" * 103)
    problem, path = only_problem(tmp_path, text)
    assert_problem(
        problem, path, 1, 8, "title", "is 103 characters; the limit is 100: shorten it by 3"
    )


def test_title_of_101_characters_renders_the_limit(tmp_path: Path) -> None:
    text = replace_once(VALID, "title: Faster invoice approvals", "title: " + "T" * 101)
    error, path = refusal(tmp_path, text)
    assert error.render() == (
        f"{path}:1:8: title: is 101 characters; the limit is 100: shorten it by 1\n"
        f"{path}: not valid (1 problem)"
    )


# (field, key line to replace, indentation of the items, item text, how many, message)
LIST_LIMITS = [
    (
        "problem.points",
        "  points:",
        "    ",
        "point {i}",
        6,
        "has 6 items; at most 5 are allowed: remove 1",
    ),
    ("problem.points", "  points:", "    ", "point {i}", 0, "needs at least 1 item"),
    (
        "impact.outcomes",
        "  outcomes:",
        "    ",
        "{{area: cost, statement: saves {i}}}",
        6,
        "has 6 items; at most 5 are allowed: remove 1",
    ),
    ("impact.outcomes", "  outcomes:", "    ", "", 0, "needs at least 1 item"),
    (
        "metrics.items",
        "  items:",
        "    ",
        "{{name: m{i}, baseline: 1, target: 2}}",
        6,
        "has 6 items; at most 5 are allowed: remove 1",
    ),
    ("metrics.items", "  items:", "    ", "", 0, "needs at least 1 item"),
    (
        "metrics.items[0].history",
        "      history:",
        "        ",
        "{{label: q{i}, value: {i}}}",
        13,
        "has 13 items; at most 12 are allowed: remove 1",
    ),
    ("tradeoffs.options", "  options:", "    ", "{{name: o{i}}}", 1, "needs at least 2 items"),
    (
        "tradeoffs.options",
        "  options:",
        "    ",
        "{{name: o{i}}}",
        5,
        "has 5 items; at most 4 are allowed: remove 1",
    ),
    (
        "tradeoffs.options[0].pros",
        "      pros:",
        "        ",
        "pro {i}",
        5,
        "has 5 items; at most 4 are allowed: remove 1",
    ),
    (
        "tradeoffs.options[0].cons",
        "      cons:",
        "        ",
        "con {i}",
        5,
        "has 5 items; at most 4 are allowed: remove 1",
    ),
    (
        "tradeoffs.not_doing",
        "  not_doing:",
        "    ",
        "not {i}",
        4,
        "has 4 items; at most 3 are allowed: remove 1",
    ),
    (
        "tradeoffs.risks",
        "  risks:",
        "    ",
        "{{risk: r{i}}}",
        4,
        "has 4 items; at most 3 are allowed: remove 1",
    ),
    (
        "ask.next_steps",
        "  next_steps:",
        "    ",
        "step {i}",
        5,
        "has 5 items; at most 4 are allowed: remove 1",
    ),
]


@pytest.mark.parametrize(
    ("field", "key_line", "indent", "item", "count", "message"),
    LIST_LIMITS,
    ids=[f"{c[0]}-{c[4]}" for c in LIST_LIMITS],
)
def test_list_length_limits(
    tmp_path: Path, field: str, key_line: str, indent: str, item: str, count: int, message: str
) -> None:
    if count:
        new_lines = [key_line] + [f"{indent}- {item.format(i=i)}" for i in range(count)]
        where = f"{indent}- {item.format(i=0)}"
        column = len(indent) + 1
    else:
        new_lines = [key_line + " []"]
        where = new_lines[0]
        column = len(key_line) + 2
    text = replace_block(VALID, key_line, new_lines)
    problem, path = only_problem(tmp_path, text)
    assert_problem(problem, path, line_of(text, where), column, field, message)


def test_six_points_render(tmp_path: Path) -> None:
    text = replace_block(VALID, "  points:", ["  points:"] + [f"    - point {i}" for i in range(6)])
    error, path = refusal(tmp_path, text)
    assert error.render() == (
        f"{path}:9:5: problem.points: has 6 items; at most 5 are allowed: remove 1\n"
        f"{path}: not valid (1 problem)"
    )


@pytest.mark.parametrize(
    ("remove", "field", "where", "column", "message"),
    [
        (
            "  decision: Approve one squad and 300k dollars for Q1",
            "ask.decision",
            "ask:",
            1,
            "required field is missing; add 'decision:' to ask",
        ),
        (
            "  headline: Invoices wait nine days for approval",
            "problem.headline",
            "problem:",
            1,
            "required field is missing; add 'headline:' to problem",
        ),
        (
            "      target: 4",
            "metrics.items[0].target",
            "    - name: Days to approve",
            7,
            "required field is missing; add 'target:' to metrics.items[0]",
        ),
        (
            "    - area: cost",
            "impact.outcomes[0].area",
            '      statement: "-$1M late fees in FY27"',
            7,
            "required field is missing; add 'area:' to impact.outcomes[0]",
        ),
        (
            "title: Faster invoice approvals",
            "title",
            "subtitle: Cut approval time in half",
            1,
            "required field is missing; add 'title:' to the top level",
        ),
    ],
)
def test_missing_required_field(
    tmp_path: Path, remove: str, field: str, where: str, column: int, message: str
) -> None:
    if remove == "    - area: cost":
        text = replace_once(
            VALID,
            '    - area: cost\n      statement: "-$1M',
            '    -\n      statement: "-$1M',
        )
    else:
        text = replace_once(VALID, remove + "\n", "")
    problem, path = only_problem(tmp_path, text)
    assert_problem(problem, path, line_of(text, where), column, field, message)


def test_missing_section(tmp_path: Path) -> None:
    text = VALID[: VALID.index("ask:\n")]
    problem, path = only_problem(tmp_path, text)
    assert_problem(
        problem, path, 1, 1, "ask", "required field is missing; add 'ask:' to the top level"
    )


@pytest.mark.parametrize("typed", ["sales", "Cost", "costs", "'revenue '"])
def test_wrong_area_is_refused(tmp_path: Path, typed: str) -> None:
    text = replace_once(VALID, "    - area: cost\n", f"    - area: {typed}\n")
    problem, path = only_problem(tmp_path, text)
    shown = typed.strip("'")
    assert_problem(
        problem,
        path,
        line_of(text, f"    - area: {typed}"),
        13,
        "impact.outcomes[0].area",
        f"must be one of {AREA_CHOICES}, not '{shown}'",
    )


def test_empty_area_does_not_show_python_none(tmp_path: Path) -> None:
    text = replace_once(VALID, "    - area: cost\n", "    - area:\n")
    problem, path = only_problem(tmp_path, text)
    assert (problem.file, problem.line, problem.field) == (
        str(path),
        line_of(text, "    - area:"),
        "impact.outcomes[0].area",
    )
    assert "None" not in problem.message, problem.render()


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        (
            "title: Faster invoice approvals",
            "title:",
            "title",
            "must not be empty; write some text or remove the key",
        ),
        (
            "title: Faster invoice approvals",
            'title: "   "',
            "title",
            "must not be empty; write some text or remove the key",
        ),
        (
            "title: Faster invoice approvals",
            "title: [a, b]",
            "title",
            "must be text; for a list or mapping here, write one line of text instead",
        ),
        (
            "  points:",
            "  points: one point",
            "problem.points",
            "must be a list, one item per line starting with '- '",
        ),
    ],
)
def test_wrong_shapes(tmp_path: Path, old: str, new: str, field: str, message: str) -> None:
    if old == "  points:":
        text = replace_block(VALID, old, [new])
    else:
        text = replace_once(VALID, old + "\n", new + "\n")
    error, _ = refusal(tmp_path, text)
    assert [p.field for p in error.problems] == [field], error.render()
    assert error.problems[0].message == message
    assert error.problems[0].line == line_of(text, new)


# --------------------------------------------------------------------------------------------
# several problems in one run


def test_several_problems_are_reported_together_sorted_by_line(tmp_path: Path) -> None:
    # The ask section moves to the top of the file, so the model's field order (title first)
    # differs from the file's line order: the report must follow the file.
    ask_start = VALID.index("ask:\n")
    text = VALID[ask_start:] + VALID[:ask_start]
    text = replace_once(text, "  by: end of January", "  by: " + "b" * 41)
    text = replace_once(text, "title: Faster invoice approvals", "title: [x]")
    text = replace_once(text, "      target: 4\n", "      target: .nan\n")
    text = replace_once(text, "      recommended: true\n", "      recommended: yes\n")
    text = replace_once(text, "    - area: cost\n", "    - area: sales\n")
    error, path = refusal(tmp_path, text)

    lines = [p.line for p in error.problems]
    assert lines == sorted(lines)
    assert [p.field for p in error.problems] == [
        "ask.by",
        "title",
        "impact.outcomes[0].area",
        "metrics.items[0].target",
        "tradeoffs.options[1].recommended",
    ]
    rendered = error.render().splitlines()
    assert len(rendered) == 6
    assert rendered[-1] == f"{path}: not valid (5 problems)"
    assert rendered[1] == (
        f"{path}:{line_of(text, 'title: [x]')}:8: title: "
        "must be text; for a list or mapping here, write one line of text instead"
    )
    assert rendered[3] == (
        f"{path}:{line_of(text, '      target: .nan')}:15: metrics.items[0].target: "
        "must be a number like 12 or 3.5, not '.nan'"
    )
    assert rendered[0] == (
        f"{path}:{line_of(text, '  by: ' + 'b' * 41)}:7: ask.by: "
        "is 41 characters; the limit is 40: shorten it by 1"
    )
    assert error.message == f"{path}: not valid (5 problems)"


def test_text_with_a_lone_surrogate_is_a_located_error_not_a_crash() -> None:
    """Found by tools/fuzz_loader.py: text that did not come through read_text."""
    from cpo_deck.loader import parse_yaml

    with pytest.raises(BriefError) as caught:
        parse_yaml("title: ok\nsubtitle: a\udc80b\n", "brief.yaml")
    assert caught.value.render() == (
        "brief.yaml:2:12: control character U+DC80 is not allowed; delete it"
    )
