"""``cpo-deck check`` in German, French and Spanish: the words the readiness rules read a brief
with (verbs, number words, labels, decision openings, the status quo, jargon), and whole draft
briefs run through the CLI, each with the findings a product leader would circle and none where
the brief is ready.

The headlines and decisions are written the way board decks in each language write them; the
tricky ones are the point (German separable verbs and nouns that look like verbs, French and
Spanish forms that are nouns too: "la baisse", "la mejora").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cpo_deck import languages
from cpo_deck.check import words_for
from cpo_deck.check.words import Words, normal
from cpo_deck.cli import cli
from cpo_deck.packs import load_pack

from .conftest import ROOT

LANGUAGES = ("de", "fr", "es")
SECTIONS = ("problem", "impact", "metrics", "tradeoffs", "ask")


def words(language: str) -> Words:
    """The rules' words for ``language`` (every language here has them)."""
    found = words_for(language)
    assert found is not None, language
    return found


def cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    """``{language: [text, ...]}`` as ``(language, text)`` pairs for parametrize."""
    return [(language, text) for language, texts in table.items() for text in texts]


# --------------------------------------------------------------------------------------------
# R01: a verb in the headline

WITH_VERB = {
    "de": [
        "Jede dritte Verlängerung scheitert",
        "Wir verlieren 2,8 Mio. € ARR pro Jahr",
        "Intelligente Wiederholungen holen 2,8 Mio. € zurück",  # separable: holen ... zurück
        "Die Quote muss bis Q2 auf 40 % steigen",
        "Bis Q2 erreichen wir 40 % Rückgewinnung",  # verb before "wir"
        "Genehmigen Sie zwei Teams, damit wir ab Q2 Umsatz zurückholen",
        "Zwei Teams jetzt freigeben, um ab Q2 Umsatz zurückzugewinnen",  # infinitive style
        "Umsatz von 2,8 Mio. € zurückgewonnen",  # participle behind a separable prefix
        "Die Quote beträgt heute nur 12 %",  # be- + trägt
        "Der Churn schrumpft um 1,6 Punkte",  # not listed: a lower-case word in -t
        "Fehlgeschlagene Zahlungen stagnierten bei 12 %",  # -ieren verb, past tense
        "Abgelaufene Karten machen ein Drittel der Ausfälle aus",
        "Die Investition amortisiert sich im ersten Jahr",
        "Kunden kündigen nicht, ihre Karten laufen ab",
        "Der Anbieter ist schneller, kostet aber 400.000 € im Jahr",
        "Kartenaktualisierung zuerst ausrollen",
        "Bis Q2 GJ27 schließen wir die Lücke",
    ],
    "fr": [
        "Nous perdons 2,8 M€ d'ARR par an",
        "Les relances intelligentes récupèrent 2,8 M€ d'ARR",  # è of récupérer
        "Le taux doit passer de 12 % à 40 % d'ici le T2",
        "Un renouvellement sur trois échoue",
        "6 % des renouvellements échouent ; nous n’en récupérons que 12 %",
        "Développer en interne rapporte le plus et nous évite un second prestataire",
        "Le churn baisse de 1,6 point",  # "baisse" after a noun: a verb
        "Approuvez deux équipes dès maintenant",
        "Il faut agir avant le T2",
        "2,8 M€ récupérés dès 2027",  # a participle with a quantity
        "Chaque euro récupéré s’ajoute à la marge",  # s' + verb
        "Les échecs de paiement pèsent 10,4 M€ d'ARR",
        "Une relance sur trois aboutit",  # second group: about-it
        "L'outil externe serait plus rapide mais coûterait 400 k€ par an",
        "Le support ne voit presque jamais ces échecs",
        "Ce moteur, nous le pilotons en interne",  # a verb not listed, after "nous le"
        "Les clients qui boudent les relances",  # ... after "qui"
    ],
    "es": [
        "Perdemos 2,8 M€ de ARR al año",
        "Los reintentos inteligentes recuperan 2,8 M€ de ARR",
        "La tasa de recuperación debe subir del 12 % al 40 %",
        "Falla el 6 % de las renovaciones con tarjeta",  # verb first, before a determiner
        "Una de cada tres renovaciones falla",
        "Desarrollarlo internamente genera más ingresos",  # infinitive with a clitic
        "La tasa de recuperación es nuestro indicador clave y la presentaremos cada trimestre",
        "Se pierden 9 M€ de ARR cada año",
        "2,8 M€ recuperados en 2027",  # a participle with a quantity
        "El churn bruto bajó del 9,8 % al 8,2 %",
        "Apruebe dos equipos ahora",
        "Invertimos 600.000 € y recuperamos 2,8 M€",
        "Seguimos perdiendo 9 M€ al año",
        "Las tarjetas caducadas suponen un tercio de los fallos",
        "La opción externa añade un segundo proveedor al flujo de pagos",
        "Desarrollarlo internamente, la opción más rentable",  # the only verb has a clitic
    ],
}

