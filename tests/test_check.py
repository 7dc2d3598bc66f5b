"""``cpo-deck check``: every readiness rule, its exact messages and positions, tuning per brief
and per pack, the JSON format, exit codes, and the rules inside ``build``.

Each rule test starts from :data:`READY`, a brief that passes every rule, and changes one thing
by plain text replacement, so the line and column of each finding are known exactly.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cpo_deck.brief import RULE_NAMES
from cpo_deck.check import RULES, Finding, check_briefs, words_for
from cpo_deck.cli import cli
from cpo_deck.errors import BriefError, PackError

from .conftest import ROOT, SAMPLES

READY = """\
title: Faster invoice approvals
subtitle: Cut approval time in half
presenter: Head of Product, Finance
date: "2026-11-02"
problem:
  headline: Invoices wait 9 days for approval, and late fees cost us $1.4M a year
  points:
    - Approvals sit in email inboxes for 6 of those 9 days
    - Finance chases approvers by hand
  evidence: AP ledger, FY26
impact:
  headline: Faster approvals cut late fees by $1M in FY27
  outcomes:
    - area: cost
      statement: "-$1M late fees in FY27"
    - area: retention
      statement: "+2 pts supplier retention"
metrics:
  headline: Days to approve must fall from 9 to 4 by Q2 FY27
  items:
    - name: Days to approve
      unit: days
      baseline: 9
      current: 8
      target: 4
      timeframe: by Q2 FY27
      higher_is_better: false
    - name: Invoices paid late
      unit: "%"
      baseline: 14
      target: 5
      timeframe: by Q3 FY27
      higher_is_better: false
tradeoffs:
  headline: Routing approvals in our AP tool wins on cost and speed
  options:
    - name: Keep email approvals
      summary: Status quo
      pros: [No build cost]
      cons: [Late fees continue]
    - name: Route approvals in the AP tool
      pros: [Approvals in a day]
      cons: [Needs a workflow setup]
      cost: $120k
      time: 1 quarter
      recommended: true
  notes: The sprint plan and FIN-1234 live in the team's tracker.
ask:
  headline: Approve $120k now so approvals take 4 days by Q2 FY27
  decision: Approve $120k and one squad to route approvals in the AP tool
  investment: $120k and 3 engineers for one quarter
  by: "2026-11-20"
  owner: Head of Finance Systems
"""

Row = tuple[str, str, str, int, int, str, str]
"""(rule, severity, field, line, column, message, fix) of one finding."""


# --------------------------------------------------------------------------------------------
# helpers


def replace_once(text: str, old: str, new: str) -> str:
    """``text`` with the one occurrence of ``old`` replaced (fails loudly if not exactly one)."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def edit(*changes: tuple[str, str]) -> str:
    """READY with each ``(old, new)`` replaced once."""
    text = READY
    for old, new in changes:
        text = replace_once(text, old, new)
    return text


def at(text: str, needle: str, offset: int = 0) -> tuple[int, int]:
    """1-based line and column where the unique ``needle`` starts, plus ``offset`` columns."""
    assert text.count(needle) == 1, f"{needle!r} occurs {text.count(needle)} times"
    start = text.index(needle)
    line = text.count("\n", 0, start) + 1
    return line, start - (text.rfind("\n", 0, start) + 1) + 1 + offset


def value_at(text: str, needle: str) -> tuple[int, int]:
    """Where the value of the ``key: value`` line starting with ``needle`` begins."""
    return at(text, needle, needle.index(": ") + 2)


def findings(tmp_path: Path, text: str, rule: str | None = None) -> list[Row]:
    """Check ``text`` as ``brief.yaml``; the findings (of one rule, if given) as rows."""
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    report = check_briefs([path])
    rows = [
        (f.name, f.severity, f.field, f.line, f.column, f.message, f.fix)
        for f in report.findings
        if rule is None or f.name == rule
    ]
    assert all(f.file == str(path) for f in report.findings)
    return rows


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), prog_name="cpo-deck")


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory holding ``ready.yaml`` (READY)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ready.yaml").write_text(READY, encoding="utf-8")
    return tmp_path


