from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'labels.ja.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_areas = l_0_words = l_0_sections = missing
    pass
    l_0_areas = {'revenue': '売上', 'retention': '顧客維持', 'growth': '成長', 'margin': '利益率', 'cost': 'コスト', 'risk': 'リスク', 'strategy': '戦略'}
    context.vars['areas'] = l_0_areas
    context.exported_vars.add('areas')
    l_0_words = {'evidence': '根拠データ', 'scorecard': '効果測定', 'actual': '実績', 'target': '目標', 'baseline': '基準値', 'now': '直近値', 'current': '直近', 'higher_is_better': '高いほど良好', 'lower_is_better': '低いほど良好', 'guardrail': '監視指標', 'holding': '範囲内', 'breached': '逸脱', 'limit': '許容値', 'at_most': '上限', 'at_least': '下限', 'option': '選択肢', 'pros': 'メリット', 'cons': 'デメリット', 'cost': '費用', 'time': '所要期間', 'recommended': '推奨', 'not_doing': '本件の対象外', 'risks': 'リスクと対策', 'decision': 'ご承認いただきたい事項', 'investment': '必要投資', 'by': 'ご判断期限', 'owner': '推進責任者', 'next_steps': '今後の進め方', 'title': 'タイトル', 'subtitle': 'サブタイトル', 'moved': 'スライドに収まらないため、以下に記載：', 'alt_from': '推移', 'alt_to': '→', 'alt_in': '／', 'points': 'pt', 'chart': 'グラフ', 'alt_target': '目標', 'quote_open': '「', 'quote_close': '」', 'colon': '：', 'semicolon': '；', 'full_stop': '。', 'paren_open': '（', 'paren_close': '）', 'speaker_notes': '発表者ノート'}
    context.vars['words'] = l_0_words
    context.exported_vars.add('words')
    l_0_sections = {'problem': '現状と課題', 'impact': '期待効果', 'metrics': '評価指標', 'tradeoffs': '選択肢の比較', 'ask': '付議事項'}
    context.vars['sections'] = l_0_sections
    context.exported_vars.add('sections')

blocks = {}
debug_info = '2=12&11=15&58=18'
# Jinja2 3.1.6's code for default/labels.ja.j2, by tools/compile_templates.py
