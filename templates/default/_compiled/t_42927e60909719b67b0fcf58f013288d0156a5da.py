from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'notes.es.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_area_names = l_0_meses = l_0_problem = l_0_impact = l_0_metrics = l_0_tradeoffs = l_0_ask = missing
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
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['unit']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'unit' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_area_names = {'revenue': 'Ingresos', 'retention': 'Retención', 'growth': 'Crecimiento', 'margin': 'Margen', 'cost': 'Costes', 'risk': 'Riesgo', 'strategy': 'Estrategia'}
    context.vars['area_names'] = l_0_area_names
    context.exported_vars.add('area_names')
    l_0_meses = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
    context.vars['meses'] = l_0_meses
    context.exported_vars.add('meses')
    def macro(l_1_b):
        t_6 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_6.extend((
            'Abrir con el problema, en una sola frase: ',
            str(environment.getattr(environment.getattr(l_1_b, 'problem'), 'headline')),
            '\n',
        ))
        for l_2_p in environment.getattr(environment.getattr(l_1_b, 'problem'), 'points'):
            _loop_vars = {}
            pass
            t_6.extend((
                '- ',
                str(l_2_p),
                '\n',
            ))
        l_2_p = missing
        if environment.getattr(environment.getattr(l_1_b, 'problem'), 'evidence'):
            pass
            t_6.extend((
                'Respaldarlo con datos: ',
                str(environment.getattr(environment.getattr(l_1_b, 'problem'), 'evidence')),
                '\n',
            ))
        return concat(t_6)
    context.exported_vars.add('problem')
    context.vars['problem'] = l_0_problem = Macro(environment, macro, 'problem', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_7 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_7.extend((
            'Explicar qué gana el negocio: ',
            str(environment.getattr(environment.getattr(l_1_b, 'impact'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'impact'), 'outcomes'):
            _loop_vars = {}
            pass
            t_7.extend((
                '- ',
                str(environment.getitem((undefined(name='area_names') if l_0_area_names is missing else l_0_area_names), environment.getattr(l_2_o, 'area'))),
                ': ',
                str(environment.getattr(l_2_o, 'statement')),
                '\n',
            ))
        l_2_o = missing
        return concat(t_7)
    context.exported_vars.add('impact')
    context.vars['impact'] = l_0_impact = Macro(environment, macro, 'impact', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_8 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_8.extend((
            'Explicar cómo mediremos el éxito: ',
            str(environment.getattr(environment.getattr(l_1_b, 'metrics'), 'headline')),
            '\n',
        ))
        for l_2_m in environment.getitem(environment.getattr(l_1_b, 'metrics'), 'items'):
            l_2_pct = missing
            _loop_vars = {}
            pass
            l_2_pct = (environment.getattr(l_2_m, 'unit') == '%')
            _loop_vars['pct'] = l_2_pct
            t_8.extend((
                '- ',
                str(environment.getattr(l_2_m, 'name')),
                ': ',
                str(('del' if (undefined(name='pct') if l_2_pct is missing else l_2_pct) else 'de')),
                ' ',
                str(t_4(environment.getattr(l_2_m, 'baseline'), environment.getattr(l_2_m, 'unit'))),
                ' ',
                str(('al' if (undefined(name='pct') if l_2_pct is missing else l_2_pct) else 'a')),
                ' ',
                str(t_4(environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'))),
            ))
            if environment.getattr(l_2_m, 'timeframe'):
                pass
                t_8.extend((
                    ' ',
                    str(environment.getattr(l_2_m, 'timeframe')),
                ))
            t_8.extend((
                ' (cuanto más ',
                str(('alto' if environment.getattr(l_2_m, 'higher_is_better') else 'bajo')),
                ', mejor)',
            ))
            if (not t_5(environment.getattr(l_2_m, 'current'))):
                pass
                t_8.extend((
                    '; actualmente, ',
                    str(('el ' if (undefined(name='pct') if l_2_pct is missing else l_2_pct) else '')),
                    str(t_4(environment.getattr(l_2_m, 'current'), environment.getattr(l_2_m, 'unit'))),
                ))
            t_8.append(
                '.\n',
            )
        l_2_m = l_2_pct = missing
        return concat(t_8)
    context.exported_vars.add('metrics')
    context.vars['metrics'] = l_0_metrics = Macro(environment, macro, 'metrics', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_9 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_9.extend((
            'Repasar las alternativas y justificar la elegida: ',
            str(environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'options'):
            _loop_vars = {}
            pass
            t_9.extend((
                '- ',
                str(environment.getattr(l_2_o, 'name')),
            ))
            if environment.getattr(l_2_o, 'recommended'):
                pass
                t_9.append(
                    ' (recomendada)',
                )
            if environment.getattr(l_2_o, 'cost'):
                pass
                t_9.extend((
                    '; coste: ',
                    str(environment.getattr(l_2_o, 'cost')),
                ))
            if environment.getattr(l_2_o, 'time'):
                pass
                t_9.extend((
                    '; plazo: ',
                    str(environment.getattr(l_2_o, 'time')),
                ))
            t_9.append(
                '.\n',
            )
        l_2_o = missing
        if environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'):
            pass
            t_9.append(
                'Dejar claro lo que no vamos a hacer:\n',
            )
            for l_2_n in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'):
                _loop_vars = {}
                pass
                t_9.extend((
                    '- ',
                    str(l_2_n),
                    '\n',
                ))
            l_2_n = missing
        for l_2_r in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'risks'):
            _loop_vars = {}
            pass
            t_9.extend((
                'Riesgo: ',
                str(environment.getattr(l_2_r, 'risk')),
            ))
            if environment.getattr(l_2_r, 'mitigation'):
                pass
                t_9.extend((
                    '. Mitigación: ',
                    str(environment.getattr(l_2_r, 'mitigation')),
                ))
            t_9.append(
                '.\n',
            )
        l_2_r = missing
        return concat(t_9)
    context.exported_vars.add('tradeoffs')
    context.vars['tradeoffs'] = l_0_tradeoffs = Macro(environment, macro, 'tradeoffs', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_10 = []
        l_1_d = resolve('d')
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_10.extend((
            'Cerrar con la propuesta de decisión; después, hacer una pausa y ceder la palabra: ',
            str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'decision')),
            '\n',
        ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment'):
            pass
            t_10.extend((
                'Inversión: ',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment')),
                '.\n',
            ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'):
            pass
            l_1_d = environment.getattr(environment.getattr(l_1_b, 'ask'), 'by')
            if (((((((t_3((undefined(name='d') if l_1_d is missing else l_1_d)) == 10) and (environment.getitem((undefined(name='d') if l_1_d is missing else l_1_d), 4) == '-')) and (environment.getitem((undefined(name='d') if l_1_d is missing else l_1_d), 7) == '-')) and environment.call(context, environment.getattr((undefined(name='d') if l_1_d is missing else l_1_d)[:4], 'isdigit'))) and environment.call(context, environment.getattr((undefined(name='d') if l_1_d is missing else l_1_d)[5:7], 'isdigit'))) and environment.call(context, environment.getattr((undefined(name='d') if l_1_d is missing else l_1_d)[8:], 'isdigit'))) and (1 <= t_2((undefined(name='d') if l_1_d is missing else l_1_d)[5:7]) <= 12)):
                pass
                t_10.extend((
                    'Necesitamos la decisión, a más tardar, el ',
                    str(t_2((undefined(name='d') if l_1_d is missing else l_1_d)[8:])),
                    ' de ',
                    str(environment.getitem((undefined(name='meses') if l_0_meses is missing else l_0_meses), (t_2((undefined(name='d') if l_1_d is missing else l_1_d)[5:7]) - 1))),
                    ' de ',
                    str((undefined(name='d') if l_1_d is missing else l_1_d)[:4]),
                    '.\n',
                ))
            else:
                pass
                t_10.extend((
                    'Plazo para decidir: ',
                    str(t_1((undefined(name='d') if l_1_d is missing else l_1_d))),
                    '.\n',
                ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner'):
            pass
            t_10.extend((
                'Responsable: ',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner')),
                '.\n',
            ))
        return concat(t_10)
    context.exported_vars.add('ask')
    context.vars['ask'] = l_0_ask = Macro(environment, macro, 'ask', ('b',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=42&11=45&13=48&14=55&15=58&16=63&18=67&19=71&23=78&24=85&25=88&26=93&30=103&31=110&32=113&33=117&34=121&38=157&39=164&40=167&41=172&43=195&45=200&46=205&49=209&50=214&54=230&55=238&56=241&57=245&59=248&60=250&61=251&62=255&64=266&67=269&68=273'
# Jinja2 3.1.6's code for default/notes.es.j2, by tools/compile_templates.py
