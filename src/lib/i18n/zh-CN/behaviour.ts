import type { Translation } from '../en';
import type { enBehaviour } from '../en/behaviour';

/** 销售代表行为页面的简体中文文案。 */
export const zhBehaviour: Translation<typeof enBehaviour> = {
  'behaviour.title': '销售代表的行为',
  'behaviour.intro':
    '在每种方案下销售代表会怎么做：报什么目标、投入多少努力、如何讨价还价、何时确认订单，以及棘轮如何改变这一切。',
  'behaviour.panel.people': '代表是谁',
  'behaviour.panel.effort': '努力',
  'behaviour.panel.haggling': '讨价还价',
  'behaviour.panel.timing': '年内的时点安排',
  'behaviour.panel.ratchet': '跨年度',
  'behaviour.panel.company': '公司看重什么',
  'behaviour.naiveShare': '朴素型代表',
  'behaviour.naiveShare.help':
    '按去年同期销售报目标或接受上级定额的代表所占比例；其余代表采取最优对策。',
  'behaviour.bias': '预期偏差',
  'behaviour.bias.help':
    '策略型代表高估（+）或低估（−）自身销售的幅度，按对数误差计：+50% 即预期为实际销售的 ' +
    'e^0.5 ≈ 1.65 倍，−50% 即 0.61 倍。',
  'behaviour.noise': '预期噪声',
  'behaviour.noise.help': '每位代表对自身销售水平的判断误差的离散程度。',
  'behaviour.risk': '风险态度',
  'behaviour.risk.help': '风险中性的代表追求期望收入最大；风险厌恶的代表愿意少拿一些以降低风险。',
  'behaviour.risk.neutral': '风险中性',
  'behaviour.risk.cara': '风险厌恶（绝对风险厌恶不变）',
  'behaviour.risk.crra': '风险厌恶（相对风险厌恶不变）',
  'behaviour.riskA': '风险厌恶系数',
  'behaviour.riskA.help': '数值越大，代表越看重确定的收入（以其自身销售规模计）。',
  'behaviour.rho': '相对风险厌恶',
  'behaviour.rho.help': 'CRRA 效用的 ρ：1 为对数效用，越大越厌恶风险。',
  'behaviour.wealth': '财富',
  'behaviour.wealth.help': '代表的其他收入，以其期望销售的期数计。',
  'behaviour.maxLift': '努力最多可增加',
  'behaviour.maxLift.help': '努力最多能带来的期望销售增幅；每多一分努力，收益递减。',
  'behaviour.effortCost': '努力成本',
  'behaviour.effortCost.help': '全力投入的货币成本占期望销售的比例；随努力的平方增长。',
  'behaviour.hagglingCost': '讨价还价成本',
  'behaviour.hagglingCost.help': '谈判耗费的时间，随双方开价差距的平方增长。',
  'behaviour.anticipation': '上级的预判',
  'behaviour.anticipation.help': '代表开价越低，上级预期要"各让一步"，开价就抬得越高的程度。',
  'behaviour.timing': '代表在各期之间挪动订单',
  'behaviour.timing.help':
    '当薪酬规则有利时，代表会把订单提前确认，或推到下一期；目标已无望达成的代表可能放弃：' +
    '不再为该期付出努力，并把订单留到下一期。',
  'behaviour.maxShare': '最多可挪动',
  'behaviour.maxShare.help': '一期销售中可以挪入或挪出下一期的比例。',
  'behaviour.timingCost': '挪动成本',
  'behaviour.timingCost.help': '挪动订单的成本，随挪动量的平方增长。',
  'behaviour.years': '年数',
  'behaviour.shortYear.day':
    '此历史按日拟合，模拟只涵盖接下来的 {{periods}} 天：本页的“年”就是这 {{periods}} 天，而非日历年。年数指这样的时段个数，棘轮把定额从一个时段移到下一个时段，销售额和报酬都按每个时段计。',
  'behaviour.shortYear.week':
    '此历史按周拟合，模拟只涵盖接下来的 {{periods}} 周：本页的“年”就是这 {{periods}} 周，而非日历年。年数指这样的时段个数，棘轮把定额从一个时段移到下一个时段，销售额和报酬都按每个时段计。',
  'behaviour.years.help': '连续模拟的年数；从第二年起，定额按棘轮调整。',
  'behaviour.up': '超额后的棘轮',
  'behaviour.up.help': '超额部分计入次年定额的比例（鞭打快牛）。',
  'behaviour.down': '未完成后的棘轮',
  'behaviour.down.help': '未完成部分从次年定额中扣减的比例。',
  'behaviour.discount': '次年的权重',
  'behaviour.discount.help': '代表对次年收入相对今年收入的重视程度。',
  'behaviour.run': '按行为模型运行',
  'behaviour.running_other': '运行中…… {{done}} / {{count, number}} 次试验',
  'behaviour.cancel': '取消',
  'behaviour.invalid': '有设置超出范围：请修正标红的字段。',
  'behaviour.waiting': '正在等待销售历史数据加载。',
  'behaviour.scenarioReps':
    '在情景文件中列出的代表（{{count}} 位）上运行，与方案对比相同；上方的切换按钮可改回 {{data}}。',
  'behaviour.otherReps': '以下结果基于与当前不同的代表：请重新运行，查看当前代表的结果。',
  'behaviour.otherSettings':
    '以下结果基于其他设置（方案对比页上的方案参数、随机种子或试验次数，或毛利率、预测成本）：请重新运行，查看当前设置的结果。',
  'behaviour.compareInvalid':
    '方案对比页上的部分设置超出范围（该页标红的字段）：请先在方案对比页修正，再运行。',
  'behaviour.empty': '运行后即可看到代表在各方案下的行为。',
  'behaviour.failed': '运行失败：{{message}}',
  'behaviour.statement':
    '{{reps}}中 {{strategic}} 位采取策略行为，{{naive}} 位为朴素型；' +
    '共 {{years}}、每年 {{periods}}；{{trials}}，随机种子 {{seed}}。',
  'behaviour.settings':
    '设置：朴素型 {{naive}}，预期偏差 {{bias}}、噪声 {{noise}}，{{risk}}；' +
    '努力最多 +{{lift}}，成本 {{effortCost}}；讨价还价成本 {{haggling}}，' +
    '上级预判 {{anticipation}}；挪动订单 {{timing}}；' +
    '棘轮 上调 {{up}} / 下调 {{down}}，次年权重 {{discount}}；' +
    '毛利率 {{margin}}，目标偏高的成本 {{over}}，目标偏低的成本 {{under}}。',
  'behaviour.settings.off': '关闭',
  'behaviour.settings.upTo': '最多 {{share}}，成本 {{cost}}',
  'behaviour.table.title': '代表做了什么，对公司意味着什么',
  'behaviour.table.note':
    '按整个模拟期计，均值 ± 95% 置信区间。增幅是策略型代表选择以努力换取的期望销售平均增幅；' +
    '额外销售是努力和挪动订单在随机抽样之外增加的部分；' +
    '扣除计划成本后的利润 = 毛利率 × 销售 − 薪酬 − 计划成本（方案对比页的“扣除激励后的利润”不扣计划成本）。',
  'behaviour.col.scheme': '方案',
  'behaviour.col.effort': '努力带来的增幅',
  'behaviour.col.sales': '销售',
  'behaviour.col.extra': '额外销售',
  'behaviour.col.payout': '薪酬',
  'behaviour.col.costOfSales': '销售成本率',
  'behaviour.col.pulled': '提前确认（各次挪动之和）',
  'behaviour.col.pushed': '推迟确认（各次挪动之和）',
  'behaviour.col.moves.help':
    '提前确认与推迟确认是模拟期内每个期末挪动的销售额之和：期末从下一期提前到本期的，以及从本期推到下一期的。' +
    '同一笔订单从一期推到下一期、再推到再下一期，每挪动一次计一次，因此这两列是挪动的销售额，不是不重复的订单。',
  'behaviour.col.gaveUp': '放弃',
  'behaviour.col.shares.help':
    '放弃：策略型代表的各期中（不计每位代表的最后一期），代表未达目标而推迟确认订单、或目标无望而放弃努力的期数所占比例。' +
    '开价差距：上级开出的定额减去代表开出的定额，占代表预期销售额的比例，按讨价还价的定额平均；两者相差超过预期销售额时高于 100%。' +
    '目标 ±10% 以内：有销售的代表-期间中，当期生效的目标（代表自报的、朴素型代表沿用的去年销售、棘轮调整后的定额）' +
    '与入账销售额相差不超过 10% 的比例。',
  'behaviour.col.gap': '开价差距',
  'behaviour.col.haggling': '讨价还价成本',
  'behaviour.col.within': '目标 ±10% 以内',
  'behaviour.col.planning': '计划成本',
  'behaviour.col.profit': '扣除计划成本后的利润',
  'behaviour.col.utility': '代表效用（确定性等价薪酬，全体代表合计）',
  'behaviour.utility.notComputable': '无法计算',
  'behaviour.utility.atCeiling':
    '在此风险态度下无法计算代表效用：财富如此之少、风险厌恶如此之强，只要薪酬略高于零，' +
    '其效用在计算机保留的精度内就已等于代表所能得到的最高效用，因此无论薪酬差多少，' +
    '各方案都会显示同一数值。降低风险厌恶或提高财富，才能用它比较方案。',
  'behaviour.utility.ruin':
    '无法计算代表效用：在部分次试验中，代表的损失耗尽了其财富，此时该效用没有有限值。' +
    '降低风险厌恶或提高财富，才能用它比较方案。',
  'behaviour.unmodelled':
    '努力和订单时点只对自定目标、讨价还价定额和两份目标责任书建模：{{schemes}} 下的代表' +
    '不额外投入努力，因此这里显示的销售和利润未计入努力。',
  'behaviour.bossDrawnOnce':
    '{{schemes}}：这里的定额只按上级估计误差的一次抽样定出，用于整个模拟，因此区间不含上级' +
    '估计的运气成分；方案对比在每次试验中重新抽样。',
  'behaviour.warnAlpha':
    '{{scheme}}：超出目标的部分不计酬（α = 0），达到目标的代表会把订单推到下一期。',
  'behaviour.warnAlphaOff':
    '{{scheme}}：超出目标的部分不计酬（α = 0），若能挪动订单，达到目标的代表会把订单推到下一期；' +
    '本次运行的设置关闭了订单挪动。',
  'behaviour.warnFloor':
    '{{scheme}}：保底为 0 时未完成的代价变小，波动大的代表会报高于自己所判断的中位数的目标（最多高 {{most}}）。',
  'behaviour.warnBelief':
    '策略型代表对自身销售的判断偏差为 {{off}}（预期偏差 {{bias}}，按对数误差计）：' +
    '无论何种方案，其目标和定额都随这一判断移动。',
  'behaviour.warnBeliefRange':
    '策略型代表对自身销售的判断偏差在 {{low}} 到 {{high}} 之间（预期偏差 {{bias}}、噪声 ' +
    '{{noise}}，按对数误差计）：无论何种方案，其目标和定额都随这些判断移动。',
  'behaviour.targets.title': '代表所报目标与其真实中位数',
  'behaviour.targets.note':
    '每个标记是一位代表第一期的目标或定额；直线为目标 = 中位数。空心标记为朴素型代表。',
  'behaviour.targets.x': '销售的真实中位数（{{unit}}）',
  'behaviour.targets.y': '目标或定额（{{unit}}）',
  'behaviour.targets.diagonal': '目标 = 中位数',
  'behaviour.targets.point': '{{rep}}（{{kind}}）：中位数 {{median}}，目标 {{target}}',
  'behaviour.targets.naive': '朴素型',
  'behaviour.targets.strategic': '策略型',
  'behaviour.targets.unmarked':
    '{{schemes}} 没有标记：这些方案不设目标，无从与中位数对照（在合同菜单下，由每位代表自选合同）。',
  'behaviour.targets.aria': '{{reps}}在 {{schemes}}下的目标与真实中位数。',
  'behaviour.months.title': '各期销售及提前、推迟确认的订单',
  'behaviour.months.note':
    '一位代表各次试验的平均值。柱为已确认销售（含从上一期推入的订单），顶部为本期末从下一期提前确认的销售额；' +
    '虚线框为本期末推到下一期的销售额，同一笔订单连推两次会出现在两个框中；短横线为目标。',
  'behaviour.months.rep': '代表',
  'behaviour.months.scheme': '方案',
  'behaviour.months.kept': '本期确认（含上期推入）',
  'behaviour.months.pulled': '本期末提前确认',
  'behaviour.months.pushed': '本期末推迟确认',
  'behaviour.months.target': '目标',
  'behaviour.months.x': '期',
  'behaviour.months.y': '销售额（{{unit}}）',
  'behaviour.months.aria': '{{rep}} 在 {{scheme}} 下各期的销售及挪动的订单。',
  'behaviour.months.still':
    '{{scheme}} 下的代表不挪动订单：其薪酬跨期计算，时点模型无法跟踪。' +
    '自定目标、讨价还价定额和两份目标责任书都支持挪动订单。',
  'behaviour.months.off': '本次运行的设置关闭了订单挪动。',
  'behaviour.ratchet.title': '不同棘轮下一位代表各年的定额与销售',
  'behaviour.ratchet.note':
    '{{scheme}} 下一位策略型代表各次试验的平均值：实线为定额，虚线为销售，按年计。',
  'behaviour.ratchet.none': '无棘轮',
  'behaviour.ratchet.even': '对称棘轮',
  'behaviour.ratchet.yours': '您的棘轮',
  'behaviour.ratchet.quota': '定额',
  'behaviour.ratchet.sales': '销售',
  'behaviour.ratchet.x': '年',
  'behaviour.ratchet.y': '每年（{{unit}}）',
  'behaviour.ratchet.aria': '{{rep}} 在三种棘轮下 {{years}}的定额与销售。',
  'behaviour.ratchet.oneYear':
    '本次运行只有一年，棘轮不起作用：将“年数”设为 2 或更多，即可看到定额随棘轮变化。',
  'behaviour.ratchet.noQuota': '没有方案设定定额，因此棘轮不适用。',
  'behaviour.ratchet.keptQuota_other':
    '{{schemes}}按自身条款设定定额，棘轮不会调整：棘轮只逐年调整“讨价还价定额”方案的定额，' +
    '本次运行中没有这类方案。',
  'behaviour.otherRepsRunning': '以下结果基于与当前不同的代表；当前代表的运行正在进行。',
  'behaviour.refused': '无法运行：{{message}}。',
  'behaviour.stopped.user': '您已取消这次运行。',
  'behaviour.stopped.screen':
    '这次运行已停止：“{{screen}}”页面开始了新的运行（各运行共用计算线程）。',
  'behaviour.stopped.other': '这次运行已停止：开始了另一次运行（各运行共用计算线程）。',
  'behaviour.stopped.previous': '以下结果来自上一次运行。',
};
