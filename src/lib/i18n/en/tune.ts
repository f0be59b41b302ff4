/** English messages of the HR screen: sweeping a parameter, meeting a budget, pay per rep. */
export const enTune = {
  'tune.title': 'Tune a commission rate',
  'tune.sweep': 'Sweep a parameter',
  'tune.sweepHelp':
    'Every value of the grid is paid on the same simulated sales (common random numbers), ' +
    'with the data, trials and seed of the Compare screen.',
  'tune.scheme': 'Scheme',
  'tune.parameter': 'Parameter',
  'tune.from': 'From',
  'tune.fromHelp': 'Smallest value of the sweep.',
  'tune.to': 'To',
  'tune.toHelp': 'Largest value of the sweep.',
  'tune.points': 'Grid points',
  'tune.pointsHelp': 'Values from “from” to “to”, evenly spaced (3 to 41).',
  'tune.badRange': '“To” must be larger than “from”.',
  'tune.run': 'Run the sweep',
  'tune.idle': 'Ready to sweep.',
  'tune.waiting': 'Waiting for the data and the comparison to finish…',
  'tune.running': 'Sweeping… {{share}}',
  'tune.planning': 'Setting targets and quotas for {{points}} before the first trials…',
  'tune.done': 'Done: {{points}}, {{trials}} each, seed {{seed}}.',
  'tune.cancelled': 'The sweep was cancelled (a new run or sweep started).',
  'tune.failed': 'The sweep failed: {{message}}',
  'tune.curves': 'Cost, payout, revenue and accuracy against the parameter',
  'tune.curvesNote':
    'Means with their 95% band; the dashed line and grey band mark the value that meets ' +
    'the budget and its interval; the orange line is the budget. Focus a chart and use the ' +
    'arrow keys to read its points.',
  'tune.curvesKey':
    'A sweep of the rate scales α, β and γ together: with no cap and a floor of zero or none, ' +
    'payout is proportional to the rate and the reps’ best targets do not depend on it.',
  'tune.salesFixed':
    'Revenue does not move with the parameter here: a sweep holds each rep’s effort, and so ' +
    'their sales, at the fitted history. How effort answers pay is on the Behaviour screen.',
  'tune.empty': 'Run a sweep to see how cost, payout, revenue and accuracy move.',

  'tune.budget': 'Meet a budget',
  'tune.budgetHelp': 'Solve for the value whose expected payout meets the budget.',
  'tune.budgetKind': 'Kind of budget',
  'tune.budgetShare': 'Payout as a share of sales',
  'tune.budgetAmount': 'Total payout per horizon',
  'tune.budgetShareValue': 'Payout ÷ sales',
  'tune.budgetShareHelp': 'For example 3% of sales.',
  'tune.budgetAmountValue': 'Total payout ({{unit}})',
  'tune.budgetAmountHelp':
    'For all reps over the simulated horizon, in the unit of the answer below.',
  'tune.budgetShareText': 'payout = {{share}} of sales',
  'tune.budgetAmountText': 'a total payout of {{amount}}',
  'tune.budgetInvalid': 'Correct the budget above to see the value that meets it.',
  'tune.budgetNoSweep': 'Run a sweep first: the budget is read off its curve.',
  'tune.solved':
    'meets {{budget}} in expectation; 95% interval from {{low}} to {{high}} (Monte Carlo error).',
  'tune.openEnd': 'beyond the grid',
  'tune.bent':
    'The answer is read off a straight line between the grid values {{from}} and {{to}}, ' +
    'where the curve bends more than its Monte Carlo error: the interval leaves that out, and ' +
    'a finer grid there moves the answer.',
  'tune.refine': 'Sweep from {{from}} to {{to}}',
  'tune.widen': 'Widen the sweep to bound the interval on both sides.',
  'tune.unreachable.below':
    'Even the smallest “{{parameter}}” of the sweep costs more than {{budget}}: ' +
    'sweep lower values.',
  'tune.unreachable.above':
    'Even the largest “{{parameter}}” of the sweep costs less than {{budget}}: ' +
    'sweep higher values.',
  'tune.unreachable.belowFalling':
    'Even the largest “{{parameter}}” of the sweep costs more than {{budget}}: ' +
    'sweep higher values.',
  'tune.unreachable.flat':
    'Every “{{parameter}}” of the sweep pays the same, so none meets {{budget}}: it does not act ' +
    'on payout under these settings. Sweep another parameter.',
  'tune.unreachable.flatBasePay':
    'Every “{{parameter}}” of the sweep pays the same, so none meets {{budget}}: a base pay counts ' +
    'only when the negative bonus is deducted from it (Compare’s setting). Sweep another ' +
    'parameter.',
  'tune.unreachable.aboveFalling':
    'Even the smallest “{{parameter}}” of the sweep costs less than {{budget}}: ' +
    'sweep lower values.',
  'tune.unreachable.limitMore':
    'Every “{{parameter}}” of the sweep costs more than {{budget}}, the cheapest at the very end ' +
    'of the range it can take: no value of it meets that budget. Set a larger budget, or sweep ' +
    'another parameter.',
  'tune.unreachable.limitLess':
    'Every “{{parameter}}” of the sweep costs less than {{budget}}, the dearest at the very end ' +
    'of the range it can take: no value of it meets that budget. Set a smaller budget, or sweep ' +
    'another parameter.',

  'tune.perRep': 'Expected pay per rep',
  'tune.perRepHelp':
    'Each rep simulated alone with the targets and quotas of the full run, so the 5th–95th ' +
    'percentiles of its own pay are known.',
  'tune.perRepAt': 'Pay per rep at {{parameter}} = {{value}}',
  'tune.perRepNeedsSweep': 'Run a sweep first',
  'tune.perRepBusy': 'Simulating each rep…',
  'tune.perRepCaption':
    'Pay per rep over the horizon at {{parameter}} = {{value}}, {{trials}}; ' +
    '± is a 95% interval.',
  'tune.expectedPay': 'Expected pay',
  'tune.exportSweep': 'Sweep as CSV',
  'tune.exportReps': 'Pay per rep as CSV',
  'tune.csv.rep': 'Rep id',
  'tune.csv.name': 'Rep',
  'tune.csv.mean': 'Expected pay ({{unit}})',
  'tune.csv.se': 'Standard error ({{unit}})',
  'tune.csv.quantile': '{{quantile}} ({{unit}})',
  'tune.csv.amount': '{{name}} ({{unit}})',
  'tune.csv.payout': 'Expected payout ({{unit}})',
  'tune.csv.payoutSe': 'Payout standard error ({{unit}})',
  'tune.csv.sales': 'Expected sales ({{unit}})',
  'tune.csv.share': 'Payout ÷ sales',
  'tune.csv.shareSe': 'Payout ÷ sales standard error',
  'tune.csv.mape': 'Target error (MAPE)',
  'tune.csv.within': 'Targets within ±10% of sales',
  'tune.csv.withinSe': 'Targets within ±10% standard error',
  'tune.csv.hitRate': 'Targets met',

  'sweep.metric.share': 'Cost of sales (payout ÷ sales)',
  'sweep.metric.payout': 'Expected payout',
  'sweep.metric.sales': 'Expected revenue',
  'sweep.metric.mape': 'Target error (mean absolute %)',
  'sweep.metric.within': 'Targets within ±10%',
  'sweep.axis.share': 'Payout ÷ sales (%)',
  'sweep.axis.payout': 'Payout per horizon ({{unit}})',
  'sweep.axis.sales': 'Sales per horizon ({{unit}})',
  'sweep.axis.mape': 'Mean |X − Y| ÷ Y (%)',
  'sweep.axis.within': 'Share of rep-periods (%)',
  'chart.sweep.aria':
    '{{metric}} against {{parameter}}: {{first}} at {{from}}, {{last}} at {{to}}. ' +
    'Use the arrow keys to read each point.',

  'param.rate': 'Commission rate t',
  'param.alpha': 'Rate above the target α',
  'param.beta': 'Rate on the target β',
  'param.gamma': 'Penalty rate below the target γ',
  'param.basePay': 'Base pay per period',
  'param.performancePayShare': 'Performance pay as a share of expected sales',
  'param.excessRate': 'Bonus rate above the quota',
  'param.haggling.repOpening': 'Rep opens below belief',
  'param.haggling.bossOpening': 'Boss opens above estimate',
  'param.haggling.bossPower': 'Boss’s bargaining power',
  'param.haggling.bossNoise': 'Boss’s estimation error',
  'param.haggling.growth': 'Growth demanded',

  'tune.fix': 'Correct what is marked in red to run the sweep.',
  'tune.refused.rates':
    'At {{parameter}} = {{value}}, “{{field}}” would be {{seen}}: the scheme needs ' +
    'α < β < γ (the rate above the target below the rate on it, and that below the penalty ' +
    'rate), or a rep gains by reporting a false target. Sweep a range that keeps that order.',
  'tune.refused.other':
    '{{parameter}} = {{value}} is not allowed for this scheme. Sweep a range that avoids it.',
  'tune.refused.fields': 'a field of the sweep is outside its range.',
  'tune.refused.zeroRate':
    'The scheme’s rates are 0, and a sweep of the commission rate scales them: give the ' +
    'scheme a rate on the Schemes screen first, or sweep another parameter.',
  'tune.previousSweep': 'These curves are from the previous sweep; the latest sweep was cancelled.',
  'tune.cancelledByUser': 'The sweep was cancelled.',
  'tune.previousAnswer': 'From the previous sweep; the latest sweep was cancelled.',
  'param.standardBonus.share': 'Standard bonus as a share of expected sales',
  'param.quota.share': 'Quota as a share of expected sales',
  'param.basePay.share': 'Base pay as a share of expected sales',
  'param.performancePay.share': 'Performance pay as a share of expected sales',
  'param.baseSalary.share': 'Base salary as a share of expected sales',
  'param.expenseBudget': 'Expense budget per year',
  'param.settleEvery': 'Months per commission settlement',
  'param.threshold': 'Attainment below which no commission is paid',
  'param.returnsShare': 'Share of sales returned by credit notes',
  'tune.refused.noParameter':
    'This scheme has no parameter a sweep can vary (a menu’s contracts are a list): choose another scheme.',
  'tune.previousSweepRefused':
    'These curves are from the previous sweep; the sweep now in the form cannot run until what is marked in red is corrected.',
  'tune.previousAnswerRefused': 'From the previous sweep; the sweep now in the form cannot run.',
  'tune.previousSweepData':
    'These curves are from a sweep on other data ({{data}}), not on {{current}}: sweep again ' +
    'for it.',
  'tune.previousAnswerData': 'From a sweep on other data ({{data}}); sweep again for {{current}}.',
  'tune.compareInvalid':
    'Compare’s settings are out of range ({{fields}}), and a sweep runs on its trials and ' +
    'seed: fix them on Compare first.',
  'tune.previousSweepSettings':
    'These curves are from a sweep on other settings: Compare’s seed, trials or settings of ' +
    'this scheme have changed since. Sweep again to see them under the settings now in use.',
  'tune.previousAnswerSettings':
    'From a sweep on other settings of Compare; sweep again before using this answer.',
} as const;
