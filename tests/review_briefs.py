"""The briefs every design review and design test uses beside the samples: a sparse brief (only
required fields), a two-option brief, a German brief, a brief with 12 history points and five
metrics; and a corporate 4:3 pack with a logo, made the way a team makes one."""

from __future__ import annotations

from pathlib import Path

SPARSE = """\
title: Self-serve refunds
problem:
  headline: Refund tickets take 9 days to close
  points:
    - Support closes refunds by hand
impact:
  headline: Faster refunds keep $300k of revenue a year
  outcomes:
    - {area: revenue, statement: "$300k kept each year"}
metrics:
  headline: Refund time must fall from 9 days to 1
  items:
    - {name: Days to refund, unit: days, baseline: 9, target: 1, higher_is_better: false}
tradeoffs:
  headline: Building it in the portal is cheapest
  options:
    - {name: Keep today's process, pros: [No work], cons: [Slow refunds]}
    - {name: Build in the portal, recommended: true, pros: [Fast], cons: [Six weeks], cost: $80k}
ask:
  headline: Approve six weeks of one squad
  decision: Approve one squad for six weeks
"""

TWO_OPTIONS = """\
title: Annual billing for teams
subtitle: Q3 pricing review
presenter: Dana Lee, VP Product
date: 2026-12-03
problem:
  headline: 38% of team accounts churn within a year on monthly plans
  points:
    - Monthly team plans churn at 38% a year, annual ones at 11%
    - Finance cannot forecast cash past one quarter
  evidence: "Billing ledger FY26: 4,120 team accounts"
impact:
  headline: Annual plans add $1.2M ARR and cut churn by a third
  outcomes:
    - {area: revenue, statement: "+$1.2M ARR in FY27"}
    - {area: retention, statement: "12-month retention up from 62% to 75%"}
metrics:
  headline: Annual share of team plans must reach 40% by Q4
  items:
    - name: Annual share of team plans
      unit: "%"
      baseline: 12
      current: 18
      target: 40
      timeframe: by Q4 FY27
      history:
        - {label: Q1, value: 12}
        - {label: Q2, value: 14}
        - {label: Q3, value: 18}
    - {name: Team churn, unit: "%", baseline: 38, target: 25, higher_is_better: false}
tradeoffs:
  headline: A 15% annual discount wins over price increases
  options:
    - name: Raise monthly prices
      pros: [No engineering work]
      cons: [Churn rises further]
      cost: none
      time: 1 month
    - name: Annual plan at 15% off
      summary: Default to annual at checkout
      recommended: true
      pros: [Cash up front, Lower churn]
      cons: [15% less per seat]
      cost: $120k
      time: 1 quarter
ask:
  headline: Approve the annual plan for launch in Q1
  decision: Approve the annual team plan at 15% off for Q1 launch
  investment: $120k and one squad
  by: 2026-12-15
  owner: Head of Monetisation
  next_steps:
    - Pricing page copy by January 10
    - Billing changes in two sprints
    - Sales enablement before launch
"""

GERMAN = """\
title: Zahlungswiederholungen im Checkout
subtitle: Vorlage für die Geschäftsleitung
problem:
  headline: 6 % der Verlängerungen scheitern, wir holen nur 12 % davon zurück
  points:
    - Fehlgeschlagene Zahlungen kosten uns jährlich 4,2 Mio. € Umsatz
    - Unser Zahlungsanbieter wiederholt nur einmal, nach 24 Stunden
  evidence: "Abrechnungsbuch GJ26: 38.400 fehlgeschlagene Verlängerungen"
impact:
  headline: Intelligente Wiederholungen sichern 2,8 Mio. € Umsatz
  outcomes:
    - {area: revenue, statement: "+€4,2 Mio. zusätzlicher Umsatz im GJ27"}
    - {area: retention, statement: "Kündigungsquote sinkt um 1,5 Punkte"}
    - {area: cost, statement: "30 % weniger Supporttickets zu Zahlungen"}
metrics:
  headline: Die Rückholquote muss von 12 % auf 40 % steigen
  items:
    - {name: Rückholquote, unit: "%", baseline: 12, current: 15, target: 40, timeframe: bis Q2}
tradeoffs:
  headline: Eigenentwicklung holt am meisten zurück
  options:
    - {name: Status quo, pros: [Kein Aufwand], cons: [Verluste bleiben]}
    - {name: Eigenentwicklung, recommended: true, pros: [Volle Kontrolle], cons: [Zwei Teams]}
    - {name: Dienstleister, pros: [Schnell], cons: [Gebühren pro Transaktion]}
ask:
  headline: Genehmigen Sie zwei Teams für das erste Halbjahr
  decision: Genehmigen Sie zwei Teams und 600.000 € für H1 GJ27
  by: "2026-12-15"
"""


