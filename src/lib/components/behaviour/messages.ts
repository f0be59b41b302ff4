/**
 * Messages of the behaviour screen in both languages, kept beside the screen until they join
 * the app's catalogs; `{{name}}` marks an interpolated, already formatted value.
 */
import { locale } from '$lib/i18n/i18n.svelte';

const en = {
  title: 'Rep behaviour',
  intro:
    'What reps do under each scheme: the targets they report, the effort they put in, how ' +
    'they haggle, when they book their deals and how a ratchet changes all of it.',
  'panel.people': 'Who the reps are',
  'panel.effort': 'Effort',
  'panel.haggling': 'Haggling',
  'panel.timing': 'Timing within the year',
  'panel.ratchet': 'Across years',
  'panel.company': 'What the company values',
  naiveShare: 'Naive reps',
  'naiveShare.help':
    "Share of reps who report last period's sales or accept the boss's quota; the rest " +
    'best-respond.',
  bias: 'Belief bias',
  'bias.help': 'How far strategic reps over- (+) or under-estimate (−) their own sales.',
  noise: 'Belief noise',
  'noise.help': "Spread of each rep's own error about its sales level.",
  risk: 'Attitude to risk',
  'risk.help': 'Neutral reps maximise expected pay; averse ones trade some pay for less risk.',
  'risk.neutral': 'Risk-neutral',
  'risk.cara': 'Risk-averse (constant absolute)',
  'risk.crra': 'Risk-averse (constant relative)',
  riskA: 'Risk aversion',
  'riskA.help': 'Higher values make reps prize sure pay more, on the scale of their own sales.',
  rho: 'Relative risk aversion',
  'rho.help': 'ρ of the CRRA utility: 1 is logarithmic utility, higher is more averse.',
  wealth: 'Wealth',
  'wealth.help': "The reps' other income, in periods of their expected sales.",
  maxLift: 'Most effort can add',
  'maxLift.help': 'Largest rise in expected sales effort can buy; each further step buys less.',
  effortCost: 'Cost of effort',
  'effortCost.help': 'Money cost of full effort as a share of expected sales; grows as effort².',
  hagglingCost: 'Cost of haggling',
  'hagglingCost.help': 'Time lost bargaining, growing with the square of the gap between openings.',
  anticipation: "Boss's anticipation",
  'anticipation.help':
    'How much further the boss opens when the rep opens lower, expecting to split the difference.',
  timing: 'Reps shift deals between periods',
  'timing.help': 'They pull deals forward or push them into the next period when pay rewards it.',
  maxShare: 'Most a rep can shift',
  'maxShare.help': "Share of a period's sales that can move into the next period or out of it.",
  timingCost: 'Cost of shifting',
  'timingCost.help': 'Cost of moving deals, growing with the square of the amount moved.',
  years: 'Years',
  'years.help': 'Years in a row; from the second on, quotas follow the ratchet.',
  up: 'Ratchet after a beat',
  'up.help': "Share of a beat added to next year's quota (whipping the fast ox).",
  down: 'Ratchet after a miss',
  'down.help': "Share of a miss taken off next year's quota.",
  discount: 'Weight of next year',
  'discount.help': "How much reps weigh next year's pay against this year's.",
  margin: 'Gross margin',
  'margin.help': 'Profit on sales before incentive pay.',
  overCost: 'Cost of over-forecast',
  'overCost.help': 'Per unit of target above sales: stock and cash tied up.',
  underCost: 'Cost of under-forecast',
  'underCost.help': 'Per unit of sales above target: sales lost for want of stock.',
  run: 'Run with behaviour',
  running: 'Running… {{done}} of {{total}} trials',
  cancel: 'Cancel',
  invalid: 'Some settings are out of range: fix the fields marked in red.',
  waiting: 'Waiting for the sales history to load.',
  empty: 'Run to see what reps do under each scheme.',
  failed: 'The run failed: {{message}}',
  statement:
    '{{strategic}} of {{reps}} reps behaved strategically and {{naive}} naively, over ' +
    '{{years}} year(s) of {{periods}} periods; {{trials}} trials, seed {{seed}}.',
  settings:
    'Settings: naive {{naive}}, belief bias {{bias}} and noise {{noise}}, {{risk}}; effort up ' +
    'to +{{lift}} at {{effortCost}}; haggling cost {{haggling}}, anticipation {{anticipation}}; ' +
    'shifting {{timing}}; ratchet {{up}} up / {{down}} down, next year weighed {{discount}}.',
  'settings.off': 'off',
  'settings.upTo': 'up to {{share}} at cost {{cost}}',
  'table.title': 'What reps did, and what it meant for the company',
  'table.note':
    'Per simulated horizon, mean ± 95% interval over trials. The lift is the mean rise in ' +
    'expected sales strategic reps chose to work for; extra sales are what effort and shifting ' +
    'added to the draws; profit is margin × sales − payout − planning cost.',
  'col.scheme': 'Scheme',
  'col.effort': 'Lift from effort',
  'col.sales': 'Sales',
  'col.extra': 'Extra sales',
  'col.payout': 'Payout',
  'col.costOfSales': 'Cost of sales',
  'col.pulled': 'Pulled in',
  'col.pushed': 'Pushed out',
  'col.gaveUp': 'Gave up',
  'col.gap': 'Opening gap',
  'col.haggling': 'Haggling cost',
  'col.planning': 'Planning cost',
  'col.profit': 'Profit',
  'col.utility': 'Rep utility',
  warnAlpha:
    '{{scheme}}: nothing is paid above the target (α = 0), so reps that reach it push deals ' +
    'into the next period.',
  'targets.title': "Chosen target against the rep's true median",
  'targets.note':
    "Each mark is a rep's first-period target or quota; the line is target = median. Hollow " +
    'marks are naive reps.',
  'targets.x': 'True median of sales',
  'targets.y': 'Target or quota',
  'targets.point': '{{rep}}: median {{median}}, target {{target}}',
  'targets.aria': 'Targets against true medians for {{reps}} reps under {{schemes}} schemes.',
  'months.title': 'Sales by period with pulled and pushed deals',
  'months.note':
    'Mean over trials for one rep. Bars are booked sales, the top part deals pulled in from ' +
    'the next period; dashed boxes are deals pushed out to it; ticks mark the target.',
  'months.rep': 'Rep',
  'months.scheme': 'Scheme',
  'months.kept': 'Own deals booked',
  'months.pulled': 'Pulled in',
  'months.pushed': 'Pushed out',
  'months.target': 'Target',
  'months.x': 'Period',
  'months.y': 'Sales',
  'months.aria': 'Sales of {{rep}} by period under {{scheme}}, with shifted deals.',
  'ratchet.title': "A rep's quota and sales across years under each ratchet",
  'ratchet.note':
    'Mean over trials for one strategic rep under {{scheme}}: solid lines are quotas, dashed ' +
    'lines sales, per year.',
  'ratchet.none': 'No ratchet',
  'ratchet.even': 'Even ratchet',
  'ratchet.yours': 'Your ratchet',
  'ratchet.quota': 'quota',
  'ratchet.sales': 'sales',
  'ratchet.x': 'Year',
  'ratchet.y': 'Per year',
  'ratchet.aria': 'Quota and sales of {{rep}} over {{years}} years under three ratchets.',
  'ratchet.noQuota': 'No scheme sets a quota, so no ratchet applies.',
};

