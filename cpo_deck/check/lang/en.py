"""The English words the readiness rules read a brief with: verbs, number words, label-like
headlines, decision verbs, status-quo words and team jargon."""

from __future__ import annotations

import re

from ..words import Words, wordset

_NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|"
    r"half|halves?|halved|twice|double[sd]?|triple[sd]?|tripling|doubling|halving)\b",
    re.IGNORECASE,
)


# Verbs common in executive writing, base forms; inflections (-s, -es, -ed, -ing) are derived.
_VERBS = wordset(
    """
    accelerate accept achieve acquire add adopt affect agree allocate allow approve ask
    automate avoid back become beat begin block boost break bring build buy call cancel cap
    capture cause change choose churn clear close come commit complete consolidate convert
    cost cover create cut decide decline defer delay deliver depend destroy double drag drive
    drop earn eliminate enable end erode expand expect explain extend fail fall fill find
    finish fit fix follow force free fund gain generate get give go grow halve happen help
    hire hit hold hurt improve increase invest keep kill lag land launch lead leave let lift
    limit lose lower make matter mean meet migrate miss move need offer open outgrow outpace
    outperform overtake own pass pay pause pick prevent protect prove pull push put quadruple
    raise reach recover reduce remain remove replace require retain retire return reuse rise
    run save scale see sell send serve set shift ship show shrink sign slip slow solve spend
    staff stall stand start stay stop struggle succeed suffer support switch take tell top
    triple trim turn unblock unlock upgrade use wait want waste win work worsen yield
    abandon account balloon bleed climb compound contact crater demand deserve dip downgrade
    exceed hamper hinder hover jump leak match narrow outrun outsell plateau plunge prefer
    renew represent sit soar spike stagnate surge tank threaten trail widen
    """
)
_VERB_FORMS = wordset(
    """
    am is are was were be been being has have had do does did will would shall should can
    could may might must won't can't cannot isn't aren't wasn't weren't doesn't don't didn't
    hasn't haven't became began broke brought built bought came chose drove fell found got
    gave went gone grew grown held kept knew led left lost made meant met paid ran rose saw
    sold sent spent stood took taken told won shrank undercut
    """
)
_NOT_VERBS = wordset("need speed seed hundred bed red shed feed")


def _is_verb(word: str) -> bool:
    if word in _VERBS or word in _VERB_FORMS:
        return True
    for suffix, tail in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)] + tail
            if stem in _VERBS:
                return True
            if not tail and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in _VERBS:
                return True  # doubled consonant: shipped, cutting
    # Past tense and participles of verbs not listed: stalled, ballooned, worsened.
    return word.endswith("ed") and len(word) >= 5 and word not in _NOT_VERBS


def has_verb(text: str) -> bool:
    """Whether ``text`` has a word cpo-deck recognises as a verb (a heuristic, not a parser)."""
    words = re.findall(r"[a-z][a-z'’]*", text.lower().replace("’", "'"))
    return any(_is_verb(w) for w in words)


LABELS = frozenset(
    re.split(
        r"\s*\|\s*",
        """
    problem|the problem|problem statement|problems|background|context|overview|summary|
    executive summary|situation|impact|business impact|the impact|benefits|value|
    metrics|key metrics|success metrics|kpis|measures|results|data|trade offs|tradeoffs|
    options|the options|alternatives|options considered|recommendation|our recommendation|
    the ask|ask|our ask|decision|decision needed|decisions|next steps|plan|roadmap|timeline|
    risks|investment|budget|goals|objectives|strategy|proposal|conclusion|questions|agenda
    """.strip(),
    )
)


TITLE_EXAMPLES = {
    "problem": "6% of renewals fail, and we recover only 12% of them",
    "impact": "Smart retries recover $2.8M of ARR in FY27",
    "metrics": "Recovery rate must rise from 12% to 40% by Q2 FY27",
    "tradeoffs": "Building in-house recovers the most revenue and avoids a second vendor",
    "ask": "Approve two squads now to start recovering revenue by Q2",
}


STATUS_QUO = re.compile(
    r"\b(status[- ]quo|do[- ]nothing|nothing|as[- ]is|no change|unchanged|today'?s|current|"
    r"existing|stay|keep|continue|wait|defer|delay|postpone)\b",
    re.IGNORECASE,
)


DECISION_VERBS = wordset(
    """
    approve fund choose decide agree staff authorize authorise endorse back sponsor invest
    allocate commit confirm adopt select pick grant green-light greenlight sign accept ratify
    prioritize prioritise assign reassign hire move shift release launch build buy partner
    license acquire stop sunset retire pause cancel extend expand continue delay defer give
    """
)
"""Verbs a decision can start with: something a decision-maker can say yes to."""

JARGON = (
    (
        re.compile(
            r"\bstatistically significant\b|\bstatistical significance\b|\bstat[- ]?sig\b|"
            r"\bconfidence intervals?\b|\bt-tests?\b",
            re.IGNORECASE,
        ),
        "statistics",
    ),
    (
        re.compile(
            r"\bsprints?\b|\bstory points?\b|\bbacklog\b|\bepics\b|\bjira\b|\bburn-?downs?\b|"
            r"\bstand-?ups?\b",
            re.IGNORECASE,
        ),
        "process",
    ),
)


def _opens_decision(text: str) -> bool:
    first = re.sub(r"[^\w-]+$", "", text.split()[0]).lower() if text.split() else ""
    return first in DECISION_VERBS


WORDS = Words(
    name="English",
    has_verb=has_verb,
    number_words=_NUMBER_WORDS,
    labels=LABELS,
    opens_decision=_opens_decision,
    decision_verbs="approve, fund, choose, decide, agree, staff, ...",
    decision_example="Approve two squads and $600k for H1 FY27",
    status_quo=STATUS_QUO,
    status_quo_example="name: Keep today's process, summary: Status quo",
    jargon=JARGON,
    title_examples=TITLE_EXAMPLES,
)
