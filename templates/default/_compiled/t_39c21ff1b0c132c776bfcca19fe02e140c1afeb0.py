from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'notes.it.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_area_names = l_0_da_a = l_0_art = l_0_mesi = l_0_data_estesa = l_0_problem = l_0_impact = l_0_metrics = l_0_tradeoffs = l_0_ask = missing
    try:
        t_1 = environment.filters['abs']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'abs' found.")
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
    l_0_area_names = {'revenue': 'Ricavi', 'retention': 'Fidelizzazione', 'growth': 'Crescita', 'margin': 'Marginalità', 'cost': 'Costi', 'risk': 'Rischi', 'strategy': 'Strategia'}
    context.vars['area_names'] = l_0_area_names
    context.exported_vars.add('area_names')
    def macro(l_1_prep, l_1_value, l_1_unit):
        t_7 = []
        l_1_n = resolve('n')
        l_1_digits = resolve('digits')
        l_1_shown = missing
        if l_1_prep is missing:
            l_1_prep = undefined("parameter 'prep' was not provided", name='prep')
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        if l_1_unit is missing:
            l_1_unit = undefined("parameter 'unit' was not provided", name='unit')
        pass
        l_1_shown = t_5(l_1_value, l_1_unit)
        if (l_1_unit == '%'):
            pass
            l_1_n = t_2(t_1(l_1_value))
            l_1_digits = t_4((undefined(name='n') if l_1_n is missing else l_1_n))
            if (l_1_value < 0):
                pass
                t_7.extend((
                    str(l_1_prep),
                    'l ',
                    str((undefined(name='shown') if l_1_shown is missing else l_1_shown)),
                ))
            elif ((undefined(name='n') if l_1_n is missing else l_1_n) == 0):
                pass
                t_7.extend((
                    str(l_1_prep),
                    'llo ',
                    str((undefined(name='shown') if l_1_shown is missing else l_1_shown)),
                ))
            elif ((((environment.getitem((undefined(name='digits') if l_1_digits is missing else l_1_digits), 0) == '8') or ((undefined(name='n') if l_1_n is missing else l_1_n) == 1)) or ((undefined(name='n') if l_1_n is missing else l_1_n) == 11)) or (((undefined(name='n') if l_1_n is missing else l_1_n) >= 11000) and ((undefined(name='n') if l_1_n is missing else l_1_n) < 12000))):
                pass
                t_7.extend((
                    str(l_1_prep),
                    'll’',
                    str((undefined(name='shown') if l_1_shown is missing else l_1_shown)),
                ))
            else:
                pass
                t_7.extend((
                    str(l_1_prep),
                    'l ',
                    str((undefined(name='shown') if l_1_shown is missing else l_1_shown)),
                ))
        else:
            pass
            t_7.extend((
                str(l_1_prep),
                ' ',
                str((undefined(name='shown') if l_1_shown is missing else l_1_shown)),
            ))
        return concat(t_7)
    context.exported_vars.add('da_a')
    context.vars['da_a'] = l_0_da_a = Macro(environment, macro, 'da_a', ('prep', 'value', 'unit'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_value, l_1_unit):
        t_8 = []
        l_1_n = resolve('n')
        l_1_digits = resolve('digits')
        l_1_shown = missing
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        if l_1_unit is missing:
            l_1_unit = undefined("parameter 'unit' was not provided", name='unit')
        pass
        l_1_shown = t_5(l_1_value, l_1_unit)
        if (l_1_unit == '%'):
            pass
            l_1_n = t_2(t_1(l_1_value))
            l_1_digits = t_4((undefined(name='n') if l_1_n is missing else l_1_n))
            if (l_1_value < 0):
                pass
                t_8.extend((
                    'il ',
                    str((undefined(name='shown') if l_1_shown is missing else l_1_shown)),
                ))
            elif ((undefined(name='n') if l_1_n is missing else l_1_n) == 0):
                pass
                t_8.extend((
                    'lo ',
                    str((undefined(name='shown') if l_1_shown is missing else l_1_shown)),
                ))
            elif ((((environment.getitem((undefined(name='digits') if l_1_digits is missing else l_1_digits), 0) == '8') or ((undefined(name='n') if l_1_n is missing else l_1_n) == 1)) or ((undefined(name='n') if l_1_n is missing else l_1_n) == 11)) or (((undefined(name='n') if l_1_n is missing else l_1_n) >= 11000) and ((undefined(name='n') if l_1_n is missing else l_1_n) < 12000))):
                pass
                t_8.extend((
                    'l’',
                    str((undefined(name='shown') if l_1_shown is missing else l_1_shown)),
                ))
            else:
                pass
                t_8.extend((
                    'il ',
                    str((undefined(name='shown') if l_1_shown is missing else l_1_shown)),
                ))
        else:
            pass
            t_8.append(
                str((undefined(name='shown') if l_1_shown is missing else l_1_shown)),
            )
        return concat(t_8)
    context.exported_vars.add('art')
    context.vars['art'] = l_0_art = Macro(environment, macro, 'art', ('value', 'unit'), False, False, False, context.eval_ctx.autoescape)
    l_0_mesi = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']
    context.vars['mesi'] = l_0_mesi
    context.exported_vars.add('mesi')
    def macro(l_1_text):
        t_9 = []
        l_1_g = resolve('g')
        l_1_m = resolve('m')
        l_1_s = missing
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        l_1_s = t_4(l_1_text)
        if ((((t_3((undefined(name='s') if l_1_s is missing else l_1_s)) == 10) and (environment.getitem((undefined(name='s') if l_1_s is missing else l_1_s), 4) == '-')) and (environment.getitem((undefined(name='s') if l_1_s is missing else l_1_s), 7) == '-')) and environment.call(context, environment.getattr(environment.call(context, environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'replace'), '-', ''), 'isdigit'))):
            pass
            l_1_g = t_2((undefined(name='s') if l_1_s is missing else l_1_s)[8:])
            l_1_m = t_2((undefined(name='s') if l_1_s is missing else l_1_s)[5:7])
            if (((((undefined(name='m') if l_1_m is missing else l_1_m) >= 1) and ((undefined(name='m') if l_1_m is missing else l_1_m) <= 12)) and ((undefined(name='g') if l_1_g is missing else l_1_g) >= 1)) and ((undefined(name='g') if l_1_g is missing else l_1_g) <= 31)):
                pass
                if ((undefined(name='g') if l_1_g is missing else l_1_g) == 1):
                    pass
                    t_9.append(
                        'il 1°',
                    )
                elif (((undefined(name='g') if l_1_g is missing else l_1_g) == 8) or ((undefined(name='g') if l_1_g is missing else l_1_g) == 11)):
                    pass
                    t_9.extend((
                        'l’',
                        str((undefined(name='g') if l_1_g is missing else l_1_g)),
                    ))
                else:
                    pass
                    t_9.extend((
                        'il ',
                        str((undefined(name='g') if l_1_g is missing else l_1_g)),
                    ))
                t_9.extend((
                    ' ',
                    str(environment.getitem((undefined(name='mesi') if l_0_mesi is missing else l_0_mesi), ((undefined(name='m') if l_1_m is missing else l_1_m) - 1))),
                    ' ',
                    str((undefined(name='s') if l_1_s is missing else l_1_s)[:4]),
                ))
        return concat(t_9)
    context.exported_vars.add('data_estesa')
    context.vars['data_estesa'] = l_0_data_estesa = Macro(environment, macro, 'data_estesa', ('text',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_10 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_10.extend((
            'Aprire con il problema, in una frase: ',
            str(environment.getattr(environment.getattr(l_1_b, 'problem'), 'headline')),
            '\n',
        ))
        for l_2_p in environment.getattr(environment.getattr(l_1_b, 'problem'), 'points'):
            _loop_vars = {}
            pass
            t_10.extend((
                '- ',
                str(l_2_p),
                '\n',
            ))
        l_2_p = missing
        if environment.getattr(environment.getattr(l_1_b, 'problem'), 'evidence'):
            pass
            t_10.extend((
                'Citare i dati a supporto: ',
                str(environment.getattr(environment.getattr(l_1_b, 'problem'), 'evidence')),
                '\n',
            ))
        return concat(t_10)
    context.exported_vars.add('problem')
    context.vars['problem'] = l_0_problem = Macro(environment, macro, 'problem', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_11 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_11.extend((
            'Chiarire che cosa ci guadagna l’azienda: ',
            str(environment.getattr(environment.getattr(l_1_b, 'impact'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'impact'), 'outcomes'):
            _loop_vars = {}
            pass
            t_11.extend((
                '- ',
                str(environment.getitem((undefined(name='area_names') if l_0_area_names is missing else l_0_area_names), environment.getattr(l_2_o, 'area'))),
                ': ',
                str(environment.getattr(l_2_o, 'statement')),
                '\n',
            ))
        l_2_o = missing
        return concat(t_11)
    context.exported_vars.add('impact')
    context.vars['impact'] = l_0_impact = Macro(environment, macro, 'impact', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_12 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_12.extend((
            'Spiegare come misureremo il successo: ',
            str(environment.getattr(environment.getattr(l_1_b, 'metrics'), 'headline')),
            '\n',
        ))
        for l_2_m in environment.getitem(environment.getattr(l_1_b, 'metrics'), 'items'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_m, 'guardrail'):
                pass
                t_12.extend((
                    '- ',
                    str(environment.getattr(l_2_m, 'name')),
                    ' (soglia di controllo): non ',
                    str(('sotto' if environment.getattr(l_2_m, 'higher_is_better') else 'oltre')),
                    ' ',
                    str(environment.call(context, (undefined(name='art') if l_0_art is missing else l_0_art), environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'), _loop_vars=_loop_vars)),
                ))
                if environment.getattr(l_2_m, 'timeframe'):
                    pass
                    t_12.extend((
                        ' ',
                        str(environment.getattr(l_2_m, 'timeframe')),
                    ))
                if (not t_6(environment.getattr(l_2_m, 'current'))):
                    pass
                    t_12.extend((
                        '; oggi siamo ',
                        str(environment.call(context, (undefined(name='da_a') if l_0_da_a is missing else l_0_da_a), 'a', environment.getattr(l_2_m, 'current'), environment.getattr(l_2_m, 'unit'), _loop_vars=_loop_vars)),
                    ))
                t_12.append(
                    '.\n',
                )
            else:
                pass
                t_12.extend((
                    '- ',
                    str(environment.getattr(l_2_m, 'name')),
                    ': ',
                    str(environment.call(context, (undefined(name='da_a') if l_0_da_a is missing else l_0_da_a), 'da', environment.getattr(l_2_m, 'baseline'), environment.getattr(l_2_m, 'unit'), _loop_vars=_loop_vars)),
                    ' ',
                    str(environment.call(context, (undefined(name='da_a') if l_0_da_a is missing else l_0_da_a), 'a', environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'), _loop_vars=_loop_vars)),
                ))
                if environment.getattr(l_2_m, 'timeframe'):
                    pass
                    t_12.extend((
                        ' ',
                        str(environment.getattr(l_2_m, 'timeframe')),
                    ))
                t_12.extend((
                    ' (meglio se più ',
                    str(('alto' if environment.getattr(l_2_m, 'higher_is_better') else 'basso')),
                    ')',
                ))
                if (not t_6(environment.getattr(l_2_m, 'current'))):
                    pass
                    t_12.extend((
                        '; oggi siamo ',
                        str(environment.call(context, (undefined(name='da_a') if l_0_da_a is missing else l_0_da_a), 'a', environment.getattr(l_2_m, 'current'), environment.getattr(l_2_m, 'unit'), _loop_vars=_loop_vars)),
                    ))
                t_12.append(
                    '.\n',
                )
        l_2_m = missing
        return concat(t_12)
    context.exported_vars.add('metrics')
    context.vars['metrics'] = l_0_metrics = Macro(environment, macro, 'metrics', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_13 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_13.extend((
            'Passare in rassegna le opzioni e motivare la scelta: ',
            str(environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'options'):
            _loop_vars = {}
            pass
            t_13.extend((
                '- ',
                str(environment.getattr(l_2_o, 'name')),
            ))
            if environment.getattr(l_2_o, 'recommended'):
                pass
                t_13.append(
                    ' (opzione proposta)',
                )
            if environment.getattr(l_2_o, 'cost'):
                pass
                t_13.extend((
                    '; costo: ',
                    str(environment.getattr(l_2_o, 'cost')),
                ))
            if environment.getattr(l_2_o, 'time'):
                pass
                t_13.extend((
                    '; tempi: ',
                    str(environment.getattr(l_2_o, 'time')),
                ))
            t_13.append(
                '.\n',
            )
        l_2_o = missing
        if environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'):
            pass
            t_13.append(
                'Dire chiaramente che cosa resta fuori perimetro:\n',
            )
            for l_2_n in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'):
                _loop_vars = {}
                pass
                t_13.extend((
                    '- ',
                    str(l_2_n),
                    '\n',
                ))
            l_2_n = missing
        for l_2_r in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'risks'):
            _loop_vars = {}
            pass
            t_13.extend((
                'Rischio: ',
                str(environment.getattr(l_2_r, 'risk')),
            ))
            if environment.getattr(l_2_r, 'mitigation'):
                pass
                t_13.extend((
                    '. Mitigazione: ',
                    str(environment.getattr(l_2_r, 'mitigation')),
                ))
            t_13.append(
                '.\n',
            )
        l_2_r = missing
        return concat(t_13)
    context.exported_vars.add('tradeoffs')
    context.vars['tradeoffs'] = l_0_tradeoffs = Macro(environment, macro, 'tradeoffs', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_14 = []
        l_1_quando = resolve('quando')
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_14.extend((
            'Chiudere con la proposta di delibera, poi fermarsi e lasciare la parola a chi deve decidere: ',
            str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'decision')),
            '\n',
        ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment'):
            pass
            t_14.extend((
                'Investimento: ',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment')),
                '.\n',
            ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'):
            pass
            l_1_quando = environment.call(context, (undefined(name='data_estesa') if l_0_data_estesa is missing else l_0_data_estesa), environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'))
            if (undefined(name='quando') if l_1_quando is missing else l_1_quando):
                pass
                t_14.extend((
                    'Chiediamo una decisione entro ',
                    str((undefined(name='quando') if l_1_quando is missing else l_1_quando)),
                    '.\n',
                ))
            else:
                pass
                t_14.extend((
                    'Termine per la decisione: ',
                    str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'by')),
                    '.\n',
                ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner'):
            pass
            t_14.extend((
                'Responsabile: ',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner')),
                '.\n',
            ))
        return concat(t_14)
    context.exported_vars.add('ask')
    context.vars['ask'] = l_0_ask = Macro(environment, macro, 'ask', ('b',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=48&13=51&14=63&15=64&16=66&17=67&18=68&19=71&20=75&21=78&22=82&23=85&25=92&28=99&33=106&34=116&35=117&36=119&37=120&38=121&39=125&40=127&41=131&42=133&43=137&45=143&48=148&54=153&56=156&57=164&58=165&59=167&60=168&61=169&62=171&67=198&68=205&69=208&70=213&72=217&73=221&77=228&78=235&79=238&80=243&84=253&85=260&86=263&87=266&88=270&90=295&95=326&96=333&97=336&98=341&100=364&102=369&103=374&106=378&107=383&111=399&112=407&113=410&114=414&116=417&117=419&118=420&119=424&121=431&124=434&125=438'
# Jinja2 3.1.6's code for default/notes.it.j2, by tools/compile_templates.py
