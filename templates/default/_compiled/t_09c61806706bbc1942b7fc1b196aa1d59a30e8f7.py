from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'notes.nl.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_area_names = l_0_maanden = l_0_datum_voluit = l_0_problem = l_0_impact = l_0_metrics = l_0_tradeoffs = l_0_ask = missing
    try:
        t_1 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
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
    l_0_area_names = {'revenue': 'Omzet', 'retention': 'Klantbehoud', 'growth': 'Groei', 'margin': 'Marge', 'cost': 'Kosten', 'risk': 'Risico', 'strategy': 'Strategie'}
    context.vars['area_names'] = l_0_area_names
    context.exported_vars.add('area_names')
    l_0_maanden = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
    context.vars['maanden'] = l_0_maanden
    context.exported_vars.add('maanden')
    def macro(l_1_text):
        t_6 = []
        l_1_d = resolve('d')
        l_1_m = resolve('m')
        l_1_s = missing
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        l_1_s = t_3(l_1_text)
        if ((((t_2((undefined(name='s') if l_1_s is missing else l_1_s)) == 10) and (environment.getitem((undefined(name='s') if l_1_s is missing else l_1_s), 4) == '-')) and (environment.getitem((undefined(name='s') if l_1_s is missing else l_1_s), 7) == '-')) and environment.call(context, environment.getattr(environment.call(context, environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'replace'), '-', ''), 'isdigit'))):
            pass
            l_1_d = t_1((undefined(name='s') if l_1_s is missing else l_1_s)[8:])
            l_1_m = t_1((undefined(name='s') if l_1_s is missing else l_1_s)[5:7])
            if (((((undefined(name='m') if l_1_m is missing else l_1_m) >= 1) and ((undefined(name='m') if l_1_m is missing else l_1_m) <= 12)) and ((undefined(name='d') if l_1_d is missing else l_1_d) >= 1)) and ((undefined(name='d') if l_1_d is missing else l_1_d) <= 31)):
                pass
                t_6.extend((
                    str((undefined(name='d') if l_1_d is missing else l_1_d)),
                    ' ',
                    str(environment.getitem((undefined(name='maanden') if l_0_maanden is missing else l_0_maanden), ((undefined(name='m') if l_1_m is missing else l_1_m) - 1))),
                    ' ',
                    str((undefined(name='s') if l_1_s is missing else l_1_s)[:4]),
                ))
        return concat(t_6)
    context.exported_vars.add('datum_voluit')
    context.vars['datum_voluit'] = l_0_datum_voluit = Macro(environment, macro, 'datum_voluit', ('text',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_7 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_7.extend((
            'Begin met het probleem, in één zin: ',
            str(environment.getattr(environment.getattr(l_1_b, 'problem'), 'headline')),
            '\n',
        ))
        for l_2_p in environment.getattr(environment.getattr(l_1_b, 'problem'), 'points'):
            _loop_vars = {}
            pass
            t_7.extend((
                '- ',
                str(l_2_p),
                '\n',
            ))
        l_2_p = missing
        if environment.getattr(environment.getattr(l_1_b, 'problem'), 'evidence'):
            pass
            t_7.extend((
                'Onderbouw het met de cijfers: ',
                str(environment.getattr(environment.getattr(l_1_b, 'problem'), 'evidence')),
                '\n',
            ))
        return concat(t_7)
    context.exported_vars.add('problem')
    context.vars['problem'] = l_0_problem = Macro(environment, macro, 'problem', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_8 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_8.extend((
            'Maak duidelijk wat het de business oplevert: ',
            str(environment.getattr(environment.getattr(l_1_b, 'impact'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'impact'), 'outcomes'):
            _loop_vars = {}
            pass
            t_8.extend((
                '- ',
                str(environment.getitem((undefined(name='area_names') if l_0_area_names is missing else l_0_area_names), environment.getattr(l_2_o, 'area'))),
                ': ',
                str(environment.getattr(l_2_o, 'statement')),
                '\n',
            ))
        l_2_o = missing
        return concat(t_8)
    context.exported_vars.add('impact')
    context.vars['impact'] = l_0_impact = Macro(environment, macro, 'impact', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_9 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_9.extend((
            'Vertel waaraan we zien dat het werkt: ',
            str(environment.getattr(environment.getattr(l_1_b, 'metrics'), 'headline')),
            '\n',
        ))
        for l_2_m in environment.getitem(environment.getattr(l_1_b, 'metrics'), 'items'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_m, 'guardrail'):
                pass
                t_9.extend((
                    '- ',
                    str(environment.getattr(l_2_m, 'name')),
                    ' (randvoorwaarde): ',
                    str(('minimaal' if environment.getattr(l_2_m, 'higher_is_better') else 'maximaal')),
                    ' ',
                    str(t_4(environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'))),
                ))
                if environment.getattr(l_2_m, 'timeframe'):
                    pass
                    t_9.extend((
                        ' ',
                        str(environment.getattr(l_2_m, 'timeframe')),
                    ))
                if (not t_5(environment.getattr(l_2_m, 'current'))):
                    pass
                    t_9.extend((
                        '; nu ',
                        str(t_4(environment.getattr(l_2_m, 'current'), environment.getattr(l_2_m, 'unit'))),
                    ))
                t_9.append(
                    '.\n',
                )
            else:
                pass
                t_9.extend((
                    '- ',
                    str(environment.getattr(l_2_m, 'name')),
                    ': van ',
                    str(t_4(environment.getattr(l_2_m, 'baseline'), environment.getattr(l_2_m, 'unit'))),
                    ' naar ',
                    str(t_4(environment.getattr(l_2_m, 'target'), environment.getattr(l_2_m, 'unit'))),
                ))
                if environment.getattr(l_2_m, 'timeframe'):
                    pass
                    t_9.extend((
                        ' ',
                        str(environment.getattr(l_2_m, 'timeframe')),
                    ))
                t_9.extend((
                    ' (',
                    str(('hoger' if environment.getattr(l_2_m, 'higher_is_better') else 'lager')),
                    ' is beter)',
                ))
                if (not t_5(environment.getattr(l_2_m, 'current'))):
                    pass
                    t_9.extend((
                        '; nu ',
                        str(t_4(environment.getattr(l_2_m, 'current'), environment.getattr(l_2_m, 'unit'))),
                    ))
                t_9.append(
                    '.\n',
                )
        l_2_m = missing
        return concat(t_9)
    context.exported_vars.add('metrics')
    context.vars['metrics'] = l_0_metrics = Macro(environment, macro, 'metrics', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_10 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_10.extend((
            'Loop de opties langs en licht onze keuze toe: ',
            str(environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'headline')),
            '\n',
        ))
        for l_2_o in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'options'):
            _loop_vars = {}
            pass
            t_10.extend((
                '- ',
                str(environment.getattr(l_2_o, 'name')),
            ))
            if environment.getattr(l_2_o, 'recommended'):
                pass
                t_10.append(
                    ' (aanbevolen)',
                )
            if environment.getattr(l_2_o, 'cost'):
                pass
                t_10.extend((
                    '; kosten: ',
                    str(environment.getattr(l_2_o, 'cost')),
                ))
            if environment.getattr(l_2_o, 'time'):
                pass
                t_10.extend((
                    '; doorlooptijd: ',
                    str(environment.getattr(l_2_o, 'time')),
                ))
            t_10.append(
                '.\n',
            )
        l_2_o = missing
        if environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'):
            pass
            t_10.append(
                'Zeg expliciet wat we bewust niet doen:\n',
            )
            for l_2_n in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'not_doing'):
                _loop_vars = {}
                pass
                t_10.extend((
                    '- ',
                    str(l_2_n),
                    '\n',
                ))
            l_2_n = missing
        for l_2_r in environment.getattr(environment.getattr(l_1_b, 'tradeoffs'), 'risks'):
            _loop_vars = {}
            pass
            t_10.extend((
                'Risico: ',
                str(environment.getattr(l_2_r, 'risk')),
            ))
            if environment.getattr(l_2_r, 'mitigation'):
                pass
                t_10.extend((
                    '. Beheersmaatregel: ',
                    str(environment.getattr(l_2_r, 'mitigation')),
                ))
            t_10.append(
                '.\n',
            )
        l_2_r = missing
        return concat(t_10)
    context.exported_vars.add('tradeoffs')
    context.vars['tradeoffs'] = l_0_tradeoffs = Macro(environment, macro, 'tradeoffs', ('b',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_b):
        t_11 = []
        l_1_wanneer = resolve('wanneer')
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_11.extend((
            'Sluit af met het besluitvoorstel – en laat daarna bewust een stilte vallen: ',
            str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'decision')),
            '\n',
        ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment'):
            pass
            t_11.extend((
                'Investering: ',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'investment')),
                '.\n',
            ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'):
            pass
            l_1_wanneer = environment.call(context, (undefined(name='datum_voluit') if l_0_datum_voluit is missing else l_0_datum_voluit), environment.getattr(environment.getattr(l_1_b, 'ask'), 'by'))
            if (undefined(name='wanneer') if l_1_wanneer is missing else l_1_wanneer):
                pass
                t_11.extend((
                    'We hebben het besluit uiterlijk ',
                    str((undefined(name='wanneer') if l_1_wanneer is missing else l_1_wanneer)),
                    ' nodig.\n',
                ))
            else:
                pass
                t_11.extend((
                    'Uiterste besluitdatum: ',
                    str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'by')),
                    '.\n',
                ))
        if environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner'):
            pass
            t_11.extend((
                'Eigenaar: ',
                str(environment.getattr(environment.getattr(l_1_b, 'ask'), 'owner')),
                '.\n',
            ))
        return concat(t_11)
    context.exported_vars.add('ask')
    context.vars['ask'] = l_0_ask = Macro(environment, macro, 'ask', ('b',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=42&12=45&14=48&15=56&16=57&17=59&18=60&19=61&20=64&25=74&26=81&27=84&28=89&30=93&31=97&35=104&36=111&37=114&38=119&42=129&43=136&44=139&45=142&46=146&48=171&53=202&54=209&55=212&56=217&58=240&60=245&61=250&64=254&65=259&69=275&70=283&71=286&72=290&74=293&75=295&76=296&77=300&79=307&82=310&83=314'
# Jinja2 3.1.6's code for default/notes.nl.j2, by tools/compile_templates.py