WITHOUT_VERB = {
    "de": [
        "Kennzahlen und nächste Schritte",
        "Ausgangslage",
        "Zwei Teams für H1",
        "Überblick über erwartete Ergebnisse",  # weak past form before a noun: an adjective
        "Sichere Zahlungen und stabile Umsätze",  # "sichere(n)" is no "sichern"
        "Intelligente Zahlungswiederholungen im Überblick",
        "Kosten und Nutzen der Optionen",  # capitalised "Kosten" is a noun
        "Rückgewinnungsquote: von 12 % auf 40 % bis Q2",
        "Update zum Projekt",
        "Zwei Teams, 600.000 €, Start im Januar",
        "Ausgewählte Kennzahlen zur Kundenbindung",
        "Geplante Investitionen und erwartete Erträge",
        "Wiederholungen: intelligent statt starr",  # adjectives in -t are no verbs
        "Umsatz direkt aus bestehenden Verträgen",
    ],
    "fr": [
        "Vue d'ensemble des relances",
        "Prochaines étapes",
        "Résultats attendus",  # a participle without a quantity
        "Relance des paiements échoués",  # "Relance" first, then "des": a noun
        "Baisse du churn et hausse de la marge",
        "Deux équipes pour le S1",
        "Taux cible de recouvrement",
        "Relances à intervalle fixe de 3 jours",  # "fixe" is an adjective
        "La demande de validation",
        "Une forte baisse des échecs",  # after a prenominal adjective
        "Pour nous, la priorité du trimestre",
        "Investissements prévus et gains attendus",
        "Hausse des coûts, baisse des marges",
    ],
    "es": [
        "Resumen de métricas",
        "Próximos pasos",  # -imos with an accent: an adjective
        "Resumen ejecutivo",
        "Resultados esperados",
        "Decisión requerida",
        "Dos equipos para el S1",
        "Mejora de la tasa de recuperación",  # "Mejora" first, then "de": a noun
        "Tasa baja de recuperación",
        "Una gran mejora del cobro",
        "Ajuste de la política de reintentos",
        "Poder de negociación con proveedores",
        "Inversiones previstas y beneficios esperados",
    ],
}


@pytest.mark.parametrize(("language", "headline"), cases(WITH_VERB))
def test_a_headline_with_a_verb_has_one(language: str, headline: str) -> None:
    assert words(language).has_verb(headline)


@pytest.mark.parametrize(("language", "headline"), cases(WITHOUT_VERB))
def test_a_label_like_headline_has_no_verb(language: str, headline: str) -> None:
    assert not words(language).has_verb(headline)


