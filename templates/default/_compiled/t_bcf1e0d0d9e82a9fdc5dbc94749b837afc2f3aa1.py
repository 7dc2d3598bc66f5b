from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'labels.fr.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_areas = l_0_words = l_0_sections = missing
    pass
    l_0_areas = {'revenue': 'Chiffre d’affaires', 'retention': 'Fidélisation', 'growth': 'Croissance', 'margin': 'Marge', 'cost': 'Coûts', 'risk': 'Risque', 'strategy': 'Stratégie'}
    context.vars['areas'] = l_0_areas
    context.exported_vars.add('areas')
    l_0_words = {'evidence': 'Éléments factuels', 'scorecard': 'Critères de réussite', 'actual': 'Réalisé', 'target': 'Objectif', 'baseline': 'Point de départ', 'now': 'Aujourd’hui', 'current': 'actuellement', 'higher_is_better': 'à maximiser', 'lower_is_better': 'à minimiser', 'guardrail': 'garde-fou', 'holding': 'dans la limite', 'breached': 'hors limite', 'limit': 'Limite', 'at_most': 'max.', 'at_least': 'min.', 'option': 'Option', 'pros': 'Avantages', 'cons': 'Inconvénients', 'cost': 'Coût', 'time': 'Délai', 'recommended': 'Recommandée', 'not_doing': 'Hors périmètre', 'risks': 'Risques', 'decision': 'Décision attendue', 'investment': 'Investissement', 'by': 'Date limite de décision', 'owner': 'Responsable', 'next_steps': 'Prochaines étapes', 'title': 'Titre', 'subtitle': 'Sous-titre', 'moved': 'Non repris sur la diapositive, faute de place\xa0:', 'alt_from': 'de', 'alt_to': 'à', 'alt_in': 'en', 'points': 'pt', 'chart': 'Graphique', 'alt_target': 'objectif', 'colon': '\xa0: ', 'semicolon': '\u202f; ', 'speaker_notes': 'Notes du présentateur', 'quote_open': '«\xa0', 'quote_close': '\xa0»'}
    context.vars['words'] = l_0_words
    context.exported_vars.add('words')
    l_0_sections = {'problem': 'Constat', 'impact': 'Impact économique', 'metrics': 'Indicateurs', 'tradeoffs': 'Options et arbitrages', 'ask': 'Notre demande'}
    context.vars['sections'] = l_0_sections
    context.exported_vars.add('sections')

blocks = {}
debug_info = '2=12&11=15&55=18'
# Jinja2 3.1.6's code for default/labels.fr.j2, by tools/compile_templates.py