def files_in(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


# --------------------------------------------------------------------------------------------
# the registry


def test_rules_have_ids_in_deck_order_and_match_the_brief_model() -> None:
    assert [r.id for r in RULES] == [f"R{i:02d}" for i in range(1, 11)]
    assert tuple(r.name for r in RULES) == RULE_NAMES
    assert all(r.severity == "warning" and r.summary for r in RULES)


def test_the_ready_brief_has_no_findings(tmp_path: Path) -> None:
    assert findings(tmp_path, READY) == []


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_sample_passes_check_strict(sample: Path) -> None:
    report = check_briefs([sample])
    assert report.findings == [], "\n".join(f.render() for f in report.findings)
    assert report.passed(strict=True)


def test_the_starter_brief_passes_check_strict() -> None:
    report = check_briefs([ROOT / "templates" / "default" / "starter.yaml"])
    assert report.findings == [], "\n".join(f.render() for f in report.findings)


# --------------------------------------------------------------------------------------------
# R01 action-title

PROBLEM_EXAMPLE = '"6% of renewals fail, and we recover only 12% of them"'


def test_action_title_a_label_is_not_a_message(tmp_path: Path) -> None:
    old = "  headline: Invoices wait 9 days for approval, and late fees cost us $1.4M a year"
    text = edit((old, "  headline: Problem"))
    assert findings(tmp_path, text, "action-title") == [
        (
            "action-title",
            "warning",
            "problem.headline",
            *value_at(text, "  headline: Problem"),
            'problem.headline "Problem" is a label, not a message',
            f"state the slide's so-what in one sentence, e.g. {PROBLEM_EXAMPLE}",
        )
    ]


@pytest.mark.parametrize(
    ("headline", "example"),
    [
        ("Next steps", "Approve two squads now to start recovering revenue by Q2"),
        ("The ask", "Approve two squads now to start recovering revenue by Q2"),
        ("Recommendation.", "Approve two squads now to start recovering revenue by Q2"),
    ],
)
def test_action_title_labels_on_the_ask(tmp_path: Path, headline: str, example: str) -> None:
    old = "  headline: Approve $120k now so approvals take 4 days by Q2 FY27"
    text = edit((old, f"  headline: {headline}"))
    assert findings(tmp_path, text, "action-title") == [
        (
            "action-title",
            "warning",
            "ask.headline",
            *value_at(text, f"  headline: {headline}"),
            f'ask.headline "{headline}" is a label, not a message',
            f'state the slide\'s so-what in one sentence, e.g. "{example}"',
        )
    ]


def test_action_title_without_a_verb(tmp_path: Path) -> None:
    old = "  headline: Routing approvals in our AP tool wins on cost and speed"
    new = "  headline: Approval routing in our AP tool, cheaper and faster"
    text = edit((old, new))
    assert findings(tmp_path, text, "action-title") == [
        (
            "action-title",
            "warning",
            "tradeoffs.headline",
            *value_at(text, new),
            "tradeoffs.headline has no verb, so it reads as a label",
            "make it a sentence that states the so-what, e.g. "
            '"Building in-house recovers the most revenue and avoids a second vendor"',
        )
    ]


def test_action_title_longer_than_two_lines(tmp_path: Path) -> None:
    old = "  headline: Faster approvals cut late fees by $1M in FY27"
    headline = (
        "Faster approvals cut late fees by $1M in FY27 and free the finance team from "
        "chasing approvers by hand every week"
    )
    assert len(headline) == 113
    text = edit((old, f"  headline: {headline}"))
    assert findings(tmp_path, text, "action-title") == [
        (
            "action-title",
            "warning",
            "impact.headline",
            *value_at(text, f"  headline: {headline}"),
            "impact.headline is 113 characters, more than fits in two lines on the slide (110)",
            "cut 3 characters: one message, the detail in the content",
        )
    ]
    tuned = text.replace("title: Faster", "check: {title_chars: 120}\ntitle: Faster")
    assert findings(tmp_path, tuned, "action-title") == []


@pytest.mark.parametrize(
    ("section", "old", "new", "fix"),
    [
        (
            "problem",
            "  headline: Invoices wait 9 days for approval, and late fees cost us $1.4M a year",
            "  headline: Invoices wait for approval for days, and late fees pile up",
            f"put the size of the problem in the title, e.g. {PROBLEM_EXAMPLE}",
        ),
        (
            "impact",
            "  headline: Faster approvals cut late fees by $1M in FY27",
            "  headline: Faster approvals cut our late fees",
            'put the size of the prize in the title, e.g. "Smart retries recover $2.8M of ARR '
            'in FY27"',
        ),
    ],
)
def test_action_title_problem_and_impact_carry_a_number(
    tmp_path: Path, section: str, old: str, new: str, fix: str
) -> None:
    text = edit((old, new))
    assert findings(tmp_path, text, "action-title") == [
        (
            "action-title",
            "warning",
            f"{section}.headline",
            *value_at(text, new),
            f"{section}.headline has no number",
            fix,
        )
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Invoices wait nine days for approval",  # a number word is a number
        "Approval time ballooned to 9 days this year",  # a past tense not in the word list
        "Late fees are 4% of what we pay suppliers",
        "Half of our invoices are paid late",
    ],
)
def test_action_title_passes_real_sentences(tmp_path: Path, headline: str) -> None:
    old = "  headline: Invoices wait 9 days for approval, and late fees cost us $1.4M a year"
    assert findings(tmp_path, edit((old, f"  headline: {headline}")), "action-title") == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Onboarding time balloons to 18 days", True),
        ("Checkout conversion trails peers by 4 pts", True),
        ("We shipped it", True),
        ("Payment retry overview", False),
        ("Q3 metrics and next steps", False),
        ("Smart retries: $2.8M of ARR in FY27", False),
    ],
)
def test_has_verb(text: str, verb: bool) -> None:
    words = words_for("en")
    assert words is not None
    assert words.has_verb(text) is verb


# --------------------------------------------------------------------------------------------
# R02 evidence


def test_evidence_missing(tmp_path: Path) -> None:
    text = edit(
        (
            "    - Approvals sit in email inboxes for 6 of those 9 days\n",
            "    - Approvals sit in email inboxes\n",
        ),
        ("  evidence: AP ledger, FY26\n", ""),
    )
    assert findings(tmp_path, text, "evidence") == [
        (
            "evidence",
            "warning",
            "problem",
            *at(text, "problem:"),
            "problem cites no evidence: no evidence field and no number in the points",
            'add evidence: the data source or a customer quote, e.g. "Billing ledger, FY26: '
            '38,400 failed renewals"',
        )
    ]