# --------------------------------------------------------------------------------------------
# R01-R03: number words


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("de", "Jede dritte Verlängerung scheitert", "Jede dritte"),
        ("de", "Die Kosten sinken um die Hälfte", "Hälfte"),
        ("de", "Ein Drittel der Ausfälle ist vermeidbar", "Drittel"),
        ("de", "Die Quote hat sich verdoppelt", "verdoppelt"),
        ("de", "Zweistelliges Wachstum im Bestand", "Zweistelliges"),
        ("fr", "La moitié des échecs est évitable", "moitié"),
        ("fr", "Un tiers des cartes a expiré", "tiers"),
        ("fr", "Le taux a doublé en un an", "doublé"),
        ("fr", "Un échec sur trois", "trois"),
        ("es", "La mitad de los fallos es evitable", "mitad"),
        ("es", "El doble de ingresos recuperados", "doble"),
        ("es", "Un tercio de las tarjetas caducó", "tercio"),
        ("es", "Uno de cada tres pagos falla", "tres"),
    ],
)
def test_number_words_carry_a_quantity(language: str, text: str, found: str) -> None:
    match = words(language).number_words.search(text)
    assert match is not None and match.group() == found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ein Anbieter wäre schneller, aber teurer"),  # "ein" is an article
        ("de", "Außerhalb des Halbjahres deshalb nichts"),  # "halb" inside words
        ("fr", "Une équipe dédiée au recouvrement"),
        ("fr", "Le quartier général valide"),
        ("es", "Un equipo propio para el cobro"),
        ("es", "Por medio de un proveedor externo"),
    ],
)
def test_words_that_carry_no_quantity(language: str, text: str) -> None:
    assert words(language).number_words.search(text) is None


# --------------------------------------------------------------------------------------------
# R01: label-like headlines


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        ("de", "Nächste Schritte"),
        ("de", "Management Summary"),
        ("de", "Vor- und Nachteile"),
        ("de", "Beschlussvorschlag"),
        ("fr", "Contexte"),
        ("fr", "Problématique"),
        ("fr", "Prochaines étapes"),
        ("fr", "Synthèse"),
        ("fr", "Vue d’ensemble"),
        ("es", "Próximos pasos"),
        ("es", "Resumen ejecutivo"),
        ("es", "Pros y contras"),
        ("es", "Hoja de ruta"),
    ],
)
def test_usual_slide_labels_are_labels(language: str, headline: str) -> None:
    assert normal(headline) in words(language).labels


@pytest.mark.parametrize("language", LANGUAGES)
def test_labels_are_normalised(language: str) -> None:
    labels = words(language).labels
    assert labels and all(label == normal(label) and label for label in labels)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_built_in_section_labels_are_labels(language: str) -> None:
    pack = load_pack("default")
    if language not in languages.supported(pack):
        pytest.skip(f"no built-in word set for {language} yet")
    sections = languages.words_for(pack, language)[1]
    assert {normal(label) for label in sections.values()} <= words(language).labels


# --------------------------------------------------------------------------------------------
# R07: a decision to say yes to

ASKS = {
    "de": [
        "Genehmigen Sie zwei Teams und 600.000 € für H1 GJ27",
        "Zwei Teams und 600.000 € für H1 GJ27 freigeben, um intelligente Wiederholungen aufzubauen",
        "Zwei Teams und 2,8 Mio. € Budget freigeben",
        "Freigabe von zwei Teams und 600.000 € für H1",
        "Zustimmung zu zwei Teams für H1 GJ27",
        "Budgetfreigabe über 600.000 € für H1 GJ27",
        "Wir bitten um Freigabe von zwei Teams",
        "Wir beantragen 600.000 € für H1",
        "Bitte genehmigen Sie zwei Teams",
        "Der Vorstand genehmigt zwei Teams und 600.000 €",
        "Der Vorstand möge zwei Teams bewilligen",
        "Grünes Licht für die Eigenentwicklung",
    ],
    "fr": [
        "Approuver deux équipes et 600 k€ sur le S1 2027",
        "Validez le budget de 600 k€",
        "Nous demandons la validation de deux équipes",
        "Nous vous demandons d’approuver deux équipes",
        "Validation de deux équipes et de 600 k€",
        "Arbitrer entre l'outil externe et le développement interne",
        "Feu vert pour deux équipes au S1",
        "Demande d’arbitrage sur le moteur de relance",
        "Nous proposons de lancer deux équipes au S1",
        "Merci de valider deux équipes",
        "Le comité de direction approuve deux équipes",
    ],
    "es": [
        "Aprobar dos equipos y 600.000 € en el S1 2027",
        "Apruebe dos equipos y 600.000 €",
        "Aprueben el presupuesto de 600.000 €",
        "Solicitamos la aprobación de dos equipos",
        "Aprobación de dos equipos y 600.000 €",
        "Luz verde para dos equipos en el S1",
        "Se solicita la aprobación de dos equipos",
        "Proponemos aprobar dos equipos en el S1",
        "El comité de dirección aprueba dos equipos",
        "Asignar dos equipos al desarrollo interno",
        "Invirtamos 600.000 € en el S1",
    ],
}

