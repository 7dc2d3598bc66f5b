"""The French words the readiness rules read a brief with: verbs, number words, label-like
headlines, decision openings, status-quo words and team jargon.

French nouns are not capitalised, and many verb forms are nouns too ("la baisse", "le churn
baisse"), so the verb test reads the neighbours: a word is a verb when it is a known irregular
form ("est", "doit", "perdent"), a known stem with a verb ending ("récupèr-ent", "valid-er",
"about-it"), any "-ez" form, or the word after a subject pronoun or "ne"/"se"/"qui" ("nous
perdons", "n'en récupérons", "s'élève"). A form that is also a noun ("baisse", "relance",
"fait") is not a verb after a determiner, a preposition or a prenominal adjective ("la baisse",
"en baisse", "une forte baisse"), nor first in a title ("Baisse du churn"). A past participle
alone counts only next to a quantity ("2,8 M€ récupérés"), not in a label ("Résultats
attendus").
"""

from __future__ import annotations

import re

from ..words import Words, has_digit, normal, wordset

_NUMBER_WORDS = re.compile(
    r"(?<!\w)(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
    r"seize|vingt|trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?|"
    r"dizaines?|douzaines?|centaines?|milliers?|moitiés?|demie?|tiers|quarts?|doubles?|"
    r"doublée?s?|doubler|doublement|triples?|triplée?s?|tripler|quadrupl\w+|décupl\w+|"
    r"divisée?s?\s+par\s+(?:deux|trois|quatre|dix))(?!\w)",
    re.IGNORECASE,
)

# Stems of first-group verbs (-er) common in executive French: the infinitive minus -er.
_ER = wordset(
    """
    abandonn accélér accept accompagn accord achet adapt affect ajout ajust alert allou
    amélior amorc amplifi annonc annul anticip appliqu apport approuv arbitr arrêt arriv assur
    attir augment automatis autoris baiss bascul bloqu boost calcul cess chang chut combl
    compar compens complét comport compt concentr confi confirm consacr consolid consomm
    continu contourn contribu coût cré débloqu décid déclench déclin décroch dédi dégag dégrad
    délivr démarr demand démontr dépass dépens déplac déploy désengag détérior détermin
    développ diminu doubl dur économis écart élimin élev embauch empêch emport
    encaiss encourag endigu engag enregistr entraîn envisag épargn érod estim évalu
    évit évolu exig expir expliqu exploit facilit financ fix frein gagn gard génér gér gliss
    gonfl grimp hiérarchis impact import impos incit industrialis intégr jou jug laiss lanc
    lev limit livr manqu marqu mesur migr mobilis modifi monétis montr multipli mutualis
    nécessit négoci optimis organis oscill pass pay pénalis pes plafonn planifi plong pouss
    préconis précis prélev prépar présent préserv prioris privilégi procéd profit programm
    progress prolong propos protég prouv quadrupl quantifi rapport rattrap réalis recouvr
    recrut récupér recul redémarr redress refus régl rejet relanc remont remplac rembours
    renforc renonc rentabilis répercut report repouss représent résili résorb respect rest
    restaur restructur retard retir retomb retrouv révél risqu sauv sécuris sembl sépar signal
    simplifi sollicit souhait stabilis stagn stimul stopp suppos supprim surpass surveill
    termin test tir tomb touch transfér transform travaill tripl trouv utilis valid vis
    échou échapp explos flamb fluctu menac gaspill perdur envol effondr accumul aggrav
    débouch fidélis rassur justifi valoris capt vers résult découl concern handicap
    signifi impliqu reflét indiqu suscit frôl avoisin libér fragilis expos port totalis
    cumul affich
    """
)
# Stems of second-group verbs (-ir, -issent).
_IR = wordset(
    """
    about accompl affaibl ag alourd amort approfond assoupl bât chois convert défin élarg
    enrich établ fin fléch fourn franch garant grand invest maigr nourr ralent réag réfléch
    rempl répart rétabl réuss réun sais surg vieill
    sub bond
    """
)
_NO_E = wordset(
    "limit test command factur demand fix continu complét dur financ gard programm précis "
    "valid doubl tripl"
)
"""Stems whose "-e" form reads first as a noun or adjective ("date limite", "intervalle fixe",
"la finance", "carte valide"): only their other forms count."""
_ER_FINITE = ("eront", "eraient", "erait", "erons", "erez", "aient", "eons", "era", "ait",
              "ent", "ons", "iez", "ez", "e")  # fmt: skip
