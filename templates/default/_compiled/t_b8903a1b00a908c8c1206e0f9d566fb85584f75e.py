from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'labels.pt.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_areas = l_0_words = l_0_sections = missing
    pass
    l_0_areas = {'revenue': 'Receita', 'retention': 'Retenção', 'growth': 'Crescimento', 'margin': 'Margem', 'cost': 'Custos', 'risk': 'Risco', 'strategy': 'Estratégia'}
    context.vars['areas'] = l_0_areas
    context.exported_vars.add('areas')
    l_0_words = {'evidence': 'Evidências', 'scorecard': 'Como vamos medir', 'actual': 'Realizado', 'target': 'Meta', 'baseline': 'Ponto de partida', 'now': 'Atual', 'current': 'hoje em', 'higher_is_better': 'quanto maior, melhor', 'lower_is_better': 'quanto menor, melhor', 'guardrail': 'salvaguarda', 'holding': 'dentro do limite', 'breached': 'fora do limite', 'limit': 'Limite', 'at_most': 'máx.', 'at_least': 'mín.', 'option': 'Opção', 'pros': 'Vantagens', 'cons': 'Desvantagens', 'cost': 'Custo', 'time': 'Prazo', 'recommended': 'Recomendada', 'not_doing': 'Fora do escopo', 'risks': 'Riscos', 'decision': 'Decisão proposta', 'investment': 'Investimento', 'by': 'Prazo para decisão', 'owner': 'Responsável', 'next_steps': 'Próximos passos', 'title': 'Título', 'subtitle': 'Subtítulo', 'moved': 'Fora do slide por falta de espaço:', 'alt_from': 'de', 'alt_to': 'para', 'alt_in': 'em', 'points': 'p.p.', 'chart': 'Gráfico', 'alt_target': 'meta', 'quote_open': '“', 'quote_close': '”', 'colon': ': ', 'speaker_notes': 'Anotações do apresentador'}
    context.vars['words'] = l_0_words
    context.exported_vars.add('words')
    l_0_sections = {'problem': 'Diagnóstico', 'impact': 'Impacto no negócio', 'metrics': 'Indicadores', 'tradeoffs': 'Alternativas avaliadas', 'ask': 'Pedido de aprovação'}
    context.vars['sections'] = l_0_sections
    context.exported_vars.add('sections')

blocks = {}
debug_info = '2=12&11=15&54=18'
# Jinja2 3.1.6's code for default/labels.pt.j2, by tools/compile_templates.py