NOT_ASKS = {
    "de": [
        "Zwei Teams für H1",
        "Update zum Projekt",
        "Wir möchten Smart Retries prüfen",
        "Zwei Teams für H1, um intelligente Wiederholungen zu bauen",
        "Intelligente Wiederholungen sind die beste Option",
        "Wir empfehlen, das Thema weiter zu untersuchen",
        "Eigenentwicklung mit zwei Teams",
        "Budget von 600.000 € für H1",
    ],
    "fr": [
        "Deux équipes pour le S1",
        "Point sur le projet",
        "Nous souhaitons explorer les relances intelligentes",
        "Les relances intelligentes sont la meilleure option",
        "Deux équipes et 600 k€ sur le S1",
        "Budget de 600 k€ pour le S1",
        "Relances intelligentes : état d'avancement",
        "Nous avons deux équipes prêtes",
    ],
    "es": [
        "Dos equipos para el S1",
        "Actualización del proyecto",
        "Queremos explorar los reintentos inteligentes",
        "Los reintentos inteligentes son la mejor opción",
        "Presupuesto de 600.000 € para el S1",
        "Desarrollo interno con dos equipos",
        "Situación actual del proyecto",
        "Estado de los reintentos",
    ],
}


@pytest.mark.parametrize(("language", "decision"), cases(ASKS))
def test_a_decision_to_say_yes_to(language: str, decision: str) -> None:
    assert words(language).opens_decision(decision)


@pytest.mark.parametrize(("language", "decision"), cases(NOT_ASKS))
def test_a_decision_that_is_no_ask(language: str, decision: str) -> None:
    assert not words(language).opens_decision(decision)


# --------------------------------------------------------------------------------------------
# R05: the status quo; R09: jargon

STATUS_QUO = {
    "de": ["Status quo", "Weiter wie bisher", "Feste Wiederholungen beibehalten", "Nichts tun"],
    "fr": ["Statu quo", "Garder les relances fixes", "Ne rien faire", "Maintenir l'existant"],
    "es": ["Statu quo", "Mantener reintentos fijos", "No hacer nada", "Seguir como hasta ahora"],
}
NOT_STATUS_QUO = {
    "de": ["Dienstleister einkaufen", "Eigenentwicklung mit zwei Teams"],
    "fr": ["Acheter un outil externe", "Développer un moteur en interne"],
    "es": ["Contratar una herramienta externa", "Desarrollar un motor propio"],
}


@pytest.mark.parametrize(("language", "option"), cases(STATUS_QUO))
def test_status_quo_options(language: str, option: str) -> None:
    assert words(language).status_quo.search(option)


@pytest.mark.parametrize(("language", "option"), cases(NOT_STATUS_QUO))
def test_options_that_change_something(language: str, option: str) -> None:
    assert not words(language).status_quo.search(option)