_ER_PARTICIPLE = ("ées", "ée", "és", "é")
_IR_FINITE = ("issaient", "issait", "issent", "issons", "issez", "iront", "irait", "ira", "it")
_IR_PARTICIPLE = ("ies", "ie", "is", "i")
# Irregular finite forms (third group, auxiliaries and modals).
_FINITE = wordset(
    """
    est sont sommes êtes était étaient sera seront serait seraient soit soient fut a ont avons
    avez avait avaient aura auront aurait auraient ait aient va vont allons allez allait ira
    iront irait fait font faisons faites faisait fera feront ferait peut peuvent pouvons
    pouvez pouvait pourra pourront pourrait pourraient puisse doit doivent devons devez devait
    devra devront devrait devraient veut veulent voulons voudrait voudrions faut faudra
    faudrait fallait vaut valent vaudra vaudrait sait savent voit voient voyons verra prévoit
    prévoient prévoyons perd perdent perdons perdez perdait perdra perdront perdrait rend
    rendent rendra vend vendent dépend dépendent dépendra attend attendent attendons répond
    répondent prend prennent prenons prenez prendra comprend comprennent reprend reprennent
    met mettent mettons mettez mettra permet permettent permettra permettrait remet soumet
    soumettons promet vient viennent venons viendra devient deviennent deviendra revient
    reviennent provient proviennent parvient parviennent tient tiennent tiendra maintient
    maintiennent maintenons maintiendra obtient obtiennent obtenons obtiendra retient
    retiennent retenons contient soutient soutiennent dit disent produit produisent produira
    réduit réduisent réduisons réduira réduirait conduit conduisent construit construisent
    construisons traduit traduisent atteint atteignent atteignons atteindra atteindrait
    craint rejoint croît croissent accroît accroissent décroît décroissent connaît
    connaissent paraît apparaît disparaît disparaissent suit suivent suivons suivra poursuit
    poursuivent poursuivons ouvre ouvrent ouvrons offre offrent offrons couvre couvrent
    souffre souffrent part partent partira sort sortent sert servent résout bat suffit
    suffisent suffira conclut inclut exclut reçoit reçoivent recouvre recouvrent déploie
    déploient paie paient emploie
    requiert requièrent fond fondent
    """
)
_INFINITIVES = wordset(
    """
    être avoir aller faire pouvoir devoir vouloir falloir valoir savoir voir prévoir perdre
    rendre vendre dépendre attendre répondre prendre comprendre reprendre entreprendre mettre
    permettre remettre soumettre promettre venir devenir revenir parvenir tenir maintenir
    obtenir retenir soutenir dire produire réduire conduire construire traduire introduire
    atteindre craindre rejoindre croître accroître connaître disparaître suivre poursuivre
    ouvrir offrir couvrir souffrir découvrir partir sortir servir résoudre battre combattre
    suffire conclure inclure exclure recevoir acquérir
    """
)
_PARTICIPLES = wordset(
    """
    perdu perdue perdus perdues pris prise prises mis mise mises permis faite faites réduite
    réduites atteinte atteintes obtenu obtenue obtenus obtenues maintenu maintenue retenu
    retenue retenus retenues suivi suivie suivis suivies ouvert ouverte ouverts offert couvert
    couverte couverts prévu prévue prévus prévues vu vue vus vues voulu dû pu reçu reçus
    construite construits conduite résolu résolue attendu attendue attendus attendues rendu
    vendu vendus parti partie partis venu devenu repris remis compris produite produits
    """
)
_DETERMINERS = wordset(
    """
    le la les l un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre
    nos votre vos leur leurs chaque quel quelle quels quelles tout toute tous toutes plusieurs
    certains certaines aucun aucune
    """
)
_PREPOSITIONS = wordset(
    "de d à en pour par sur sans avec dans vers contre entre sous après avant chez selon dès "
    "depuis jusqu"
)
_ADJECTIVES = wordset(
    """
    nouvelle nouveau nouvel forte fort faible légère léger nette net première premier
    prochaine prochain dernière dernier grande grand petite petit bonne bon meilleure meilleur
    seule seul même autre simple double triple vraie vrai mauvaise haute basse large rapide
    principal principale principaux véritable réel réelle unique
    """
)
_CUES = wordset("nous vous il ils elle elles on ne n se s qui je j")
_OBJECT_PRONOUNS = wordset("lui y en me m te t se s nous vous")
_ARTICLE_PRONOUNS = wordset("le la les l leur")
"""An article, or an object pronoun when a verb follows ("nous la présenterons")."""
_STOP = wordset(
    """
    et ou mais donc car ni que qu pas plus moins très bien aussi encore déjà toujours jamais
    chez assez tant peu trop ici là alors puis ainsi comme si quand lorsque dont où
    """
)
_PRE_NOUN = _DETERMINERS | _PREPOSITIONS | _ADJECTIVES