@pytest.mark.parametrize(
    "changes",
    [
        [("  evidence: AP ledger, FY26\n", "")],  # a number in the points is evidence
        [  # the evidence field is evidence
            (
                "    - Approvals sit in email inboxes for 6 of those 9 days\n",
                "    - Approvals sit in email inboxes\n",
            )
        ],
    ],
)
def test_evidence_present(tmp_path: Path, changes: list[tuple[str, str]]) -> None:
    assert findings(tmp_path, edit(*changes), "evidence") == []


# --------------------------------------------------------------------------------------------
# R03 business-outcome


def test_business_outcome_no_core_area(tmp_path: Path) -> None:
    text = edit(
        ("    - area: cost", "    - area: risk"), ("    - area: retention", "    - area: strategy")
    )
    assert findings(tmp_path, text, "business-outcome") == [
        (
            "business-outcome",
            "warning",
            "impact.outcomes",
            *at(text, "  outcomes:", 2),
            "impact.outcomes names no revenue, retention, growth, margin or cost outcome",
            'add the outcome the business counts, e.g. area: revenue, statement: "+$1.2M ARR '
            'in FY27"',
        )
    ]


def test_business_outcome_not_quantified(tmp_path: Path) -> None:
    new = "      statement: Happier suppliers"
    text = edit(('      statement: "+2 pts supplier retention"', new))
    assert findings(tmp_path, text, "business-outcome") == [
        (
            "business-outcome",
            "warning",
            "impact.outcomes[1].statement",
            *value_at(text, new),
            "impact.outcomes[1].statement has no number",
            'quantify it: an amount, a percentage or a count, e.g. "-30% support tickets in FY27"',
        )
    ]


def test_business_outcome_one_core_area_is_enough(tmp_path: Path) -> None:
    text = edit(("    - area: retention", "    - area: risk"))
    assert findings(tmp_path, text, "business-outcome") == []


# --------------------------------------------------------------------------------------------
# R04 smart-metric


def test_smart_metric_no_timeframe_is_the_issue_example(work: Path) -> None:
    text = edit(("      timeframe: by Q3 FY27\n", ""))
    (work / "brief.yaml").write_text(text, encoding="utf-8")
    line, column = at(text, "- name: Invoices paid late", 2)
    result = run("check", "brief.yaml")
    assert result.exit_code == 0
    assert result.stdout == (
        f"brief.yaml:{line}:{column}: warning R04 smart-metric: metrics.items[1] has no "
        'timeframe; say when the target is due, e.g. "by Q4 FY27" '
        "(disable: check: {disable: [smart-metric]} in the brief)\n"
        "0 errors, 1 warning in 1 brief: ready\n"
    )


def test_smart_metric_target_the_wrong_way_is_an_error(tmp_path: Path) -> None:
    text = edit(("      target: 5\n", "      target: 20\n"))
    assert findings(tmp_path, text, "smart-metric") == [
        (
            "smart-metric",
            "error",
            "metrics.items[1].target",
            *value_at(text, "      target: 20"),
            "metrics.items[1].target 20% is above the baseline 14%, but lower is better: "
            "the deck would show the goal as a step backwards",
            "fix the target or the baseline, or set higher_is_better: true",
        )
    ]


def test_smart_metric_higher_is_better_target_below_baseline(tmp_path: Path) -> None:
    text = edit(
        (
            "      timeframe: by Q3 FY27\n      higher_is_better: false\n",
            "      timeframe: by Q3 FY27\n",
        )
    )
    assert findings(tmp_path, text, "smart-metric") == [
        (
            "smart-metric",
            "error",
            "metrics.items[1].target",
            *value_at(text, "      target: 5"),
            "metrics.items[1].target 5% is below the baseline 14%, but higher is better: "
            "the deck would show the goal as a step backwards",
            "fix the target or the baseline, or set higher_is_better: false",
        )
    ]


def test_smart_metric_no_change(tmp_path: Path) -> None:
    text = edit(("      target: 5\n", "      target: 14\n"))
    assert findings(tmp_path, text, "smart-metric") == [
        (
            "smart-metric",
            "warning",
            "metrics.items[1].target",
            *value_at(text, "      target: 14"),
            "metrics.items[1].target equals the baseline (14%): no change is promised",
            "set the level you commit to; for a guardrail, name the limit it must stay within",
        )
    ]


def test_smart_metric_primary_without_history_or_current(tmp_path: Path) -> None:
    text = edit(("      current: 8\n", ""))
    assert findings(tmp_path, text, "smart-metric") == [
        (
            "smart-metric",
            "warning",
            "metrics.items[0]",
            *at(text, "- name: Days to approve", 2),
            "metrics.items[0] is charted but has neither history nor a current value",
            "add current: or a few history: points, so the chart shows where we are today",
        )
    ]


def test_smart_metric_history_is_enough_and_only_the_primary_is_charted(tmp_path: Path) -> None:
    text = edit(
        (
            "      current: 8\n",
            "      history:\n"
            "        - {label: Q3 FY26, value: 10}\n"
            "        - {label: Q4 FY26, value: 9}\n",
        )
    )
    assert findings(tmp_path, text, "smart-metric") == []  # items[1] has no current: fine


# --------------------------------------------------------------------------------------------
# R05 options


def test_options_none_recommended_is_an_error(tmp_path: Path) -> None:
    text = edit(("      recommended: true\n", ""))
    assert findings(tmp_path, text, "options") == [
        (
            "options",
            "error",
            "tradeoffs.options",
            *at(text, "  options:", 2),
            "tradeoffs.options recommends no option",
            "mark the option you propose with recommended: true",
        )
    ]


