from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'outline.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_words = resolve('words')
    l_0_outline = resolve('outline')
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
        t_3 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_4 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_5 = environment.filters['unit']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'unit' found.")
    try:
        t_6 = environment.filters['zip_values']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'zip_values' found.")
    pass
    l_0_colon = (environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'colon') if ((undefined(name='words') if l_0_words is missing else l_0_words) and environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'colon')) else ': ')
    context.vars['colon'] = l_0_colon
    context.exported_vars.add('colon')
    yield '# '
    yield str(environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'title'))
    yield '\n'
    if environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'subtitle'):
        pass
        yield '\n'
        yield str(environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'subtitle'))
        yield '\n'
    if (environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'presenter') or environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'date')):
        pass
        yield '\n*'
        yield str(t_2(context.eval_ctx, t_4(context, [environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'presenter'), t_1(environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'date'))]), ' · '))
        yield '*\n'
    l_1_loop = missing
    for l_1_s, l_1_loop in LoopContext(environment.getattr((undefined(name='outline') if l_0_outline is missing else l_0_outline), 'slides'), undefined):
        _loop_vars = {}
        pass
        yield '\n## '
        yield str(environment.getattr(l_1_s, 'number'))
        yield '. '
        yield str(environment.getattr(l_1_s, 'label'))
        yield str((undefined(name='colon') if l_0_colon is missing else l_0_colon))
        yield str(environment.getattr(l_1_s, 'title'))
        yield '\n'
        l_2_loop = missing
        for l_2_b, l_2_loop in LoopContext(environment.getattr(l_1_s, 'blocks'), undefined):
            l_2_keys = resolve('keys')
            _loop_vars = {}
            pass
            yield '\n'
            if (environment.getattr(l_2_b, 'type') == 'bullets'):
                pass
                for l_3_item in environment.getitem(l_2_b, 'items'):
                    _loop_vars = {}
                    pass
                    yield '- '
                    yield str(l_3_item)
                    yield '\n'
                l_3_item = missing
            elif (environment.getattr(l_2_b, 'type') == 'quote'):
                pass
                yield '> **'
                yield str(environment.getattr(l_2_b, 'label'))
                yield str(t_3(context.eval_ctx, (undefined(name='colon') if l_0_colon is missing else l_0_colon), ' ', ''))
                yield '** '
                yield str(environment.getattr(l_2_b, 'text'))
                yield '\n'
            elif (environment.getattr(l_2_b, 'type') == 'tiles'):
                pass
                for l_3_t in environment.getattr(l_2_b, 'tiles'):
                    _loop_vars = {}
                    pass
                    yield '- **'
                    yield str(environment.getattr(l_3_t, 'caption'))
                    yield str(t_3(context.eval_ctx, (undefined(name='colon') if l_0_colon is missing else l_0_colon), ' ', ''))
                    yield '** '
                    if environment.getattr(l_3_t, 'value'):
                        pass
                        yield '**'
                        yield str(environment.getattr(l_3_t, 'value'))
                        yield '** '
                    elif environment.getattr(l_3_t, 'lead'):
                        pass
                        yield '**'
                        yield str(environment.getattr(l_3_t, 'lead'))
                        yield '** '
                    yield str(environment.getattr(l_3_t, 'text'))
                    yield '\n'
                l_3_t = missing
            elif (environment.getattr(l_2_b, 'type') == 'chart'):
                pass
                yield '**'
                yield str(environment.getattr(l_2_b, 'title'))
                yield '**'
                yield str((undefined(name='colon') if l_0_colon is missing else l_0_colon))
                yield str(t_6(environment.getattr(l_2_b, 'categories'), environment.getitem(environment.getitem(environment.getattr(l_2_b, 'series'), 0), 'values'), environment.getattr(l_2_b, 'unit')))
                yield ' → '
                yield str(environment.getattr(l_2_b, 'target_word'))
                yield ' **'
                yield str(t_5(environment.getattr(l_2_b, 'target'), environment.getattr(l_2_b, 'unit')))
                yield '**'
                yield str((str_join((' ', environment.getattr(l_2_b, 'target_label'), )) if (environment.getattr(l_2_b, 'target_label') != environment.getattr(l_2_b, 'target_word')) else ''))
                yield '\n'
            elif (environment.getattr(l_2_b, 'type') == 'scorecard'):
                pass
                yield '| '
                yield str(environment.getattr(l_2_b, 'label'))
                yield ' | | |\n|---|---|---|\n'
                for l_3_r in environment.getattr(l_2_b, 'rows'):
                    _loop_vars = {}
                    pass
                    yield '| '
                    yield str(environment.getattr(l_3_r, 'marker'))
                    yield ' '
                    yield str(environment.getattr(l_3_r, 'name'))
                    yield ' | '
                    yield str(environment.getattr(l_3_r, 'value_line'))
                    yield ' | '
                    yield str(environment.getattr(l_3_r, 'detail'))
                    yield ' |\n'
                l_3_r = missing
            elif (environment.getattr(l_2_b, 'type') == 'table'):
                pass
                l_2_keys = ['option', 'pros', 'cons', 'cost', 'time']
                _loop_vars['keys'] = l_2_keys
                yield '| '
                def t_7(fiter):
                    for l_3_key in fiter:
                        if (l_3_key in environment.getitem(l_2_b, 'columns')):
                            yield l_3_key
                l_3_loop = missing
                for l_3_key, l_3_loop in LoopContext(t_7((undefined(name='keys') if l_2_keys is missing else l_2_keys)), undefined):
                    _loop_vars = {}
                    pass
                    yield str(environment.getitem(environment.getattr(l_2_b, 'header'), environment.call(context, environment.getattr((undefined(name='keys') if l_2_keys is missing else l_2_keys), 'index'), l_3_key, _loop_vars=_loop_vars)))
                    yield str((' |' if environment.getattr(l_3_loop, 'last') else ' | '))
                l_3_loop = l_3_key = missing
                yield '\n|'
                def t_8(fiter):
                    for l_3_key in fiter:
                        if (l_3_key in environment.getitem(l_2_b, 'columns')):
                            yield l_3_key
                for l_3_key in t_8((undefined(name='keys') if l_2_keys is missing else l_2_keys)):
                    _loop_vars = {}
                    pass
                    yield '---|'
                l_3_key = missing
                yield '\n'
                l_3_loop = missing
                for l_3_row, l_3_loop in LoopContext(environment.getattr(l_2_b, 'rows'), undefined):
                    l_3_chosen = missing
                    _loop_vars = {}
                    pass
                    l_3_chosen = (environment.getattr(l_3_loop, 'index0') in environment.getattr(l_2_b, 'highlight'))
                    _loop_vars['chosen'] = l_3_chosen
                    yield '| '
                    def t_9(fiter):
                        for l_4_key in fiter:
                            if (l_4_key in environment.getitem(l_2_b, 'columns')):
                                yield l_4_key
                    for l_4_key in t_9((undefined(name='keys') if l_2_keys is missing else l_2_keys)):
                        l_4_cell = missing
                        _loop_vars = {}
                        pass
                        l_4_cell = environment.getitem(l_3_row, environment.call(context, environment.getattr((undefined(name='keys') if l_2_keys is missing else l_2_keys), 'index'), l_4_key, _loop_vars=_loop_vars))
                        _loop_vars['cell'] = l_4_cell
                        yield str((str_join(((str_join((environment.getattr(l_2_b, 'badge'), '<br>', )) if (undefined(name='chosen') if l_3_chosen is missing else l_3_chosen) else ''), '**', environment.getitem(environment.call(context, environment.getattr((undefined(name='cell') if l_4_cell is missing else l_4_cell), 'split'), '\n', _loop_vars=_loop_vars), 0), '**', (str_join(('<br>', t_2(context.eval_ctx, environment.call(context, environment.getattr((undefined(name='cell') if l_4_cell is missing else l_4_cell), 'split'), '\n', _loop_vars=_loop_vars)[1:], '<br>'), )) if ('\n' in (undefined(name='cell') if l_4_cell is missing else l_4_cell)) else ''), )) if (l_4_key == 'option') else environment.call(context, environment.getattr((undefined(name='cell') if l_4_cell is missing else l_4_cell), 'replace'), '\n', '<br>', _loop_vars=_loop_vars)))
                        yield ' | '
                    l_4_key = l_4_cell = missing
                    yield '\n'
                l_3_loop = l_3_row = l_3_chosen = missing
            elif (environment.getattr(l_2_b, 'type') == 'listing'):
                pass
                yield '**'
                yield str(environment.getattr(l_2_b, 'label'))
                yield str(t_3(context.eval_ctx, (undefined(name='colon') if l_0_colon is missing else l_0_colon), ' ', ''))
                yield '**\n'
                for l_3_item in environment.getitem(l_2_b, 'items'):
                    _loop_vars = {}
                    pass
                    yield '- '
                    yield str(l_3_item)
                    yield '\n'
                l_3_item = missing
            elif (environment.getattr(l_2_b, 'type') == 'decision'):
                pass
                yield '**'
                yield str(environment.getattr(l_2_b, 'label'))
                yield str((undefined(name='colon') if l_0_colon is missing else l_0_colon))
                yield str(environment.getattr(l_2_b, 'text'))
                yield '**\n'
            elif (environment.getattr(l_2_b, 'type') == 'facts'):
                pass
                for l_3_f in environment.getattr(l_2_b, 'facts'):
                    _loop_vars = {}
                    pass
                    yield '- **'
                    yield str(environment.getattr(l_3_f, 'label'))
                    yield str(t_3(context.eval_ctx, (undefined(name='colon') if l_0_colon is missing else l_0_colon), ' ', ''))
                    yield '** '
                    yield str(environment.getattr(l_3_f, 'value'))
                    yield '\n'
                l_3_f = missing
            elif (environment.getattr(l_2_b, 'type') == 'steps'):
                pass
                yield '**'
                yield str(environment.getattr(l_2_b, 'label'))
                yield str(t_3(context.eval_ctx, (undefined(name='colon') if l_0_colon is missing else l_0_colon), ' ', ''))
                yield '**\n'
                l_3_loop = missing
                for l_3_item, l_3_loop in LoopContext(environment.getitem(l_2_b, 'items'), undefined):
                    _loop_vars = {}
                    pass
                    yield str(environment.getattr(l_3_loop, 'index'))
                    yield '. '
                    yield str(l_3_item)
                    yield '\n'
                l_3_loop = l_3_item = missing
        l_2_loop = l_2_b = l_2_keys = missing
        yield '\n<details><summary>'
        yield str((environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'speaker_notes') if ((undefined(name='words') if l_0_words is missing else l_0_words) and environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'speaker_notes')) else 'Speaker notes'))
        yield '</summary>\n\n'
        yield str(environment.getattr(l_1_s, 'notes'))
        yield '\n\n</details>\n'
    l_1_loop = l_1_s = missing

blocks = {}
debug_info = '2=50&3=54&4=56&6=59&8=61&10=64&12=67&14=71&15=78&17=83&18=85&19=89&21=92&22=95&23=100&24=102&25=106&27=122&28=125&29=136&30=139&32=141&33=145&35=154&36=156&37=159&39=171&41=182&42=186&43=189&46=204&47=207&48=210&49=214&51=217&52=220&53=224&54=226&55=230&57=236&58=239&59=243&60=246&65=253&67=255'
# Jinja2 3.1.6's code for default/outline.md.j2, by tools/compile_templates.py
