/** English messages of the executive screen: the comparison's summary, link, print and PNG. */
export const enExec = {
  'exec.title': 'Executive summary',
  'exec.context': '{{scenario}} · data: {{source}} · seed {{seed}} · {{trials}}',
  'exec.baseline': 'Compare with',
  'exec.print': 'Print or save as PDF',
  'exec.png': 'Save as PNG',
  'exec.share': 'Copy link',
  'exec.open': 'Open scenario…',
  'exec.save': 'Save scenario',
  'exec.unsettled':
    'Copy link and Save scenario wait until the settings flagged in red, here or on the ' +
    'Behaviour screen, are fixed: a link or file holding them would not open again.',
  'exec.linkLabel': 'Link that reopens this scenario (settings and seed)',
  'exec.linkCopied': 'Copied. The link holds the whole scenario; no server stores anything.',
  'exec.linkSelect': 'Select the link and copy it. It holds the whole scenario.',
  'exec.openFailed': 'The scenario file could not be used:',
  'exec.computing':
    'Working out profit, planning cost, rep utility and pay spread on the same draws… {{share}}',
  'exec.assumptions': 'Assumptions behind profit, planning cost and rep utility',
  'exec.assumptionsHelp':
    'These change only the figures below, at once, from the draws already made: no rerun.',

  'economics.margin': 'Gross margin on sales',
  'economics.marginHelp': 'Profit = margin × sales − incentive pay − the scheme’s other costs.',
  'economics.overCost': 'Cost of over-forecast',
  'economics.overCostHelp':
    'Per unit of target above actual sales, in % of that unit: stock and cash tied up, ' +
    'counted in the planning cost.',
  'economics.underCost': 'Cost of under-forecast',
  'economics.underCostHelp':
    'Per unit of actual sales above the target, in % of that unit: sales lost for want of ' +
    'stock, counted in the planning cost.',
  'economics.riskAversion': 'Reps’ risk aversion γ',
  'economics.riskAversionHelp':
    'Utility = expected pay − γ/2 × variance ÷ expected pay; 0 means reps do not mind risk.',

  'outcome.sales': 'Revenue (sales)',
  'outcome.payout': 'Incentive payout',
  'outcome.costOfSales': 'Cost of sales (payout ÷ sales)',
  'outcome.profit': 'Profit after incentives',
  'outcome.targetMape': 'Target error (mean absolute %)',
  'outcome.targetWithin': 'Share of rep-periods with the target within ±10%',
  'outcome.planningCost': 'Planning cost of target error (% of sales)',
  'outcome.hitRate': 'Share of rep-periods on target',
  'outcome.repUtility': 'Rep utility (certainty-equivalent pay per rep)',
  'outcome.payRateSpread': 'Pay spread across reps (CV of pay ÷ sales)',
  'outcome.otherCosts': 'Other costs of the scheme (beside pay)',
  'outcome.event.review': 'Job reviews, per rep-year',
  'outcome.event.receivables-missed': 'Receivables targets missed, per rep-year',
  'outcome.event.demotion': 'Demotions, per rep-year',
  'outcome.event.other': '{{label}}, per rep-year',
  'outcome.deduction.fines': 'Fines taken off pay',
  'outcome.deduction.withheld': 'Commission still withheld at the end (not in payout)',
  'outcome.deduction.penalties': 'Penalties taken off pay',
  'outcome.deduction.other': '{{label}} (taken from pay)',
  'outcome.noInterval':
    'No ± interval for {{metrics}}: they are measured across reps over the whole run, and ' +
    'their interval comes from comparing its blocks of {{block}} trials, so a run of one ' +
    'block has none. Run more than {{block}} trials for one.',
  'outcome.targetsUnfit':
    'The targets of {{scheme}} run from {{low}} to {{high}} of a rep’s expected sales on these ' +
    'data: they do not fit these reps, and its target error and share on target tell more ' +
    'about the targets than about the reps.',
  'outcome.targetsOwnReps':
    'The scenario file lists reps of its own: “{{button}}” at the top of the page runs on them.',
  'outcome.letterNote':
    'Profit = margin × sales − incentive payout − other costs (such as an expense budget). ' +
    'The payout is after the fines and penalties the scheme takes off and without the ' +
    'commission it still withholds at the end; the rows under it show those amounts. Counted ' +
    'events (reviews, demotions) cost nothing beyond a penalty the scheme sets.',
  'outcome.short.sales': 'Revenue',
  'outcome.short.payout': 'Payout',
  'outcome.short.costOfSales': 'Cost of sales',
  'outcome.short.profit': 'Profit',
  'outcome.short.targetMape': 'Target error',
  'outcome.short.targetWithin': 'Within ±10%',
  'outcome.short.planningCost': 'Planning cost',
  'outcome.short.hitRate': 'On target',
  'outcome.short.repUtility': 'Rep utility',
  'outcome.short.payRateSpread': 'Pay spread',
  'outcome.better.higher': 'higher is better',
  'outcome.better.lower': 'lower is better',
  'outcome.pending': 'computing…',
  'outcome.region': 'Outcomes of every scheme; scroll sideways for more schemes',
  'outcome.baselineMark': 'baseline',
  'outcome.delta': 'Δ',
  'outcome.deltaAria': 'difference from {{baseline}}',
  'outcome.deltaNote':
    'Δ: the difference from {{baseline}} on the same random draws; shares differ in ' +
    'percentage points (pp).',
  'outcome.caption':
    'Per simulated horizon of {{periods}} for {{reps}}, means over {{trials}} ' +
    'with seed {{seed}}; every scheme on the same random draws.',
  'outcome.intervals':
    '± is a 95% interval of the Monte Carlo error (1.96 standard errors; Student’s t for rep ' +
    'utility and pay spread); the paired differences have narrower ones.',

  'chart.diff.title': 'What changes against {{baseline}}',
  'chart.diff.note':
    'Each metric on its own row, as a change relative to the baseline’s value, with its 95% ' +
    'interval. Filled dots: the interval excludes no change.',
  'chart.diff.x': 'Change relative to {{baseline}} (% of its value)',
  'chart.diff.xShort': 'Change relative to {{baseline}}',
  'chart.diff.aria':
    'Forest plot of the change of every metric against {{baseline}}, relative to its value. ' +
    '{{details}}',
  'chart.diff.markAria': '{{scheme}}, {{metric}}: {{change}} (95% interval {{low}} to {{high}}).',
  'chart.diff.tooltip': '{{change}} (95% interval {{low}} to {{high}})',
  'chart.diff.markAriaBare': '{{scheme}}, {{metric}}: {{change}} (no interval with these trials).',
  'chart.diff.tooltipBare': '{{change}} (no interval with these trials)',
  'chart.diff.unbounded':
    'Without an interval, whether it goes beyond the Monte Carlo error cannot be told.',
  'chart.diff.better': 'Better than the baseline, beyond the Monte Carlo error.',
  'chart.diff.worse': 'Worse than the baseline, beyond the Monte Carlo error.',
  'chart.diff.same': 'Not distinguishable from the baseline with these trials.',
  'chart.diff.offScale': 'Beyond the axis, drawn at its edge with the value: {{marks}}',
  'chart.diff.cut': 'An arrow at the end of an interval: the interval runs on beyond the axis.',
  'chart.diff.skipped': 'Not drawn (the baseline’s value is 0): {{metrics}}.',
  'chart.diff.key':
    'Read right as “more than the baseline”; whether more is better is noted under each metric.',

  'link.badTitle': 'This link could not be opened.',
  'link.badHelp':
    'It was checked like a scenario file and something in it is wrong; the app opened with ' +
    'its own scenario instead. What was wrong:',
  'link.unreadable': 'The scenario in the link is damaged (it is not encoded text).',
  'link.badNumber': '{{field}}: expected a number from {{min}} to {{max}}, saw “{{seen}}”.',
  'link.badPercent': '{{field}}: expected a percentage from {{min}} to {{max}}, saw {{seen}}.',
  'link.seenPercent': '{{percent}} (“{{seen}}” in the link, which writes 100% as 1)',
  'link.seenText': '“{{seen}}”',
  'link.badCurrency': 'currency: expected one of {{choices}}, saw “{{seen}}”.',
  'notice.needsFile':
    'This scenario was made on the file {{file}}. Import that file to reproduce it exactly; ' +
    'until then it runs on the data loaded now.',
  'notice.dismiss': 'Dismiss',
  'notice.warnings': 'The scenario runs, but note what its file says that does not add up:',
  'notice.onScenarioReps':
    'This run uses the scenario file’s own reps ({{count}} listed), as the command line does. ' +
    'Your data ({{data}}) stays loaded: the data panel still shows it.',
  'notice.useHistory': 'Run on {{data}} instead',
  'notice.historyMisfit':
    'It cannot run on {{data}}: its schemes do not fit those data ({{detail}}).',
  'notice.offerScenarioReps':
    'This scenario lists its own reps ({{count}}), without a sales history. It runs on the ' +
    'data loaded now ({{data}}); the command line runs it on its own reps.',
  'notice.useScenarioReps': 'Run on the scenario’s reps',
  'notice.notKept':
    'A scenario that lists its own reps is not kept in this browser: after a reload the page ' +
    'goes back to the settings kept before it; open the file again to return to it.',
  'exec.scenarioReps': 'the scenario file’s own reps ({{count}} listed)',
  'exec.previousData':
    'Previous results, of {{data}}, not of {{current}}: printing, the PNG, the link and saving ' +
    'the scenario come back once {{current}} has results of its own.',
  'exec.previousSettings':
    'Results of the settings before your last change: printing, the PNG, the link and saving ' +
    'the scenario come back once the new settings have been run.',
} as const;