def test_options_two_recommended_is_an_error(tmp_path: Path) -> None:
    text = edit(
        ("      summary: Status quo\n", "      summary: Status quo\n      recommended: TRUE\n")
    )
    assert findings(tmp_path, text, "options") == [
        (
            "options",
            "error",
            "tradeoffs.options[1].recommended",
            *value_at(text, "      recommended: true"),
            "tradeoffs.options[1] is a second recommended option (after tradeoffs.options[0])",
            "recommend one option: keep recommended: true on one only",
        )
    ]


def test_options_no_status_quo(tmp_path: Path) -> None:
    text = edit(
        ("    - name: Keep email approvals", "    - name: Hire two AP clerks"),
        ("      summary: Status quo", "      summary: More people to chase approvals"),
    )
    assert findings(tmp_path, text, "options") == [
        (
            "options",
            "warning",
            "tradeoffs.options",
            *at(text, "  options:", 2),
            "tradeoffs.options has no status quo or do-nothing option",
            "add it (e.g. name: Keep today's process, summary: Status quo), so the cost of "
            "waiting is on the table",
        )
    ]


@pytest.mark.parametrize(
    ("name", "summary"),
    [
        ("Do nothing", "Approvals stay in email"),
        ("Email approvals", "Approvals stay as is"),
        ("Wait a year", "Revisit in FY28"),
    ],
)
def test_options_status_quo_in_other_words(tmp_path: Path, name: str, summary: str) -> None:
    text = edit(
        ("    - name: Keep email approvals", f"    - name: {name}"),
        ("      summary: Status quo", f"      summary: {summary}"),
    )
    assert findings(tmp_path, text, "options") == []


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ([("      cons: [Late fees continue]\n", "")], "cons"),
        ([("      pros: [No build cost]\n", "")], "pros"),
        (
            [("      pros: [No build cost]\n      cons: [Late fees continue]\n", "")],
            "pros or cons",
        ),
    ],
)
def test_options_every_option_has_a_pro_and_a_con(
    tmp_path: Path, changes: list[tuple[str, str]], missing: str
) -> None:
    text = edit(*changes)
    assert findings(tmp_path, text, "options") == [
        (
            "options",
            "warning",
            "tradeoffs.options[0]",
            *at(text, "- name: Keep email approvals", 2),
            f"tradeoffs.options[0] (Keep email approvals) has no {missing}",
            "give every option at least one pro and one con, so the choice looks weighed",
        )
    ]


# --------------------------------------------------------------------------------------------
# R06 feasibility

FEASIBILITY_FIX = (
    'say what it costs and how long it takes, e.g. cost: "$600k one-time", time: 2 quarters'
)


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ([("      cost: $120k\n", "")], "cost"),
        ([("      time: 1 quarter\n", "")], "time"),
        ([("      cost: $120k\n      time: 1 quarter\n", "")], "cost or time"),
    ],
)
def test_feasibility_recommended_option_has_cost_and_time(
    tmp_path: Path, changes: list[tuple[str, str]], missing: str
) -> None:
    text = edit(*changes)
    assert findings(tmp_path, text, "feasibility") == [
        (
            "feasibility",
            "warning",
            "tradeoffs.options[1]",
            *at(text, "- name: Route approvals in the AP tool", 2),
            f"tradeoffs.options[1] (Route approvals in the AP tool) is recommended but has no "
            f"{missing}",
            FEASIBILITY_FIX,
        )
    ]


def test_feasibility_ask_has_an_investment(tmp_path: Path) -> None:
    text = edit(("  investment: $120k and 3 engineers for one quarter\n", ""))
    assert findings(tmp_path, text, "feasibility") == [
        (
            "feasibility",
            "warning",
            "ask",
            *at(text, "ask:"),
            "ask has no investment",
            'say what you need in money and people, e.g. investment: "$600k and 8 engineers '
            'for two quarters"',
        )
    ]


def test_feasibility_options_not_recommended_need_no_cost(tmp_path: Path) -> None:
    assert "cost:" not in READY.split("- name: Route")[0].split("options:")[1]
    assert findings(tmp_path, READY, "feasibility") == []


# --------------------------------------------------------------------------------------------
# R07 clear-ask


def test_clear_ask_decision_starts_with_a_verb_to_say_yes_to(tmp_path: Path) -> None:
    old = "  decision: Approve $120k and one squad to route approvals in the AP tool"
    new = "  decision: We would like $120k and one squad to route approvals"
    text = edit((old, new))
    assert findings(tmp_path, text, "clear-ask") == [
        (
            "clear-ask",
            "warning",
            "ask.decision",
            *value_at(text, new),
            'ask.decision starts with "We", not a decision to say yes to',
            "start with the verb you need (approve, fund, choose, decide, agree, staff, ...), "
            'e.g. "Approve two squads and $600k for H1 FY27"',
        )
    ]


@pytest.mark.parametrize(
    "start", ["Fund", "Choose", "Decide whether to", "Agree to", "Staff", "Green-light"]
)
def test_clear_ask_decision_verbs(tmp_path: Path, start: str) -> None:
    old = "  decision: Approve $120k"
    assert findings(tmp_path, edit((old, f"  decision: {start} $120k")), "clear-ask") == []


