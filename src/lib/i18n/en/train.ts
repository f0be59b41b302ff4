/** English messages of the rep training screen. */
export const enTrain = {
  'train.title': 'Train: set a target you can say accurately, achieve, and beat',
  'train.belief': 'Your sales next quarter',
  'train.beliefHelp':
    'What you believe you will sell: from your own history (the fitted model of every period ' +
    'of your next quarter), or a sample rep you describe.',
  'train.source': 'Where the belief comes from',
  'train.sourceRep': 'My own history',
  'train.sourceSample': 'A sample rep',
  'train.rep': 'Rep',
  'train.thinRep_one':
    '{{rep}} has {{count, number}} period of history: its volatility and trend are borrowed ' +
    'from the other reps, so this belief leans on their figures more than on its own.',
  'train.thinRep_other':
    '{{rep}} has {{count, number}} periods of history: its volatility and trend are borrowed ' +
    'from the other reps, so this belief leans on their figures more than on its own.',
  'train.sampleMean': 'Expected sales ({{unit}})',
  'train.sampleMeanHelp': 'Mean sales of a quarter.',
  'train.sampleSigma': 'Volatility',
  'train.sampleSigmaHelp': 'Log standard deviation: 0.1 is steady, 0.5 is very uncertain.',
  'train.scheme': 'Pay rule',
  'train.ownRule':
    'No scheme of the scenario in use is a self-set target, so Train pays by the standard ' +
    'self-set target rule: {{beta}} of the target, {{gamma}} for each unit short, a negative ' +
    'bonus floored at 0. Compare’s t and negative bonus do not change it.',
  'train.quarter': 'Quarter',
  'train.median': 'Median',
  'train.range': '10th to 90th percentile',
  'train.volatility': 'Volatility (log sd)',
  'train.compareInvalid':
    'Compare’s {{fields}} is out of range, and Train pays by it: fix it on Compare to see ' +
    'the rule taught.',
  'train.noBelief': 'Load data or describe a sample rep to start.',
  'train.scenarioReps':
    'These are the scenario file’s own reps ({{count}}), as in the comparison. Their ' +
    '{{periods}} are read as one year, so a quarter is {{quarter}}.',
  'train.scenarioRepsNoQuarter':
    'The comparison runs on the scenario file’s own reps ({{count}}), but their {{periods}} ' +
    'cannot be split into four quarters, so they give no quarter’s belief here: ' +
    'describe a sample rep instead.',

  'train.target': 'Your target',
  'train.targetHelp': 'Pick the target X you report. The chart shows what each choice is worth.',
  'train.targetSlider': 'Target, on a slider',
  'train.targetValue': 'Target, as a number ({{unit}})',
  'train.targetRefused':
    'Enter a target above 0 and at most {{most}}. The figures below are still those of {{target}}.',
  'train.useBest': 'Use the best target',
  'train.trySandbag': 'Sandbag (−20%)',
  'train.tryOverreach': 'Overreach (+20%)',
  'train.expectedAtTarget': 'Expected pay at your target',
  'train.bestTarget': 'Best target',
  'train.expectedAtBest': 'Expected pay at the best target',
  'train.verdict.best': 'This is the best target: nothing is lost by saying it.',
  'train.verdict.close':
    'Close to the best target ({{gap}} away): it costs {{cost}} a quarter on average.',
  'train.verdict.sandbagging':
    'Sandbagging: {{gap}} below the best target costs {{cost}} a quarter on average.',
  'train.verdict.overreaching':
    'Overreaching: {{gap}} above the best target costs {{cost}} a quarter on average.',

  'train.rule':
    'How you are paid each quarter: you report a target X. If your sales Y reach it, you get ' +
    '{{beta}} of X{{above}}; if they fall short, you lose {{gamma}} of every unit short of X. ' +
    '{{floor}}',
  'train.rule.above': ', plus {{alpha}} of the sales above it',
  'train.rule.nothingAbove': ' and nothing more for sales above it',
  'train.rule.floor.zero': 'Pay never goes below 0.',
  'train.rule.floor.none': 'Pay can go below 0.',
  'train.rule.floor.deduct': 'Pay below 0 comes out of your base pay.',
  'train.lessons': 'Why the honest target pays best, and where the rule stops',
  'lesson.say.title': 'Say it accurately.',
  'lesson.say.essay':
    'Under this rule, without a floor, the best target is the median of what you expect ' +
    'to sell ({{median}} here): as likely to be beaten as missed. Saying more or less only ' +
    'costs you.',
  'lesson.say.family':
    'This rule makes the best target the {{fractile}} quantile of your belief ({{best}} here): ' +
    'the rate on the target less the rate above it, over the shortfall rate less the same.',
  'lesson.achieve.title': 'Achieve it.',
  'lesson.achieve.body':
    'Reaching the target pays {{beta}} of it; each unit you fall short costs {{gamma}}, so pay ' +
    'falls with the gap between what you said and what you did.',
  'lesson.more.title': 'Do more.',
  'lesson.more.body':
    'At your best target each extra unit you sell adds {{marginal}} of that unit to your pay ' +
    'on average, against the {{beta}} a straight commission pays on it: effort is still ' +
    'rewarded.',
  'lesson.floor.title': 'The floor moves the target.',
  'lesson.floor.body':
    'With the bonus floored at 0 a big miss costs nothing more, so the best target rises above ' +
    'the median ({{median}}) to {{best}}, the {{quantile}} quantile of your belief.',
  'lesson.floor.deduct':
    'With a negative bonus taken out of a base pay of {{basePay}} a quarter, a big miss costs at ' +
    'most that base pay, so the best target rises above the median ({{median}}) to {{best}}, ' +
    'the {{quantile}} quantile of your belief.',
  'lesson.limit.title': 'Its limit:',
  'lesson.limit.none':
    'under this rule selling more than the target earns nothing that period. Once a quarter is ' +
    'safely past the target, there is a reason to push sales into the next one.',
  'lesson.limit.alpha':
    'this variant pays {{alpha}} on sales above the target, so doing more than you said still ' +
    'pays, a little — less than a straight commission, which keeps saying it accurately ' +
    'worthwhile.',

  'train.game': 'Play quarters',
  'train.gameHelp':
    'Each quarter draws your sales from your belief (seeded: the same seed replays the same ' +
    'quarters) and pays your target, the best one, and targets {{sandbag}} and {{overreach}} ' +
    'from the best.',
  'train.playOne': 'Play a quarter',
  'train.playYear': 'Play a year (4 quarters)',
  'train.reset': 'Start again',
  'train.latestMet':
    'Quarter {{quarter}}: you sold {{sales}} against a target of {{target}} and earned {{pay}}. ' +
    'Selling more would not have paid more this quarter.',
  'train.latestMissed':
    'Quarter {{quarter}}: you sold {{sales}} against a target of {{target}}: short, so you ' +
    'earned {{pay}}.',
  'train.tableCaption': 'Pay of each quarter under each way of setting the target.',
  'train.col.quarter': 'Quarter',
  'train.col.sales': 'Sales',
  'train.col.target': 'Your target',
  'train.col.pay': 'Your pay',
  'train.col.best': 'Best target’s pay',
  'train.col.sandbag': 'Sandbagger’s pay',
  'train.col.overreach': 'Overreacher’s pay',
  'train.total': 'Total ({{met}} of {{played}} met)',

  'chart.payoff.title': 'Expected pay for each target',
  'chart.payoff.note':
    'Expected pay for each target under your belief; the diamond is the best target, the ' +
    'dashed line the median, the orange bar what your choice gives up. Grey: how likely each ' +
    'level of sales is.',
  'chart.payoff.x': 'Target X, and sales ({{unit}})',
  'chart.payoff.y': 'Expected pay per quarter ({{unit}})',
  'chart.payoff.curve': 'Expected pay',
  'chart.payoff.best': 'Best target',
  'chart.payoff.median': 'Median of your belief',
  'chart.payoff.chosen': 'Your target',
  'chart.payoff.density': 'Your belief about sales',
  'chart.payoff.target': 'Target',
  'chart.payoff.expected': 'Expected pay',
  'chart.payoff.lost': 'Lost against the best',
  'chart.payoff.aria':
    'Expected pay against the target from {{from}} to {{to}}. It peaks at the best target ' +
    '{{best}} with {{pay}}; the median of the belief is {{median}}.',

  'chart.heat.title': 'Pay for every target and every outcome',
  'chart.heat.note':
    'Z(X, Y): columns are targets, rows actual sales. Pay grows up to the diagonal Y = X and ' +
    'is flat above it; below the dotted line Y = X/2 it would turn negative without a floor. ' +
    'The white column is your target. Focus the map and use the arrow keys to read it.',
  'chart.heat.x': 'Target X ({{unit}})',
  'chart.heat.y': 'Actual sales Y ({{unit}})',
  'chart.heat.target': 'Target',
  'chart.heat.sales': 'Sales',
  'chart.heat.pay': 'Pay',
  'chart.heat.key': 'Colour: pay in one quarter (colour-blind-safe scale).',
  'chart.heat.aria':
    'Heat map of pay for targets and sales from {{from}} to {{to}}; pay ranges from {{low}} to ' +
    '{{high}}. It rises with sales up to the target and stays flat beyond it.',
} as const;