def _kind(word: str) -> str | None:
    """What a (lower-case) word is as a verb: ``finite`` (sure), ``form`` (a finite form that
    may be a noun: "baisse", "fait"), ``infinitive``, ``participle``, or ``None``."""
    if word in _STOP or word.endswith(("tion", "tions", "sion", "sions", "ment", "ments")):
        return None
    if word in _INFINITIVES:
        return "infinitive"
    if word in _FINITE:
        return "form"
    if word in _PARTICIPLES:
        return "participle"
    if len(word) >= 5 and word.endswith("ez"):
        return "finite"
    for table, finite, participle, infinitive in (
        (_ER, _ER_FINITE, _ER_PARTICIPLE, "er"),
        (_IR, _IR_FINITE, _IR_PARTICIPLE, "ir"),
    ):
        if word.endswith(infinitive) and _stem_in(word[: -len(infinitive)], table):
            return "infinitive"
        for ending in finite:
            stem = word[: -len(ending)]
            if word.endswith(ending) and _stem_in(stem, table):
                if ending in ("e", "ent"):
                    return None if ending == "e" and _plain(stem) in _NO_E else "form"
                return "finite"
        if any(word.endswith(e) and _stem_in(word[: -len(e)], table) for e in participle):
            return "participle"
    return None


def _plain(stem: str) -> str:
    """A stem with a stressed "è" (and doubled consonant) as it is listed: "pès" -> "pes"."""
    for doubled, single in (("ell", "el"), ("ett", "et")):
        if stem.endswith(doubled):
            stem = stem[: -len(doubled)] + single
    return re.sub(r"è([^aeiouyéèêàâîïôû]+)$", r"e\1", stem)


def _stem_in(stem: str, table: frozenset[str]) -> bool:
    """Whether ``stem`` is listed, also as its "è" form ("récupèr", "achèt", "pès")."""
    if len(stem) < 2:
        return False
    plain = _plain(stem)
    return stem in table or plain in table or re.sub(r"è(?=[^aeiouy]+$)", "é", stem) in table


_TOKEN = re.compile(r"[^\W\d_]+|[:.!?;–—,]")


def _tokens(text: str) -> list[tuple[str, bool]]:
    """The lower-case words of ``text`` (elisions split: "l'ARR" is "l", "arr"), each with
    whether it starts a sentence or follows a colon; a comma is kept as ",", a pause."""
    out: list[tuple[str, bool]] = []
    initial = True
    for match in _TOKEN.finditer(text.lower().replace("peut-être", "peutêtre")):
        token = match.group()
        if token in ":.!?;–—":
            initial = True
            continue
        out.append((token, initial and token != ","))
        initial = False
    return out