@pytest.mark.parametrize(
    ("line", "message", "fix"),
    [
        (
            '  by: "2026-11-20"\n',
            "ask has no deadline (by)",
            'add by: the date you need the decision, e.g. by: "2026-12-15"',
        ),
        (
            "  owner: Head of Finance Systems\n",
            "ask has no owner",
            "add owner: the one person accountable, e.g. owner: Head of Payments",
        ),
    ],
)
def test_clear_ask_by_and_owner(tmp_path: Path, line: str, message: str, fix: str) -> None:
    text = edit((line, ""))
    assert findings(tmp_path, text, "clear-ask") == [
        ("clear-ask", "warning", "ask", *at(text, "ask:"), message, fix)
    ]


def test_clear_ask_by_before_the_date_is_an_error(tmp_path: Path) -> None:
    text = edit(('  by: "2026-11-20"', '  by: "2026-10-30"'))
    assert findings(tmp_path, text, "clear-ask") == [
        (
            "clear-ask",
            "error",
            "ask.by",
            *value_at(text, '  by: "2026-10-30"'),
            "ask.by 2026-10-30 is before the brief's date 2026-11-02",
            "a decision cannot be due before the meeting; set by: on or after 2026-11-02",
        )
    ]


@pytest.mark.parametrize(
    "by", ['"2026-11-02"', "2026-11-20", "end of November", "20 November 2026", "Nov 20, 2026"]
)
def test_clear_ask_by_on_or_after_the_date_or_not_a_date(tmp_path: Path, by: str) -> None:
    text = edit(('  by: "2026-11-20"', f"  by: {by}"))
    assert findings(tmp_path, text, "clear-ask") == []


def test_clear_ask_dates_in_words_are_compared(tmp_path: Path) -> None:
    text = edit(('  by: "2026-11-20"', "  by: 1 October 2026"))
    assert [row[1:3] for row in findings(tmp_path, text, "clear-ask")] == [("error", "ask.by")]


# --------------------------------------------------------------------------------------------
# R08 brevity

LONG_POINTS = [
    "Approvers see invoices only in email, among hundreds of other messages every day",
    "Finance chases approvers by hand, one reminder at a time, across four regions",
    "Suppliers call us to ask where their money is, which takes our team hours each week",
    "Late fees are charged automatically by our largest suppliers after thirty days",
]


def test_brevity_slide_over_budget_shows_the_count(tmp_path: Path) -> None:
    old = "    - Finance chases approvers by hand\n"
    text = edit((old, "".join(f"    - {p}\n" for p in LONG_POINTS)))
    assert findings(tmp_path, text, "brevity") == [
        (
            "brevity",
            "warning",
            "problem",
            *at(text, "problem:"),
            "the problem slide shows 82 words; the budget is 80",
            "cut 2 words: keep what carries the message and move the rest to the notes",
        )
    ]
    # headline 14 + points 11 + 13 + 13 + 16 + 12 + evidence 3; notes never count
    with_notes = text.replace("  evidence: AP", "  notes: " + "word " * 300 + "\n  evidence: AP")
    assert [r[5] for r in findings(tmp_path, with_notes, "brevity")] == [
        "the problem slide shows 82 words; the budget is 80"
    ]


def test_brevity_budgets_are_tunable_and_the_table_has_its_own(tmp_path: Path) -> None:
    # words: problem 33, impact 18, metrics 24, tradeoffs 39, ask 35
    text = READY.replace("title: Faster", "check: {brevity_words: 30}\ntitle: Faster")
    assert [(r[2], r[5]) for r in findings(tmp_path, text, "brevity")] == [
        ("problem", "the problem slide shows 33 words; the budget is 30"),
        ("ask", "the ask slide shows 35 words; the budget is 30"),
    ]
    text = edit(
        ("title: Faster", "check: {table_words: 40}\ntitle: Faster"),
        ("  notes: The sprint", "  not_doing: [Paper invoices]\n  notes: The sprint"),
    )
    assert findings(tmp_path, text, "brevity") == [
        (
            "brevity",
            "warning",
            "tradeoffs",
            *at(text, "tradeoffs:"),
            "the tradeoffs slide shows 41 words; the budget is 40",
            "cut 1 word: keep what carries the message and move the rest to the notes",
        )
    ]


def test_brevity_ready_brief_is_within_budget(tmp_path: Path) -> None:
    assert findings(tmp_path, READY, "brevity") == []


# --------------------------------------------------------------------------------------------
# R09 exec-language

STATS_FIX = 'say what it means for the business, e.g. "12% more trials convert"'


@pytest.mark.parametrize(
    ("old", "new", "field", "term", "what", "fix"),
    [
        (
            "    - Finance chases approvers by hand",
            "    - A pilot was statistically significant",
            "problem.points[1]",
            "statistically significant",
            "statistics jargon",
            STATS_FIX,
        ),
        (
            "    - Finance chases approvers by hand",
            "    - Reminders cut the wait by 2 days (p < 0.05)",
            "problem.points[1]",
            "p < 0.05",
            "statistics jargon",
            STATS_FIX,
        ),
        (
            "    - name: Route approvals in the AP tool",
            "    - name: Route approvals in the AP tool in two sprints",
            "tradeoffs.options[1].name",
            "sprints",
            "team process jargon",
            'say when it ships or what it takes, e.g. "by March" or "two engineers for six weeks"',
        ),
        (
            "      cons: [Needs a workflow setup]",
            "      cons: [Needs story points from the AP team]",
            "tradeoffs.options[1].cons[0]",
            "story points",
            "team process jargon",
            'say when it ships or what it takes, e.g. "by March" or "two engineers for six weeks"',
        ),
        (
            "  headline: Routing approvals in our AP tool wins on cost and speed",
            "  headline: Routing approvals in our AP tool (FIN-1234) wins on cost and speed",
            "tradeoffs.headline",
            "FIN-1234",
            "a ticket id",
            "say what the work delivers for the business, not its ticket",
        ),
    ],
)
def test_exec_language_flags_team_jargon(
    tmp_path: Path, old: str, new: str, field: str, term: str, what: str, fix: str
) -> None:
    text = edit((old, new))
    line, _ = at(text, new)
    rows = findings(tmp_path, text, "exec-language")
    assert [(r[2], r[3], r[5], r[6]) for r in rows] == [
        (field, line, f'{field} says "{term}", {what}', fix)
    ]