export type BehaviourKey = keyof typeof en;

const zhCN: Record<BehaviourKey, string> = {
  title: '销售代表的行为',
  intro:
    '在每种方案下销售代表会怎么做：报什么目标、投入多少努力、如何讨价还价、何时确认订单，以及棘轮如何改变这一切。',
  'panel.people': '代表是谁',
  'panel.effort': '努力',
  'panel.haggling': '讨价还价',
  'panel.timing': '年内的时点安排',
  'panel.ratchet': '跨年度',
  'panel.company': '公司看重什么',
  naiveShare: '朴素型代表',
  'naiveShare.help': '按上期销售报目标或接受上级定额的代表所占比例；其余代表采取最优对策。',
  bias: '预期偏差',
  'bias.help': '策略型代表高估（+）或低估（−）自身销售的幅度。',
  noise: '预期噪声',
  'noise.help': '每位代表对自身销售水平的判断误差的离散程度。',
  risk: '风险态度',
  'risk.help': '风险中性的代表追求期望收入最大；风险厌恶的代表愿意少拿一些以降低风险。',
  'risk.neutral': '风险中性',
  'risk.cara': '风险厌恶（绝对风险厌恶不变）',
  'risk.crra': '风险厌恶（相对风险厌恶不变）',
  riskA: '风险厌恶系数',
  'riskA.help': '数值越大，代表越看重确定的收入（以其自身销售规模计）。',
  rho: '相对风险厌恶',
  'rho.help': 'CRRA 效用的 ρ：1 为对数效用，越大越厌恶风险。',
  wealth: '财富',
  'wealth.help': '代表的其他收入，以其期望销售的期数计。',
  maxLift: '努力最多可增加',
  'maxLift.help': '努力最多能带来的期望销售增幅；每多一分努力，收益递减。',
  effortCost: '努力成本',
  'effortCost.help': '全力投入的货币成本占期望销售的比例；随努力的平方增长。',
  hagglingCost: '讨价还价成本',
  'hagglingCost.help': '谈判耗费的时间，随双方开价差距的平方增长。',
  anticipation: '上级的预判',
  'anticipation.help': '代表开价越低，上级预期要"各让一步"，开价就抬得越高的程度。',
  timing: '代表在各期之间挪动订单',
  'timing.help': '当薪酬规则有利时，代表会把订单提前确认，或推到下一期。',
  maxShare: '最多可挪动',
  'maxShare.help': '一期销售中可以挪入或挪出下一期的比例。',
  timingCost: '挪动成本',
  'timingCost.help': '挪动订单的成本，随挪动量的平方增长。',
  years: '年数',
  'years.help': '连续模拟的年数；从第二年起，定额按棘轮调整。',
  up: '超额后的棘轮',
  'up.help': '超额部分计入次年定额的比例（鞭打快牛）。',
  down: '未完成后的棘轮',
  'down.help': '未完成部分从次年定额中扣减的比例。',
  discount: '次年的权重',
  'discount.help': '代表对次年收入相对今年收入的重视程度。',
  margin: '毛利率',
  'margin.help': '激励薪酬之前的销售利润率。',
  overCost: '高估成本',
  'overCost.help': '目标每高出销售一个单位：占用的库存和资金。',
  underCost: '低估成本',
  'underCost.help': '销售每高出目标一个单位：因缺货损失的销售。',
  run: '按行为模型运行',
  running: '运行中…… {{done}} / {{total}} 次试验',
  cancel: '取消',
  invalid: '有设置超出范围：请修正标红的字段。',
  waiting: '正在等待销售历史数据加载。',
  empty: '运行后即可看到代表在各方案下的行为。',
  failed: '运行失败：{{message}}',
  statement:
    '{{reps}} 位代表中 {{strategic}} 位采取策略行为，{{naive}} 位为朴素型；' +
    '共 {{years}} 年、每年 {{periods}} 期；{{trials}} 次试验，随机种子 {{seed}}。',
  settings:
    '设置：朴素型 {{naive}}，预期偏差 {{bias}}、噪声 {{noise}}，{{risk}}；' +
    '努力最多 +{{lift}}，成本 {{effortCost}}；讨价还价成本 {{haggling}}，' +
    '上级预判 {{anticipation}}；挪动订单 {{timing}}；' +
    '棘轮 上调 {{up}} / 下调 {{down}}，次年权重 {{discount}}。',
  'settings.off': '关闭',
  'settings.upTo': '最多 {{share}}，成本 {{cost}}',
  'table.title': '代表做了什么，对公司意味着什么',
  'table.note':
    '按整个模拟期计，均值 ± 95% 置信区间。增幅是策略型代表选择以努力换取的期望销售平均增幅；' +
    '额外销售是努力和挪动订单在随机抽样之外增加的部分；' +
    '利润 = 毛利率 × 销售 − 薪酬 − 计划成本。',
  'col.scheme': '方案',
  'col.effort': '努力带来的增幅',
  'col.sales': '销售',
  'col.extra': '额外销售',
  'col.payout': '薪酬',
  'col.costOfSales': '销售成本率',
  'col.pulled': '提前确认',
  'col.pushed': '推迟确认',
  'col.gaveUp': '放弃',
  'col.gap': '开价差距',
  'col.haggling': '讨价还价成本',
  'col.planning': '计划成本',
  'col.profit': '利润',
  'col.utility': '代表效用',
  warnAlpha: '{{scheme}}：超出目标的部分不计酬（α = 0），达到目标的代表会把订单推到下一期。',
  'targets.title': '代表所报目标与其真实中位数',
  'targets.note':
    '每个标记是一位代表第一期的目标或定额；直线为目标 = 中位数。空心标记为朴素型代表。',
  'targets.x': '销售的真实中位数',
  'targets.y': '目标或定额',
  'targets.point': '{{rep}}：中位数 {{median}}，目标 {{target}}',
  'targets.aria': '{{reps}} 位代表在 {{schemes}} 种方案下的目标与真实中位数。',
  'months.title': '各期销售及提前、推迟确认的订单',
  'months.note':
    '一位代表各次试验的平均值。柱为已确认销售，顶部为从下一期提前确认的订单；虚线框为推到下一期的订单；短横线为目标。',
  'months.rep': '代表',
  'months.scheme': '方案',
  'months.kept': '本期自有订单',
  'months.pulled': '提前确认',
  'months.pushed': '推迟确认',
  'months.target': '目标',
  'months.x': '期',
  'months.y': '销售',
  'months.aria': '{{rep}} 在 {{scheme}} 下各期的销售及挪动的订单。',
  'ratchet.title': '不同棘轮下一位代表各年的定额与销售',
  'ratchet.note': '{{scheme}} 下一位策略型代表各次试验的平均值：实线为定额，虚线为销售，按年计。',
  'ratchet.none': '无棘轮',
  'ratchet.even': '对称棘轮',
  'ratchet.yours': '您的棘轮',
  'ratchet.quota': '定额',
  'ratchet.sales': '销售',
  'ratchet.x': '年',
  'ratchet.y': '每年',
  'ratchet.aria': '{{rep}} 在三种棘轮下 {{years}} 年的定额与销售。',
  'ratchet.noQuota': '没有方案设定定额，因此棘轮不适用。',
};

/** The message in the current language with `{{name}}` replaced from `vars`. */
export function bt(key: BehaviourKey, vars: Record<string, string | number> = {}): string {
  const text = locale() === 'zh-CN' ? zhCN[key] : en[key];
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export const behaviourMessages = { en, 'zh-CN': zhCN };
