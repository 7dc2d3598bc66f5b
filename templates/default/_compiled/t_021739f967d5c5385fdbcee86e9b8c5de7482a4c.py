from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'notes.de.j2'

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
    l_0_area_names = {'revenue': 'Umsatz', 'retention': 'Kundenbindung', 'growth': 'Wachstum', 'margin': 'Marge', 'cost': 'Kosten', 'risk': 'Risiko', 'strategy': 'Strategie'}
    context.vars['area_names'] = l_0_area_names
    context.exported_vars.add('area_names')
    def macro(l_1_b):
        t_5 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_5.extend((
            'Mit dem Problem einsteigen, in einem Satz: ',
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
                'Mit Zahlen untermauern: ',
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
            'Den Nutzen fürs Geschäft benennen: ',
            str(environment.getattr(environment.getattr(l_1_b, 'impact'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'impact'), 'outcomes'):
            _loop_vars = {}
            pass
            t_6.extend((
                '- ',
                str(environment.getitem((undefined(name='area_names') if l_0_area_names is missing else l_0_area_names), environment.getattr(l_2_o, 'area'))),
                ': ',
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
            'Sagen, woran wir den Erfolg messen: ',
            str(environment.getattr(environment.getattr(l_1_b, 'metrics'), 'headline')),
            '\n',
        ))
        for l_2_m in environment.getitem(environment.getattr(l_1_b, 'metrics'), 'items'):
            _loop_vars = {}
            pass
            t_7.extend((
                '- ',
                str(environment.getattr(l_2_m, 'name')),
                ': von ',
                str(t_3(environment.getattr(l_2_m, 'baseline'), environment.getattr(l_2_m, 'unit'))),
                ' auf ',
                str(t_3(environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'))),
            ))
            if environment.getattr(l_2_m, 'timeframe'):
                pass
                t_7.extend((
                    ' ',
                    str(environment.getattr(l_2_m, 'timeframe')),
                ))
            t_7.extend((
                ' (je ',
                str(('höher' if environment.getattr(l_2_m, 'higher_is_better') else 'niedriger')),
                ', desto besser)',
            ))
            if (not t_4(environment.getattr(l_2_m, 'current'))):
                pass
                t_7.extend((
                    '; aktuell ',
                    str(t_3(environment.getattr(l_2_m, 'current'), environment.getattr(l_2_m, 'unit'))),
                ))
            t_7.append(
                '.\n',
            )
        l_2_m = missing
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
            'Optionen durchgehen und die Wahl begründen: ',
            str(environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'options'):
            _loop_vars = {}
            pass
            t_8.extend((
                '- ',
                str(environment.getattr(l_2_o, 'name')),
            ))
            if environment.getattr(l_2_o, 'recommended'):
                pass
                t_8.append(
                    ' (empfohlen)',
                )
            if environment.getattr(l_2_o, 'cost'):
                pass
                t_8.extend((
                    '; Kosten: ',
                    str(environment.getattr(l_2_o, 'cost')),
                ))
            if environment.getattr(l_2_o, 'time'):
                pass
                t_8.extend((
                    '; Dauer: ',
                    str(environment.getattr(l_2_o, 'time')),
                ))
            t_8.append(
                '.\n',
            )
        l_2_o = missing
        if environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'):
            pass
            t_8.extend((
                'Klar sagen, was wir bewusst nicht tun: ',
                str(t_2(context.eval_ctx, environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'), '; ')),
                '.\n',
            ))
        for l_2_r in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'risks'):
            _loop_vars = {}
            pass
            t_8.extend((
                'Risiko: ',
                str(environment.getattr(l_2_r, 'risk')),
            ))
            if environment.getattr(l_2_r, 'mitigation'):
                pass
                t_8.extend((
                    '. Gegenmaßnahme: ',
                    str(environment.getattr(l_2_r, 'mitigation')),
                ))
            t_8.append(
                '.\n',
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
            'Mit dem Beschlussvorschlag schließen – dann bewusst pausieren und das Gremium sprechen lassen: ',
            str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'decision')),
            '\n',
        ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment'):
            pass
            t_9.extend((
                'Investition: ',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment')),
                '.\n',
            ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'):
            pass
            t_9.extend((
                'Die Entscheidung benötigen wir bis zum ',
                str(t_1(environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'))),
                '.\n',
            ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner'):
            pass
            t_9.extend((
                'Verantwortlich: ',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner')),
                '.\n',
            ))
        return concat(t_9)
    context.exported_vars.add('ask')
    context.vars['ask'] = l_0_ask = Macro(environment, macro, 'ask', ('b',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=36&11=39&12=46&13=49&14=54&16=58&17=62&21=69&22=76&23=79&24=84&28=94&29=101&30=104&31=109&35=140&36=147&37=150&38=155&40=178&41=182&43=185&44=190&48=206&49=213&50=216&51=220&53=223&54=227&56=230&57=234'
# Jinja2 3.1.6's code for default/notes.de.j2, by tools/compile_templates.py
