"""The German words the readiness rules read a brief with: verbs, number words, label-like
headlines, decision openings, status-quo words and team jargon.

German helps a verb test: every noun is capitalised, so a capitalised word inside a headline is
never a verb, and the finite verbs of a headline are lower case ("Jede dritte Verlängerung
scheitert"). A word is a verb when it is a known irregular form ("ist", "muss", "fällt"), a
known stem with a verb ending ("hol-en", "scheiter-t"), the same behind a separable or
inseparable prefix ("zurück-holen", "be-trägt", "frei-zu-geben", "zurück-ge-holt"), an
"-ieren" verb, a word next to "wir"/"Sie" in verb position, or a lower-case word ending in
"-t" that is not a known adverb or adjective ("schrumpft").
"""

from __future__ import annotations

import re

from ..words import Words, normal, wordset

_NUMBER_WORDS = re.compile(
    r"(?<!\w)(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|"
    r"fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|"
    r"siebzig|achtzig|neunzig|hundert|hunderte|tausend|tausende|millionen|million|mio|"
    r"milliarden?|mrd|dutzende?|hälfte|halb|halbe[nmrs]?|halbier\w*|halbierung|drittel|"
    r"viertel|fünftel|zehntel|doppelt|doppelte[nmrs]?|verdopp?el\w*|verdopplung|verdreifach\w*|"
    r"zweifach\w*|dreifach\w*|vierfach\w*|zehnfach\w*|vervielfach\w*|(?:ein|zwei|drei)stellig\w*|"
    r"jede[nmrs]?\s+(?:zweite|dritte|vierte|fünfte|zehnte)[nmrs]?)(?!\w)",
    re.IGNORECASE,
)

