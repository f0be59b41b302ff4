/** English messages of the scheme editor: editing schemes and the pay curve of one period. */
export const enSchemes = {
  'schemes.title': 'Scheme editor',
  'schemes.waiting': 'Reading the data and the scenario in use…',
  'preset.breach': 'Promotion-rule breach',
  'preset.lost': 'Customer lost',
  'preset.outlets': 'Missing new outlet',
  'preset.chilli248': '248 g chilli sauce',
  'preset.chilli920': '920 g chilli sauce',
  'preset.pepper300': '300 g pickled pepper',
  'preset.lantern700': '700 g yellow-lantern sauce',
  'preset.sku': '{{name}} (letter: {{perCase}} a case)',
  'schemes.intro':
    'Edit any number of schemes and see what each pays a rep for one period: the curve is pay ' +
    'against sales at the target shown, the table pay at sample points. The same checks as ' +
    'scenario files run as you type.',
  'schemes.scheme': 'Scheme',
  'schemes.add': 'Add',
  'schemes.remove': 'Remove',
  'schemes.compare': 'Compare these on the Compare screen',
  'schemes.expected': 'Expected sales in a period',
  'schemes.sigma': 'Log-volatility of sales',
  'schemes.target': 'Target for the curve',
  'schemes.inUnit': '{{name}} ({{unit}})',
  'schemes.targetHelp': 'Empty: each rep’s own best target (or the planned quota)',
  'schemes.curve': 'Pay against sales',
  'schemes.curveNote': 'One period, before fines; dashed lines mark each scheme’s target.',
  'schemes.firstPeriod':
    'Schemes with a value per period (a letter’s quarterly quotas) are drawn for their first period.',
  'schemes.sales': 'Sales',
  'schemes.pay': 'Pay',
  'schemes.table': 'Pay at sample points',
  'schemes.kind': 'Kind',
  'schemes.invalid': 'Not drawn until fixed:',
  'schemes.quantile': 'Reports the {{p}} quantile of its sales (without a floor: {{f}}).',
  'schemes.noQuantile': 'Reports no honest quantile: the rates are out of order.',
  'schemes.json': 'As scenario JSON',
  'schemes.addField': 'Add {{field}}',
  'schemes.none': '—',
  'schemes.choice.recoverable': 'Recoverable',
  'schemes.choice.non-recoverable': 'Non-recoverable',
  'schemes.choice.share': 'Share of expected sales',
  'schemes.choice.fixed': 'Fixed amounts',
  'schemes.choice.haggled': 'Haggled',
  'schemes.choice.events': 'Per event',
  'schemes.choice.shortfall': 'Per shortfall',
  'schemes.w.no-reward-above-target':
    'α = 0: doing more than the target earns nothing in that period, so reps may push sales ' +
    'into the next one.',
  'schemes.w.rates-out-of-order':
    'The rates must rise, 0 ≤ α < β < γ; here α = {{alpha}}, β = {{beta}}, γ = {{gamma}}.',
  'schemes.w.floor-moves-target':
    'The floor moves the best target: a rep with log-volatility {{sigma}} reports the ' +
    '{{quantile}} quantile instead of {{fractile}}.',
  'schemes.duplicateId': 'Another scheme has this identifier; each scheme needs its own.',
  'schemes.blocked.invalid':
    'Not ready to compare: fix {{names}} first (marked in red). Compare runs every scheme here.',
  'schemes.blocked.duplicate':
    'Not ready to compare: more than one scheme has the identifier {{ids}}; give each its own.',
  'schemes.blocked.none': 'Add a scheme to compare.',
  'schemes.blocked.compareRange':
    'Not ready to compare: Compare would refuse the {{fields}} set here (marked in red).',
  'schemes.hagglingRange':
    'Compare haggles only with “{{setting}}” from {{min}} to {{max}}, as its own field takes it.',
  'schemes.inScheme': '{{field}} of “{{scheme}}”',
  'schemes.compareRange':
    'Compare takes this as “{{setting}}”, which it runs from {{min}} to {{max}}.',
} as const;