def jargon_in(language: str, text: str) -> list[tuple[str, str]]:
    """The jargon the language's patterns find in ``text``: ``(term, kind)``."""
    return [(m.group(), kind) for p, kind in words(language).jargon for m in p.finditer(text)]


JARGON = [
    ("de", "Nach zwei Sprints live", "Sprints", "process"),
    ("de", "Ganz oben im Produkt-Backlog", "Produkt-Backlog", "process"),
    ("de", "Schätzung: 40 Story Points", "Story Points", "process"),
    ("de", "Der Test ist statistisch signifikant", "statistisch signifikant", "statistics"),
    ("de", "Das Konfidenzintervall ist eng", "Konfidenzintervall", "statistics"),
    ("fr", "Livré en deux sprints", "sprints", "process"),
    ("fr", "Estimé à 40 points d’effort", "points d’effort", "process"),
    ("fr", "Un résultat statistiquement significatif", "statistiquement significatif",
     "statistics"),
    ("fr", "Un intervalle de confiance étroit", "intervalle de confiance", "statistics"),
    ("es", "Prioriza el backlog", "backlog", "process"),
    ("es", "Estimado en 40 puntos de historia", "puntos de historia", "process"),
    ("es", "Un resultado estadísticamente significativo", "estadísticamente significativo",
     "statistics"),
    ("es", "Con un intervalo de confianza estrecho", "intervalo de confianza", "statistics"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "term", "kind"), JARGON)
def test_team_jargon(language: str, text: str, term: str, kind: str) -> None:
    assert jargon_in(language, text) == [(term, kind)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Signifikant mehr Umsatz mit weniger Support-Tickets"),
        ("fr", "Une hausse significative avec moins de tickets support"),
        ("es", "Una mejora significativa con menos consultas a soporte"),
    ],
)
def test_business_words_are_no_jargon(language: str, text: str) -> None:
    assert jargon_in(language, text) == []


# --------------------------------------------------------------------------------------------
# the examples the fixes show pass the rules they illustrate


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_examples_pass_their_own_rules(language: str) -> None:
    w = words(language)
    assert set(w.title_examples) == set(SECTIONS)
    for kind, title in w.title_examples.items():
        assert w.has_verb(title), title
        assert normal(title) not in w.labels
        if kind in ("problem", "impact"):
            assert any(c.isdigit() for c in title) or w.number_words.search(title)
    assert w.opens_decision(w.decision_example)
    assert w.status_quo.search(w.status_quo_example)
    assert w.name == {"de": "German", "fr": "French", "es": "Spanish"}[language]


# --------------------------------------------------------------------------------------------
# whole briefs through the CLI