# Stems (lower case) of verbs common in German executive writing: the infinitive minus -en
# (-n for -ern/-eln verbs). Inflections are derived; irregular forms are listed in _FORMS.
_STEMS = wordset(
    """
    änder arbeit bau bedeut beend befrei begrenz behalt belast benötig beschleunig bewirk
    bezahl biet bind bleib brauch brech brems bring dauer deck dien droh drück einig end
    entlast entscheid entwickel ermöglich erfüll ergänz erhöh erleichter erreich erspar erwart
    erweiter erziel fall fass fehl folg förder forder frag führ füll gefährd geb geh gelang
    gelt gewinn glaub gründ halt handel häng heb hink hol hoff kämpf kauf kenn kipp klär komm
    koppel kost kündig lad land lauf leb leg lehn leist lenk lern liefer lieg lohn lös mach
    mahn mangel meld merk mess nehm nutz nütz öffn pack pass plan prüf rechn reich rett richt
    rück rutsch sag sammel schaff schalt schätz scheiter schick schieb schlag schließ schmäler
    schöpf schreit schrumpf schütz schwäch schwind senk setz sicher sink sorg spar spiel
    sprech spring stärk start steh steig steiger stell stimm stopp stock stoß streich stütz
    such tausch teil trag treff treib trenn tret überzeug umgeh verbesser verdien verdoppel
    verdräng verfehl vergleich verhinder verkürz verlager verlänger verlier verpass verringer
    verschärf verschieb verschlechter verursach vermeid verzöger wachs wähl wander wart
    wechsel weich werb wert wiederhol wirk zahl zähl zeig ziel zieh zöger zweifel
    roll beheb scheid beruh bestimm beweg bewert dreh erklär erlaub kehr lass lock nenn
    ordn schein schreib schwank sitz spür stürz überleg vereinbar wend zwing leid ruh
    """
)
_ER_STEMS = frozenset(s for s in _STEMS if s.endswith(("er", "el")))
# Irregular and auxiliary forms, strong past tenses and participles.
_FORMS = wordset(
    """
    ist sind war waren wäre wären sei seien gewesen bin bist seid hat haben hatte hatten hätte
    hätten habe gehabt wird werden wurde wurden würde würden geworden worden kann können
    konnte konnten könnte könnten muss müssen musste mussten müsste müssten soll sollen sollte
    sollten will wollen wollte wollten darf dürfen durfte dürfte mag mögen möchte möchten
    möge lässt ließ ließen gelassen gibt gab gaben gegeben nimmt nahm nahmen genommen fällt
    fiel fielen gefallen hält hielt hielten gehalten läuft lief liefen gelaufen wächst wuchs
    wuchsen gewachsen trägt trug trugen getragen schlägt schlug schlugen geschlagen trifft traf
    trafen getroffen hilft half halfen geholfen spricht sprach gesprochen bricht brach brachen
    gebrochen wirft warf geworfen misst maß gemessen sieht sah sahen gesehen liest las gelesen
    stieg stiegen gestiegen sank sanken gesunken blieb blieben geblieben ging gingen gegangen
    kam kamen gekommen lag lagen gelegen stand standen gestanden brachte brachten gebracht
    dachte gedacht nannte genannt verlor verloren gewann gewannen gewonnen zog zogen gezogen
    bot boten geboten fand fanden gefunden schrieb geschrieben schwand geschwunden tritt trat
    getreten tut tat taten getan weiß wusste gilt galt gegolten fährt fuhr gefahren sprang
    gesprungen hob gehoben schloss geschlossen fließt floss geflossen entschied entschieden
    verglich verglichen begann begonnen rief gerufen griff gegriffen wich gewichen litt
    gelitten riss gerissen schnitt geschnitten strich gestrichen mied gemieden bat gebeten
    empfiehlt empfahl empfohlen stößt stieß gestoßen schob geschoben wies gewiesen hing
    gehangen sitzt saß gesessen schuf geschaffen vergisst vergaß vergessen wirbt warb
    geworben stirbt starb gestorben lädt lud geladen hängt gesandt gewandt bekannt
    """
)
_SEPARABLE = (
    "zurück",
    "zusammen",
    "weiter",
    "heraus",
    "herein",
    "hinaus",
    "hinzu",
    "voran",
    "bereit",
    "durch",
    "fest",
    "frei",
    "hoch",
    "nach",
    "fort",
    "statt",
    "teil",
    "ab",
    "an",
    "auf",
    "aus",
    "bei",
    "ein",
    "her",
    "hin",
    "mit",
    "vor",
    "weg",
    "zu",
    "um",
    "los",
    "ran",
)
_INSEPARABLE = ("über", "unter", "hinter", "wider", "miss", "ent", "emp", "zer", "ver", "be", "er")
_ENDINGS = ("eten", "ete", "ten", "tet", "te", "en", "et", "st", "t", "n")
# Lower-case words that are not verbs, though they look like one (function words, adverbs,
# adjectives ending in -t or -en).
_STOP = wordset(
    """
    und oder aber sondern denn dann wenn wann wen weil damit sodass bevor nachdem falls ob
    nicht jetzt zuletzt zunächst insgesamt gesamt doppelt konkret diskret sofort absolut
    zusammen morgen selten oben unten innen außen eben deswegen wegen zwischen gegen neben
    hinten trotzdem außerdem meisten wenigsten ersten letzten einen keinen seinen ihren unseren
    allen vielen beiden diesen jenen anderen jeden welchen denen deren dessen vorn erst smart
    bereits nebst anstatt samt seit mit bis pro per via statt laut etwa rund knapp weit breit
    bereit derzeit zurzeit weltweit gut mehr weniger noch schon auch nur sehr ganz fast
    heute gestern bisher wieder immer nie oft direkt gemeinsam jeweils monatlich jährlich
    unverändert stabil ebenso zugleich zudem sogar allein eigenen eigen offen hoch tief
    """
)
_T_NOT_VERB = ("st", "cht", "ent", "ant", "eit", "at", "ät", "tt", "ekt", "akt", "ikt", "ort")


def _stem_form(word: str, following: str) -> bool:
    """A known stem with a verb ending; a weak past form directly before a noun is read as an
    adjective ("erwartete Ergebnisse"), not a verb."""
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2 or stem not in _STEMS:
            continue
        if (ending == "n") != (stem in _ER_STEMS) and ending in ("n", "en"):
            continue  # steiger-n, hol-en; never "sicher-en", an adjective
        return not (ending in ("te", "ten", "ete", "eten") and following[:1].isupper())
    return False


