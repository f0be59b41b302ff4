import type { enTune } from '../en/tune';

/** 人力资源页面的简体中文文案：参数扫描、预算求解、各代表薪酬。 */
export const zhTune: Record<keyof typeof enTune, string> = {
  'tune.title': '调整提成率',
  'tune.sweep': '参数扫描',
  'tune.sweepHelp':
    '网格上的每个取值都基于同一组模拟销售（共同随机数），数据、试验次数和随机种子与“方案对比”页面相同。',
  'tune.scheme': '方案',
  'tune.parameter': '参数',
  'tune.from': '起点',
  'tune.fromHelp': '扫描的最小值。',
  'tune.to': '终点',
  'tune.toHelp': '扫描的最大值。',
  'tune.points': '网格点数',
  'tune.pointsHelp': '从起点到终点等距取值（3 到 41 个）。',
  'tune.badRange': '终点必须大于起点。',
  'tune.run': '开始扫描',
  'tune.idle': '可以开始扫描。',
  'tune.waiting': '正在等待数据加载和方案对比完成…',
  'tune.running': '扫描中… {{share}}',
  'tune.planning': '正在为 {{points}}设定目标和定额，之后开始试验…',
  'tune.done': '完成：{{points}}，每个 {{trials}}，随机种子 {{seed}}。',
  'tune.cancelled': '扫描已取消（开始了新的运行或扫描）。',
  'tune.failed': '扫描失败：{{message}}',
  'tune.curves': '成本、支出、收入和准确度随参数的变化',
  'tune.curvesNote':
    '均值及其 95% 区间带；虚线和灰色带表示满足预算的取值及其区间，橙色线为预算。选中图表后可用方向键逐点读取。',
  'tune.curvesKey':
    '提成率扫描同时按比例调整 α、β、γ：在不设上限、下限为零或不设下限时，支出与提成率成正比，代表的最优目标不随提成率变化。',
  'tune.salesFixed':
    '此处收入不随参数变化：扫描把每位代表的努力程度（因而其销售额）固定在拟合的历史水平。努力如何响应报酬，请见“代表行为”页。',
  'tune.empty': '运行一次扫描，即可查看成本、支出、收入和准确度如何变化。',

  'tune.budget': '满足预算',
  'tune.budgetHelp': '求出期望支出恰好满足预算的参数取值。',
  'tune.budgetKind': '预算类型',
  'tune.budgetShare': '支出占销售额的比例',
  'tune.budgetAmount': '每个模拟区间的支出总额',
  'tune.budgetShareValue': '支出 ÷ 销售额',
  'tune.budgetShareHelp': '例如销售额的 3%。',
  'tune.budgetAmountValue': '支出总额（{{unit}}）',
  'tune.budgetAmountHelp':
    '全部代表在模拟区间内的合计，单位与下方结果相同；也可写作 35万 或 1.2亿。',
  'tune.budgetShareText': '支出 = 销售额的 {{share}}',
  'tune.budgetAmountText': '支出总额 {{amount}}',
  'tune.budgetInvalid': '请先更正上面的预算，才能看到满足它的取值。',
  'tune.budgetNoSweep': '请先运行扫描：预算从扫描曲线上求得。',
  'tune.solved': '在期望意义上满足{{budget}}；95% 区间为 {{low}} 至 {{high}}（蒙特卡洛误差）。',
  'tune.openEnd': '超出网格',
  'tune.bent':
    '此答案是在网格取值 {{from}} 与 {{to}} 之间按直线读出的，而曲线在此处的弯曲超过其蒙特卡洛误差：区间未计入这部分误差，在此处加密网格会使答案移动。',
  'tune.refine': '从 {{from}} 到 {{to}} 重新扫描',
  'tune.widen': '请扩大扫描范围，使区间两端都有界。',
  'tune.unreachable.below':
    '即使扫描中最小的{{parameter}}，成本也高于{{budget}}：请扫描更小的取值。',
  'tune.unreachable.above':
    '即使扫描中最大的{{parameter}}，成本也低于{{budget}}：请扫描更大的取值。',
  'tune.unreachable.belowFalling':
    '即使扫描中最大的{{parameter}}，成本也高于{{budget}}：请扫描更大的取值。',
  'tune.unreachable.flat':
    '扫描中“{{parameter}}”的每个取值报酬都相同，因此没有一个能满足{{budget}}：在当前设置下它不影响报酬。请扫描其他参数。',
  'tune.unreachable.flatBasePay':
    '扫描中“{{parameter}}”的每个取值报酬都相同，因此没有一个能满足{{budget}}：只有当负奖金从底薪中扣除时（“方案对比”中的设置），底薪才起作用。请扫描其他参数。',
  'tune.unreachable.aboveFalling':
    '即使扫描中最小的{{parameter}}，成本也低于{{budget}}：请扫描更小的取值。',
  'tune.unreachable.limitMore':
    '扫描中“{{parameter}}”的每个取值成本都高于{{budget}}，成本最低的取值已在它可取范围的尽头：' +
    '它的任何取值都达不到这一预算。请设定更大的预算，或扫描其他参数。',
  'tune.unreachable.limitLess':
    '扫描中“{{parameter}}”的每个取值成本都低于{{budget}}，成本最高的取值已在它可取范围的尽头：' +
    '它的任何取值都达不到这一预算。请设定更小的预算，或扫描其他参数。',

  'tune.perRep': '各代表的期望薪酬',
  'tune.perRepHelp':
    '每位代表沿用完整运行中的目标和定额单独模拟，从而得到其薪酬的第 5 至第 95 百分位数。',
  'tune.perRepAt': '{{parameter}} = {{value}} 时各代表的薪酬',
  'tune.perRepNeedsSweep': '请先运行扫描',
  'tune.perRepBusy': '正在逐一模拟各代表…',
  'tune.perRepCaption':
    '{{parameter}} = {{value}} 时各代表在模拟区间内的薪酬，{{trials}}；± 为 95% 区间。',
  'tune.expectedPay': '期望薪酬',
  'tune.exportSweep': '导出扫描结果 CSV',
  'tune.exportReps': '导出各代表薪酬 CSV',
  'tune.csv.rep': '代表编号',
  'tune.csv.name': '代表',
  'tune.csv.mean': '期望薪酬（{{unit}}）',
  'tune.csv.se': '标准误（{{unit}}）',
  'tune.csv.quantile': '{{quantile}}（{{unit}}）',
  'tune.csv.amount': '{{name}}（{{unit}}）',
  'tune.csv.payout': '期望支出（{{unit}}）',
  'tune.csv.payoutSe': '支出标准误（{{unit}}）',
  'tune.csv.sales': '期望销售额（{{unit}}）',
  'tune.csv.share': '支出 ÷ 销售额',
  'tune.csv.shareSe': '支出 ÷ 销售额的标准误',
  'tune.csv.mape': '目标误差（MAPE）',
  'tune.csv.within': '目标与实际相差 ±10% 以内的占比',
  'tune.csv.withinSe': '±10% 以内占比的标准误',
  'tune.csv.hitRate': '目标达成率',

  'sweep.metric.share': '销售成本率（支出 ÷ 销售额）',
  'sweep.metric.payout': '期望支出',
  'sweep.metric.sales': '期望收入',
  'sweep.metric.mape': '目标误差（平均绝对百分比）',
  'sweep.metric.within': '目标与实际相差 ±10% 以内',
  'sweep.axis.share': '支出 ÷ 销售额（%）',
  'sweep.axis.payout': '每区间支出（{{unit}}）',
  'sweep.axis.sales': '每区间销售额（{{unit}}）',
  'sweep.axis.mape': '|X − Y| ÷ Y 的均值（%）',
  'sweep.axis.within': '代表-期间占比（%）',
  'chart.sweep.aria':
    '{{metric}}随{{parameter}}的变化：{{from}} 时为 {{first}}，{{to}} 时为 {{last}}。可用方向键逐点读取。',

  'param.rate': '提成率 t',
  'param.alpha': '超额部分费率 α',
  'param.beta': '目标部分费率 β',
  'param.gamma': '未达标罚率 γ',
  'param.basePay': '每期底薪',
  'param.performancePayShare': '绩效工资占期望销售额的比例',
  'param.excessRate': '超额奖金比例',
  'param.haggling.repOpening': '代表报价低于预期',
  'param.haggling.bossOpening': '上级报价高于估计',
  'param.haggling.bossPower': '上级议价能力',
  'param.haggling.bossNoise': '上级估计误差',
  'param.haggling.growth': '要求的增长',

  'tune.fix': '请先更正标红的内容，再开始扫描。',
  'tune.refused.rates':
    '当{{parameter}} = {{value}} 时，“{{field}}”将为 {{seen}}：方案要求 α < β < γ（超额部分费率低于' +
    '目标部分费率，后者又低于未达标罚率），否则代表报一个不真实的目标反而得利。请扫描能保持这一顺序的范围。',
  'tune.refused.other': '{{parameter}} = {{value}} 对此方案不允许。请扫描避开它的范围。',
  'tune.refused.fields': '扫描的某个字段超出了允许范围。',
  'tune.refused.zeroRate':
    '此方案的费率为 0，而扫描提成率是按比例缩放这些费率：请先在“方案”页为方案设定费率，或改为扫描其他参数。',
  'tune.previousSweep': '这些曲线来自上一次扫描；最近一次扫描已取消。',
  'tune.cancelledByUser': '扫描已取消。',
  'tune.previousAnswer': '来自上一次扫描；最近一次扫描已取消。',
  'param.standardBonus.share': '标准奖金占期望销售额的比例',
  'param.quota.share': '定额占期望销售额的比例',
  'param.basePay.share': '底薪占期望销售额的比例',
  'param.performancePay.share': '绩效工资占期望销售额的比例',
  'param.baseSalary.share': '底薪占期望销售额的比例',
  'param.expenseBudget': '每年费用预算',
  'param.settleEvery': '每次结算提成的月数',
  'param.threshold': '不发提成的完成率下限',
  'param.returnsShare': '以红字发票退回的销售额比例',
  'tune.refused.noParameter': '此方案没有可扫描的参数（菜单的合同是一个列表）：请选择其他方案。',
  'tune.previousSweepRefused': '这些曲线来自上一次扫描；表单中的扫描需先更正标红的内容才能运行。',
  'tune.previousAnswerRefused': '来自上一次扫描；表单中的扫描目前无法运行。',
  'tune.previousSweepData':
    '这些曲线来自在其他数据（{{data}}）上的扫描，不是 {{current}} 的：请重新扫描。',
  'tune.previousAnswerData': '来自在其他数据（{{data}}）上的扫描；请在 {{current}} 上重新扫描。',
  'tune.compareInvalid':
    '“方案对比”的设置超出范围（{{fields}}），而扫描使用其试验次数和随机种子：请先在“方案对比”中修正。',
  'tune.previousSweepSettings':
    '这些曲线来自在其他设置下的扫描：此后“方案对比”的随机种子、试验次数或此方案的设置已更改。请重新扫描，以查看当前设置下的结果。',
  'tune.previousAnswerSettings': '来自在“方案对比”其他设置下的扫描；使用此答案前请重新扫描。',
};
