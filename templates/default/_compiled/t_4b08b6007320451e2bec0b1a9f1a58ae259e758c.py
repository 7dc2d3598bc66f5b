from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'footer.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_footer = l_0_page = missing
    try:
        t_1 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    pass
    def macro(l_1_brief, l_1_fixed):
        t_2 = []
        if l_1_brief is missing:
            l_1_brief = undefined("parameter 'brief' was not provided", name='brief')
        if l_1_fixed is missing:
            l_1_fixed = None
        pass
        if l_1_fixed:
            pass
            t_2.extend((
                str(l_1_fixed),
                '  ·  ',
            ))
        t_2.append(
            str(environment.getattr(l_1_brief, 'title')),
        )
        if environment.getattr(l_1_brief, 'presenter'):
            pass
            t_2.extend((
                '  ·  ',
                str(environment.getattr(l_1_brief, 'presenter')),
            ))
        if environment.getattr(l_1_brief, 'date'):
            pass
            t_2.extend((
                '  ·  ',
                str(t_1(environment.getattr(l_1_brief, 'date'))),
            ))
        return concat(t_2)
    context.exported_vars.add('footer')
    context.vars['footer'] = l_0_footer = Macro(environment, macro, 'footer', ('brief', 'fixed'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_number, l_1_total):
        t_3 = []
        if l_1_number is missing:
            l_1_number = undefined("parameter 'number' was not provided", name='number')
        if l_1_total is missing:
            l_1_total = undefined("parameter 'total' was not provided", name='total')
        pass
        t_3.extend((
            str(l_1_number),
            ' / ',
            str(l_1_total),
        ))
        return concat(t_3)
    context.exported_vars.add('page')
    context.vars['page'] = l_0_page = Macro(environment, macro, 'page', ('number', 'total'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '4=18&5=25&7=49&8=57'
# Jinja2 3.1.6's code for default/footer.j2, by tools/compile_templates.py