def _participle(word: str) -> bool:
    """A ge- participle of a known stem ("geholt", "gestiegen", "eingespart")."""
    if not word.startswith("ge") or len(word) < 5:
        return False
    rest = word[2:]
    return any(rest.endswith(end) and rest[: -len(end)] in _STEMS for end in ("et", "t", "en"))


def _bases(word: str) -> list[str]:
    """``word``, and ``word`` without one separable or inseparable prefix (and a "zu" after a
    separable one: "freizugeben")."""
    bases = [word]
    for prefix in (*_SEPARABLE, *_INSEPARABLE):
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 3:
            bases.append(rest)
            if prefix in _SEPARABLE and rest.startswith("zu") and len(rest) >= 5:
                bases.append(rest[2:])
    return bases


def _is_verb(word: str, following: str) -> bool:
    """Whether a lower-case word is a verb form."""
    if word in _STOP or len(word) < 2:
        return False
    if re.search(r"ier(en|t|st|e|te|ten|tet)$", word) and len(word) > 5:
        return not (word.endswith(("te", "ten")) and following[:1].isupper())
    for base in _bases(word):
        if base in _FORMS or _stem_form(base, following) or _participle(base):
            return True
    return (
        len(word) >= 5
        and word.endswith("t")
        and not word.endswith(_T_NOT_VERB)
        and not (word.endswith("ut") and not word.endswith("aut"))
        and not word.startswith("un")
    )


_TOKEN = re.compile(r"[^\W\d_]+(?:[-‑][^\W\d_]+)*|[:.!?;–—]")
_PRONOUNS = frozenset({"wir", "sie", "man", "ich", "es", "er", "ihr"})


def _tokens(text: str) -> list[tuple[str, bool]]:
    """The words of ``text``, each with whether it starts a sentence (or follows a colon)."""
    out: list[tuple[str, bool]] = []
    initial = True
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in ":.!?;–—":
            initial = True
            continue
        out.append((token, initial))
        initial = False
    return out


def has_verb(text: str) -> bool:
    """Whether a German headline has a verb (a heuristic, not a parser).

    Capitalised words inside a sentence are nouns and never count; a sentence's capitalised
    first word counts only when it is an auxiliary or modal ("Ist", "Muss") or stands before
    "wir"/"Sie" ("Genehmigen Sie", "Handeln wir"). Lower-case words are tested by
    :func:`_is_verb`, and any word ending in -en or -t that stands next to "wir" or after "man",
    "es", ... is a verb ("Wir verbuchen", "bis Q2 erreichen wir").
    """
    tokens = _tokens(text)
    for i, (word, initial) in enumerate(tokens):
        low = word.lower()
        following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        before = tokens[i - 1][0].lower() if i and not initial else ""
        beside_pronoun = following in ("wir", "Sie") or before in _PRONOUNS
        verb_ending = low.endswith(("en", "ern", "eln", "t", "te", "ten")) and low not in _STOP
        if word[0].isupper():
            if initial and (low in _FORMS or (following in ("wir", "Sie") and verb_ending)):
                return True
            continue
        if _is_verb(low, following) or (beside_pronoun and verb_ending):
            return True
    return False


_LABELS = """
    ausgangslage|wirtschaftlicher nutzen|kennzahlen|handlungsoptionen|entscheidungsbedarf|
    problem|das problem|problemstellung|probleme|hintergrund|kontext|überblick|übersicht|
    zusammenfassung|management summary|executive summary|situation|ausgangssituation|status|
    sachstand|lage|lagebild|herausforderung|die herausforderung|herausforderungen|nutzen|
    der nutzen|business impact|geschäftlicher nutzen|auswirkungen|wirkung|mehrwert|
    business case|der business case|wirtschaftlichkeit|kpis|kpi|erfolgskennzahlen|messgrößen|
    zielgrößen|ergebnisse|daten|zahlen daten fakten|erfolgsmessung|optionen|die optionen|
    alternativen|abwägung|abwägungen|vor und nachteile|optionen im vergleich|bewertung der
    optionen|empfehlung|unsere empfehlung|lösung|lösungsansatz|vorschlag|unser vorschlag|
    beschlussvorschlag|entscheidung|die entscheidung|entscheidungsvorlage|bitte um entscheidung|
    benötigte entscheidung|nächste schritte|weiteres vorgehen|vorgehen|plan|zeitplan|roadmap|
    meilensteine|maßnahmen|risiken|chancen und risiken|investition|investitionsbedarf|budget|
    ressourcen|ressourcenbedarf|ziele|zielbild|strategie|fazit|ausblick|agenda|fragen|
    diskussion|anhang|einleitung|kosten|kosten und nutzen|nutzen und kosten|umsetzung|
    umsetzungsplan|unser anliegen|anliegen|beschluss
    """
