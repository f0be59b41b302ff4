import { enExec } from './en/exec';
import { enTrain } from './en/train';
import { enTune } from './en/tune';
import { enRun } from './en/run';
import { enImport } from './en/import';
import { enSchemes } from './en/schemes';
import { enSchemeFields } from './en/schemeFields';
import { enBehaviour } from './en/behaviour';
import { enProblems } from './en/problems';
import { enCounts } from './en/counts';
import { enShipped } from './en/shipped';

/**
 * English messages. Keys are flat (i18next runs with keySeparator off) so that the key type
 * can be taken from this object; `{{name}}` marks an interpolated, already formatted value.
 */
export const en = {
  'app.name': 'Incentive Lab',
  'app.tagline': 'Self-set targets against haggled quotas, simulated on your sales history',
  'nav.label': 'Screens',
  'nav.compare': 'Compare',
  'nav.tune': 'Tune',
  'nav.train': 'Train',
  'nav.schemes': 'Schemes',
  'nav.behaviour': 'Behaviour',
  'nav.skip': 'Skip to the content',
  'screen.missing': 'There is no screen at this address.',
  // A figure read off a chart or a note, after what it is: a colon in each language's own form.
  labelValue: '{{label}}: {{value}}',
  'screen.unloaded': 'This screen could not be loaded.',
  'screen.offline':
    'The browser is offline, and this screen’s code had not been fetched yet: reconnect, then ' +
    'open it again. The data and results already loaded are kept.',
  'screen.retry': 'Reload the page to try again. The data and settings kept are read back.',
  'screen.toCompare': 'Go to Compare',
  'language.label': 'Language',

  'scheme.truth-telling': 'Self-set target',
  'scheme.haggled-quota': 'Haggled quota',
  'scheme.bonus-grid': 'Bonus grid',
  'scheme.pharma-letter': 'Pharmaceutical letter',
  'scheme.condiment-letter': 'Condiment letter',
  'scheme.commission-plan': 'Commission plan',
  'scheme.linear-menu': 'Menu of linear contracts',

  'run.status.idle': 'Ready.',
  'run.status.done_one': 'Done: {{count, number}} trial in {{seconds}} s.',
  'run.status.done_other': 'Done: {{count, number}} trials in {{seconds}} s.',
  'run.status.cancelled': 'Run cancelled. The results shown are from the previous run.',
  'run.status.error': 'Failed while {{stage}}: {{message}}',
  'run.stage.db': 'Starting the in-browser database…',
  'run.stage.fetch': 'Loading the sample sales history…',
  'run.stage.import': 'Reading {{file}}…',
  'run.stage.calibrate': 'Calibrating each rep from the history…',
  'run.stage.plan': 'Setting targets and quotas for every rep…',
  'run.stage.run_one': 'Simulating: {{done}} of {{count, number}} trial…',
  'run.stage.run_other': 'Simulating: {{done}} of {{count, number}} trials…',
  'run.doing.db': 'starting the database',
  'run.doing.fetch': 'loading the sample data',
  'run.doing.import': 'importing the file',
  'run.doing.calibrate': 'calibrating the reps',
  'run.doing.plan': 'setting targets',
  'run.doing.run': 'simulating',
  'run.timeout': 'no answer after {{seconds}} s',
  'run.cancel': 'Cancel',
  'run.seed': 'Seed',
  'run.progress': 'Simulation progress',

  'data.title': 'Data',
  'data.source': 'Source',
  'data.reps': 'Reps',
  'data.periods': 'Periods',
  'data.grain': 'Grain',
  'data.sampleName': 'Built-in sample',
  'data.none': 'No data loaded yet.',
  'data.noteMore': 'Show all',
  'data.noteLess': 'Show less',
  'data.useSample': 'Use sample data',
  'data.import': 'Import CSV',
  'data.drop': 'or drop a CSV file here',
  'data.dropActive': 'Drop the file to import it',
  'data.grain.day': 'Day',
  'data.grain.week': 'Week',
  'data.grain.month': 'Month',
  'data.grain.quarter': 'Quarter',
  'data.grain.year': 'Year',
  'data.currency': 'Currency of the figures',
  'data.currency.scaled':
    'The amounts were converted on import from the unit their headers name (such as 万元) to ' +
    'plain units, so they are not counted in 10,000s.',
  'currency.CNY': 'Yuan (CNY)',
  'currency.CNY-10k': 'Yuan, amounts in 10,000s (万元)',
  'currency.USD': 'US dollar (USD)',
  'currency.EUR': 'Euro (EUR)',
  'currency.none': 'None (plain numbers)',
  'unit.CNY': 'CNY',
  'unit.CNY-10k': '10k CNY',
  'unit.USD': 'USD',
  'unit.EUR': 'EUR',
  'unit.none': 'sales currency',
  // Between the items of a list of names or numbers.
  'list.separator': ', ',
  'list.quoted': '"{{item}}"',
  'list.clauseSeparator': '; ',
  'scenario.defaultName': 'Self-set targets vs. a haggled quota',

  'import.title': 'Map the columns of {{file}}',
  'import.encoding': 'Text encoding',
  'import.encodingHelp': 'Detected from the bytes; change it if the characters look wrong.',
  'import.preview': 'First rows of the file',
  'import.roles': 'Which column is which',
  'import.role.rep': 'Rep',
  'import.role.date': 'Date or period',
  'import.role.sales': 'Sales',
  'import.role.target': 'Target (optional)',
  'import.role.refund': 'Refund amount (optional)',
  'import.role.status': 'Status (optional)',
  'import.noColumn': '— none —',
  'import.countStatuses': 'Status values that count as sales',
  'import.confirm': 'Confirm and run',
  'import.discard': 'Discard',
  'import.needRoles': 'Choose the rep, date and sales columns first.',
  'import.failed': 'The import failed; the previous data and results are kept.',
  'import.unreadable': 'The file could not be read; the previous data and results are kept.',

  'settings.selfSet': 'Self-set target scheme',
  'settings.title': 'Settings',
  'settings.rate': 'Commission rate t',
  'settings.rateHelp': 'Self-set pays t·min(X, 2Y − X); the quota’s performance pay scales with t.',
  'settings.floor': 'Negative bonus',
  'settings.floorHelp': 'Below half the target the self-set bonus turns negative.',
  'settings.floor.none': 'Allowed (the rep pays it back)',
  'settings.floor.zero': 'Floored at 0',
  'settings.floor.deduct': 'Deducted from base pay',
  'settings.basePay': 'Base pay per period ({{unit}})',
  'settings.basePayHelp': 'A negative bonus comes out of it, down to no pay at all.',
  'settings.deductNoBase':
    'With a base pay of 0 there is nothing to deduct from: the self-set scheme pays as ' +
    "'Floored at 0'. Enter its base pay above.",
  'settings.haggling': 'Haggling over the quota',
  'settings.noSelfSet':
    'No scheme in this scenario is a self-set target: t and the negative bonus change nothing.',
  'settings.noHaggling':
    'No scheme in this scenario haggles over its quota: these fields change nothing.',
  'settings.repOpening': 'Rep opens below belief',
  'settings.repOpeningHelp': 'How far under their own median the rep’s first offer is.',
  'settings.bossOpening': 'Boss opens above estimate',
  'settings.bossOpeningHelp': 'How far over its estimate the boss’s first offer is.',
  'settings.bossPower': 'Boss’s bargaining power',
  'settings.bossPowerHelp': '0: the rep’s offer stands; 1: the boss’s offer stands.',
  'settings.bossNoise': 'Boss’s estimation error',
  'settings.bossNoiseHelp': 'Log standard deviation of the boss’s error about each rep.',
  'settings.growth': 'Growth demanded',
  'settings.growthHelp': 'Growth the boss adds on top of its estimate.',
  'settings.run': 'Simulation',
  'settings.trials': 'Trials',
  'settings.trialsHelp':
    'Simulated horizons, at least 100 for the 95% intervals to hold; intervals shrink with the ' +
    'square root of this.',
  'settings.seed': 'Seed',
  'settings.seedHelp': 'The same seed and settings give the same numbers on any machine.',
  'settings.start': 'Run',
  'settings.invalid': 'Enter a number from {{min}} to {{max}}.',
  'settings.invalidWhole': 'Enter a whole number from {{min}} to {{max}}.',

  'settings.invalidRun': 'Some settings are out of range: fix the fields marked in red.',

  'results.empty': 'The comparison appears here once the first run finishes.',
  'results.running': 'Running…',

  'summary.title': 'Summary',
  'summary.caption':
    'Means over {{trials}} of {{periods}} for {{reps}}, ± 1.96 standard ' +
    'errors (95% interval), on the same random draws (seed {{seed}}).',
  'summary.metric': 'Metric',
  'summary.difference': '{{scheme}} − {{baseline}}',
  'metric.payoutMean': 'Expected total payout',
  'metric.payoutSe': 'Standard error of the payout',
  'metric.payoutP5': 'Payout, 5th percentile',
  'metric.payoutP50': 'Payout, median',
  'metric.payoutP95': 'Payout, 95th percentile',
  'metric.salesMean': 'Expected total sales',
  'metric.payoutShareOfSales': 'Payout as a share of sales',
  'metric.targetMape': 'Target error (mean absolute %)',
  'metric.targetBias': 'Target bias ((X − Y) / Y)',
  'metric.targetWithin': 'Targets within ±10% of sales',
  'metric.hitRate': 'Targets met',

  'chart.payout.title': 'Distribution of the total payout',
  'chart.payout.note': 'All reps over the horizon, one curve per scheme; dashed lines: means.',
  'chart.payout.x': 'Total payout per horizon ({{unit}})',
  'chart.payout.y': 'Share of trials',
  'chart.payout.range': '{{from}} to {{to}}',
  'chart.payout.aria_one':
    'Histograms of the total payout per trial over {{count, number}} trial. {{details}}',
  'chart.payout.aria_other':
    'Histograms of the total payout per trial over {{count, number}} trials. {{details}}',
  'chart.payout.schemeAria': '{{scheme}}: mean {{mean}}, 5th to 95th percentile {{p5}} to {{p95}}.',

  'chart.scatter.title': 'Target against actual sales',
  'chart.scatter.note':
    'Each rep and period of the first trial; on the diagonal the target was exact.',
  'chart.scatter.x': 'Target or quota ({{unit}})',
  'chart.scatter.y': 'Actual sales ({{unit}})',
  'chart.scatter.diagonal': 'Target = actual',
  'chart.scatter.point': '{{rep}}, period {{period}}',
  'chart.scatter.target': 'Target',
  'chart.scatter.actual': 'Actual',
  'chart.scatter.aria_one':
    'Scatter plot of target against actual sales, {{count, number}} point per scheme. ' +
    '{{details}}',
  'chart.scatter.aria_other':
    'Scatter plot of target against actual sales, {{count, number}} points per scheme. ' +
    '{{details}}',
  'chart.scatter.schemeAria': '{{scheme}}: median absolute error {{error}}.',
  'chart.readWithKeys': 'Focus the chart and use the arrow keys to read each mark.',

  'chart.history.title': 'Sales history of one rep',
  'chart.history.rep': 'Rep',
  'chart.history.thinMark': 'thin history',
  'chart.history.thin_one':
    'Thin history ({{count, number}} period): the fit borrows strength from the other reps.',
  'chart.history.thin_other':
    'Thin history ({{count, number}} periods): the fit borrows strength from the other reps.',
  'chart.history.x': 'Period',
  'chart.history.y': 'Sales ({{unit}})',
  'chart.history.sales': 'Actual sales',
  'chart.history.target': 'Recorded target',
  'chart.history.fitted': 'Fitted level',
  'chart.history.aria':
    'Sales history of {{rep}} over {{periods}}, from {{first}} to {{last}}. {{details}}',
  'chart.history.totals': 'Total sales {{sales}}; mean per period {{mean}}.',
  'chart.history.empty': 'No history for this rep.',

  ...enExec,
  ...enTune,
  ...enRun,
  ...enTrain,
  ...enImport,
  ...enSchemes,
  ...enSchemeFields,
  ...enBehaviour,
  ...enProblems,
  ...enCounts,
  ...enShipped,
} as const;

type Entry = keyof typeof en;

/**
 * A message with plural forms, asked for by its key without the suffix and with a numeric
 * `count`: i18next picks `<key>_one` or `<key>_other` by the language's plural rules.
 */
export type PluralKey = Entry extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/** Every message key, taken from the English catalog: a plural message by its bare key. */
export type MessageKey = Exclude<Entry, `${string}_one` | `${string}_other`> | PluralKey;

/**
 * A complete catalog: any other language must translate every key. Chinese has one plural
 * form, so only the `_other` of a plural message is required; English also has `_one`.
 */
export type Catalog = Translation<typeof en>;

/** One part of a catalog in another language: every key of the English part but its `_one`s. */
export type Translation<T> = Record<Exclude<keyof T, `${string}_one`>, string>;
