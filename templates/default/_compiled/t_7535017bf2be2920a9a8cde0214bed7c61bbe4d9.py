from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'notes.zh.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_area_names = l_0_problem = l_0_impact = l_0_metrics = l_0_tradeoffs = l_0_ask = missing
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['unit']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'unit' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_area_names = {'revenue': '收入', 'retention': '客户留存', 'growth': '增长', 'margin': '利润率', 'cost': '成本', 'risk': '风险', 'strategy': '战略'}
    context.vars['area_names'] = l_0_area_names
    context.exported_vars.add('area_names')
    def macro(l_1_b):
        t_5 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_5.extend((
            '开门见山，一句话讲清问题：',
            str(environment.getattr(environment.getattr(l_1_b, 'problem'), 'headline')),
            '\n',
        ))
        for l_2_p in environment.getattr(environment.getattr(l_1_b, 'problem'), 'points'):
            _loop_vars = {}
            pass
            t_5.extend((
                '- ',
                str(l_2_p),
                '\n',
            ))
        l_2_p = missing
        if environment.getattr(environment.getattr(l_1_b, 'problem'), 'evidence'):
            pass
            t_5.extend((
                '再用数据佐证：',
                str(environment.getattr(environment.getattr(l_1_b, 'problem'), 'evidence')),
                '\n',
            ))
        return concat(t_5)
    context.exported_vars.add('problem')
    context.vars['problem'] = l_0_problem = Macro(environment, macro, 'problem', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_6 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_6.extend((
            '讲清楚这件事的业务价值：',
            str(environment.getattr(environment.getattr(l_1_b, 'impact'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'impact'), 'outcomes'):
            _loop_vars = {}
            pass
            t_6.extend((
                '- 【',
                str(environment.getitem((undefined(name='area_names') if l_0_area_names is missing else l_0_area_names), environment.getattr(l_2_o, 'area'))),
                '】',
                str(environment.getattr(l_2_o, 'statement')),
                '\n',
            ))
        l_2_o = missing
        return concat(t_6)
    context.exported_vars.add('impact')
    context.vars['impact'] = l_0_impact = Macro(environment, macro, 'impact', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_7 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_7.extend((
            '说明我们用什么来衡量成效：',
            str(environment.getattr(environment.getattr(l_1_b, 'metrics'), 'headline')),
            '\n',
        ))
        for l_2_m in environment.getitem(environment.getattr(l_1_b, 'metrics'), 'items'):
            l_2_judged = resolve('judged')
            l_2_holding = resolve('holding')
            _loop_vars = {}
            pass
            if environment.getattr(l_2_m, 'guardrail'):
                pass
                l_2_judged = (environment.getattr(l_2_m, 'current') if (not t_4(environment.getattr(l_2_m, 'current'))) else (environment.getattr(environment.getitem(environment.getattr(l_2_m, 'history'), -1), 'value') if environment.getattr(l_2_m, 'history') else environment.getattr(l_2_m, 'baseline')))
                _loop_vars['judged'] = l_2_judged
                l_2_holding = (((undefined(name='judged') if l_2_judged is missing else l_2_judged) >= environment.getattr(l_2_m, 'target')) if environment.getattr(l_2_m, 'higher_is_better') else ((undefined(name='judged') if l_2_judged is missing else l_2_judged) <= environment.getattr(l_2_m, 'target')))
                _loop_vars['holding'] = l_2_holding
                t_7.extend((
                    '- ',
                    str(environment.getattr(l_2_m, 'name')),
                    '：护栏指标，',
                    str(('下限' if environment.getattr(l_2_m, 'higher_is_better') else '上限')),
                    str(t_3(environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'))),
                ))
                if environment.getattr(l_2_m, 'timeframe'):
                    pass
                    t_7.extend((
                        '（',
                        str(environment.getattr(l_2_m, 'timeframe')),
                        '）',
                    ))
                t_7.extend((
                    '；当前为',
                    str(t_3((undefined(name='judged') if l_2_judged is missing else l_2_judged), environment.getattr(l_2_m, 'unit'))),
                    '，',
                    str(('达标' if (undefined(name='holding') if l_2_holding is missing else l_2_holding) else '已越线，需说明如何拉回阈值以内')),
                    '。\n',
                ))
            else:
                pass
                t_7.extend((
                    '- ',
                    str(environment.getattr(l_2_m, 'name')),
                    '：',
                ))
                if environment.getattr(l_2_m, 'timeframe'):
                    pass
                    t_7.extend((
                        str(environment.getattr(l_2_m, 'timeframe')),
                        '，',
                    ))
                if (environment.getattr(l_2_m, 'target') == environment.getattr(l_2_m, 'baseline')):
                    pass
                    t_7.extend((
                        '保持在',
                        str(t_3(environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'))),
                    ))
                else:
                    pass
                    t_7.extend((
                        '从',
                        str(t_3(environment.getattr(l_2_m, 'baseline'), environment.getattr(l_2_m, 'unit'))),
                        str(('提升至' if (environment.getattr(l_2_m, 'target') > environment.getattr(l_2_m, 'baseline')) else '降至')),
                        str(t_3(environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'))),
                    ))
                t_7.extend((
                    '（',
                    str(('越高越好' if environment.getattr(l_2_m, 'higher_is_better') else '越低越好')),
                    '）',
                ))
                if (not t_4(environment.getattr(l_2_m, 'current'))):
                    pass
                    t_7.extend((
                        '；当前为',
                        str(t_3(environment.getattr(l_2_m, 'current'), environment.getattr(l_2_m, 'unit'))),
                    ))
                t_7.append(
                    '。\n',
                )
        l_2_m = l_2_judged = l_2_holding = missing
        return concat(t_7)
    context.exported_vars.add('metrics')
    context.vars['metrics'] = l_0_metrics = Macro(environment, macro, 'metrics', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_8 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_8.extend((
            '逐一介绍各方案，说明取舍理由：',
            str(environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'options'):
            l_2_facts = missing
            _loop_vars = {}
            pass
            l_2_facts = environment.call_binop(context, '+', environment.call_binop(context, '+', (['推荐方案'] if environment.getattr(l_2_o, 'recommended') else []), ([str_join(('成本：', environment.getattr(l_2_o, 'cost'), ))] if environment.getattr(l_2_o, 'cost') else [])), ([str_join(('周期：', environment.getattr(l_2_o, 'time'), ))] if environment.getattr(l_2_o, 'time') else []))
            _loop_vars['facts'] = l_2_facts
            t_8.extend((
                '- ',
                str(environment.getattr(l_2_o, 'name')),
            ))
            if (undefined(name='facts') if l_2_facts is missing else l_2_facts):
                pass
                t_8.extend((
                    '（',
                    str(t_2(context.eval_ctx, (undefined(name='facts') if l_2_facts is missing else l_2_facts), '；')),
                    '）',
                ))
            t_8.append(
                '。\n',
            )
        l_2_o = l_2_facts = missing
        if environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'):
            pass
            t_8.extend((
                '明确说明哪些事项暂不纳入：',
                str(t_2(context.eval_ctx, environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'), '；')),
                '。\n',
            ))
        for l_2_r in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'risks'):
            _loop_vars = {}
            pass
            t_8.extend((
                '风险：',
                str(environment.getattr(l_2_r, 'risk')),
            ))
            if environment.getattr(l_2_r, 'mitigation'):
                pass
                t_8.extend((
                    '。应对措施：',
                    str(environment.getattr(l_2_r, 'mitigation')),
                ))
            t_8.append(
                '。\n',
            )
        l_2_r = missing
        return concat(t_8)
    context.exported_vars.add('tradeoffs')
    context.vars['tradeoffs'] = l_0_tradeoffs = Macro(environment, macro, 'tradeoffs', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_9 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_9.extend((
            '最后明确提请决策的事项：',
            str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'decision')),
            '\n',
        ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment'):
            pass
            t_9.extend((
                '所需投入：',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment')),
                '。\n',
            ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'):
            pass
            t_9.extend((
                '需在',
                str(t_1(environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'))),
                '前作出决策。\n',
            ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner'):
            pass
            t_9.extend((
                '负责人：',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner')),
                '。\n',
            ))
        t_9.append(
            '讲完即止，把时间留给各位领导讨论。',
        )
        return concat(t_9)
    context.exported_vars.add('ask')
    context.vars['ask'] = l_0_ask = Macro(environment, macro, 'ask', ('b',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=36&11=39&12=46&13=49&14=54&16=58&17=62&21=69&22=76&23=79&24=84&28=94&29=101&30=104&31=109&32=111&33=113&34=117&36=140&41=182&42=189&43=192&44=196&45=200&47=213&48=217&50=220&51=225&55=241&56=248&57=251&58=255&60=258&61=262&63=265&64=269'
# Jinja2 3.1.6's code for default/notes.zh.j2, by tools/compile_templates.py