def has_verb(text: str) -> bool:
    """Whether a French headline has a verb (a heuristic, not a parser): see the module."""
    tokens = _tokens(text)
    quantity = has_digit(text) or bool(_NUMBER_WORDS.search(text))
    cue = False
    for i, (word, initial) in enumerate(tokens):
        before = tokens[i - 1][0] if i and not initial else ""
        after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if cue and (word in _OBJECT_PRONOUNS or word in _ARTICLE_PRONOUNS):
            continue  # nous vous demandons, nous la présenterons, n'en récupérons
        if word == ",":
            cue = False  # "pour nous, la priorité"
            continue
        if cue and word not in _PRE_NOUN | _STOP and not word.endswith(("tion", "ment")):
            return True
        cue = word in _CUES
        kind = _kind(word)
        if kind == "infinitive" and before not in _DETERMINERS:
            if not (initial and word in ("pouvoir", "devoir", "savoir", "avoir", "être")):
                return True
        elif kind == "finite" and (not initial or word.endswith(("ez", "ons"))):
            return True
        elif kind == "form" and not initial and before not in _PRE_NOUN:
            nominal = before in ("et", "ou", ",") and after in ("de", "d", "du", "des")
            if not nominal:
                return True
        elif kind == "participle" and quantity and not initial and before not in _DETERMINERS:
            return True
    return False


_LABELS = """
    constat|impact économique|indicateurs|options et arbitrages|notre demande|contexte|
    le contexte|problématique|la problématique|problème|le problème|enjeux|les enjeux|
    contexte et enjeux|situation|situation actuelle|état des lieux|diagnostic|synthèse|résumé|
    synthèse exécutive|résumé exécutif|executive summary|vue d ensemble|en bref|impact|
    impacts|impact business|impact métier|enjeux business|bénéfices|bénéfices attendus|
    gains attendus|gains|valeur|création de valeur|indicateurs clés|kpi|kpis|métriques|
    indicateurs de succès|indicateurs de performance|résultats|résultats attendus|données|
    chiffres clés|options|les options|options envisagées|alternatives|scénarios|arbitrages|
    arbitrage|comparaison des options|avantages et inconvénients|recommandation|
    notre recommandation|proposition|notre proposition|demande|la demande|décision|
    décision attendue|décision demandée|décisions|demande d arbitrage|prochaines étapes|
    étapes suivantes|suite|plan d action|feuille de route|calendrier|planning|jalons|risques|
    risques et mitigations|investissement|investissements|budget|ressources|objectifs|
    stratégie|conclusion|questions|ordre du jour|agenda|annexe|annexes|points clés|
    business case|solution|la solution|proposition de valeur|mise en œuvre
    """
LABELS = frozenset(normal(label) for label in _LABELS.split("|"))
"""Label-like headlines, :func:`~cpo_deck.check.words.normal`-ised."""

_NB = "\u00a0"
TITLE_EXAMPLES = {
    "problem": f"6{_NB}% des renouvellements par carte échouent, et nous n'en récupérons que "
    f"12{_NB}%",
    "impact": f"Les relances intelligentes récupèrent 2,8{_NB}M€ d'ARR sur l'exercice 2027",
    "metrics": f"Le taux de récupération doit passer de 12{_NB}% à 40{_NB}% d'ici le T2 2027",
    "tradeoffs": "Développer en interne récupère le plus de revenus, sans second prestataire",
    "ask": "Approuver deux équipes dès maintenant pour récupérer du revenu dès le T2",
}

STATUS_QUO = re.compile(
    r"(?<!\w)(statu[st]?\s+quo|ne\s+rien\s+(?:faire|changer)|ne\s+pas\s+agir|inaction|"
    r"maintenir|maintien|conserver|garder|en\s+l[’']état|tel(?:le)?s?\s+quel(?:le)?s?|"
    r"actuel(?:le)?s?|existant(?:e)?s?|inchangée?s?|sans\s+changement|aucun\s+changement|"
    r"continuer|poursuivre|attendre|reporter|report|différer|au\s+fil\s+de\s+l[’']eau|"
    r"scénario\s+de\s+référence|option\s+zéro)(?!\w)",
    re.IGNORECASE,
)

