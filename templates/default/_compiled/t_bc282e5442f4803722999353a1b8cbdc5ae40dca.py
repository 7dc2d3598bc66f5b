from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'labels.es.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_areas = l_0_words = l_0_sections = missing
    pass
    l_0_areas = {'revenue': 'Ingresos', 'retention': 'Retención', 'growth': 'Crecimiento', 'margin': 'Margen', 'cost': 'Costes', 'risk': 'Riesgo', 'strategy': 'Estrategia'}
    context.vars['areas'] = l_0_areas
    context.exported_vars.add('areas')
    l_0_words = {'evidence': 'Datos de respaldo', 'scorecard': 'Medición del éxito', 'actual': 'Real', 'target': 'Objetivo', 'baseline': 'Punto de partida', 'now': 'Actual', 'current': 'actualmente', 'higher_is_better': 'cuanto más alto, mejor', 'lower_is_better': 'cuanto más bajo, mejor', 'guardrail': 'métrica de control', 'holding': 'dentro del límite', 'breached': 'fuera del límite', 'limit': 'Límite', 'at_most': 'máx.', 'at_least': 'mín.', 'option': 'Opción', 'pros': 'Ventajas', 'cons': 'Inconvenientes', 'cost': 'Coste', 'time': 'Plazo', 'recommended': 'Recomendada', 'not_doing': 'Fuera de alcance', 'risks': 'Riesgos', 'decision': 'Propuesta de decisión', 'investment': 'Inversión', 'by': 'Fecha límite para decidir', 'owner': 'Responsable', 'next_steps': 'Próximos pasos', 'title': 'Título', 'subtitle': 'Subtítulo', 'moved': 'Por falta de espacio, no figura en la diapositiva:', 'alt_from': 'de', 'alt_to': 'a', 'alt_in': 'en', 'points': 'pp', 'chart': 'Gráfico', 'alt_target': 'objetivo', 'quote_open': '“', 'quote_close': '”', 'colon': ': ', 'speaker_notes': 'Notas del orador'}
    context.vars['words'] = l_0_words
    context.exported_vars.add('words')
    l_0_sections = {'problem': 'El problema', 'impact': 'Impacto en el negocio', 'metrics': 'Indicadores', 'tradeoffs': 'Alternativas', 'ask': 'Decisión requerida'}
    context.vars['sections'] = l_0_sections
    context.exported_vars.add('sections')

blocks = {}
debug_info = '2=12&11=15&54=18'
# Jinja2 3.1.6's code for default/labels.es.j2, by tools/compile_templates.py