DRAFTS = {
    "de": """\
language: de
title: Intelligente Zahlungswiederholungen
presenter: Leitung Produkt, Payments
date: "2026-12-03"
problem:
  headline: Ausgangslage
  points:
    - 6 % der Kartenverlängerungen scheitern
    - Wir wiederholen starr alle 3 Tage, egal warum die Karte abgelehnt wurde
  evidence: "Abrechnungsdaten, Dez. 2025 bis Nov. 2026: 38.400 gescheiterte Verlängerungen"
impact:
  headline: Intelligente Wiederholungen holen im GJ27 2,8 Mio. € ARR zurück
  outcomes:
    - area: revenue
      statement: "+2,8 Mio. € ARR im GJ27 aus heute gescheiterten Verlängerungen"
    - area: retention
      statement: "−1,6 Pkt. Umsatzabwanderung, von 9,8 % auf 8,2 %"
metrics:
  headline: Die Rückgewinnungsquote muss bis Q2 GJ27 von 12 % auf 40 % steigen
  items:
    - name: Zurückgeholte Zahlungen
      unit: "%"
      baseline: 12
      current: 14
      target: 40
      timeframe: bis Q2 GJ27
tradeoffs:
  headline: Die Eigenentwicklung holt am meisten Umsatz zurück
  options:
    - name: Dienstleister einkaufen
      pros: [In einem Quartal live]
      cons: ["Umsatzbeteiligung von rund 400.000 € im Jahr"]
    - name: Eigenentwicklung in vier Sprints
      pros: [Holt am meisten Umsatz zurück]
      cons: [Volle Wirkung erst ab Q2 GJ27]
      cost: 600.000 € einmalig
      time: 2 Quartale
      recommended: true
ask:
  headline: Genehmigen Sie zwei Teams, damit wir ab Q2 Umsatz zurückholen
  decision: Zwei Teams für H1 GJ27 und 600.000 € Budget
  investment: 600.000 € und 8 Entwickler für zwei Quartale
  by: "2026-12-15"
  owner: Leitung Payments
  next_steps:
    - Backlog bis Mitte Januar priorisieren
""",
    "fr": """\
language: fr
title: Relances intelligentes des paiements par carte
presenter: Direction produit, Paiements
date: "2026-12-03"
problem:
  headline: Prochaines étapes
  points:
    - 6 % des renouvellements par carte échouent
    - Nous relançons tous les 3 jours, quel que soit le motif de refus
  evidence: "Registre de facturation, déc. 2025 – nov. 2026 : 38 400 échecs"
impact:
  headline: Les relances intelligentes récupèrent 2,8 M€ d’ARR en 2027
  outcomes:
    - area: revenue
      statement: "+2,8 M€ d’ARR récupérés en 2027"
    - area: retention
      statement: "−1,6 pt d’attrition brute, de 9,8 % à 8,2 %"
metrics:
  headline: Le taux de récupération doit passer de 12 % à 40 % d’ici le T2 2027
  items:
    - name: Paiements échoués récupérés
      unit: "%"
      baseline: 12
      current: 14
      target: 40
      timeframe: d’ici le T2 2027
tradeoffs:
  headline: Développer en interne rapporte le plus et nous évite un second prestataire
  options:
    - name: Acheter un outil de recouvrement externe
      pros: [Opérationnel en un trimestre]
      cons: [Commission d’environ 400 k€ par an]
    - name: Développer un moteur de relance en interne
      pros: [Récupère le plus d’ARR]
      cons: ["Plein effet au T2 2027, après quatre sprints"]
      cost: 600 k€ (ponctuel)
      time: 2 trimestres
      recommended: true
ask:
  headline: Valider deux équipes pour récupérer du chiffre d’affaires dès le T2
  decision: Deux équipes et 600 k€ sur le S1 2027
  investment: 600 k€ et 8 ingénieurs pendant deux trimestres
  by: "2026-12-15"
  owner: Directeur des paiements
  next_steps:
    - Prioriser le backlog d’ici mi-janvier
""",
    "es": """\
language: es
title: Reintentos inteligentes de pagos con tarjeta
presenter: Dirección de Producto, Pagos
date: "2026-12-03"
problem:
  headline: Resumen ejecutivo
  points:
    - Falla el 6 % de las renovaciones con tarjeta
    - Reintentamos cada 3 días, sea cual sea el motivo del rechazo
  evidence: "Facturación, dic. 2025 – nov. 2026: 38.400 renovaciones fallidas"
impact:
  headline: Los reintentos inteligentes recuperan 2,8 M€ de ARR en 2027
  outcomes:
    - area: revenue
      statement: "+2,8 M€ de ARR recuperados en 2027"
    - area: retention
      statement: "−1,6 pp de churn bruto, del 9,8 % al 8,2 %"
metrics:
  headline: La tasa de recuperación debe subir del 12 % al 40 % para el T2 2027
  items:
    - name: Pagos fallidos recuperados
      unit: "%"
      baseline: 12
      current: 14
      target: 40
      timeframe: para el T2 2027
tradeoffs:
  headline: Desarrollarlo internamente genera más ingresos y evita un segundo proveedor
  options:
    - name: Contratar una herramienta externa de recobro
      pros: [Operativa en un trimestre]
      cons: [Comisión de unos 400.000 € al año]
    - name: Desarrollar un motor propio de reintentos
      pros: [Recupera más ARR]
      cons: ["Impacto pleno desde el T2 2027, tras cuatro sprints"]
      cost: 600.000 € (pago único)
      time: 2 trimestres
      recommended: true
ask:
  headline: Aprobar dos equipos para empezar a recuperar ingresos en el T2
  decision: Dos equipos y 600.000 € en el S1 2027
  investment: 600.000 € y 8 ingenieros durante dos trimestres
  by: "2026-12-15"
  owner: Dirección de Pagos
  next_steps:
    - Priorizar el backlog antes de mediados de enero
""",
}

