from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'labels.it.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_areas = l_0_words = l_0_sections = missing
    pass
    l_0_areas = {'revenue': 'Ricavi', 'retention': 'Fidelizzazione', 'growth': 'Crescita', 'margin': 'Marginalità', 'cost': 'Costi', 'risk': 'Rischi', 'strategy': 'Strategia'}
    context.vars['areas'] = l_0_areas
    context.exported_vars.add('areas')
    l_0_words = {'evidence': 'Dati a supporto', 'scorecard': 'Come misuriamo il successo', 'actual': 'Consuntivo', 'target': 'Obiettivo', 'baseline': 'Valore iniziale', 'now': 'Oggi', 'current': 'oggi', 'higher_is_better': 'meglio se più alto', 'lower_is_better': 'meglio se più basso', 'guardrail': 'soglia di controllo', 'holding': 'entro soglia', 'breached': 'fuori soglia', 'limit': 'Soglia', 'at_most': 'max', 'at_least': 'min', 'option': 'Opzione', 'pros': 'Vantaggi', 'cons': 'Svantaggi', 'cost': 'Costo', 'time': 'Tempi', 'recommended': 'Proposta', 'not_doing': 'Fuori perimetro', 'risks': 'Rischi', 'decision': 'Proposta di delibera', 'investment': 'Investimento', 'by': 'Termine per la decisione', 'owner': 'Responsabile', 'next_steps': 'Prossimi passi', 'title': 'Titolo', 'subtitle': 'Sottotitolo', 'moved': 'Non riportato nella slide per motivi di spazio:', 'alt_from': 'da', 'alt_to': 'a', 'alt_in': 'nel', 'points': 'p.p.', 'chart': 'Grafico', 'alt_target': 'obiettivo', 'quote_open': '«', 'quote_close': '»', 'colon': ': ', 'speaker_notes': 'Note del relatore'}
    context.vars['words'] = l_0_words
    context.exported_vars.add('words')
    l_0_sections = {'problem': 'Criticità', 'impact': 'Benefici attesi', 'metrics': 'Indicatori chiave', 'tradeoffs': 'Opzioni a confronto', 'ask': 'Decisione richiesta'}
    context.vars['sections'] = l_0_sections
    context.exported_vars.add('sections')

blocks = {}
debug_info = '2=12&11=15&54=18'
# Jinja2 3.1.6's code for default/labels.it.j2, by tools/compile_templates.py