HISTORY = """\
title: Search relevance
presenter: Sam Ortiz, Director of Product
date: 2026-11-20
problem:
  headline: Shoppers who search convert less than those who browse
  points:
    - Search converts at 2.1%, browsing at 3.4%
    - One search in five returns nothing useful
    - Zero-result searches doubled since the catalogue grew
  evidence: "Search logs, Oct 2026: 1.8M sessions"
impact:
  headline: Better search is worth $5.4M a year in revenue
  outcomes:
    - {area: revenue, statement: "$5.4M more revenue a year"}
    - {area: growth, statement: "Conversion from search up to 3%"}
    - {area: cost, statement: "25% fewer 'can't find it' tickets"}
metrics:
  headline: Search conversion must reach 3% by the end of Q2
  items:
    - name: Search conversion
      unit: "%"
      baseline: 2.1
      current: 2.6
      target: 3
      timeframe: by end of Q2
      history:
        - {label: Jan, value: 2.1}
        - {label: Feb, value: 2.15}
        - {label: Mar, value: 2.2}
        - {label: Apr, value: 2.18}
        - {label: May, value: 2.25}
        - {label: Jun, value: 2.3}
        - {label: Jul, value: 2.35}
        - {label: Aug, value: 2.4}
        - {label: Sep, value: 2.42}
        - {label: Oct, value: 2.5}
        - {label: Nov, value: 2.55}
        - {label: Dec, value: 2.6}
    - {name: Zero-result searches, unit: "%", baseline: 20, target: 8, higher_is_better: false}
    - {name: Revenue from search, unit: "$", baseline: 5400, target: 9000, timeframe: per day}
    - {name: Search latency p95, unit: ms, baseline: 480, target: 250, higher_is_better: false}
    - name: Tickets about search
      unit: per week
      baseline: 310
      target: 230
      higher_is_better: false
tradeoffs:
  headline: Tuning our own engine beats buying one
  options:
    - {name: Keep as is, pros: [No cost], cons: [Gap stays]}
    - name: Tune our engine
      recommended: true
      pros: [Fast, Keeps data]
      cons: [Two quarters]
      cost: $400k
      time: 2 quarters
    - name: Buy a search vendor
      pros: [Proven]
      cons: [Migration]
      cost: $900k/yr
      time: 3 quarters
ask:
  headline: Approve two quarters of the search squad
  decision: Approve the search squad for two quarters
  investment: $400k
  by: 2026-12-10
  owner: Sam Ortiz
  next_steps:
    - Ranking experiments from January
    - Synonyms for the top 500 queries
"""


REVIEW = {
    "sparse": SPARSE,
    "two-options": TWO_OPTIONS,
    "german": GERMAN,
    "history": HISTORY,
}
"""The review briefs by name."""


def corporate_pack(work: Path) -> Path:
    """A corporate 4:3 pack made with ``template init --from-pptx``, with a logo added."""
    from click.testing import CliRunner
    from PIL import Image

    from cpo_deck.cli import cli

    from .corporate_fixtures import make_corporate

    source = make_corporate(work / "source")
    folder = work / "corp-pack"
    result = CliRunner().invoke(cli, ["template", "init", str(folder), "--from-pptx", str(source)])
    if result.exit_code:
        raise SystemExit(f"template init failed: {result.output}")
    Image.new("RGB", (300, 100), (169, 50, 38)).save(folder / "logo.png")
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "  logo: null", "  logo: {path: logo.png, corner: bottom-left, height: 0.4}", 1
    )
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    return folder