# (rule, field, the line's text, message) of each finding in each draft, in report order.
EXPECTED = {
    "de": [
        ("R01", "problem.headline", "  headline: Ausgangslage",
         'problem.headline "Ausgangslage" is a label, not a message'),
        ("R05", "tradeoffs.options", "  options:",
         "tradeoffs.options has no status quo or do-nothing option"),
        ("R09", "tradeoffs.options[1].name", "    - name: Eigenentwicklung in vier Sprints",
         'tradeoffs.options[1].name says "Sprints", team process jargon'),
        ("R07", "ask.decision", "  decision: Zwei Teams",
         'ask.decision starts with "Zwei", not a decision to say yes to'),
        ("R09", "ask.next_steps[0]", "    - Backlog bis Mitte Januar",
         'ask.next_steps[0] says "Backlog", team process jargon'),
    ],
    "fr": [
        ("R01", "problem.headline", "  headline: Prochaines étapes",
         'problem.headline "Prochaines étapes" is a label, not a message'),
        ("R05", "tradeoffs.options", "  options:",
         "tradeoffs.options has no status quo or do-nothing option"),
        ("R09", "tradeoffs.options[1].cons[0]", "après quatre sprints",
         'tradeoffs.options[1].cons[0] says "sprints", team process jargon'),
        ("R07", "ask.decision", "  decision: Deux équipes",
         'ask.decision starts with "Deux", not a decision to say yes to'),
        ("R09", "ask.next_steps[0]", "    - Prioriser le backlog",
         'ask.next_steps[0] says "backlog", team process jargon'),
    ],
    "es": [
        ("R01", "problem.headline", "  headline: Resumen ejecutivo",
         'problem.headline "Resumen ejecutivo" is a label, not a message'),
        ("R05", "tradeoffs.options", "  options:",
         "tradeoffs.options has no status quo or do-nothing option"),
        ("R09", "tradeoffs.options[1].cons[0]", "tras cuatro sprints",
         'tradeoffs.options[1].cons[0] says "sprints", team process jargon'),
        ("R07", "ask.decision", "  decision: Dos equipos",
         'ask.decision starts with "Dos", not a decision to say yes to'),
        ("R09", "ask.next_steps[0]", "    - Priorizar el backlog",
         'ask.next_steps[0] says "backlog", team process jargon'),
    ],
}  # fmt: skip

