"""The Spanish words the readiness rules read a brief with: verbs, number words, label-like
headlines, decision openings, status-quo words and team jargon.

Spanish drops the subject ("Perdemos 2,8 M€") and puts the verb first as often as not ("Falla
el 6 % de las renovaciones"), and many verb forms are nouns too ("la mejora", "el ajuste"). A
word is a verb when it is a known irregular form ("es", "debe", "pierden", "cuesta"), a known
stem with a verb ending ("recuper-an", "desarroll-ar", "desarrollar-lo"), a first person
plural without an accent ("perdemos", "invertimos"; not "próximos"), a preterite or future
("recuperó", "subirá"), a gerund, or the word after "se"/"no" ("se recuperan"). A form that is
also a noun ("mejora", "ajuste") is not a verb after a determiner, a preposition or a
prenominal adjective ("la mejora", "una gran mejora"); first in a title it counts only before
a determiner or a number ("Falla el 6 %", not "Mejora de la tasa"). A past participle alone
counts only next to a quantity ("2,8 M€ recuperados"), not in a label ("Resultados esperados").
"""

from __future__ import annotations

import re

from ..words import Words, has_digit, normal, wordset

_NUMBER_WORDS = re.compile(
    r"(?<!\w)(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|cientos?|mil|"
    r"miles|millón|millones|millar(?:es)?|docenas?|decenas?|centenar(?:es)?|mitad(?:es)?|"
    r"tercios?|cuartos?|dobles?|duplic\w*|triples?|triplic\w*|cuadruplic\w*|"
    r"multiplic\w+)(?!\w)",
    re.IGNORECASE,
)