LABELS = frozenset(normal(label) for label in _LABELS.split("|"))
"""Label-like headlines, :func:`~cpo_deck.check.words.normal`-ised."""

TITLE_EXAMPLES = {
    "problem": "6 % der Kartenverlängerungen scheitern, und wir holen nur 12 % davon zurück",
    "impact": "Intelligente Zahlungswiederholungen holen im GJ27 2,8 Mio. € ARR zurück",
    "metrics": "Die Rückgewinnungsquote muss bis Q2 GJ27 von 12 % auf 40 % steigen",
    "tradeoffs": "Die Eigenentwicklung holt am meisten Umsatz zurück und erspart uns einen "
    "zweiten Anbieter",
    "ask": "Genehmigen Sie jetzt zwei Teams, damit wir ab Q2 Umsatz zurückholen",
}

STATUS_QUO = re.compile(
    r"(?<!\w)(status[- ]quo\w*|nichts\s+tun|nichtstun|nichts\s+ändern|weiter\s+so|"
    r"(?:weiter(?:machen)?\s+)?wie\s+bisher|bisherig\w*|beibehalten|beibehaltung|behalten|"
    r"abwarten|warten|unverändert\w*|keine\s+änderung|null-?(?:variante|option|szenario)|"
    r"aktuell\w*|heutig\w*|bestehend\w*|weiterhin|fortführen|fortführung|"
    r"fortsetzen|weiterführen|verschieben|verschiebung|aufschieben|zurückstellen|"
    r"business\s+as\s+usual)(?!\w)",
    re.IGNORECASE,
)

# Infinitives a decision can be phrased with ("Zwei Teams freigeben", "Genehmigen Sie ...").
DECISION_VERBS = wordset(
    """
    genehmigen freigeben bewilligen beschließen entscheiden zustimmen billigen bestätigen
    beauftragen finanzieren investieren bereitstellen zuweisen zuteilen einplanen priorisieren
    starten stoppen beenden einstellen aussetzen verschieben verlängern erweitern ausweiten
    aufstocken umschichten umwidmen auswählen wählen festlegen vergeben unterzeichnen
    unterschreiben kaufen lizenzieren bauen aufbauen entwickeln einsetzen besetzen fortsetzen
    fortführen weiterführen beibehalten zurückstellen streichen übernehmen akzeptieren
    verabschieden annehmen mandatieren gewähren allokieren einführen ausrollen abschalten
    """
)
_FINITE_DECISIONS = wordset(
    """
    genehmigt beschließt bewilligt gibt stimmt entscheidet billigt bestätigt beauftragt
    verabschiedet erteilt stellt wählt
    """
)
_ASK_NOUN = re.compile(
    r"\w*(freigabe|genehmigung|zustimmung|bewilligung|beauftragung|beschluss|beschlussfassung|"
    r"mandat)",
    re.IGNORECASE,
)
_BODIES = wordset(
    "vorstand aufsichtsrat geschäftsführung geschäftsleitung lenkungsausschuss gremium beirat"
)
_REQUESTS = wordset("bitten bitte beantragen beantrage ersuchen ersuche erbitten erbitte")
_PROPOSALS = wordset("empfehlen empfehle schlagen schlage")
_CLAUSE_END = re.compile(
    r"[;:!?(–—]|\s(?:um|damit|sodass|so dass|weil|da|wenn|sobald|bevor|nachdem|falls)\s"
)