# The edits that make each draft ready: an action title, a status-quo option, plain words for
# the sprints and the backlog, and a decision to say yes to (a different form per language).
FIXES = {
    "de": [
        ("  headline: Ausgangslage",
         "  headline: 6 % der Kartenverlängerungen scheitern, und wir holen nur 12 % zurück"),
        ("  options:\n",
         "  options:\n    - name: Feste Wiederholungen beibehalten\n      summary: Status quo\n"
         "      pros: [Keine Investition]\n      cons: [Rund 9 Mio. € ARR Verlust pro Jahr]\n"),
        ("in vier Sprints", "mit zwei Teams"),
        ("600.000 € Budget\n", "600.000 € Budget freigeben\n"),  # infinitive style
        ("    - Backlog bis Mitte Januar priorisieren",
         "    - Beide Teams bis 15. Januar besetzen"),
    ],
    "fr": [
        ("  headline: Prochaines étapes",
         "  headline: 6 % des renouvellements par carte échouent, et nous n’en récupérons que "
         "12 %"),
        ("  options:\n",
         "  options:\n    - name: Garder les relances fixes à 3 jours\n"
         "      summary: Statu quo ; aucun investissement\n"
         "      pros: [Ni dépense ni temps d’ingénierie]\n"
         "      cons: [Environ 9 M€ d’ARR perdus par an]\n"),
        (", après quatre sprints", ""),
        ("  decision: Deux équipes", "  decision: Nous demandons la validation de deux équipes"),
        ("    - Prioriser le backlog d’ici mi-janvier",
         "    - Constituer les deux équipes d’ici le 15 janvier"),
    ],
    "es": [
        ("  headline: Resumen ejecutivo",
         "  headline: Falla el 6 % de las renovaciones con tarjeta y solo recuperamos el 12 %"),
        ("  options:\n",
         "  options:\n    - name: Mantener los reintentos fijos cada 3 días\n"
         "      summary: Statu quo; sin nueva inversión\n"
         "      pros: [Sin gasto ni tiempo de ingeniería]\n"
         "      cons: [Seguimos perdiendo ~9 M€ de ARR al año]\n"),
        (", tras cuatro sprints", ""),
        ("  decision: Dos equipos", "  decision: Apruebe dos equipos"),
        ("    - Priorizar el backlog antes de mediados de enero",
         "    - Formar los dos equipos antes del 15 de enero"),
    ],
}  # fmt: skip


def line_of(text: str, needle: str) -> int:
    """The 1-based line where the unique ``needle`` is."""
    assert text.count(needle) == 1, f"{needle!r} occurs {text.count(needle)} times"
    return text.count("\n", 0, text.index(needle)) + 1


def check(tmp_path: Path, text: str) -> list[dict[str, object]]:
    """``cpo-deck check --format json`` on ``text`` as ``brief.yaml``: the findings."""
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    findings: list[dict[str, object]] = json.loads(result.stdout)
    return findings


def ready(language: str) -> str:
    """The draft of ``language`` with every fix applied."""
    text = DRAFTS[language]
    for old, new in FIXES[language]:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_draft_brief_gets_the_findings_a_product_leader_would_circle(
    tmp_path: Path, language: str
) -> None:
    text = DRAFTS[language]
    found = [(f["rule"], f["field"], f["line"], f["message"]) for f in check(tmp_path, text)]
    assert found == [
        (rule, field, line_of(text, needle), message)
        for rule, field, needle, message in EXPECTED[language]
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_fixes_speak_the_brief_s_language(tmp_path: Path, language: str) -> None:
    w = words(language)
    fixes = {f["rule"]: f["fix"] for f in check(tmp_path, DRAFTS[language])}
    assert w.title_examples["problem"] in str(fixes["R01"])
    assert w.decision_example in str(fixes["R07"])
    assert w.status_quo_example in str(fixes["R05"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_fixed_draft_is_ready(tmp_path: Path, language: str) -> None:
    assert check(tmp_path, ready(language)) == []


SHIPPED = sorted(
    path
    for language in LANGUAGES
    for path in (
        *(ROOT / "samples" / "languages").glob(f"*.{language}.yaml"),
        *(ROOT / "templates" / "default").glob(f"starter.{language}.yaml"),
    )
)


@pytest.mark.parametrize("brief", SHIPPED, ids=lambda p: p.name)
def test_briefs_written_in_the_language_need_no_word_fix(tmp_path: Path, brief: Path) -> None:
    """Native briefs shipped with cpo-deck: no verb, label, status-quo, decision or jargon
    finding (the words' false positives would show here first)."""
    findings = check(tmp_path, brief.read_text(encoding="utf-8"))
    assert [f for f in findings if f["rule"] in ("R01", "R05", "R07", "R09")] == []
