from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'notes.ja.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_area_names = l_0_end = l_0_day = l_0_problem = l_0_impact = l_0_metrics = l_0_tradeoffs = l_0_ask = missing
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_2 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['unit']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'unit' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_area_names = {'revenue': '売上', 'retention': '顧客維持', 'growth': '成長', 'margin': '利益率', 'cost': 'コスト', 'risk': 'リスク', 'strategy': '戦略'}
    context.vars['area_names'] = l_0_area_names
    context.exported_vars.add('area_names')
    def macro(l_1_s):
        t_7 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        t_7.append(
            str(l_1_s),
        )
        if (not environment.call(context, environment.getattr(l_1_s, 'endswith'), ('。', '！', '？'))):
            pass
            t_7.append(
                '。',
            )
        return concat(t_7)
    context.exported_vars.add('end')
    context.vars['end'] = l_0_end = Macro(environment, macro, 'end', ('s',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_text):
        t_8 = []
        l_1_p = missing
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        l_1_p = environment.call(context, environment.getattr(l_1_text, 'split'), '-')
        if (((((t_4((undefined(name='p') if l_1_p is missing else l_1_p)) == 3) and (t_4(environment.getitem((undefined(name='p') if l_1_p is missing else l_1_p), 0)) == 4)) and environment.call(context, environment.getattr(environment.getitem((undefined(name='p') if l_1_p is missing else l_1_p), 0), 'isdigit'))) and environment.call(context, environment.getattr(environment.getitem((undefined(name='p') if l_1_p is missing else l_1_p), 1), 'isdigit'))) and environment.call(context, environment.getattr(environment.getitem((undefined(name='p') if l_1_p is missing else l_1_p), 2), 'isdigit'))):
            pass
            t_8.extend((
                str(environment.getitem((undefined(name='p') if l_1_p is missing else l_1_p), 0)),
                '年',
                str(t_2(environment.getitem((undefined(name='p') if l_1_p is missing else l_1_p), 1))),
                '月',
                str(t_2(environment.getitem((undefined(name='p') if l_1_p is missing else l_1_p), 2))),
                '日',
            ))
        else:
            pass
            t_8.append(
                str(t_1(l_1_text)),
            )
        return concat(t_8)
    context.exported_vars.add('day')
    context.vars['day'] = l_0_day = Macro(environment, macro, 'day', ('text',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_9 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_9.extend((
            '冒頭で課題をひと言で述べる：',
            str(environment.getattr(environment.getattr(l_1_b, 'problem'), 'headline')),
            '\n',
        ))
        for l_2_p in environment.getattr(environment.getattr(l_1_b, 'problem'), 'points'):
            _loop_vars = {}
            pass
            t_9.extend((
                '・',
                str(l_2_p),
                '\n',
            ))
        l_2_p = missing
        if environment.getattr(environment.getattr(l_1_b, 'problem'), 'evidence'):
            pass
            t_9.extend((
                '根拠を示す：',
                str(environment.getattr(environment.getattr(l_1_b, 'problem'), 'evidence')),
                '\n',
            ))
        return concat(t_9)
    context.exported_vars.add('problem')
    context.vars['problem'] = l_0_problem = Macro(environment, macro, 'problem', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_10 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_10.extend((
            '事業にとっての効果を明確に伝える：',
            str(environment.getattr(environment.getattr(l_1_b, 'impact'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'impact'), 'outcomes'):
            _loop_vars = {}
            pass
            t_10.extend((
                '・',
                str(environment.getitem((undefined(name='area_names') if l_0_area_names is missing else l_0_area_names), environment.getattr(l_2_o, 'area'))),
            ))
            if environment.getattr(l_2_o, 'value'):
                pass
                t_10.extend((
                    '（',
                    str(environment.getattr(l_2_o, 'value')),
                    '）',
                ))
            t_10.extend((
                '：',
                str(environment.getattr(l_2_o, 'statement')),
                '\n',
            ))
        l_2_o = missing
        return concat(t_10)
    context.exported_vars.add('impact')
    context.vars['impact'] = l_0_impact = Macro(environment, macro, 'impact', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_11 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_11.extend((
            '成否を何で判断するかを示す：',
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
                l_2_judged = (environment.getattr(l_2_m, 'current') if (not t_6(environment.getattr(l_2_m, 'current'))) else (environment.getattr(environment.getitem(environment.getattr(l_2_m, 'history'), -1), 'value') if environment.getattr(l_2_m, 'history') else environment.getattr(l_2_m, 'baseline')))
                _loop_vars['judged'] = l_2_judged
                l_2_holding = (((undefined(name='judged') if l_2_judged is missing else l_2_judged) >= environment.getattr(l_2_m, 'target')) if environment.getattr(l_2_m, 'higher_is_better') else ((undefined(name='judged') if l_2_judged is missing else l_2_judged) <= environment.getattr(l_2_m, 'target')))
                _loop_vars['holding'] = l_2_holding
                t_11.extend((
                    '・',
                    str(environment.getattr(l_2_m, 'name')),
                    '：監視指標（',
                ))
                if environment.getattr(l_2_m, 'timeframe'):
                    pass
                    t_11.extend((
                        str(environment.getattr(l_2_m, 'timeframe')),
                        '、',
                    ))
                t_11.extend((
                    str(('下限' if environment.getattr(l_2_m, 'higher_is_better') else '上限')),
                    str(t_5(environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'))),
                    '）。直近は',
                    str(t_5((undefined(name='judged') if l_2_judged is missing else l_2_judged), environment.getattr(l_2_m, 'unit'))),
                    'で、',
                    str(('範囲内' if (undefined(name='holding') if l_2_holding is missing else l_2_holding) else '許容値を逸脱。範囲内に戻す方策を説明する')),
                    '。\n',
                ))
            else:
                pass
                t_11.extend((
                    '・',
                    str(environment.getattr(l_2_m, 'name')),
                    '：',
                    str(t_5(environment.getattr(l_2_m, 'baseline'), environment.getattr(l_2_m, 'unit'))),
                    'から',
                    str(t_5(environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'))),
                    'へ（',
                ))
                if environment.getattr(l_2_m, 'timeframe'):
                    pass
                    t_11.extend((
                        str(environment.getattr(l_2_m, 'timeframe')),
                        '、',
                    ))
                t_11.extend((
                    str(('高い' if environment.getattr(l_2_m, 'higher_is_better') else '低い')),
                    'ほど良好）。',
                ))
                if (not t_6(environment.getattr(l_2_m, 'current'))):
                    pass
                    t_11.extend((
                        '直近は',
                        str(t_5(environment.getattr(l_2_m, 'current'), environment.getattr(l_2_m, 'unit'))),
                        '。',
                    ))
                t_11.append(
                    '\n',
                )
        l_2_m = l_2_judged = l_2_holding = missing
        return concat(t_11)
    context.exported_vars.add('metrics')
    context.vars['metrics'] = l_0_metrics = Macro(environment, macro, 'metrics', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_12 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_12.extend((
            '選択肢を順に説明し、推奨案を選んだ理由を述べる：',
            str(environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'options'):
            _loop_vars = {}
            pass
            t_12.extend((
                '・',
                str(environment.getattr(l_2_o, 'name')),
            ))
            if environment.getattr(l_2_o, 'recommended'):
                pass
                t_12.append(
                    '（推奨）',
                )
            t_12.append(
                '。',
            )
            if environment.getattr(l_2_o, 'cost'):
                pass
                t_12.extend((
                    '費用：',
                    str(environment.getattr(l_2_o, 'cost')),
                ))
            if (environment.getattr(l_2_o, 'cost') and environment.getattr(l_2_o, 'time')):
                pass
                t_12.append(
                    '、',
                )
            if environment.getattr(l_2_o, 'time'):
                pass
                t_12.extend((
                    '所要期間：',
                    str(environment.getattr(l_2_o, 'time')),
                ))
            if (environment.getattr(l_2_o, 'cost') or environment.getattr(l_2_o, 'time')):
                pass
                t_12.append(
                    '。',
                )
            t_12.append(
                '\n',
            )
        l_2_o = missing
        if environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'):
            pass
            t_12.extend((
                '本件で実施しないことを明確に伝える：',
                str(environment.call(context, (undefined(name='end') if l_0_end is missing else l_0_end), t_3(context.eval_ctx, environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'), '／'))),
                '\n',
            ))
        for l_2_r in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'risks'):
            _loop_vars = {}
            pass
            t_12.extend((
                'リスク：',
                str(environment.call(context, (undefined(name='end') if l_0_end is missing else l_0_end), environment.getattr(l_2_r, 'risk'), _loop_vars=_loop_vars)),
            ))
            if environment.getattr(l_2_r, 'mitigation'):
                pass
                t_12.extend((
                    '対策：',
                    str(environment.call(context, (undefined(name='end') if l_0_end is missing else l_0_end), environment.getattr(l_2_r, 'mitigation'), _loop_vars=_loop_vars)),
                ))
            t_12.append(
                '\n',
            )
        l_2_r = missing
        return concat(t_12)
    context.exported_vars.add('tradeoffs')
    context.vars['tradeoffs'] = l_0_tradeoffs = Macro(environment, macro, 'tradeoffs', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_13 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_13.extend((
            '最後にご承認いただきたい事項を述べ、そこで説明を終えてご審議をお願いする：',
            str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'decision')),
            '\n',
        ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment'):
            pass
            t_13.extend((
                '必要投資：',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment')),
                '\n',
            ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'):
            pass
            t_13.extend((
                str(environment.call(context, (undefined(name='day') if l_0_day is missing else l_0_day), environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'))),
                'までにご判断をお願いいたします。\n',
            ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner'):
            pass
            t_13.extend((
                '推進責任者：',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner')),
                '\n',
            ))
        return concat(t_13)
    context.exported_vars.add('ask')
    context.vars['ask'] = l_0_ask = Macro(environment, macro, 'ask', ('b',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=48&12=51&13=57&16=67&17=73&18=74&19=77&21=87&25=93&26=100&27=103&28=108&30=112&31=116&35=123&36=130&37=133&38=138&42=157&43=164&44=167&45=172&46=174&47=176&48=180&50=202&56=234&57=241&58=244&59=249&62=285&63=289&65=292&66=297&71=313&72=320&73=323&74=327&76=330&77=333&79=336&80=340'
# Jinja2 3.1.6's code for default/notes.ja.j2, by tools/compile_templates.py
