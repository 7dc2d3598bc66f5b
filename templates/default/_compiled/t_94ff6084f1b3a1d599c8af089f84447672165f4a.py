from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'notes.fr.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_area_names = l_0_month_names = l_0_decision_by = l_0_problem = l_0_impact = l_0_metrics = l_0_tradeoffs = l_0_ask = missing
    try:
        t_1 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
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
    l_0_area_names = {'revenue': 'Chiffre d’affaires', 'retention': 'Fidélisation', 'growth': 'Croissance', 'margin': 'Marge', 'cost': 'Coûts', 'risk': 'Risque', 'strategy': 'Stratégie'}
    context.vars['area_names'] = l_0_area_names
    context.exported_vars.add('area_names')
    l_0_month_names = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
    context.vars['month_names'] = l_0_month_names
    context.exported_vars.add('month_names')
    def macro(l_1_by):
        t_7 = []
        l_1_d = missing
        if l_1_by is missing:
            l_1_by = undefined("parameter 'by' was not provided", name='by')
        pass
        l_1_d = t_4(l_1_by)
        if ((((((t_3((undefined(name='d') if l_1_d is missing else l_1_d)) == 10) and (environment.getitem((undefined(name='d') if l_1_d is missing else l_1_d), 4) == '-')) and (environment.getitem((undefined(name='d') if l_1_d is missing else l_1_d), 7) == '-')) and environment.call(context, environment.getattr(str_join(((undefined(name='d') if l_1_d is missing else l_1_d)[:4], (undefined(name='d') if l_1_d is missing else l_1_d)[5:7], (undefined(name='d') if l_1_d is missing else l_1_d)[8:], )), 'isdigit'))) and (1 <= t_1((undefined(name='d') if l_1_d is missing else l_1_d)[5:7]) <= 12)) and (1 <= t_1((undefined(name='d') if l_1_d is missing else l_1_d)[8:]) <= 31)):
            pass
            t_7.extend((
                'Nous avons besoin de la décision d’ici le ',
                str(('1er' if (t_1((undefined(name='d') if l_1_d is missing else l_1_d)[8:]) == 1) else t_1((undefined(name='d') if l_1_d is missing else l_1_d)[8:]))),
                ' ',
                str(environment.getitem((undefined(name='month_names') if l_0_month_names is missing else l_0_month_names), (t_1((undefined(name='d') if l_1_d is missing else l_1_d)[5:7]) - 1))),
                ' ',
                str((undefined(name='d') if l_1_d is missing else l_1_d)[:4]),
                '.',
            ))
        else:
            pass
            t_7.extend((
                'Échéance de la décision\xa0: ',
                str(l_1_by),
                '.',
            ))
        return concat(t_7)
    context.exported_vars.add('decision_by')
    context.vars['decision_by'] = l_0_decision_by = Macro(environment, macro, 'decision_by', ('by',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_8 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_8.extend((
            'Poser le problème en une phrase\xa0: ',
            str(environment.getattr(environment.getattr(l_1_b, 'problem'), 'headline')),
            '\n',
        ))
        for l_2_p in environment.getattr(environment.getattr(l_1_b, 'problem'), 'points'):
            _loop_vars = {}
            pass
            t_8.extend((
                '- ',
                str(l_2_p),
                '\n',
            ))
        l_2_p = missing
        if environment.getattr(environment.getattr(l_1_b, 'problem'), 'evidence'):
            pass
            t_8.extend((
                'S’appuyer sur les faits\xa0: ',
                str(environment.getattr(environment.getattr(l_1_b, 'problem'), 'evidence')),
                '\n',
            ))
        return concat(t_8)
    context.exported_vars.add('problem')
    context.vars['problem'] = l_0_problem = Macro(environment, macro, 'problem', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_9 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_9.extend((
            'Dire ce que l’entreprise y gagne\xa0: ',
            str(environment.getattr(environment.getattr(l_1_b, 'impact'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'impact'), 'outcomes'):
            _loop_vars = {}
            pass
            t_9.extend((
                '- ',
                str(environment.getitem((undefined(name='area_names') if l_0_area_names is missing else l_0_area_names), environment.getattr(l_2_o, 'area'))),
                '\xa0: ',
                str(environment.getattr(l_2_o, 'statement')),
                '\n',
            ))
        l_2_o = missing
        return concat(t_9)
    context.exported_vars.add('impact')
    context.vars['impact'] = l_0_impact = Macro(environment, macro, 'impact', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_10 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_10.extend((
            'Dire comment nous saurons que cela fonctionne\xa0: ',
            str(environment.getattr(environment.getattr(l_1_b, 'metrics'), 'headline')),
            '\n',
        ))
        for l_2_m in environment.getitem(environment.getattr(l_1_b, 'metrics'), 'items'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_m, 'guardrail'):
                pass
                t_10.extend((
                    '- ',
                    str(environment.getattr(l_2_m, 'name')),
                    '\xa0: garde-fou, ',
                    str(('au moins' if environment.getattr(l_2_m, 'higher_is_better') else 'au plus')),
                    ' ',
                    str(t_5(environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'))),
                ))
                if environment.getattr(l_2_m, 'timeframe'):
                    pass
                    t_10.extend((
                        ' ',
                        str(environment.getattr(l_2_m, 'timeframe')),
                    ))
                if (not t_6(environment.getattr(l_2_m, 'current'))):
                    pass
                    t_10.extend((
                        '\u202f; ',
                        str(t_5(environment.getattr(l_2_m, 'current'), environment.getattr(l_2_m, 'unit'))),
                        ' aujourd’hui, ',
                        str(('dans la limite' if ((environment.getattr(l_2_m, 'current') >= environment.getattr(l_2_m, 'target')) if environment.getattr(l_2_m, 'higher_is_better') else (environment.getattr(l_2_m, 'current') <= environment.getattr(l_2_m, 'target'))) else 'hors limite')),
                    ))
                t_10.append(
                    '.\n',
                )
            else:
                pass
                t_10.extend((
                    '- ',
                    str(environment.getattr(l_2_m, 'name')),
                    '\xa0: de ',
                    str(t_5(environment.getattr(l_2_m, 'baseline'), environment.getattr(l_2_m, 'unit'))),
                    ' à ',
                    str(t_5(environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'))),
                ))
                if environment.getattr(l_2_m, 'timeframe'):
                    pass
                    t_10.extend((
                        ' ',
                        str(environment.getattr(l_2_m, 'timeframe')),
                    ))
                t_10.extend((
                    ' (',
                    str(('à maximiser' if environment.getattr(l_2_m, 'higher_is_better') else 'à minimiser')),
                    ')',
                ))
                if (not t_6(environment.getattr(l_2_m, 'current'))):
                    pass
                    t_10.extend((
                        '\u202f; ',
                        str(t_5(environment.getattr(l_2_m, 'current'), environment.getattr(l_2_m, 'unit'))),
                        ' aujourd’hui',
                    ))
                t_10.append(
                    '.\n',
                )
        l_2_m = missing
        return concat(t_10)
    context.exported_vars.add('metrics')
    context.vars['metrics'] = l_0_metrics = Macro(environment, macro, 'metrics', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_11 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_11.extend((
            'Passer en revue les options et justifier notre choix\xa0: ',
            str(environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'options'):
            _loop_vars = {}
            pass
            t_11.extend((
                '- ',
                str(environment.getattr(l_2_o, 'name')),
            ))
            if environment.getattr(l_2_o, 'recommended'):
                pass
                t_11.append(
                    ' (option recommandée)',
                )
            if environment.getattr(l_2_o, 'cost'):
                pass
                t_11.extend((
                    '\u202f; coût\xa0: ',
                    str(environment.getattr(l_2_o, 'cost')),
                ))
            if environment.getattr(l_2_o, 'time'):
                pass
                t_11.extend((
                    '\u202f; délai\xa0: ',
                    str(environment.getattr(l_2_o, 'time')),
                ))
            t_11.append(
                '.\n',
            )
        l_2_o = missing
        if environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'):
            pass
            t_11.extend((
                'Dire clairement ce qui est hors périmètre\xa0: ',
                str(t_2(context.eval_ctx, environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'), '\u202f; ')),
                '.\n',
            ))
        for l_2_r in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'risks'):
            _loop_vars = {}
            pass
            t_11.extend((
                'Risque\xa0: ',
                str(environment.getattr(l_2_r, 'risk')),
            ))
            if environment.getattr(l_2_r, 'mitigation'):
                pass
                t_11.extend((
                    '. Parade\xa0: ',
                    str(environment.getattr(l_2_r, 'mitigation')),
                ))
            t_11.append(
                '.\n',
            )
        l_2_r = missing
        return concat(t_11)
    context.exported_vars.add('tradeoffs')
    context.vars['tradeoffs'] = l_0_tradeoffs = Macro(environment, macro, 'tradeoffs', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_12 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_12.extend((
            'Conclure sur la décision attendue, puis marquer une pause et laisser la salle réagir\xa0: ',
            str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'decision')),
            '\n',
        ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment'):
            pass
            t_12.extend((
                'Investissement\xa0: ',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment')),
                '.\n',
            ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'):
            pass
            t_12.extend((
                str(environment.call(context, (undefined(name='decision_by') if l_0_decision_by is missing else l_0_decision_by), environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'))),
                '\n',
            ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner'):
            pass
            t_12.extend((
                'Responsable\xa0: ',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner')),
                '.\n',
            ))
        return concat(t_12)
    context.exported_vars.add('ask')
    context.vars['ask'] = l_0_ask = Macro(environment, macro, 'ask', ('b',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=48&13=51&15=54&16=60&17=61&18=65&20=76&24=83&25=90&26=93&27=98&29=102&30=106&34=113&35=120&36=123&37=128&41=138&42=145&43=148&44=151&45=155&47=182&52=214&53=221&54=224&55=229&57=252&58=256&60=259&61=264&65=280&66=287&67=290&68=294&70=297&71=300&73=303&74=307'
# Jinja2 3.1.6's code for default/notes.fr.j2, by tools/compile_templates.py
