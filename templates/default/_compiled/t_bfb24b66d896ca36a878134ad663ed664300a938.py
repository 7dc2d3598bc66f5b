from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'outline.txt.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_words = resolve('words')
    l_0_outline = resolve('outline')
    l_0_width = resolve('width')
    l_0_colon = missing
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
        t_3 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_4 = environment.filters['unit']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'unit' found.")
    try:
        t_5 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    try:
        t_6 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    try:
        t_7 = environment.filters['zip_values']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'zip_values' found.")
    pass
    l_0_colon = (environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'colon') if ((undefined(name='words') if l_0_words is missing else l_0_words) and environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'colon')) else ': ')
    context.vars['colon'] = l_0_colon
    context.exported_vars.add('colon')
    yield str(t_6(t_5(environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'title')), (undefined(name='width') if l_0_width is missing else l_0_width)))
    yield '\n'
    if environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'subtitle'):
        pass
        yield str(t_6(environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'subtitle'), (undefined(name='width') if l_0_width is missing else l_0_width)))
        yield '\n'
    if (environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'presenter') or environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'date')):
        pass
        yield str(t_6(t_2(context.eval_ctx, t_3(context, [environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'presenter'), t_1(environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'date'))]), '  ·  '), (undefined(name='width') if l_0_width is missing else l_0_width)))
        yield '\n'
    l_1_loop = missing
    for l_1_s, l_1_loop in LoopContext(environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'slides'), undefined):
        l_1_fitting = resolve('fitting')
        _loop_vars = {}
        pass
        yield '\n'
        yield str(environment.call_binop(context, '*', '─', (undefined(name='width') if l_0_width is missing else l_0_width)))
        yield '\n'
        yield str(environment.getattr(l_1_s, 'page'))
        yield '  '
        yield str(t_5(environment.getattr(l_1_s, 'label')))
        yield '\n'
        yield str(t_6(environment.getattr(l_1_s, 'title'), (undefined(name='width') if l_0_width is missing else l_0_width)))
        yield '\n\n'
        l_2_loop = missing
        for l_2_b, l_2_loop in LoopContext(environment.getattr(l_1_s, 'blocks'), undefined):
            l_2_keys = resolve('keys')
            l_2_cols = resolve('cols')
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_b, 'type') == 'bullets'):
                pass
                for l_3_item in environment.getitem(l_2_b, 'items'):
                    _loop_vars = {}
                    pass
                    yield str(t_6(l_3_item, (undefined(name='width') if l_0_width is missing else l_0_width), '    ', '  • '))
                    yield '\n'
                l_3_item = missing
            elif (environment.getattr(l_2_b, 'type') == 'quote'):
                pass
                yield str(t_6(str_join(((environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'quote_open') if (undefined(name='words') if l_0_words is missing else l_0_words) else '“'), environment.getattr(l_2_b, 'text'), (environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'quote_close') if (undefined(name='words') if l_0_words is missing else l_0_words) else '”'), )), (undefined(name='width') if l_0_width is missing else l_0_width), '    ', str_join(('  ', environment.getattr(l_2_b, 'label'), (undefined(name='colon') if l_0_colon is missing else l_0_colon), ))))
                yield '\n'
            elif (environment.getattr(l_2_b, 'type') == 'tiles'):
                pass
                for l_3_t in environment.getattr(l_2_b, 'tiles'):
                    _loop_vars = {}
                    pass
                    yield str(t_6(str_join(((str_join((environment.getattr(l_3_t, 'value'), '  ', )) if environment.getattr(l_3_t, 'value') else (str_join((environment.getattr(l_3_t, 'lead'), ' ', )) if environment.getattr(l_3_t, 'lead') else '')), environment.getattr(l_3_t, 'text'), )), (undefined(name='width') if l_0_width is missing else l_0_width), '    ', str_join(('  ', environment.getattr(l_3_t, 'caption'), (undefined(name='colon') if l_0_colon is missing else l_0_colon), ))))
                    yield '\n'
                l_3_t = missing
            elif (environment.getattr(l_2_b, 'type') == 'chart'):
                pass
                yield str(t_6(str_join((environment.getattr(l_2_b, 'title'), (undefined(name='colon') if l_0_colon is missing else l_0_colon), t_7(environment.getattr(l_2_b, 'categories'), environment.getitem(environment.getitem(environment.getattr(l_2_b, 'series'), 0), 'values'), environment.getattr(l_2_b, 'unit')), '  →  ', environment.getattr(l_2_b, 'target_word'), ' ', t_4(environment.getattr(l_2_b, 'target'), environment.getattr(l_2_b, 'unit')), (str_join((' ', environment.getattr(l_2_b, 'target_label'), )) if (environment.getattr(l_2_b, 'target_label') != environment.getattr(l_2_b, 'target_word')) else ''), )), (undefined(name='width') if l_0_width is missing else l_0_width), '    ', str_join(('  ', (environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'chart') if ((undefined(name='words') if l_0_words is missing else l_0_words) and environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'chart')) else 'Chart'), (undefined(name='colon') if l_0_colon is missing else l_0_colon), ))))
                yield '\n'
            elif (environment.getattr(l_2_b, 'type') == 'scorecard'):
                pass
                yield '  '
                yield str(environment.getattr(l_2_b, 'label'))
                yield ':\n'
                for l_3_r in environment.getattr(l_2_b, 'rows'):
                    _loop_vars = {}
                    pass
                    yield str(t_6(str_join((environment.getattr(l_3_r, 'name'), (undefined(name='colon') if l_0_colon is missing else l_0_colon), environment.getattr(l_3_r, 'value_line'), (str_join((' (', environment.getattr(l_3_r, 'detail'), ')', )) if environment.getattr(l_3_r, 'detail') else ''), )), (undefined(name='width') if l_0_width is missing else l_0_width), '      ', str_join(('    ', environment.getattr(l_3_r, 'marker'), ' ', ))))
                    yield '\n'
                l_3_r = missing
            elif (environment.getattr(l_2_b, 'type') == 'table'):
                pass
                l_2_keys = ['option', 'pros', 'cons', 'cost', 'time']
                _loop_vars['keys'] = l_2_keys
                l_2_cols = environment.getitem(l_2_b, 'columns')
                _loop_vars['cols'] = l_2_cols
                l_3_loop = missing
                for l_3_row, l_3_loop in LoopContext(environment.getattr(l_2_b, 'rows'), undefined):
                    l_3_cost = resolve('cost')
                    l_3_time = resolve('time')
                    l_3_name = missing
                    _loop_vars = {}
                    pass
                    l_3_name = environment.call(context, environment.getattr(environment.getitem(l_3_row, 0), 'split'), '\n', _loop_vars=_loop_vars)
                    _loop_vars['name'] = l_3_name
                    if (environment.getattr(l_3_loop, 'index0') in environment.getattr(l_2_b, 'highlight')):
                        pass
                        yield '  '
                        yield str(environment.getattr(l_2_b, 'badge'))
                        yield '\n'
                    yield str(t_6(t_2(context.eval_ctx, (undefined(name='name') if l_3_name is missing else l_3_name), ' — '), (undefined(name='width') if l_0_width is missing else l_0_width), '      ', '  '))
                    yield '\n'
                    def t_8(fiter):
                        for l_4_key in fiter:
                            if (l_4_key in (undefined(name='cols') if l_2_cols is missing else l_2_cols)):
                                yield l_4_key
                    for l_4_key in t_8(['pros', 'cons']):
                        _loop_vars = {}
                        pass
                        for l_5_line in t_3(context, environment.call(context, environment.getattr(environment.getitem(l_3_row, environment.call(context, environment.getattr((undefined(name='keys') if l_2_keys is missing else l_2_keys), 'index'), l_4_key, _loop_vars=_loop_vars)), 'split'), '\n', _loop_vars=_loop_vars)):
                            _loop_vars = {}
                            pass
                            yield str(t_6(l_5_line, (undefined(name='width') if l_0_width is missing else l_0_width), '        ', '      '))
                            yield '\n'
                        l_5_line = missing
                    l_4_key = missing
                    if (('cost' in (undefined(name='cols') if l_2_cols is missing else l_2_cols)) or ('time' in (undefined(name='cols') if l_2_cols is missing else l_2_cols))):
                        pass
                        l_3_cost = (str_join((environment.getitem(environment.getattr(l_2_b, 'header'), 3), (undefined(name='colon') if l_0_colon is missing else l_0_colon), environment.getitem(l_3_row, 3), )) if ('cost' in (undefined(name='cols') if l_2_cols is missing else l_2_cols)) else '')
                        _loop_vars['cost'] = l_3_cost
                        l_3_time = (str_join((environment.getitem(environment.getattr(l_2_b, 'header'), 4), (undefined(name='colon') if l_0_colon is missing else l_0_colon), environment.getitem(l_3_row, 4), )) if ('time' in (undefined(name='cols') if l_2_cols is missing else l_2_cols)) else '')
                        _loop_vars['time'] = l_3_time
                        yield str(t_6(t_2(context.eval_ctx, t_3(context, [(undefined(name='cost') if l_3_cost is missing else l_3_cost), (undefined(name='time') if l_3_time is missing else l_3_time)]), '  ·  '), (undefined(name='width') if l_0_width is missing else l_0_width), '        ', '      '))
                        yield '\n'
                l_3_loop = l_3_row = l_3_name = l_3_cost = l_3_time = missing
            elif (environment.getattr(l_2_b, 'type') == 'listing'):
                pass
                yield '  '
                yield str(environment.getattr(l_2_b, 'label'))
                yield ':\n'
                for l_3_item in environment.getitem(l_2_b, 'items'):
                    _loop_vars = {}
                    pass
                    yield str(t_6(l_3_item, (undefined(name='width') if l_0_width is missing else l_0_width), '      ', '    • '))
                    yield '\n'
                l_3_item = missing
            elif (environment.getattr(l_2_b, 'type') == 'decision'):
                pass
                yield str(t_6(environment.getattr(l_2_b, 'text'), (undefined(name='width') if l_0_width is missing else l_0_width), '    ', str_join(('  ', environment.getattr(l_2_b, 'label'), (undefined(name='colon') if l_0_colon is missing else l_0_colon), ))))
                yield '\n'
            elif (environment.getattr(l_2_b, 'type') == 'facts'):
                pass
                for l_3_f in environment.getattr(l_2_b, 'facts'):
                    _loop_vars = {}
                    pass
                    yield str(t_6(environment.getattr(l_3_f, 'value'), (undefined(name='width') if l_0_width is missing else l_0_width), '    ', str_join(('  ', environment.getattr(l_3_f, 'label'), (undefined(name='colon') if l_0_colon is missing else l_0_colon), ))))
                    yield '\n'
                l_3_f = missing
            elif (environment.getattr(l_2_b, 'type') == 'steps'):
                pass
                yield '  '
                yield str(environment.getattr(l_2_b, 'label'))
                yield ':\n'
                l_3_loop = missing
                for l_3_item, l_3_loop in LoopContext(environment.getitem(l_2_b, 'items'), undefined):
                    _loop_vars = {}
                    pass
                    yield str(t_6(l_3_item, (undefined(name='width') if l_0_width is missing else l_0_width), '       ', str_join(('    ', environment.getattr(l_3_loop, 'index'), '. ', ))))
                    yield '\n'
                l_3_loop = l_3_item = missing
        l_2_loop = l_2_b = l_2_keys = l_2_cols = missing
        if environment.getitem((undefined(name='fitting') if l_1_fitting is missing else l_1_fitting), environment.getattr(l_1_s, 'kind')):
            pass
            for l_2_note in environment.getitem((undefined(name='fitting') if l_1_fitting is missing else l_1_fitting), environment.getattr(l_1_s, 'kind')):
                _loop_vars = {}
                pass
                yield str(t_6(l_2_note, (undefined(name='width') if l_0_width is missing else l_0_width), '    ', '  [fit] '))
                yield '\n'
            l_2_note = missing
    l_1_loop = l_1_s = l_1_fitting = missing

blocks = {}
debug_info = '2=57&3=60&4=62&5=64&7=66&8=68&10=71&12=76&13=78&14=82&16=85&17=90&18=92&19=95&21=98&22=100&23=102&24=104&25=107&27=110&28=112&29=114&30=117&31=119&32=122&34=125&35=127&36=129&37=132&38=138&39=140&40=143&42=145&43=147&44=154&45=157&48=161&49=163&50=165&51=167&54=170&55=173&56=175&57=178&59=181&60=183&61=185&62=187&63=190&65=193&66=196&67=199&68=202&72=206&73=208&74=211'
# Jinja2 3.1.6's code for default/outline.txt.j2, by tools/compile_templates.py
