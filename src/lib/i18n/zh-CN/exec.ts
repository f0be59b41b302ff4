import type { enExec } from '../en/exec';

/** 高管页面的简体中文文案：方案对比摘要、链接、打印与 PNG。 */
export const zhExec: Record<keyof typeof enExec, string> = {
  'exec.title': '高管摘要',
  'exec.context': '{{scenario}} · 数据：{{source}} · 随机种子 {{seed}} · {{trials}}',
  'exec.baseline': '对比基准',
  'exec.print': '打印或存为 PDF',
  'exec.png': '保存为 PNG',
  'exec.share': '复制链接',
  'exec.open': '打开情景文件…',
  'exec.save': '保存情景文件',
  'exec.unsettled':
    '请先修正本页或“代表行为”页标红的设置，再复制链接或保存情景文件：含有这些设置的链接或文件无法再次打开。',
  'exec.linkLabel': '可重新打开此情景（设置与随机种子）的链接',
  'exec.linkCopied': '已复制。链接本身包含整个情景，不经任何服务器保存。',
  'exec.linkSelect': '请选中链接并复制。链接本身包含整个情景。',
  'exec.openFailed': '无法使用该情景文件：',
  'exec.computing': '正在用同一组随机抽样计算利润、计划成本、代表效用和薪酬离散度… {{share}}',
  'exec.assumptions': '利润、计划成本与代表效用的假设',
  'exec.assumptionsHelp': '修改这些假设只会立即更新下方数字，沿用已有的抽样结果，无需重新模拟。',

  'economics.margin': '销售毛利率',
  'economics.marginHelp': '利润 = 毛利率 × 销售额 − 激励薪酬 − 方案的其他成本。',
  'economics.overCost': '目标偏高的成本',
  'economics.overCostHelp':
    '目标每高出实际销售一个单位的成本，按该单位的 % 计：积压的库存和资金，计入计划成本。',
  'economics.underCost': '目标偏低的成本',
  'economics.underCostHelp':
    '实际销售每高出目标一个单位的成本，按该单位的 % 计：因备货不足而损失的销售，计入计划成本。',
  'economics.riskAversion': '代表的风险厌恶系数 γ',
  'economics.riskAversionHelp': '效用 = 期望薪酬 − γ/2 × 方差 ÷ 期望薪酬；0 表示代表不在意风险。',

  'outcome.sales': '收入（销售额）',
  'outcome.payout': '激励支出',
  'outcome.costOfSales': '销售成本率（支出 ÷ 销售额）',
  'outcome.profit': '扣除激励后的利润',
  'outcome.targetMape': '目标误差（平均绝对百分比）',
  'outcome.targetWithin': '目标与实际相差 ±10% 以内的代表-期间占比',
  'outcome.planningCost': '目标误差的计划成本（占销售额 %）',
  'outcome.hitRate': '达成目标的代表-期间占比',
  'outcome.repUtility': '代表效用（每位代表的确定性等价薪酬）',
  'outcome.payRateSpread': '代表间薪酬离散度（薪酬 ÷ 销售额的变异系数）',
  'outcome.otherCosts': '方案的其他成本（薪酬以外）',
  'outcome.event.review': '岗位审查次数（每位代表每年）',
  'outcome.event.receivables-missed': '未达成回款目标的次数（每位代表每年）',
  'outcome.event.demotion': '降级次数（每位代表每年）',
  'outcome.event.other': '{{label}}（每位代表每年）',
  'outcome.deduction.fines': '从薪酬中扣除的罚款',
  'outcome.deduction.withheld': '期末仍被暂扣的提成（未计入激励支出）',
  'outcome.deduction.penalties': '从薪酬中扣除的处罚金额',
  'outcome.deduction.other': '{{label}}（从薪酬扣除）',
  'outcome.noInterval':
    '{{metrics}}没有 ± 区间：这些指标是在整次运行中跨销售代表计算的，其区间来自比较运行中' +
    '每 {{block}} 次试验的分块，只有一个分块的运行没有区间。试验次数超过 {{block}} 次即可得到区间。',
  'outcome.targetsUnfit':
    '{{scheme}}的目标在这些数据上为销售代表预期销售额的 {{low}} 至 {{high}}：与这些销售代表不相符，' +
    '其目标误差和达标占比更多反映目标本身，而非销售代表。',
  'outcome.targetsOwnReps': '该方案文件列有自己的销售代表：页面顶部的“{{button}}”以这些代表运行。',
  'outcome.letterNote':
    '利润 = 毛利率 × 销售额 − 激励支出 − 其他成本（如费用预算）。激励支出已扣除方案的罚款和处罚，' +
    '且不含期末仍被暂扣的提成；其下各行列出这些金额。计数的事件（岗位审查、降级）除方案规定的' +
    '处罚外不产生成本。',
  'outcome.short.sales': '收入',
  'outcome.short.payout': '激励支出',
  'outcome.short.costOfSales': '销售成本率',
  'outcome.short.profit': '利润',
  'outcome.short.targetMape': '目标误差',
  'outcome.short.targetWithin': '±10% 以内',
  'outcome.short.planningCost': '计划成本',
  'outcome.short.hitRate': '达标占比',
  'outcome.short.repUtility': '代表效用',
  'outcome.short.payRateSpread': '薪酬离散度',
  'outcome.better.higher': '越高越好',
  'outcome.better.lower': '越低越好',
  'outcome.pending': '计算中…',
  'outcome.region': '各方案的结果；方案较多时可左右滚动',
  'outcome.baselineMark': '基准',
  'outcome.delta': 'Δ',
  'outcome.deltaAria': '与{{baseline}}之差',
  'outcome.deltaNote': 'Δ：在同一组随机抽样上与{{baseline}}之差；比例之差以百分点计。',
  'outcome.caption':
    '{{reps}}在 {{periods}}模拟区间内的数值，为 {{trials}}（随机种子 {{seed}}）' +
    '的均值；所有方案使用同一组随机抽样。',
  'outcome.intervals':
    '± 为蒙特卡洛误差的 95% 区间（1.96 个标准误；代表效用和薪酬离散度取 t 分布分位数）；成对差值的区间更窄。',

  'chart.diff.title': '相对于{{baseline}}的变化',
  'chart.diff.note':
    '每个指标一行，以相对基准数值的变化表示，并给出 95% 区间。实心圆点：区间不包含“无变化”。',
  'chart.diff.x': '相对于{{baseline}}的变化（占其数值的百分比）',
  'chart.diff.xShort': '相对于{{baseline}}的变化',
  'chart.diff.aria': '各指标相对于{{baseline}}的变化（按其数值的比例）的森林图。{{details}}',
  'chart.diff.markAria': '{{scheme}}，{{metric}}：{{change}}（95% 区间 {{low}} 至 {{high}}）。',
  'chart.diff.tooltip': '{{change}}（95% 区间 {{low}} 至 {{high}}）',
  'chart.diff.markAriaBare': '{{scheme}}，{{metric}}：{{change}}（以当前试验次数没有区间）。',
  'chart.diff.tooltipBare': '{{change}}（以当前试验次数没有区间）',
  'chart.diff.unbounded': '没有区间，无法判断它是否超出蒙特卡洛误差。',
  'chart.diff.better': '优于基准，超出蒙特卡洛误差。',
  'chart.diff.worse': '劣于基准，超出蒙特卡洛误差。',
  'chart.diff.same': '以当前试验次数无法与基准区分。',
  'chart.diff.offScale': '超出坐标轴、画在其边缘并标出数值的：{{marks}}',
  'chart.diff.cut': '区间末端的箭头：该区间延伸到坐标轴以外。',
  'chart.diff.skipped': '未绘制（基准数值为 0）：{{metrics}}。',
  'chart.diff.key': '向右表示“比基准多”；多是好是坏，见各指标下方的说明。',

  'link.badTitle': '无法打开此链接。',
  'link.badHelp': '链接按情景文件的规则检查后发现问题，应用已改用自带的情景打开。问题如下：',
  'link.unreadable': '链接中的情景已损坏（不是编码后的文本）。',
  'link.badNumber': '{{field}}：应为 {{min}} 到 {{max}} 之间的数，实际为“{{seen}}”。',
  'link.badPercent': '{{field}}：应为 {{min}} 到 {{max}} 之间的百分数，实际为{{seen}}。',
  'link.seenPercent': '{{percent}}（链接中写作“{{seen}}”，链接以 1 表示 100%）',
  'link.seenText': '“{{seen}}”',
  'link.badCurrency': 'currency：应为 {{choices}} 之一，实际为“{{seen}}”。',
  'notice.needsFile':
    '此情景基于文件 {{file}} 建立。导入该文件即可完全复现；在此之前将使用当前已加载的数据运行。',
  'notice.dismiss': '关闭',
  'notice.warnings': '情景可以运行，但请注意文件中前后不一致之处：',
  'notice.onScenarioReps':
    '本次运行使用情景文件中列出的 {{count}} 位代表，与命令行一致。您的数据（{{data}}）仍已载入，数据面板显示的仍是它。',
  'notice.useHistory': '改用 {{data}} 运行',
  'notice.historyMisfit': '它无法在 {{data}} 上运行：方案与这些数据不符（{{detail}}）。',
  'notice.offerScenarioReps':
    '此情景在文件中列出了自己的 {{count}} 位代表，没有销售历史。当前在已载入的数据（{{data}}）上运行；命令行会在它自己的代表上运行。',
  'notice.useScenarioReps': '改用情景中的代表运行',
  'notice.notKept':
    '列出自己代表的情景不会保存在此浏览器中：重新加载页面后，将回到打开它之前保存的设置；' +
    '如需回到此情景，请再次打开该文件。',
  'exec.scenarioReps': '情景文件中列出的 {{count}} 位代表',
  'exec.previousData':
    '这是上一份数据（{{data}}）的结果，不是 {{current}} 的：待 {{current}} 有了自己的结果后，才能打印、存为 PNG、复制链接和保存情景。',
  'exec.previousSettings':
    '这是您上次更改设置之前的结果：新设置运行之后，才能打印、存为 PNG、复制链接和保存情景。',
};