# Stems (infinitive minus -ar, -er, -ir) of verbs common in executive Spanish.
_AR = wordset(
    """
    abandon aceler acept acort actualiz acumul adapt adopt afect agiliz ahorr ajust alarg
    alcanz ampli analiz anticip aplaz aport apost arranc arroj asegur asign aument automatiz
    autoriz avanz baj bloque cambi cancel captur caduc carg cobr colabor compar compens
    complet compr concentr confirm consider consolid contact contrarrest contrat control
    cre cuadruplic cuantific dej desarroll descart desist desperdici destac destin detect
    dispar dobl domin dupl duplic elev elimin empeor encaj enfoc entreg equilibr escal escap
    esper estabiliz estanc estim evalu evit explic export factur fall financi fij firm
    formaliz fren frustr fug gan gast gener gestion implant implement impuls incorpor
    increment inici integr intent lanz lider limit logr mejor migr minimiz moviliz multiplic
    necesit negoci notific optimiz pag pas penaliz plane plante prioriz program proyect
    quem reactiv rebaj rebas rechaz recort recuper registr reintent renov rentabiliz
    reorganiz represent rescat reserv result retras revis rond salv simplific solicit super
    sum trabaj traslad triplic us utiliz valid valor aprob mostr demostr encontr empez
    comenz cerr despleg acord record
    signific amortiz reflej indic implic present llev lleg tom propici facilit
    dificult evidenci justific garantiz lastr erosion merm desaceler desplom falt qued pes
    """
)
_ER = wordset(
    """
    absorb aparec aprend ca corr crec deb depend desaparec devolv encarec establec favorec
    fortalec merec ofrec padec parec perd permanec pod proced promet respond romp sorprend
    vend venc
    """
)
_IR = wordset(
    """
    abr asum compart concurr conduc consist cumpl decid defin describ dirig divid emit escrib
    exig exist insist introduc invert ocurr omit permit persist prescind produc recib recurr
    reduc repercut sub sufr surg transmit viv
    añad hund
    """
)
_NOUN_FORMS = frozenset({"ajuste", "cobre", "doble", "baja", "bajan", "presente", "pese"})
"""Forms of listed stems that read first as a noun or adjective ("el ajuste", "tasa baja")."""
_AR_ENDINGS = {
    "finite": ("ábamos", "aremos", "arían", "aría", "aron", "aban", "aba", "amos", "arán",
               "ará", "emos", "ando", "ó"),
    "form": ("an", "en", "a", "e"),
    "participle": ("adas", "ados", "ada", "ado"),
}  # fmt: skip
_ERIR_ENDINGS = {
    "finite": ("ieron", "eremos", "iremos", "erían", "irían", "ería", "iría", "iendo", "erán",
               "irán", "emos", "imos", "amos", "erá", "irá", "ían", "ía", "ió"),
    "form": ("an", "en", "a", "e"),
    "participle": ("idas", "idos", "ida", "ido"),
}  # fmt: skip
# Irregular finite forms: auxiliaries, modals, stem-changing and irregular verbs.
_FINITE = wordset(
    """
    es son era eran será serán sería serían fue fueron sea sean está están estaba estaban
    estará estarán estaría esté estén ha han había habían habrá habrán habría hay hubo haya
    hayan va van iba iban irá vaya vayan puede pueden pudo podrá podrán podría podrían pueda
    debe deben debía deberá deberían debería tiene tienen tenía tendrá tendría tuvo tenga
    tengan hace hacen hizo hará haría haga hagan sigue siguen siguió seguirá siga consigue
    consiguen consiguió pierde pierden pierda cuesta cuestan costó costará cueste mantiene
    mantienen mantuvo mantendrá mantenga obtiene obtienen obtuvo obtendrá contiene sostiene
    requiere requieren requirió quiere quieren prefiere sugiere invierte invierten invirtió
    invierta vuelve vuelven volvió mueve mueven resuelve resuelven supone suponen supuso
    propone proponen propuso dispone da dan dio dará ve ven vio verá cae caen cayó caerá
    trae traen trajo pone ponen puso pondrá sale salen salió saldrá viene vienen vino vendrá
    elige eligen eligió pide piden pidió mide miden repite compite convierte convierten
    convirtió advierte demuestra demuestran muestra muestran encuentra encuentran cuenta
    cuentan aprueba aprueban comprueba recuerda juega empieza empiezan comienza comienzan
    cierra cierran piensa entiende extiende defiende despliega sitúa sitúan incluye incluyen
    contribuye contribuyen disminuye disminuyen distribuye sustituye construye construyen
    atribuye reúne acierta refuerza refuerzan recomienda recomiendan sirve sirven siente
    sienten dice dicen dijo dirá vale valen valdrá cabe sabe saben supo sabrá prevé prevén
    previó conlleva conllevan renueva renuevan
    atrae atraen retiene retienen
    """
)
_INFINITIVES = wordset(
    """
    ser estar haber ir poder deber tener hacer seguir conseguir perder costar mantener
    obtener requerir querer preferir invertir volver mover resolver suponer proponer dar ver
    caer traer poner salir venir elegir pedir medir convertir demostrar mostrar encontrar
    contar aprobar comprobar empezar comenzar cerrar pensar entender extender defender
    desplegar incluir contribuir disminuir sustituir construir reunir reforzar recomendar
    servir decir valer saber prever
    """
)
_PARTICIPLES = wordset(
    """
    hecho hecha hechos hechas puesto puesta vuelto resuelto abierto cubierto dicho escrito
    previsto prevista previstos propuesto propuesta roto visto supuesto impuesto dispuesto
    devuelto
    """
)
_DETERMINERS = wordset(
    """
    el la los las lo un una unos unas este esta estos estas ese esa esos esas su sus nuestro
    nuestra nuestros nuestras cada cualquier todo toda todos todas otro otra otros otras al
    del mismo misma ningún ninguna algún alguna varios varias
    """
)
_PREPOSITIONS = wordset(
    "de a en para por con sin sobre entre hacia hasta desde según tras ante contra durante"
)
_ADJECTIVES = wordset(
    """
    nueva nuevo gran grande fuerte ligera ligero leve primera primer primero próxima próximo
    última último mejor peor única único sola solo mayor menor buena buen mala mal doble
    triple principal verdadera verdadero clara claro
    """
)
_STOP = wordset(
    """
    y e o u ni pero sino que como cuando donde si ya más menos muy bien también aún todavía
    solo siempre nunca casi hoy cuanto cuando mando comando tramos reclamos ramos gramos
    extremos supremos primos
    """
)
_PRE_NOUN = _DETERMINERS | _PREPOSITIONS | _ADJECTIVES
_NOUN_INFINITIVES = wordset("poder deber haber ser saber")
"""Infinitives that open a label as nouns ("Poder de negociación")."""
_CLITIC = re.compile(r"(?<=[aei]r)(?:se)?(?:lo|la|los|las|le|les|nos|se)$")
_NOT_VERB_ENDINGS = ("ción", "ciones", "sión", "siones", "mente", "miento", "mientos", "dad")


