from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'labels.nl.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_areas = l_0_words = l_0_sections = missing
    pass
    l_0_areas = {'revenue': 'Omzet', 'retention': 'Klantbehoud', 'growth': 'Groei', 'margin': 'Marge', 'cost': 'Kosten', 'risk': 'Risico', 'strategy': 'Strategie'}
    context.vars['areas'] = l_0_areas
    context.exported_vars.add('areas')
    l_0_words = {'evidence': 'Onderbouwing', 'scorecard': 'Zo meten we succes', 'actual': 'Realisatie', 'target': 'Doel', 'baseline': 'Nulmeting', 'now': 'Nu', 'current': 'nu', 'higher_is_better': 'hoger is beter', 'lower_is_better': 'lager is beter', 'guardrail': 'randvoorwaarde', 'holding': 'binnen norm', 'breached': 'buiten norm', 'limit': 'Norm', 'at_most': 'max.', 'at_least': 'min.', 'option': 'Optie', 'pros': 'Voordelen', 'cons': 'Nadelen', 'cost': 'Kosten', 'time': 'Doorlooptijd', 'recommended': 'Aanbevolen', 'not_doing': 'Bewust buiten scope', 'risks': 'Risico’s', 'decision': 'Besluitvoorstel', 'investment': 'Investering', 'by': 'Uiterste besluitdatum', 'owner': 'Eigenaar', 'next_steps': 'Vervolgstappen', 'title': 'Titel', 'subtitle': 'Ondertitel', 'moved': 'Wegens ruimtegebrek niet op de slide:', 'alt_from': 'van', 'alt_to': 'naar', 'alt_in': 'in', 'points': 'pp', 'chart': 'Grafiek', 'alt_target': 'doel', 'quote_open': '“', 'quote_close': '”', 'colon': ': ', 'speaker_notes': 'Sprekersnotities'}
    context.vars['words'] = l_0_words
    context.exported_vars.add('words')
    l_0_sections = {'problem': 'Aanleiding', 'impact': 'Impact op de business', 'metrics': 'KPI’s', 'tradeoffs': 'Opties en afwegingen', 'ask': 'Gevraagd besluit'}
    context.vars['sections'] = l_0_sections
    context.exported_vars.add('sections')

blocks = {}
debug_info = '2=12&11=15&54=18'
# Jinja2 3.1.6's code for default/labels.nl.j2, by tools/compile_templates.py
