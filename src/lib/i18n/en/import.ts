import { importTemplates } from '../../data/importTemplates';

type Templates = typeof importTemplates;

/**
 * The import's own messages (importTemplates.ts) under `import.msg.<code>`, in its English; a
 * message about a count keeps its plural forms (`import.msg.<code>_one`, `_other`).
 */
const messages = Object.fromEntries(
  Object.entries(importTemplates).map(([key, text]) => [`import.msg.${key}`, text]),
) as { [K in keyof Templates as `import.msg.${K}`]: Templates[K] };

/** English messages of the import dialog, the data kept in the browser and the CSV export. */
export const enImport = {
  ...messages,
  'import.msg.escaped': '{{message}} (control characters are shown as \\u0000)',
  'import.msg.role.rep': 'rep',
  'import.msg.role.date': 'date',
  'import.msg.role.sales': 'sales',
  'import.msg.role.target': 'target',
  'import.msg.role.refund': 'refund',
  'import.msg.role.status': 'status',
  'import.msg.role.group': 'group',
  'import.msg.role.start': 'start date',
  'import.msg.role.end': 'end date',
  'import.msg.kind.text': 'a text table',
  'import.msg.kind.workbook': 'a workbook',
  'import.msg.kind.parquet': 'a Parquet file',
  'import.msg.totalReason': 'total row',
  'import.app.missingSales':
    '{{file}}: no column for sales (headers: {{headers}}); if "{{target}}" holds the sales ' +
    'and not targets, choose it for sales',
  'import.app.scenarioFile':
    '{{file}}: a scenario file (schemes and settings, as Save scenario writes it), not a sales ' +
    'table; open it with “Open scenario…” on Compare',
  'import.statusEmpty': '(no status)',
  'import.app.salesInTarget':
    'No column was found for sales, and "{{target}}" is read as the target. If it holds the ' +
    'sales (a quota history holds only quotas), choose it for Sales: it then stops being the ' +
    'target.',
  'import.app.dateOrderMixed':
    '{{file}}: column "{{column}}" mixes day-first and month-first dates; choose the order of ' +
    'dates (day/month or month/day)',
  'import.app.dateOrderAmbiguous':
    '{{file}}: column "{{column}}" has dates such as "{{value}}" that read as day/month or ' +
    'month/day, and none decides; choose the order of dates (day/month or month/day)',
  'import.msg.listMore': ', … ({{count}} in all)',
  'import.msg.listMoreReps': ', … ({{count}} in all)',
  'import.chooseFile': 'Import a file',
  'import.dropFile': 'or drop a CSV, Excel or Parquet file here',
  'import.sheet': 'Sheet',
  'import.headerRow': 'Header row',
  'import.headerRowHelp': 'The row with the column names; rows above it are titles. Click a row.',
  'import.rowNumber': 'Row {{row}}',
  'import.table': 'First rows of the table to import',
  'import.dateOrder': 'Order of dates like 3/4/2024',
  'import.dateOrder.auto': 'Decide from the column',
  'import.dateOrder.dmy': 'Day/month/year',
  'import.dateOrder.mdy': 'Month/day/year',
  'import.skipBadRows': 'Skip rows with unreadable values (each is listed)',
  'import.reading': 'Reading the file…',
  'import.leftOut_one':
    'One file is imported at a time: this is {{file}}; {{count, number}} other was left out ' +
    '({{files}}). Import it on its own afterwards.',
  'import.leftOut_other':
    'One file is imported at a time: this is {{file}}; {{count, number}} others were left out ' +
    '({{files}}). Import each on its own afterwards.',
  'import.leftOutScenario_one':
    '{{files}} was left out, not imported with {{file}}: it is a scenario file (schemes and ' +
    'settings, as Save scenario writes them), not a sales table. Open it with “Open scenario…”.',
  'import.leftOutScenario_other':
    '{{files}} were left out, not imported with {{file}}: they are scenario files (schemes and ' +
    'settings, as Save scenario writes them), not sales tables. Open each with “Open scenario…”.',
  'import.leftOutJson_one':
    '{{files}} was left out, not imported with {{file}}: it is JSON, not a sales table.',
  'import.leftOutJson_other':
    '{{files}} were left out, not imported with {{file}}: they are JSON, not sales tables.',
  'import.scenario.title': '{{file}} is a scenario file',
  'import.scenario.body':
    '{{file}} holds schemes and settings, as Save scenario writes them, not a sales history, ' +
    'so nothing was imported: the data loaded and its results stay as they are.',
  'import.scenario.offer':
    'Open it as the scenario in use? Its schemes and settings then replace those in use now, ' +
    'edits on the Schemes screen not yet sent included; the data loaded stays.',
  'import.scenario.open': 'Open as scenario',
  'import.scenario.failed': 'The scenario file could not be opened; nothing was changed:',
  'import.scenario.busy': 'It can be opened once the run in progress ends.',
  'import.importing': 'Importing…',
  'import.step.reading': 'reading the file',
  'import.step.checking': 'checking the rows',
  'import.step.cleaning': 'cleaning the values',
  'import.step.fitting': 'fitting the reps',
  'import.progress': 'Importing, step {{n}} of {{total}}: {{step}}…',
  'import.cancel': 'Cancel',
  'import.cancelled':
    'Import cancelled: the data and results on screen are unchanged. Import again or choose ' +
    'another file.',
  'import.done.title': 'Imported {{file}}',
  'import.done.rows': 'Rows counted as sales: {{rows}}; left out for their status: {{excluded}}.',
  'import.done.totalSales': 'Total sales {{sales}}.',
  'import.done.totalTarget': 'Total target {{target}}.',
  'import.done.met_one': '{{met}} of {{count, number}} row at or above target.',
  'import.done.met_other': '{{met}} of {{count, number}} rows at or above target.',
  'import.done.skipped': 'Rows left out ({{count}})',
  'import.done.skippedMore_one': 'and {{count, number}} more row, not listed.',
  'import.done.skippedMore_other': 'and {{count, number}} more rows, not listed.',
  'import.done.row': 'Row',
  'import.done.column': 'Column',
  'import.done.value': 'Value',
  'import.done.reason': 'Reason',
  'import.done.thinTitle_one': 'Thin history ({{count, number}} rep)',
  'import.done.thinTitle_other': 'Thin histories ({{count, number}} reps)',
  'import.done.thin_one':
    'This rep has few periods: its fit borrows strength from the others and is marked in the ' +
    'history chart.',
  'import.done.thin_other':
    'These reps have few periods: their fit borrows strength from the others and is marked ' +
    'in the history chart.',
  'import.done.thinAssumed_one':
    'This rep has few periods, and no rep has the two with sales that a volatility needs: its ' +
    'volatility is assumed (see the notices on the Data card). It is marked in the history chart.',
  'import.done.thinAssumed_other':
    'These reps have few periods, and none has the two with sales that a volatility needs: ' +
    'their volatility is assumed (see the notices on the Data card). They are marked in the ' +
    'history chart.',
  'import.made.period': 'Period',
  'import.made.sales': 'Sales',
  'import.made.salesOf': 'Sales ({{sheet}})',
  'import.made.targetOf': 'Target ({{sheet}})',
  'import.done.warnings': 'Notices',
  'import.done.close': 'Close',

  'assign.title': 'Rep assignments: {{file}}',
  'assign.what':
    'This file says which group (territory, region or team) each rep was in, and when. It ' +
    'holds no sales: add it to the loaded sales or quota history to see each period by group.',
  'assign.columns': 'Columns: rep "{{rep}}", group "{{group}}", from "{{start}}" to "{{end}}".',
  'assign.columnsNoEnd':
    'Columns: rep "{{rep}}", group "{{group}}", from "{{start}}"; each lasts until the next.',
  'assign.counts': '{{reps}}, {{groups}}, {{moves}}, {{open}}.',
  'assign.rule':
    'A rep who moved within a period counts in the group held on most of its days (a tie goes ' +
    'to the later group); reps and periods without an assignment show as unassigned.',
  'assign.into': 'It will be joined to {{file}}.',
  'assign.intoSample': 'The built-in sample is loaded: import your sales history first.',
  'assign.replaces':
    'The groups from {{file}} are on the data now: this file replaces them, and only it is ' +
    'kept for the next visit.',
  'assign.replacesColumn':
    'The data is grouped by its own column "{{column}}" now: this file replaces those groups.',
  'assign.confirm': 'Add to the loaded data',
  'assign.done':
    'Groups added to {{file}}: {{groups}}; rep-periods without a group: {{unassigned}}.',
  'groups.title': 'Groups from {{file}}',
  'groups.titleColumn': 'Groups from the column "{{column}}"',
  'groups.reps': 'Group per rep',
  'groups.rep': 'Rep',
  'groups.now': 'Group now',
  'groups.moves': 'Moves',
  'groups.since': 'since {{date}}',
  'groups.until': '{{since}} to {{until}}',
  'groups.move': '{{from}} → {{to}} on {{date}}',
  'groups.totals': 'Sales and target per period and group',
  'groups.period': 'Period',
  'groups.group': 'Group',
  'groups.sales': 'Sales',
  'groups.target': 'Target',
  'groups.unassigned': 'Unassigned',
  'saved.assign': '{{file}} is kept with it and joins again after a reload.',
  'saved.title': 'Kept in this browser',
  'saved.file': '{{file}} is kept ({{where}}) and loads again after a reload.',
  'saved.where.opfs': 'private file storage',
  'saved.where.indexeddb': 'IndexedDB',
  'saved.none': 'Nothing kept: an imported file is kept here once it loads.',
  'saved.clear': 'Forget the kept data',
  'saved.elsewhere':
    '{{file}} is kept now, imported in another tab after this one loaded its data: a reload ' +
    'here loads it, and "Forget the kept data" forgets it.',
  'news.import': 'The data changed in another tab: {{file}}, {{reps}}. {{here}}',
  'news.sample': 'The data changed in another tab: the built-in sample, {{reps}}. {{here}}',
  'news.loaded': 'Loaded here too.',
  'news.loading': 'Loading it here…',
  'news.offered': 'This tab still shows its previous data.',
  'news.busy':
    'A run is in progress in this tab: it is left to finish, and the new data can be loaded ' +
    'here once it has ended (or been cancelled).',
  'news.notKept':
    'The browser could not keep that file, so this tab cannot read it: import it here as well.',
  'news.gone':
    'The browser no longer keeps it (another import or a Forget came after it), so this tab ' +
    'keeps its data.',
  'news.failed': 'It could not be loaded here: {{message}}',
  'news.load': 'Load it here',
  'news.cleared':
    'The kept data were forgotten in another tab: a reload here starts on the sample. Until ' +
    'then this tab keeps showing its data.',
  'saved.cleared': 'Forgotten: the next reload starts on the sample.',
  'saved.problem.full':
    'The browser’s storage for this page is full ({{detail}}): the import is not kept and ' +
    'will be gone after a reload. Free some space or forget the kept data.',
  'saved.problem.blocked':
    'This browser does not let the page keep data ({{detail}}), for example in a private ' +
    'window: the import works but will be gone after a reload.',
  'saved.problem.corrupt':
    'The kept data could not be read back ({{detail}}): it was left untouched and the sample ' +
    'was loaded instead. Import the file again, or forget the kept data.',
  'saved.problem.gone':
    'The kept data were removed outside this page (the browser’s data for this site cleared?): ' +
    'the data on screen stay until a reload, which starts on the sample. Import the file ' +
    'again to keep it.',
  'saved.problem.failed': 'Keeping the data failed ({{detail}}); it will be gone after a reload.',
  'saved.problem.dropped':
    'Some kept settings are outside today’s ranges and were set back to their defaults ' +
    '({{detail}}); the other kept settings were restored.',
  'saved.problem.restore':
    'The kept file {{file}} did not import again ({{detail}}). It is still kept: forget it or ' +
    'import another file.',
  'export.csv': 'Export the cleaned table (CSV)',
  'export.failed': 'The export failed: {{detail}}',
  'export.dbUnreachable':
    "The export needs the in-browser database, which could not be loaded from the app's " +
    'server (is the connection lost?); export again once the connection is back.',
  'calendar.label': 'Calibrate on',
  'calendar.month': 'Months',
  'calendar.quarter': 'Calendar quarters',
  'calendar.fiscal': 'Fiscal quarters (October–September)',

  'data.warning.shortGrain.week_one':
    'The history spans {{count, number}} day, so it is fitted by week with no trend and no ' +
    'seasonality.',
  'data.warning.shortGrain.week_other':
    'The history spans {{count, number}} days, so it is fitted by week with no trend and no ' +
    'seasonality.',
  'data.warning.shortGrain.day_one':
    'The history spans {{count, number}} day, so it is fitted by day with no trend and no ' +
    'seasonality.',
  'data.warning.shortGrain.day_other':
    'The history spans {{count, number}} days, so it is fitted by day with no trend and no ' +
    'seasonality.',
  'data.warning.noSeasons_one':
    'The history spans {{count, number}} month: too short for seasonal factors.',
  'data.warning.noSeasons_other':
    'The history spans {{count, number}} months: too short for seasonal factors.',
  'data.warning.noTrend':
    'No rep has the 14 months needed to measure a yearly trend; trends are 0.',
  'data.warning.gaps_one':
    '{{count, number}} of {{expected}} periods has no rows at all; it is treated as missing, ' +
    'not as zero sales.',
  'data.warning.gaps_other':
    '{{count, number}} of {{expected}} periods have no rows at all; they are treated as ' +
    'missing, not as zero sales.',
  'data.warning.emptyPeriods_one':
    '{{count, number}} rep-period without sales counts as zero in the level but is left out ' +
    'of the volatility.',
  'data.warning.emptyPeriods_other':
    '{{count, number}} rep-periods without sales count as zero in the level but are left out ' +
    'of the volatility.',
  'data.warning.noSales': 'Left out for having no net sales: {{reps}}.',
  'data.warning.thinReps_one':
    '{{count, number}} rep has fewer than {{below}} periods with sales and borrows volatility ' +
    'and trend from the others: {{reps}}.',
  'data.warning.thinReps_other':
    '{{count, number}} reps have fewer than {{below}} periods with sales and borrow volatility ' +
    'and trend from the others: {{reps}}.',
  'calendar.auto': 'Automatic (from the dates)',
  'calendar.autoHelp':
    'Automatic: quarters when each rep has one date a quarter (a quota history), else months; ' +
    'weeks or days for under six months. The result says which was used.',
  'import.done.grain': 'Calibrated on {{unit}}.',
  'import.done.grainAuto': 'Calibrated on {{unit}}, as the dates suggest (automatic).',
  'import.done.unit.quarter': 'quarters',
  'import.done.unit.month': 'months',
  'import.done.unit.week': 'weeks',
  'import.done.unit.day': 'days',
} as const;