def test_exec_language_code_names_from_the_brief(tmp_path: Path) -> None:
    text = edit(
        ("title: Faster invoice approvals", "title: Project Falcon\ncheck: {jargon: [Falcon]}")
    )
    assert findings(tmp_path, text, "exec-language") == [
        (
            "exec-language",
            "warning",
            "title",
            *value_at(text, "title: Project Falcon"),
            'title says "Falcon", an internal code name',
            'call it what it is, e.g. "the new checkout", and what it does for the business',
        )
    ]


@pytest.mark.parametrize(
    "point",
    [
        "Suppliers sprinting to chase payments call us daily",  # not "sprint"
        "The COVID-19 backlog of paper invoices is gone",  # "backlog" is jargon; see below
        "ISO-27001 audits need signed approvals",
    ],
)
def test_exec_language_is_not_fooled(tmp_path: Path, point: str) -> None:
    text = edit(("    - Finance chases approvers by hand", f"    - {point}"))
    terms = [r[5] for r in findings(tmp_path, text, "exec-language")]
    expected = (
        ['problem.points[1] says "backlog", team process jargon'] if "backlog" in point else []
    )
    assert terms == expected


def test_exec_language_ignores_notes(tmp_path: Path) -> None:
    assert "sprint" in READY and "FIN-1234" in READY  # in tradeoffs.notes
    assert findings(tmp_path, READY, "exec-language") == []


# --------------------------------------------------------------------------------------------
# switching rules off and tuning, per brief and per pack


@pytest.mark.parametrize("name", ["smart-metric", "R04"])
def test_disable_per_brief(tmp_path: Path, name: str) -> None:
    text = edit(
        ("      timeframe: by Q3 FY27\n", ""),
        ("title: Faster", f"check: {{disable: [{name}]}}\ntitle: Faster"),
    )
    assert findings(tmp_path, text) == []


def test_unknown_rule_in_the_brief_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    text = READY + "check:\n  disable: [exec-langauge]\n"
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        check_briefs([path])
    line, column = at(text, "exec-langauge")
    assert caught.value.render() == (
        f"{path}:{line}:{column}: check.disable[0]: unknown rule 'exec-langauge'; did you mean "
        f"'exec-language'?\n{path}: not valid (1 problem)"
    )


def test_unknown_check_key_in_the_brief(tmp_path: Path) -> None:
    path = tmp_path / "brief.yaml"
    path.write_text(READY + "check:\n  disabel: [brevity]\n", encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        check_briefs([path])
    assert "unknown key 'disabel' in check; did you mean 'disable'?" in caught.value.render()


def write_pack(folder: Path, check: str) -> Path:
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        f"name: team\nextends: default\nlabels:\n  problem: Why now\ncheck:\n{check}",
        encoding="utf-8",
    )
    return folder


def test_disable_and_jargon_per_pack(tmp_path: Path) -> None:
    write_pack(tmp_path / "team", "  disable: [smart-metric]\n  jargon: [Falcon]\n")
    text = edit(
        ("      timeframe: by Q3 FY27\n", ""),
        ("title: Faster invoice approvals", "title: Falcon\ntemplate: team"),
    )
    rows = findings(tmp_path, text)
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("exec-language", "title", 'title says "Falcon", an internal code name')
    ]


def test_pack_labels_count_as_labels(tmp_path: Path) -> None:
    write_pack(tmp_path / "team", "  disable: []\n")
    old = "  headline: Invoices wait 9 days for approval, and late fees cost us $1.4M a year"
    text = edit((old, "  headline: Why now?"), ("title: Faster", "template: team\ntitle: Faster"))
    assert [r[5] for r in findings(tmp_path, text, "action-title")] == [
        'problem.headline "Why now?" is a label, not a message'
    ]


def test_brief_settings_override_the_pack(tmp_path: Path) -> None:
    write_pack(tmp_path / "team", "  brevity_words: 20\n  jargon: [Falcon]\n")
    text = edit(
        ("title: Faster invoice approvals", "title: Falcon\ntemplate: team"),
        ("presenter:", "check: {brevity_words: 90, disable: [exec-language]}\npresenter:"),
    )
    assert findings(tmp_path, text) == []
    assert [r[2] for r in findings(tmp_path, text.replace("brevity_words: 90, ", ""))] == [
        "problem",
        "metrics",
        "ask",
    ]


