import type { Translation } from '../en';
import type { enTrain } from '../en/train';

/** 销售代表培训页面的简体中文文案。 */
export const zhTrain: Translation<typeof enTrain> = {
  'train.title': '培训：设定一个说得准、做得到、还能做得多的目标',
  'train.belief': '下季度的销售',
  'train.beliefHelp':
    '您对自己销售额的判断：来自您的历史数据（下一季度每一期的拟合模型），或您描述的一位示例代表。',
  'train.source': '判断的来源',
  'train.sourceRep': '我的历史数据',
  'train.sourceSample': '示例代表',
  'train.rep': '代表',
  'train.thinRep_other':
    '{{rep}}只有 {{count, number}} 期历史：其波动率和趋势借用了其他代表的估计，' +
    '因此这一判断更多依据其他代表的数据，而非其自身。',
  'train.sampleMean': '期望销售额（{{unit}}）',
  'train.sampleMeanHelp': '一个季度的平均销售额。',
  'train.sampleSigma': '波动率',
  'train.sampleSigmaHelp': '对数标准差：0.1 表示平稳，0.5 表示非常不确定。',
  'train.scheme': '薪酬规则',
  'train.ownRule':
    '当前情景中没有自定目标方案，因此培训按标准的自定目标规则计酬：目标的 {{beta}}，每差一个单位扣 ' +
    '{{gamma}}，负奖金最低为 0。方案对比中的 t 和负奖金不影响它。',
  'train.quarter': '季度',
  'train.median': '中位数',
  'train.range': '第 10 至第 90 百分位数',
  'train.volatility': '波动率（对数标准差）',
  'train.compareInvalid':
    '“方案对比”中的{{fields}}超出范围，而培训按它付酬：请先在“方案对比”中修正，才能看到所讲解的规则。',
  'train.noBelief': '请加载数据或描述一位示例代表后开始。',
  'train.scenarioReps':
    '这些是情景文件中列出的代表（{{count}} 位），与方案对比所用的相同。其 {{periods}}按一年计，一个季度为其中 {{quarter}}。',
  'train.scenarioRepsNoQuarter':
    '方案对比使用情景文件中列出的代表（{{count}} 位），但其 {{periods}}无法均分为四个季度，无法据此得出一个季度的判断：请改为描述一位示例代表。',

  'train.target': '您的目标',
  'train.targetHelp': '选择您上报的目标 X。图表显示每种选择的价值。',
  'train.targetSlider': '目标（滑块）',
  'train.targetValue': '目标（数值，{{unit}}）',
  'train.targetRefused':
    '请输入大于 0 且不超过 {{most}} 的目标。下方数字仍是目标 {{target}} 的结果。',
  'train.useBest': '使用最优目标',
  'train.trySandbag': '压低目标（−20%）',
  'train.tryOverreach': '抬高目标（+20%）',
  'train.expectedAtTarget': '按您的目标的期望薪酬',
  'train.bestTarget': '最优目标',
  'train.expectedAtBest': '按最优目标的期望薪酬',
  'train.verdict.best': '这就是最优目标：如实上报不会有任何损失。',
  'train.verdict.close': '接近最优目标（相差 {{gap}}）：平均每季度损失 {{cost}}。',
  'train.verdict.sandbagging': '压低目标：比最优目标低 {{gap}}，平均每季度损失 {{cost}}。',
  'train.verdict.overreaching': '抬高目标：比最优目标高 {{gap}}，平均每季度损失 {{cost}}。',

  'train.rule':
    '每季度的计酬方式：您先上报目标 X。若实际销售额 Y 达到目标，得 X 的 {{beta}}{{above}}；' +
    '若未达到，每差一个单位，再扣该单位的 {{gamma}}。{{floor}}',
  'train.rule.above': '，超出目标的部分另得 {{alpha}}',
  'train.rule.nothingAbove': '，超出目标的部分不再计酬',
  'train.rule.floor.zero': '薪酬最低为 0。',
  'train.rule.floor.none': '薪酬可以为负。',
  'train.rule.floor.deduct': '薪酬为负时，从底薪中扣除。',
  'train.lessons': '为什么如实上报最划算，以及这条规则的局限',
  'lesson.say.title': '说得准。',
  'lesson.say.essay':
    '在这条规则下（不设下限），最优目标是您预期销售额的中位数（此处为 {{median}}）：' +
    '超过和达不到的可能性相同。报多报少都只会让自己吃亏。',
  'lesson.say.family':
    '此规则下的最优目标是您判断的 {{fractile}} 分位数（此处为 {{best}}）：目标部分费率减去超额费率，再除以未达标罚率减去超额费率。',
  'lesson.achieve.title': '做得到。',
  'lesson.achieve.body':
    '达成目标可得目标额的 {{beta}}；每差一个单位扣 {{gamma}}，所以薪酬随“说的”与“做的”之间的差距而减少。',
  'lesson.more.title': '做得多。',
  'lesson.more.body':
    '在您的最优目标处，每多卖一个单位，薪酬平均增加该单位的 {{marginal}}，直接提成则为该单位的 ' +
    '{{beta}}：努力依然有回报。',
  'lesson.floor.title': '下限会改变目标。',
  'lesson.floor.body':
    '奖金以 0 为下限时，大幅未达标不再多扣，因此最优目标高于中位数（{{median}}），升至 {{best}}，即您判断的 {{quantile}} 分位数。',
  'lesson.floor.deduct':
    '负奖金从每季度 {{basePay}} 的底薪中扣除时，大幅未达标最多损失这份底薪，因此最优目标高于中位数（{{median}}），升至 {{best}}，即您判断的 {{quantile}} 分位数。',
  'lesson.limit.title': '它的局限：',
  'lesson.limit.none':
    '在此规则下，当期超出目标的销售得不到任何报酬。一旦某季度已稳超目标，就有动机把销售推迟到下一季度。',
  'lesson.limit.alpha':
    '此变体对超出目标的销售按 {{alpha}} 付酬，所以多做仍有少量回报——低于直接提成，因此如实上报依然值得。',

  'train.game': '模拟季度',
  'train.gameHelp':
    '每个季度从您的判断中抽取销售额（带随机种子：同一种子会重现同样的季度），' +
    '并分别按您的目标、最优目标，以及比最优目标 {{sandbag}} 和 {{overreach}} 的目标计算薪酬。',
  'train.playOne': '模拟一个季度',
  'train.playYear': '模拟一年（4 个季度）',
  'train.reset': '重新开始',
  'train.latestMet':
    '第 {{quarter}} 季度：目标 {{target}}，实际销售 {{sales}}，获得 {{pay}}。本季度多卖也不会多拿。',
  'train.latestMissed':
    '第 {{quarter}} 季度：目标 {{target}}，实际销售 {{sales}}，未达标，获得 {{pay}}。',
  'train.tableCaption': '各季度在不同目标设定方式下的薪酬。',
  'train.col.quarter': '季度',
  'train.col.sales': '销售额',
  'train.col.target': '您的目标',
  'train.col.pay': '您的薪酬',
  'train.col.best': '最优目标的薪酬',
  'train.col.sandbag': '压低目标者的薪酬',
  'train.col.overreach': '抬高目标者的薪酬',
  'train.total': '合计（{{played}} 个季度中达标 {{met}} 个）',

  'chart.payoff.title': '各目标下的期望薪酬',
  'chart.payoff.note':
    '在您的判断下，每个目标的期望薪酬；菱形为最优目标，虚线为中位数，橙色竖条为您的选择所放弃的部分。灰色：各销售水平的可能性。',
  'chart.payoff.x': '目标 X 与销售额（{{unit}}）',
  'chart.payoff.y': '每季度期望薪酬（{{unit}}）',
  'chart.payoff.curve': '期望薪酬',
  'chart.payoff.best': '最优目标',
  'chart.payoff.median': '判断的中位数',
  'chart.payoff.chosen': '您的目标',
  'chart.payoff.density': '您对销售额的判断',
  'chart.payoff.target': '目标',
  'chart.payoff.expected': '期望薪酬',
  'chart.payoff.lost': '相对最优的损失',
  'chart.payoff.aria':
    '目标从 {{from}} 到 {{to}} 时的期望薪酬。在最优目标 {{best}} 处达到最高 {{pay}}；判断的中位数为 {{median}}。',

  'chart.heat.title': '每个目标、每种结果下的薪酬',
  'chart.heat.note':
    'Z(X, Y)：列为目标，行为实际销售额。薪酬在对角线 Y = X 以下随销售增加，以上保持不变；' +
    '若不设下限，在点线 Y = X/2 以下会变为负数。白色竖线为您的目标。选中热力图后可用方向键读取。',
  'chart.heat.x': '目标 X（{{unit}}）',
  'chart.heat.y': '实际销售额 Y（{{unit}}）',
  'chart.heat.target': '目标',
  'chart.heat.sales': '销售额',
  'chart.heat.pay': '薪酬',
  'chart.heat.key': '颜色：一个季度的薪酬（色盲友好配色）。',
  'chart.heat.aria':
    '目标与销售额从 {{from}} 到 {{to}} 的薪酬热力图；薪酬范围为 {{low}} 至 {{high}}。薪酬随销售增加直至达到目标，之后保持不变。',
};