def _by_stem(word: str) -> str | None:
    """The kind of ``word`` as a form of a listed stem (see :func:`_kind`), or ``None``."""
    for table, endings, infinitive in (
        (_AR, _AR_ENDINGS, "ar"),
        (_ER, _ERIR_ENDINGS, "er"),
        (_IR, _ERIR_ENDINGS, "ir"),
    ):
        if word.endswith(infinitive) and word[: -len(infinitive)] in table:
            return "infinitive"
        for kind, group in endings.items():
            for ending in group:
                stem = word[: -len(ending)]
                if word.endswith(ending) and len(stem) >= 2 and stem in table:
                    if word in _NOUN_FORMS:
                        return None
                    return kind
    return None


def _kind(word: str) -> str | None:
    """What a (lower-case) word is as a verb: ``finite`` (sure), ``form`` (a finite form that
    may be a noun: "mejora", "ajuste"), ``infinitive``, ``participle``, or ``None``."""
    if word in _STOP or word.endswith(_NOT_VERB_ENDINGS) or len(word) < 2:
        return None
    if word in _INFINITIVES:
        return "infinitive"
    if word in _IMPERATIVES:
        return "finite"
    if word in _FINITE:
        return "form" if word in ("cuenta", "muestra", "vale", "cae", "era", "vino") else "finite"
    if word in _PARTICIPLES:
        return "participle"
    kind = _by_stem(word)
    if kind is None and _CLITIC.search(word):
        bare = _CLITIC.sub("", word)
        kind = "infinitive" if bare in _INFINITIVES or _by_stem(bare) == "infinitive" else None
    if kind is not None:
        return kind
    accented = re.search(r"[áéíóú]", word[:-1])
    if len(word) >= 6 and word.endswith(("amos", "emos", "imos")) and not accented:
        return "finite"  # perdemos, invertimos; not próximos, últimos, préstamos
    if len(word) >= 4 and word.endswith(("ó", "aron", "ieron", "ará", "erá", "irá", "arán",
                                         "erán", "irán")):  # fmt: skip
        return "finite"
    if len(word) >= 6 and word.endswith(("ando", "iendo")):
        return "finite"
    return None


_TOKEN = re.compile(r"[^\W\d_]+|[:.!?;–—]|\d")


def _tokens(text: str) -> list[tuple[str, bool]]:
    """The lower-case words (and digits, as "0") of ``text``, each with whether it starts a
    sentence or follows a colon."""
    out: list[tuple[str, bool]] = []
    initial = True
    for match in _TOKEN.finditer(text.lower()):
        token = match.group()
        if token in ":.!?;–—":
            initial = True
            continue
        if token.isdigit():
            if not out or out[-1][0] != "0":
                out.append(("0", False))
            continue
        out.append((token, initial))
        initial = False
    return out


def has_verb(text: str) -> bool:
    """Whether a Spanish headline has a verb (a heuristic, not a parser): see the module."""
    tokens = _tokens(text)
    quantity = has_digit(text) or bool(_NUMBER_WORDS.search(text))
    for i, (word, initial) in enumerate(tokens):
        before = tokens[i - 1][0] if i and not initial else ""
        after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        kind = _kind(word)
        if before in ("se", "no") and word not in _PRE_NOUN and kind != "participle":
            adjective = word.endswith(("nte", "ble", "ntes", "bles"))
            if kind or (word.endswith(("a", "an", "e", "en", "ía")) and not adjective):
                return True
        nominal = before in _DETERMINERS or (initial and word in _NOUN_INFINITIVES)
        if kind == "finite" or (kind == "infinitive" and not nominal):
            return True
        if kind == "form":
            if initial and (after in _DETERMINERS or after == "0"):
                return True
            if not initial and before not in _PRE_NOUN:
                return True
        if kind == "participle" and quantity and not initial and before not in _DETERMINERS:
            return True
    return False