def test_unknown_rule_in_a_pack_is_a_pack_error(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "team", "  disable: [brevty]\n")
    text = edit(("title: Faster", "template: team\ntitle: Faster"))
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as caught:
        check_briefs([path])
    assert (
        f"{pack / 'pack.yaml'}:6:13: check.disable[0]: unknown rule 'brevty'; "
        "did you mean 'brevity'?" in caught.value.render()
    )


# --------------------------------------------------------------------------------------------
# the command line


def test_check_text_output_and_exit_codes(work: Path) -> None:
    (work / "draft.yaml").write_text(
        edit(("      timeframe: by Q3 FY27\n", ""), ('  by: "2026-11-20"', '  by: "2026-10-30"')),
        encoding="utf-8",
    )
    result = run("check", "draft.yaml")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert re.fullmatch(r"draft\.yaml:\d+:7: warning R04 smart-metric: .*", lines[0])
    assert re.fullmatch(r"draft\.yaml:\d+:7: error R07 clear-ask: ask\.by .*", lines[1])
    assert lines[1].endswith("(disable: check: {disable: [clear-ask]} in the brief)")
    assert lines[2] == "1 error, 1 warning in 1 brief: not ready"
    assert result.stderr == ""


def test_check_ready_brief_exits_0_even_strict(work: Path) -> None:
    for args in (["check", "ready.yaml"], ["check", "--strict", "ready.yaml"]):
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert result.stdout == "0 errors, 0 warnings in 1 brief: ready\n"


def test_check_strict_fails_on_warnings(work: Path) -> None:
    (work / "draft.yaml").write_text(edit(("      timeframe: by Q3 FY27\n", "")), encoding="utf-8")
    assert run("check", "draft.yaml").exit_code == 0
    strict = run("check", "draft.yaml", "ready.yaml", "--strict")
    assert strict.exit_code == 1
    assert strict.stdout.endswith("0 errors, 1 warning in 2 briefs: not ready\n")


def test_check_json_lists_findings_with_every_field(work: Path) -> None:
    text = edit(("      timeframe: by Q3 FY27\n", ""))
    (work / "draft.yaml").write_text(text, encoding="utf-8")
    result = run("check", "draft.yaml", "ready.yaml", "--format", "json")
    assert result.exit_code == 0
    line, column = at(text, "- name: Invoices paid late", 2)
    assert json.loads(result.stdout) == [
        {
            "rule": "R04",
            "name": "smart-metric",
            "severity": "warning",
            "field": "metrics.items[1]",
            "file": "draft.yaml",
            "line": line,
            "column": column,
            "message": "metrics.items[1] has no timeframe",
            "fix": 'say when the target is due, e.g. "by Q4 FY27"',
        }
    ]
    assert list(json.loads(result.stdout)[0]) == [
        "rule",
        "name",
        "severity",
        "field",
        "file",
        "line",
        "column",
        "message",
        "fix",
    ]
    strict = run("check", "draft.yaml", "--format", "json", "--strict")
    assert strict.exit_code == 1
    clean = run("check", "ready.yaml", "--format", "json")
    assert (clean.exit_code, clean.stdout) == (0, "[]\n")


def test_check_reports_schema_errors_like_build(work: Path) -> None:
    (work / "bad.yaml").write_text(
        READY.replace("      target: 5\n", "      target: .nan\n"), encoding="utf-8"
    )
    line, _ = at(READY, "      target: 5\n")
    result = run("check", "bad.yaml")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"bad.yaml:{line}:15: metrics.items[1].target: must be a number like 12 or 3.5, not "
        "'.nan'\nbad.yaml: not valid (1 problem)\n"
    )
    batch = run("check", "ready.yaml", "bad.yaml", "--format", "json")
    assert batch.exit_code == 1
    assert batch.stdout == ""
    assert batch.stderr.endswith("1 of 2 briefs not valid\n")


