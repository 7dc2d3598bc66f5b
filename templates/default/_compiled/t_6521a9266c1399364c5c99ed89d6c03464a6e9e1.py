from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'labels.de.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_areas = l_0_words = l_0_sections = missing
    pass
    l_0_areas = {'revenue': 'Umsatz', 'retention': 'Kundenbindung', 'growth': 'Wachstum', 'margin': 'Marge', 'cost': 'Kosten', 'risk': 'Risiko', 'strategy': 'Strategie'}
    context.vars['areas'] = l_0_areas
    context.exported_vars.add('areas')
    l_0_words = {'evidence': 'Datenbasis', 'scorecard': 'Erfolgsmessung', 'actual': 'Ist', 'target': 'Ziel', 'baseline': 'Ausgangswert', 'now': 'Aktuell', 'current': 'aktuell', 'higher_is_better': 'je höher, desto besser', 'lower_is_better': 'je niedriger, desto besser', 'guardrail': 'Leitplanke', 'holding': 'eingehalten', 'breached': 'verletzt', 'limit': 'Grenze', 'at_most': 'max.', 'at_least': 'min.', 'option': 'Option', 'pros': 'Vorteile', 'cons': 'Nachteile', 'cost': 'Kosten', 'time': 'Dauer', 'recommended': 'Empfohlen', 'not_doing': 'Bewusst ausgeklammert', 'risks': 'Risiken', 'decision': 'Beschlussvorschlag', 'investment': 'Investition', 'by': 'Entscheidung erbeten bis', 'owner': 'Verantwortlich', 'next_steps': 'Nächste Schritte', 'title': 'Titel', 'subtitle': 'Untertitel', 'moved': 'Aus Platzgründen nicht auf der Folie:', 'alt_from': 'von', 'alt_to': 'auf', 'alt_in': 'in', 'points': 'Pkt.', 'chart': 'Diagramm', 'alt_target': 'Ziel', 'quote_open': '„', 'quote_close': '“', 'colon': ': ', 'speaker_notes': 'Sprechernotizen'}
    context.vars['words'] = l_0_words
    context.exported_vars.add('words')
    l_0_sections = {'problem': 'Ausgangslage', 'impact': 'Wirtschaftlicher Nutzen', 'metrics': 'Kennzahlen', 'tradeoffs': 'Handlungsoptionen', 'ask': 'Entscheidungsbedarf'}
    context.vars['sections'] = l_0_sections
    context.exported_vars.add('sections')

blocks = {}
debug_info = '3=12&12=15&55=18'
# Jinja2 3.1.6's code for default/labels.de.j2, by tools/compile_templates.py