_LABELS = """
    el problema|impacto en el negocio|indicadores|alternativas|decisión requerida|problema|
    contexto|antecedentes|situación actual|situación|punto de partida|diagnóstico|resumen|
    resumen ejecutivo|executive summary|visión general|panorama|en resumen|impacto|
    impacto de negocio|impacto económico|beneficios|beneficios esperados|valor|
    métricas|métricas clave|indicadores clave|kpi|kpis|resultados|resultados esperados|
    datos|cifras clave|opciones|las opciones|opciones consideradas|escenarios|
    análisis de alternativas|compromisos|ventajas y desventajas|pros y contras|
    recomendación|nuestra recomendación|propuesta|nuestra propuesta|petición|solicitud|
    nuestra petición|lo que pedimos|decisión|decisiones|decisión necesaria|
    decisión solicitada|próximos pasos|siguientes pasos|plan|plan de acción|hoja de ruta|
    calendario|cronograma|hitos|riesgos|riesgos y mitigación|inversión|inversión necesaria|
    presupuesto|recursos|objetivos|estrategia|conclusión|conclusiones|preguntas|agenda|
    orden del día|anexo|anexos|caso de negocio|business case|solución|la solución|
    implantación|puntos clave
    """
LABELS = frozenset(normal(label) for label in _LABELS.split("|"))
"""Label-like headlines, :func:`~cpo_deck.check.words.normal`-ised."""

_NB = "\u00a0"
TITLE_EXAMPLES = {
    "problem": f"Falla el 6{_NB}% de las renovaciones con tarjeta y solo recuperamos el 12{_NB}%",
    "impact": f"Los reintentos inteligentes recuperan 2,8{_NB}M€ de ARR en 2027",
    "metrics": f"La tasa de recuperación debe subir del 12{_NB}% al 40{_NB}% para el T2 2027",
    "tradeoffs": "Desarrollarlo internamente recupera más ingresos y evita un segundo proveedor",
    "ask": "Aprobar ya dos equipos para empezar a recuperar ingresos en el T2",
}

STATUS_QUO = re.compile(
    r"(?<!\w)(statu[s]?\s+quo|no\s+hacer\s+nada|no\s+actuar|sin\s+cambios|ningún\s+cambio|"
    r"mantener|mantenemos|seguir\s+igual|"
    r"(?:seguir\s+)?como\s+hasta\s+ahora|continuar|seguir\s+con|actual(?:es)?|"
    r"existentes?|esperar|aplazar|posponer|postergar|diferir|conservar|inacción|"
    r"escenario\s+base|dejarlo\s+como\s+está|dejar\s+\w+\s+como\s+está)(?!\w)",
    re.IGNORECASE,
)

DECISION_VERBS = wordset(
    """
    aprobar autorizar financiar validar decidir elegir asignar destinar dotar invertir
    lanzar contratar priorizar adoptar seleccionar confirmar respaldar apoyar acordar
    ratificar liberar desbloquear comprometer detener pausar cancelar ampliar extender
    mantener construir comprar firmar dar aceptar iniciar arrancar poner escoger optar
    desarrollar
    """
)
_IMPERATIVES = wordset(
    """
    apruebe aprueben aprobemos autorice autoricen autoricemos financie financien valide
    validen decida decidan decidamos elija elijan elijamos asigne asignen asignemos destine
    destinen invierta inviertan invirtamos lance lancen lancemos contrate contraten
    priorice prioricen adopte adopten seleccione seleccionen confirme confirmen respalde
    respalden apoye apoyen acuerde acuerden ratifique ratifiquen libere liberen desbloquee
    desbloqueen detenga detengan cancele cancelen amplíe amplíen extienda extiendan mantenga
    mantengan construya construyan compre compren firme firmen dé den acepte acepten
    inicie inicien arranque arranquen ponga pongan escoja escojan opte opten dote doten
    """
)
_FINITE_DECISIONS = wordset(
    "aprueba autoriza decide asigna valida ratifica acuerda respalda financia elige destina dota"
)
_ASK_NOUNS = wordset(
    """
    aprobación autorización validación asignación financiación financiamiento decisión
    elección lanzamiento contratación respaldo liberación dotación priorización selección
    aval go
    """
)
_ASKED = wordset("aprobación autorización validación visto luz decisión respaldo aval apoyo")
_BODIES = wordset("comité consejo directorio junta dirección")
_REQUESTS = wordset("solicitamos pedimos requerimos rogamos solicito pido")
_PROPOSALS = wordset(
    "proponemos recomendamos planteamos sometemos queremos quisiéramos deseamos necesitamos "
    "propongo recomiendo"
)