def test_check_help_has_an_example() -> None:
    result = run("check", "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and "--strict" in result.stdout


def test_every_sample_passes_the_cli_strict() -> None:
    result = run("check", "--strict", *map(str, SAMPLES))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"0 errors, 0 warnings in {len(SAMPLES)} briefs: ready\n"


# --------------------------------------------------------------------------------------------
# build runs the same rules


def test_build_prints_findings_and_builds_anyway(work: Path) -> None:
    (work / "draft.yaml").write_text(edit(("      timeframe: by Q3 FY27\n", "")), encoding="utf-8")
    result = run("build", "draft.yaml")
    assert result.exit_code == 0, result.output
    assert result.stdout == "wrote draft.pptx (5 slides)\n"
    lines = [line for line in result.stderr.splitlines() if not line.startswith("warning: ")]
    assert len(lines) == 2  # (lines starting "warning: " are about fitting text, not readiness)
    assert lines[0].startswith("draft.yaml:") and " warning R04 smart-metric: " in lines[0]
    assert lines[1] == "0 errors, 1 warning in 1 brief; built anyway (build --strict refuses to)"
    assert (work / "draft.pptx").is_file()


def test_build_strict_fails_a_brief_with_findings_and_builds_the_ready_one(work: Path) -> None:
    (work / "draft.yaml").write_text(edit(("      timeframe: by Q3 FY27\n", "")), encoding="utf-8")
    result = run("build", "--strict", "draft.yaml", "ready.yaml", "-o", "decks/")
    assert result.exit_code == 1
    assert result.stdout == f"wrote {Path('decks') / 'ready.pptx'} (5 slides)\n"
    lines = result.stderr.splitlines()
    assert " warning R04 smart-metric: metrics.items[1] has no timeframe" in lines[0]
    assert lines[1] == "0 errors, 1 warning in 1 brief; --strict: no deck written"
    assert lines[-1] == "2 briefs: 1 built, 1 failed, 0 warnings"
    assert files_in(work) == ["decks", "decks/ready.pptx", "draft.yaml", "ready.yaml"]


def test_build_strict_refuses_a_lone_brief_with_findings(work: Path) -> None:
    (work / "draft.yaml").write_text(edit(("      timeframe: by Q3 FY27\n", "")), encoding="utf-8")
    result = run("build", "--strict", "draft.yaml")
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert " warning R04 smart-metric: " in lines[0]
    assert lines[-1] == "0 errors, 1 warning in 1 brief; --strict: no deck written"
    assert files_in(work) == ["draft.yaml", "ready.yaml"]


def test_build_strict_builds_a_ready_brief(work: Path) -> None:
    result = run("build", "--strict", "ready.yaml")
    assert result.exit_code == 0, result.output
    assert result.stdout == "wrote ready.pptx (5 slides)\n"
    assert " R0" not in result.stderr


def test_build_reports_schema_errors_not_findings(work: Path) -> None:
    text = edit(("      timeframe: by Q3 FY27\n", "")).replace(
        "      target: 5\n", "      target: x\n"
    )
    (work / "bad.yaml").write_text(text, encoding="utf-8")
    result = run("build", "--strict", "bad.yaml")
    assert result.exit_code == 1
    assert "R04" not in result.stderr
    assert result.stderr.endswith("bad.yaml: not valid (1 problem)\n")


# --------------------------------------------------------------------------------------------
# docs


def test_every_rule_is_documented() -> None:
    rules_md = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"## {rule.id} `{rule.name}`" in rules_md
        assert f"`{rule.id}` `{rule.name}`" in readme or f"{rule.id} | `{rule.name}`" in readme
    assert rules_md.count("Good:") >= len(RULES) and rules_md.count("Bad:") >= len(RULES)


def test_finding_render_is_one_line() -> None:
    finding = Finding(
        "R04", "smart-metric", "warning", "metrics.items[1]", "b.yaml", 3, 7, "m", "f"
    )
    assert finding.render() == (
        "b.yaml:3:7: warning R04 smart-metric: m; f (disable: check: {disable: [smart-metric]} "
        "in the brief)"
    )


# --------------------------------------------------------------------------------------------
# R10 decimal-comma

POINTS = (
    "  points:\n"
    "    - Approvals sit in email inboxes for 6 of those 9 days\n"
    "    - Finance chases approvers by hand\n"
)


def _points(line: str) -> str:
    """READY with its problem points written as ``line``."""
    assert POINTS in READY
    return READY.replace(POINTS, line)


def test_r10_finds_a_list_item_split_at_a_decimal_comma(tmp_path: Path) -> None:
    """An unquoted "2,9" in a [...] list is two items; the finding points at the first half
    and gives the item as it was meant, quoted."""
    text = _points('  points: [Gebühr von 2,9 % pro Zahlung, Launch 2026, 2027 plan, "3,5 %"]\n')
    rows = findings(tmp_path, text, "decimal-comma")
    assert len(rows) == 1, rows
    _name, severity, field, line, column, message, fix = rows[0]
    assert (severity, field) == ("warning", "problem.points[0]")
    assert (line, column) == at(text, "Gebühr von 2")
    assert '"Gebühr von 2" and "9 % pro Zahlung" as two items' in message
    assert fix.startswith('quote the item: "Gebühr von 2,9 % pro Zahlung"')


@pytest.mark.parametrize(
    "points",
    [
        '  points: ["Gebühr von 2,9 % pro Zahlung", Zweiter Punkt]\n',  # quoted
        "  points:\n    - Gebühr von 2,9 % pro Zahlung\n",  # one item per line
        "  points: [Launch in 2026, 2027 plan]\n",  # a space after the comma: two items meant
    ],
)
def test_r10_leaves_quoted_block_and_spaced_lists_alone(tmp_path: Path, points: str) -> None:
    assert findings(tmp_path, _points(points), "decimal-comma") == []


def test_r10_can_be_disabled_and_build_shows_it(tmp_path: Path) -> None:
    text = _points("  points: [Fee of 2,9 % a payment]\n")
    brief = tmp_path / "brief.yaml"
    brief.write_text(text, encoding="utf-8")
    built = run("build", str(brief), "-o", str(tmp_path / "deck.pptx"))
    assert built.exit_code == 0, built.output
    assert "R10 decimal-comma" in built.output
    for name in ("decimal-comma", "R10"):
        brief.write_text(text + f"check: {{disable: [{name}]}}\n", encoding="utf-8")
        result = run("check", str(brief))
        assert "R10" not in result.output and "decimal-comma" not in result.output


def test_a_list_made_too_long_by_a_split_says_so(tmp_path: Path) -> None:
    """Split at a decimal comma, five points become six: the validation error says why."""
    five = ", ".join(["Fee of 2,9 % a payment", "b", "c", "d"])
    brief = tmp_path / "brief.yaml"
    brief.write_text(_points(f"  points: [{five}, e]\n"), encoding="utf-8")
    result = run("check", str(brief))
    assert result.exit_code == 1
    assert "problem.points: has 6 items; at most 5 are allowed: remove 1" in result.output
    assert 'quote "Fee of 2,9 % a payment" if it is one item' in result.output
