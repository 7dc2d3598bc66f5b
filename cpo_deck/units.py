"""What stands around a number in the built-in languages: scales, currencies and units.

Two rules read numbers with these words: the large-number rule (a statement that leads with
``+2,8 Mio. €`` or ``1 234,5 €`` shows it large; :func:`cpo_deck.formatting.split_leading_number`)
and the line-break rule (a number is never parted from its unit; :mod:`cpo_deck.measure`).
A new language adds its words here.
"""

from __future__ import annotations


def alternation(words: tuple[str, ...]) -> str:
    """``words`` as one regex alternation, longest first (so ``Mio.`` wins over ``M``)."""
    return "|".join(sorted(words, key=len, reverse=True))


SCALES_SHORT = ("bn", "Bn", "mn", "Mn", "MM", "k", "K", "M", "B")
"""Scales written short, glued to the number or not (``2.8M``, ``4 k``)."""
SCALES = (
    "thousand",
    "million",
    "billion",
    "trillion",
    "Tsd\\.",
    "Mio\\.",
    "Mrd\\.",
    "Md\\.",
    "Mds",
    "Millionen",
    "Milliarden",
    "mil",
    "millions?",
    "milliards?",
    "millón",
    "millones",
    "mil millones",
    "milhão",
    "milhões",
    "bilhão",
    "bilhões",
    "mi",
    "bi",
    "milioni",
    "miliardi",
    "mln",
    "mld",
    "mrd",
    "miljoen",
    "miljard",
)
"""Scales written as words or abbreviations after a space (``4,2 Mio.``, ``2,8 millones``)."""
CJK_SCALES = "万億兆亿千"
"""Chinese and Japanese scales, written straight after the number (``2.8億``)."""
CURRENCY_SIGNS = "$€£¥₹"
LONG_CURRENCIES = ("US$", "R$", "A$", "C$", "HK$", "NZ$")
"""Currency symbols of several characters a metric's unit may be (``R$``: ``R$62``)."""
CURRENCY_BEFORE = ("US\\$", "A\\$", "C\\$", "R\\$", "CHF", "EUR", "USD", "GBP", "BRL")
"""Currencies written before a number, with or without a space (``R$ 2,8``, ``CHF 40``)."""
CURRENCY_AFTER = ("M€", "T€", "Md€", "k€", "€", "\\$", "£")
CURRENCY_WORDS = (
    "EUR",
    "USD",
    "CHF",
    "GBP",
    "BRL",
    "euros?",
    "d[oó]lares",
    "reais",
    "de €",
    "de euros",
    "d'euros",
    "di euro",
)
"""Currencies written after a number and a space (``2,8 millones de €``, ``40 EUR``)."""
CJK_CURRENCIES = ("円", "元", "人民币", "美元", "ドル")
POINTS = ("pp", "pts?", "bps", "Pkt\\.", "p\\.p\\.", "pb", "ptn", "pdb")
"""Percentage points and basis points, abbreviated."""
POINT_WORDS = (
    "points",
    "percentage points",
    "Prozentpunkte",
    "Punkte",
    "points de pourcentage",
    "puntos",
    "puntos porcentuales",
    "pontos",
    "pontos percentuais",
    "punti",
    "punti percentuali",
    "procentpunten",
    "procentpunt",
)
TIMES = (
    "days?",
    "weeks?",
    "months?",
    "quarters?",
    "years?",
    "hours?",
    "minutes?",
    "seconds?",
    "Tag",
    "Tage",
    "Tagen",
    "Woche",
    "Monat",
    "Quartal",
    "Jahr",
    "jour",
    "semaine",
    "an",
    "día",
    "semana",
    "mes",
    "año",
    "dia",
    "mês",
    "ano",
    "giorno",
    "settimana",
    "mese",
    "anno",
    "dag",
    "week",
    "maand",
    "Wochen",
    "Monate",
    "Monaten",
    "Quartale?",
    "Jahre",
    "Jahren",
    "Stunden",
    "jours",
    "semaines",
    "mois",
    "ans",
    "trimestres?",
    "heures",
    "días",
    "semanas",
    "meses",
    "años",
    "horas",
    "dias",
    "anos",
    "giorni",
    "settimane",
    "mesi",
    "anni",
    "trimestri",
    "ore",
    "dagen",
    "weken",
    "maanden",
    "jaar",
    "kwartalen",
    "uur",
)
"""Durations after a number and a space (``9 days``, ``3 Quartale``, ``2 settimane``)."""
CJK_UNITS = (
    "ポイント",
    "个百分点",
    "百分点",
    "日間",
    "日",
    "天",
    "週間",
    "周",
    "ヶ月",
    "か月",
    "个月",
    "四半期",
    "季度",
    "年",
    "件",
    "倍",
    "人",
)
"""Units written straight after a number in Japanese and Chinese (``1.6ポイント``, ``9日``)."""