DECISION_VERBS = wordset(
    """
    approuver valider autoriser financer arbitrer décider choisir allouer accorder engager
    lancer débloquer affecter retenir adopter entériner acter confirmer prioriser recruter
    investir mandater donner arrêter suspendre reporter étendre poursuivre signer acheter
    construire développer sélectionner privilégier consacrer attribuer doter renforcer
    accepter ratifier statuer trancher octroyer staffer
    """
)
_IMPERATIVES = frozenset({v[:-2] + "ez" for v in DECISION_VERBS if v.endswith("er")}) | wordset(
    "choisissez investissez poursuivez construisez étendez suspendez retenez mettez prenez achetez"
)
_FINITE_DECISIONS = frozenset(
    {v[:-2] + "e" for v in DECISION_VERBS if v.endswith("er")}
    | wordset("choisit investit retient décide étend suspend poursuit")
)
_ASK_NOUNS = wordset(
    """
    validation approbation autorisation accord arbitrage décision choix financement allocation
    affectation attribution déblocage engagement lancement adoption go demande
    """
)
_BODIES = wordset("comité conseil comex codir directoire board bureau")
_REQUESTS = wordset("demandons sollicitons requérons demande sollicite")
_PROPOSALS = wordset(
    "proposons recommandons souhaitons voudrions aimerions soumettons avons attendons propose "
    "recommande souhaite voudrais soumets"
)


_ASKED = wordset("validation approbation autorisation accord arbitrage vert décision financement")


def _asks_for(words: list[str]) -> bool:
    """Whether ``words`` hold something to say yes to: an ask noun or a decision verb."""
    return any(w in DECISION_VERBS or w in _ASKED for w in words)


def _opens_decision(text: str) -> bool:
    """Whether a French decision is something to say yes to.

    Accepted: an infinitive or "vous" imperative of a decision verb ("Approuver ...",
    "Validez ...", "Arbitrer ..."), an ask noun with its complement ("Validation de ...",
    "Feu vert pour ...", "Demande d'arbitrage ..."), "Nous demandons / sollicitons ...",
    "Nous proposons / recommandons ..." with an ask in it, "Merci de valider ...", and the
    resolution form "Le comité approuve ...".
    """
    words = [w for w, _ in _tokens(text) if w != ","]
    if not words:
        return False
    first, rest = words[0], words[1:]
    second = rest[0] if rest else ""
    if first in DECISION_VERBS or first in _IMPERATIVES:
        return True
    if first in _ASK_NOUNS and second in ("de", "d", "du", "des", "pour", "sur", "en", "à", "au"):
        return True
    if (first, second) == ("feu", "vert") or (first == "merci" and _asks_for(rest[:3])):
        return True
    if first in ("nous", "je", "j") and rest:
        verb = rest[1] if second == "vous" and len(rest) > 1 else second
        return verb in _REQUESTS or (verb in _PROPOSALS and _asks_for(rest))
    if first == "il" and rest[:2] in (["est", "demandé"], ["est", "proposé"]):
        return True
    if first in ("le", "la", "l") and second in _BODIES:
        return any(w in _FINITE_DECISIONS for w in rest[1:5])
    return False


JARGON = (
    (
        re.compile(
            r"(?<!\w)(statistiquement\s+significati(?:f|ve|fs|ves)|significativité\s+"
            r"statistique|seuils?\s+de\s+significativité|intervalles?\s+de\s+confiance|"
            r"tests?\s+t|tests?\s+de\s+student|t-tests?|valeurs?[- ]p|p-valeurs?|"
            r"hypothèses?\s+nulles?|stat[- ]?sig)(?!\w)",
            re.IGNORECASE,
        ),
        "statistics",
    ),
    (
        re.compile(
            r"(?<!\w)(sprints?|backlogs?|points?\s+d[’']effort|story\s+points?|"
            r"points?\s+de\s+complexité|epics?|jira|burn-?downs?|stand-?ups?|"
            r"mêlées?\s+quotidiennes?|user\s+stor(?:y|ies)|récits?\s+utilisateurs?)(?!\w)",
            re.IGNORECASE,
        ),
        "process",
    ),
)

WORDS = Words(
    name="French",
    has_verb=has_verb,
    number_words=_NUMBER_WORDS,
    labels=LABELS,
    opens_decision=_opens_decision,
    decision_verbs="approuver, valider, autoriser, financer, arbitrer, décider, …",
    decision_example=f"Approuver deux équipes et 600{_NB}k€ sur le S1 2027 pour développer les "
    "relances intelligentes",
    status_quo=STATUS_QUO,
    status_quo_example="name: Conserver le processus actuel, summary: Statu quo",
    jargon=JARGON,
    title_examples=TITLE_EXAMPLES,
)
