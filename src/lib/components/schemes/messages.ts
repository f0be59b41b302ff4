/**
 * The scheme editor's words in both languages the app speaks. They live beside the editor
 * (the app's catalogs belong to another part of the app); `say` follows the chosen language.
 */
import { locale } from '$lib/i18n/i18n.svelte';
import type { Scheme } from '$lib/engine';

const en = {
  title: 'Scheme editor',
  intro:
    'Edit any number of schemes and see what each pays a rep for one period: the curve is pay ' +
    'against sales at the target shown, the table pay at sample points. The same checks as ' +
    'scenario files run as you type.',
  scheme: 'Scheme',
  add: 'Add',
  remove: 'Remove',
  compare: 'Compare these on the Compare screen',
  expected: 'Expected sales in a period',
  sigma: 'Log-volatility of sales',
  target: 'Target for the curve',
  targetHelp: 'Empty: each rep’s own best target (or the planned quota)',
  curve: 'Pay against sales',
  curveNote: 'One period, before fines; dashed lines mark each scheme’s target.',
  sales: 'Sales',
  pay: 'Pay',
  table: 'Pay at sample points',
  kind: 'Kind',
  invalid: 'Not drawn until fixed:',
  quantile: 'Reports the {{p}} quantile of its sales (without a floor: {{f}}).',
  noQuantile: 'Reports no honest quantile: the rates are out of order.',
  json: 'As scenario JSON',
  addField: 'Add {{field}}',
  none: '—',
  'w.no-reward-above-target':
    'α = 0: doing more than the target earns nothing in that period, so reps may push sales ' +
    'into the next one.',
  'w.rates-out-of-order':
    'The rates must rise, 0 ≤ α < β < γ; here α = {{alpha}}, β = {{beta}}, γ = {{gamma}}.',
  'w.floor-moves-target':
    'The floor moves the best target: a rep with log-volatility {{sigma}} reports the ' +
    '{{quantile}} quantile instead of {{fractile}}.',
} as const;

type Key = keyof typeof en;

const zhCN: Record<Key, string> = {
  title: '方案编辑器',
  intro:
    '可同时编辑任意多个方案，并查看每个方案在一个周期内付给销售代表多少：曲线是在所示目标下报酬随销售额的变化，表格列出若干样本点的报酬。输入时即运行与情景文件相同的检查。',
  scheme: '方案',
  add: '添加',
  remove: '删除',
  compare: '在“比较”页比较这些方案',
  expected: '每期预期销售额',
  sigma: '销售额的对数波动率',
  target: '曲线所用目标',
  targetHelp: '留空：每位代表自己的最优目标（或计划定额）',
  curve: '报酬—销售额曲线',
  curveNote: '一个周期，未计罚款；虚线标出各方案的目标。',
  sales: '销售额',
  pay: '报酬',
  table: '样本点的报酬',
  kind: '类型',
  invalid: '修正之前不绘制：',
  quantile: '代表会报出其销售额的 {{p}} 分位数（无下限时为 {{f}}）。',
  noQuantile: '费率顺序不对，代表不会如实报出任何分位数。',
  json: '情景 JSON',
  addField: '添加 {{field}}',
  none: '—',
  'w.no-reward-above-target':
    'α = 0：超出目标的部分在该期不再得到任何报酬，代表可能把销售推迟到下一期。',
  'w.rates-out-of-order':
    '费率必须递增，0 ≤ α < β < γ；此处 α = {{alpha}}，β = {{beta}}，γ = {{gamma}}。',
  'w.floor-moves-target':
    '下限改变了最优目标：对数波动率为 {{sigma}} 的代表会报出 {{quantile}} 分位数，而不是 {{fractile}}。',
};

const kinds: Record<'en' | 'zh-CN', Record<Scheme['kind'], string>> = {
  en: {
    'truth-telling': 'Truth-telling family (self-set target)',
    'haggled-quota': 'Haggled quota',
    'bonus-grid': 'Bonus grid (IBM Brazil style)',
    'pharma-letter': 'Pharmaceutical letter',
    'condiment-letter': 'Condiment letter',
    'commission-plan': 'Commission plan',
    'linear-menu': 'Menu of linear contracts',
  },
  'zh-CN': {
    'truth-telling': '说真话方案族（自定目标）',
    'haggled-quota': '讨价还价定额',
    'bonus-grid': '奖金表（IBM 巴西式）',
    'pharma-letter': '医药目标责任书',
    'condiment-letter': '调味品目标责任书',
    'commission-plan': '提成方案',
    'linear-menu': '线性合同菜单',
  },
};

/** The message in the current language with {{name}} filled from `vars`. */
export function say(key: Key, vars: Record<string, string | number> = {}): string {
  const text = locale() === 'zh-CN' ? zhCN[key] : en[key];
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

export function kindName(kind: Scheme['kind']): string {
  return kinds[locale()][kind];
}

/** A field's name as people read it: 'performancePay' → 'performance pay'. */
export function fieldName(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
