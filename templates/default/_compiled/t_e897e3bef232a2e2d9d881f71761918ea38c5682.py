from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'labels.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_areas = l_0_words = missing
    pass
    l_0_areas = {'revenue': 'Revenue', 'retention': 'Retention', 'growth': 'Growth', 'margin': 'Margin', 'cost': 'Cost', 'risk': 'Risk', 'strategy': 'Strategy'}
    context.vars['areas'] = l_0_areas
    context.exported_vars.add('areas')
    l_0_words = {'evidence': 'Evidence', 'scorecard': 'How we will know', 'actual': 'Actual', 'target': 'Target', 'baseline': 'Baseline', 'now': 'Now', 'current': 'now', 'higher_is_better': 'higher is better', 'lower_is_better': 'lower is better', 'guardrail': 'guardrail', 'holding': 'holding', 'breached': 'breached', 'limit': 'Limit', 'at_most': 'limit ≤', 'at_least': 'limit ≥', 'option': 'Option', 'pros': 'Pros', 'cons': 'Cons', 'cost': 'Cost', 'time': 'Time', 'recommended': 'Recommended', 'not_doing': 'Not doing', 'risks': 'Risks', 'decision': 'Decision', 'investment': 'Investment', 'by': 'Decision needed by', 'owner': 'Owner', 'next_steps': 'Next steps', 'title': 'Title', 'subtitle': 'Subtitle', 'moved': 'Not on the slide (moved here to fit):', 'alt_from': 'from', 'alt_to': 'to', 'alt_in': 'in', 'points': 'pts', 'chart': 'Chart', 'alt_target': 'target'}
    context.vars['words'] = l_0_words
    context.exported_vars.add('words')

blocks = {}
debug_info = '3=12&12=15'
# Jinja2 3.1.6's code for default/labels.j2, by tools/compile_templates.py
