/** English messages of the rep behaviour screen: who the reps are and what they do. */
export const enBehaviour = {
  'behaviour.title': 'Rep behaviour',
  'behaviour.intro':
    'What reps do under each scheme: the targets they report, the effort they put in, how ' +
    'they haggle, when they book their deals and how a ratchet changes all of it.',
  'behaviour.panel.people': 'Who the reps are',
  'behaviour.panel.effort': 'Effort',
  'behaviour.panel.haggling': 'Haggling',
  'behaviour.panel.timing': 'Timing within the year',
  'behaviour.panel.ratchet': 'Across years',
  'behaviour.panel.company': 'What the company values',
  'behaviour.naiveShare': 'Naive reps',
  'behaviour.naiveShare.help':
    "Share of reps who report last year's sales of the same period or accept the boss's " +
    'quota; the rest best-respond.',
  'behaviour.bias': 'Belief bias',
  'behaviour.bias.help':
    'How far strategic reps over- (+) or under-estimate (−) their own sales, as an error in ' +
    'logs: +50% has them expect e^0.5 ≈ 1.65 times their sales, −50% 0.61 times.',
  'behaviour.noise': 'Belief noise',
  'behaviour.noise.help': "Spread of each rep's own error about its sales level.",
  'behaviour.risk': 'Attitude to risk',
  'behaviour.risk.help':
    'Neutral reps maximise expected pay; averse ones trade some pay for less risk.',
  'behaviour.risk.neutral': 'Risk-neutral',
  'behaviour.risk.cara': 'Risk-averse (constant absolute)',
  'behaviour.risk.crra': 'Risk-averse (constant relative)',
  'behaviour.riskA': 'Risk aversion',
  'behaviour.riskA.help':
    'Higher values make reps prize sure pay more, on the scale of their own sales.',
  'behaviour.rho': 'Relative risk aversion',
  'behaviour.rho.help': 'ρ of the CRRA utility: 1 is logarithmic utility, higher is more averse.',
  'behaviour.wealth': 'Wealth',
  'behaviour.wealth.help': "The reps' other income, in periods of their expected sales.",
  'behaviour.maxLift': 'Most effort can add',
  'behaviour.maxLift.help':
    'Largest rise in expected sales effort can buy; each further step buys less.',
  'behaviour.effortCost': 'Cost of effort',
  'behaviour.effortCost.help':
    'Money cost of full effort as a share of expected sales; grows as effort².',
  'behaviour.hagglingCost': 'Cost of haggling',
  'behaviour.hagglingCost.help':
    'Time lost bargaining, growing with the square of the gap between openings.',
  'behaviour.anticipation': "Boss's anticipation",
  'behaviour.anticipation.help':
    'How much further the boss opens when the rep opens lower, expecting to split the difference.',
  'behaviour.timing': 'Reps shift deals between periods',
  'behaviour.timing.help':
    'They pull deals forward or push them into the next period when pay rewards it; a rep ' +
    "whose target is out of reach may give up: drop that period's effort and hold deals.",
  'behaviour.maxShare': 'Most a rep can shift',
  'behaviour.maxShare.help':
    "Share of a period's sales that can move into the next period or out of it.",
  'behaviour.timingCost': 'Cost of shifting',
  'behaviour.timingCost.help': 'Cost of moving deals, growing with the square of the amount moved.',
  'behaviour.years': 'Years',
  'behaviour.shortYear.day':
    'This history is fitted by day, and the simulation covers its next {{periods}} days: on ' +
    'this screen a “year” is that block of {{periods}} days, not a calendar year. Years counts ' +
    'such blocks, the ratchet moves a quota from one block to the next, and sales and payout ' +
    'are per block.',
  'behaviour.shortYear.week':
    'This history is fitted by week, and the simulation covers its next {{periods}} weeks: on ' +
    'this screen a “year” is that block of {{periods}} weeks, not a calendar year. Years ' +
    'counts such blocks, the ratchet moves a quota from one block to the next, and sales and ' +
    'payout are per block.',
  'behaviour.years.help': 'Years in a row; from the second on, quotas follow the ratchet.',
  'behaviour.up': 'Ratchet after a beat',
  'behaviour.up.help': "Share of a beat added to next year's quota (whipping the fast ox).",
  'behaviour.down': 'Ratchet after a miss',
  'behaviour.down.help': "Share of a miss taken off next year's quota.",
  'behaviour.discount': 'Weight of next year',
  'behaviour.discount.help': "How much reps weigh next year's pay against this year's.",
  'behaviour.run': 'Run with behaviour',
  'behaviour.running_one': 'Running… {{done}} of {{count, number}} trial',
  'behaviour.running_other': 'Running… {{done}} of {{count, number}} trials',
  'behaviour.cancel': 'Cancel',
  'behaviour.invalid': 'Some settings are out of range: fix the fields marked in red.',
  'behaviour.waiting': 'Waiting for the sales history to load.',
  'behaviour.scenarioReps':
    'Runs on the scenario file’s own reps ({{count}} listed), as the comparison does; the ' +
    'switch above goes back to {{data}}.',
  'behaviour.otherReps':
    'The results below were run on other reps than those in use now: run again for these.',
  'behaviour.otherSettings':
    "The results below were run with other settings (a scheme's parameters, the seed or the " +
    'trials on Compare, or the margin or forecast costs): run again for these.',
  'behaviour.compareInvalid':
    'Some settings on Compare are out of range (the fields marked in red there): fix them on ' +
    'Compare to run.',
  'behaviour.empty': 'Run to see what reps do under each scheme.',
  'behaviour.failed': 'The run failed: {{message}}',
  'behaviour.statement':
    '{{strategic}} of {{reps}} behaved strategically and {{naive}} naively, over ' +
    '{{years}} of {{periods}}; {{trials}}, seed {{seed}}.',
  'behaviour.settings':
    'Settings: naive {{naive}}, belief bias {{bias}} and noise {{noise}}, {{risk}}; effort up ' +
    'to +{{lift}} at {{effortCost}}; haggling cost {{haggling}}, anticipation {{anticipation}}; ' +
    'shifting {{timing}}; ratchet {{up}} up / {{down}} down, next year weighed {{discount}}; ' +
    'margin {{margin}}, over-forecast cost {{over}}, under-forecast cost {{under}}.',
  'behaviour.settings.off': 'off',
  'behaviour.settings.upTo': 'up to {{share}} at cost {{cost}}',
  'behaviour.table.title': 'What reps did, and what it meant for the company',
  'behaviour.table.note':
    'Per simulated horizon, mean ± 95% interval over trials. The lift is the mean rise in ' +
    'expected sales strategic reps chose to work for; extra sales are what effort and shifting ' +
    'added to the draws; profit after planning cost is margin × sales − payout − planning ' +
    "cost (Compare's profit after incentives leaves planning cost out).",
  'behaviour.col.scheme': 'Scheme',
  'behaviour.col.effort': 'Lift from effort',
  'behaviour.col.sales': 'Sales',
  'behaviour.col.extra': 'Extra sales',
  'behaviour.col.payout': 'Payout',
  'behaviour.col.costOfSales': 'Cost of sales',
  'behaviour.col.pulled': 'Pulled in, sum of moves',
  'behaviour.col.pushed': 'Pushed out, sum of moves',
  'behaviour.col.moves.help':
    'Pulled in and pushed out add up the sales moved at every period end of the horizon: ' +
    'into the closing period from the next one, and out of it into the next. A deal pushed ' +
    'from one period to the next and on again to the one after counts at each move, so these ' +
    'are sales moved, not distinct deals.',
  'behaviour.col.gaveUp': 'Gave up',
  'behaviour.col.shares.help':
    "Gave up is the share of strategic reps' periods (each rep's last left out) in which a rep " +
    'short of its target held deals back or, with the target out of reach, dropped its effort. ' +
    "Opening gap is the boss's opening quota less the rep's, as a share of the rep's expected " +
    'sales, averaged over haggled quotas: above 100% when the two openings lie further apart ' +
    'than the sales expected. Targets within ±10% is the share of rep-periods with sales whose ' +
    "target in force (the rep's own, a naive rep's last year, a ratcheted quota) lies within " +
    '10% of the sales booked.',
  'behaviour.col.gap': 'Opening gap',
  'behaviour.col.haggling': 'Haggling cost',
  'behaviour.col.within': 'Targets within ±10%',
  'behaviour.col.planning': 'Planning cost',
  'behaviour.col.profit': 'Profit after planning cost',
  'behaviour.col.utility': 'Rep utility (certainty-equivalent pay), all reps',
  'behaviour.utility.notComputable': 'not computable',
  'behaviour.utility.atCeiling':
    'Rep utility is not computable at this attitude to risk: with so little wealth and so much ' +
    'aversion, any pay above a sliver is worth, to the last digit a computer keeps, the most ' +
    'utility a rep can have, so every scheme would read the same figure however different its ' +
    'pay. Lower the risk aversion or raise the wealth to compare schemes on it.',
  'behaviour.utility.ruin':
    "Rep utility is not computable: in some trials a rep's loss wipes out its wealth, where " +
    'this utility has no finite value. Lower the risk aversion or raise the wealth to compare ' +
    'schemes on it.',
  'behaviour.unmodelled':
    'Effort and deal timing are modelled for self-set targets, haggled quotas and both ' +
    'letters only: reps under {{schemes}} are held at no extra effort, so the sales and profit ' +
    'shown there leave effort out.',
  'behaviour.bossDrawnOnce':
    "{{schemes}}: quotas here come from one draw of the boss's errors for the whole run, so " +
    "the intervals leave out the boss's luck; Compare draws them afresh each trial.",
  'behaviour.warnAlpha':
    '{{scheme}}: nothing is paid above the target (α = 0), so reps that reach it push deals ' +
    'into the next period.',
  'behaviour.warnAlphaOff':
    '{{scheme}}: nothing is paid above the target (α = 0), so reps that reach it would push ' +
    "deals into the next period if they could; shifting deals is off in this run's settings.",
  'behaviour.warnFloor':
    '{{scheme}}: with the floor at 0 a shortfall costs less, so volatile reps report above ' +
    'the median they believe in (by up to {{most}}).',
  'behaviour.warnBelief':
    'Strategic reps misjudge their own sales by {{off}} (a belief bias of {{bias}}, an error ' +
    'in logs): their targets and quotas move with that belief, whatever the scheme.',
  'behaviour.warnBeliefRange':
    'Strategic reps misjudge their own sales by {{low}} to {{high}} (belief bias {{bias}} and ' +
    'noise {{noise}}, errors in logs): their targets and quotas move with those beliefs, ' +
    'whatever the scheme.',
  'behaviour.targets.title': "Chosen target against the rep's true median",
  'behaviour.targets.note':
    "Each mark is a rep's first-period target or quota; the line is target = median. Hollow " +
    'marks are naive reps.',
  'behaviour.targets.x': 'True median of sales ({{unit}})',
  'behaviour.targets.y': 'Target or quota ({{unit}})',
  'behaviour.targets.diagonal': 'Target = median',
  'behaviour.targets.point': '{{rep}} ({{kind}}): median {{median}}, target {{target}}',
  'behaviour.targets.naive': 'naive',
  'behaviour.targets.strategic': 'strategic',
  'behaviour.targets.unmarked':
    'No marks for {{schemes}}: no target is set there to compare with the median (under a ' +
    'menu of contracts, each rep picks a contract instead).',
  'behaviour.targets.aria': 'Targets against true medians for {{reps}} under {{schemes}}.',
  'behaviour.months.title': 'Sales by period with pulled and pushed deals',
  'behaviour.months.note':
    'Mean over trials for one rep. Bars are booked sales (deals pushed in from the previous ' +
    "period included), the top part sales pulled in from the next period at the period's " +
    'end; dashed boxes are sales pushed out to the next period at its end, so a deal pushed ' +
    'on twice shows in two boxes; ticks mark the target.',
  'behaviour.months.rep': 'Rep',
  'behaviour.months.scheme': 'Scheme',
  'behaviour.months.kept': 'Booked, deals pushed in included',
  'behaviour.months.pulled': "Pulled in at the period's end",
  'behaviour.months.pushed': "Pushed out at the period's end",
  'behaviour.months.target': 'Target',
  'behaviour.months.x': 'Period',
  'behaviour.months.y': 'Sales ({{unit}})',
  'behaviour.months.aria': 'Sales of {{rep}} by period under {{scheme}}, with shifted deals.',
  'behaviour.months.still':
    'Reps under {{scheme}} shift no deals: its pay looks across periods in ways the timing ' +
    'model does not follow. Self-set targets, haggled quotas and both letters support it.',
  'behaviour.months.off': "Shifting deals is off in this run's settings.",
  'behaviour.ratchet.title': "A rep's quota and sales across years under each ratchet",
  'behaviour.ratchet.note':
    'Mean over trials for one strategic rep under {{scheme}}: solid lines are quotas, dashed ' +
    'lines sales, per year.',
  'behaviour.ratchet.none': 'No ratchet',
  'behaviour.ratchet.even': 'Even ratchet',
  'behaviour.ratchet.yours': 'Your ratchet',
  'behaviour.ratchet.quota': 'quota',
  'behaviour.ratchet.sales': 'sales',
  'behaviour.ratchet.x': 'Year',
  'behaviour.ratchet.y': 'Per year ({{unit}})',
  'behaviour.ratchet.aria': 'Quota and sales of {{rep}} over {{years}} under three ratchets.',
  'behaviour.ratchet.oneYear':
    'The run covers one year, so no ratchet acts: set Years to 2 or more to see quotas follow it.',
  'behaviour.ratchet.noQuota': 'No scheme sets a quota, so no ratchet applies.',
  'behaviour.ratchet.keptQuota_one':
    '{{schemes}} sets its quota by its own terms, which no ratchet moves: the ratchet moves ' +
    'the quotas of a haggled-quota scheme from year to year, and this run has none.',
  'behaviour.ratchet.keptQuota_other':
    '{{schemes}} set their quotas by their own terms, which no ratchet moves: the ratchet ' +
    'moves the quotas of a haggled-quota scheme from year to year, and this run has none.',
  'behaviour.otherRepsRunning':
    'The results below were run on other reps than those in use now; the run on these is under ' +
    'way.',
  'behaviour.refused': 'Cannot run: {{message}}.',
  'behaviour.stopped.user': 'You cancelled the run.',
  'behaviour.stopped.screen':
    'The run was stopped because a run started on the {{screen}} screen (runs share the ' +
    'workers).',
  'behaviour.stopped.other':
    'The run was stopped because another run started (runs share the workers).',
  'behaviour.stopped.previous': 'The results below are from the previous run.',
} as const;