def _asks_for(words: list[str]) -> bool:
    """Whether ``words`` hold something to say yes to: an ask noun or a decision verb."""
    return any(
        _ASK_NOUN.fullmatch(w) or w.lower() in DECISION_VERBS or _zu_infinitive(w) for w in words
    )


def _zu_infinitive(word: str) -> bool:
    """ "freizugeben", "aufzustocken": a separable decision verb with "zu" inside."""
    return any(
        word.startswith(p + "zu") and p + word[len(p) + 2 :] in DECISION_VERBS for p in _SEPARABLE
    )


def _opens_decision(text: str) -> bool:
    """Whether a German decision is something to say yes to.

    Accepted: the formal imperative ("Genehmigen Sie ..."), the infinitive style with the verb
    at the end of the main clause ("Zwei Teams und 600.000 € freigeben, um ..."), an ask noun
    ("Freigabe von ...", "Budgetfreigabe ...", "Zustimmung zu ...", "Grünes Licht für ..."),
    "Bitte ..." and "Wir bitten um / beantragen ...", "Wir empfehlen" with an ask in it, and the
    resolution form "Der Vorstand genehmigt / gibt ... frei".
    """
    words = re.findall(r"[^\W\d_]+", text)
    if not words:
        return False
    first, second = words[0].lower(), (words[1] if len(words) > 1 else "")
    third = words[2].lower() if len(words) > 2 else ""
    if (
        _ASK_NOUN.fullmatch(first)
        or first == "bitte"
        or (first, second.lower())
        == (
            "grünes",
            "licht",
        )
    ):
        return True
    about = ("über", "für", "zu", "zur", "zum", "ob")
    if first.endswith("entscheidung") and second.lower() in about:
        return True
    if second == "Sie" and first in DECISION_VERBS:
        return True
    if first in ("wir", "ich") and second.lower() in _REQUESTS:
        return True
    if first in ("wir", "ich") and second.lower() in _PROPOSALS and _asks_for(words[2:]):
        return True
    if first in ("der", "die", "das") and second.lower() in _BODIES and third in _FINITE_DECISIONS:
        return True
    main = _CLAUSE_END.split(text, maxsplit=1)[0]
    last = re.findall(r"[^\W\d_]+", main)
    return bool(last) and last[-1] in DECISION_VERBS and (len(last) < 2 or last[-2] != "zu")


JARGON = (
    (
        re.compile(
            r"(?<!\w)(statistisch\s+signifikant\w*|statistische[nmrs]?\s+signifikanz|"
            r"signifikanzniveau\w*|konfidenzintervall\w*|vertrauensintervall\w*|"
            r"konfidenzniveau\w*|t-tests?|p-wert\w*|nullhypothese\w*|stat[- ]?sig)(?!\w)",
            re.IGNORECASE,
        ),
        "statistics",
    ),
    (
        re.compile(
            r"(?<!\w)((?:\w+-?)?sprints?|sprint(?:planung|ziele?|review|wechsel|-\w+)|"
            r"story[- ]?points?|(?:\w+-?)?backlogs?(?:-?\w+)?|epics?|jira(?:-\w+)?|"
            r"burn-?downs?(?:-?\w+)?|stand-?ups?|refinements?|user[- ]stor(?:y|ies))(?!\w)",
            re.IGNORECASE,
        ),
        "process",
    ),
)

WORDS = Words(
    name="German",
    has_verb=has_verb,
    number_words=_NUMBER_WORDS,
    labels=LABELS,
    opens_decision=_opens_decision,
    decision_verbs="Genehmigen Sie …, Freigabe von …, … freigeben, bewilligen, beschließen, …",
    decision_example="Genehmigen Sie zwei Teams und 600.000 € für H1 GJ27, um intelligente "
    "Zahlungswiederholungen aufzubauen",
    status_quo=STATUS_QUO,
    status_quo_example="name: Heutigen Prozess beibehalten, summary: Status quo",
    jargon=JARGON,
    title_examples=TITLE_EXAMPLES,
)
