from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'labels.zh.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_areas = l_0_words = l_0_sections = missing
    pass
    l_0_areas = {'revenue': '收入', 'retention': '客户留存', 'growth': '增长', 'margin': '利润率', 'cost': '成本', 'risk': '风险', 'strategy': '战略'}
    context.vars['areas'] = l_0_areas
    context.exported_vars.add('areas')
    l_0_words = {'evidence': '数据支撑', 'scorecard': '成效衡量', 'actual': '实际值', 'target': '目标', 'baseline': '基准值', 'now': '当前值', 'current': '当前', 'higher_is_better': '越高越好', 'lower_is_better': '越低越好', 'guardrail': '护栏指标', 'holding': '达标', 'breached': '越线', 'limit': '阈值', 'at_most': '上限', 'at_least': '下限', 'option': '方案', 'pros': '优势', 'cons': '劣势', 'cost': '成本', 'time': '周期', 'recommended': '推荐方案', 'not_doing': '暂不纳入', 'risks': '风险与应对', 'decision': '决策事项', 'investment': '所需投入', 'by': '决策截止日期', 'owner': '负责人', 'next_steps': '下一步计划', 'title': '标题', 'subtitle': '副标题', 'moved': '以下内容因版面所限未在页面展示：', 'alt_from': '从', 'alt_to': '到', 'alt_in': '于', 'points': '个百分点', 'chart': '图表', 'alt_target': '目标', 'quote_open': '“', 'quote_close': '”', 'colon': '：', 'semicolon': '；', 'full_stop': '。', 'paren_open': '（', 'paren_close': '）', 'speaker_notes': '演讲者备注'}
    context.vars['words'] = l_0_words
    context.exported_vars.add('words')
    l_0_sections = {'problem': '现状与问题', 'impact': '业务价值', 'metrics': '关键指标', 'tradeoffs': '方案比选', 'ask': '提请决策'}
    context.vars['sections'] = l_0_sections
    context.exported_vars.add('sections')

blocks = {}
debug_info = '2=12&11=15&58=18'
# Jinja2 3.1.6's code for default/labels.zh.j2, by tools/compile_templates.py