def _asks_for(words: list[str]) -> bool:
    """Whether ``words`` hold something to say yes to: an ask noun or a decision verb."""
    return any(w in DECISION_VERBS or w in _ASKED for w in words)


def _opens_decision(text: str) -> bool:
    """Whether a Spanish decision is something to say yes to.

    Accepted: an infinitive or a formal imperative of a decision verb ("Aprobar ...",
    "Apruebe ...", "Aprobemos ..."), an ask noun with its complement ("Aprobación de ...",
    "Luz verde para ...", "Visto bueno a ..."), "Solicitamos / Pedimos ...", "Se solicita ...",
    "Proponemos / Recomendamos ..." with an ask in it, and the resolution form "El comité
    aprueba ...".
    """
    words = [w for w, _ in _tokens(text) if w != "0"]
    if not words:
        return False
    first, rest = words[0], words[1:]
    second = rest[0] if rest else ""
    bare = _CLITIC.sub("", first)
    if first in DECISION_VERBS or bare in DECISION_VERBS or first in _IMPERATIVES:
        return True
    if first in _ASK_NOUNS and second in ("de", "del", "para", "a", "al", "sobre", "en"):
        return True
    if (first, second) in (("luz", "verde"), ("visto", "bueno")):
        return True
    if first in _REQUESTS or (first == "se" and second in ("solicita", "pide", "requiere")):
        return True
    if first in _PROPOSALS or (first == "se" and second in ("propone", "recomienda")):
        return _asks_for(rest)
    if first in ("el", "la") and second in _BODIES:
        return any(w in _FINITE_DECISIONS for w in rest[1:5])
    return False


JARGON = (
    (
        re.compile(
            r"(?<!\w)(estadísticamente\s+significativ[oa]s?|significa(?:ción|ncia)\s+"
            r"estadística|nivel(?:es)?\s+de\s+significa(?:ción|ncia)|intervalos?\s+de\s+"
            r"confianza|pruebas?\s+t|tests?\s+t|t-tests?|valor(?:es)?[- ]p|p-valor(?:es)?|"
            r"hipótesis\s+nula|stat[- ]?sig)(?!\w)",
            re.IGNORECASE,
        ),
        "statistics",
    ),
    (
        re.compile(
            r"(?<!\w)(sprints?|backlogs?|puntos?\s+de\s+historia|story\s+points?|épicas?|"
            r"epics?|jira|burn-?downs?|stand-?ups?|user\s+stor(?:y|ies)|historias?\s+de\s+"
            r"usuario|pila\s+de(?:l)?\s+producto)(?!\w)",
            re.IGNORECASE,
        ),
        "process",
    ),
)

WORDS = Words(
    name="Spanish",
    has_verb=has_verb,
    number_words=_NUMBER_WORDS,
    labels=LABELS,
    opens_decision=_opens_decision,
    decision_verbs="aprobar, autorizar, financiar, asignar, decidir, elegir, …",
    decision_example="Aprobar dos equipos y 600.000 € en el S1 2027 para desarrollar los "
    "reintentos inteligentes",
    status_quo=STATUS_QUO,
    status_quo_example="name: Mantener el proceso actual, summary: Statu quo",
    jargon=JARGON,
    title_examples=TITLE_EXAMPLES,
)
