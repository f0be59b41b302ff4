/**
 * Every message an import gives, as a code and its English template. `{{file}}` is the file,
 * with its sheet. A message about a count has i18next's plural forms, `<code>_one` and
 * `<code>_other`, which the catalogs take over as they are; `{{count, number}}` is that count.
 */
export const importTemplates = {
  source: '{{file}}, sheet "{{sheet}}"',
  empty: '{{file}}: the file is empty (0 bytes); choose the file that holds the sales table',
  blank: '{{file}}: the file holds only blank lines; choose the file that holds the sales table',
  binary:
    '{{file}}: not a text table: {{count}} of its first {{chars}} characters are control ' +
    'characters, as in a binary file; expected CSV or TSV text, an Excel workbook or Parquet',
  scenarioFile:
    "{{file}}: a scenario file (schemes and settings, as the app's Save scenario writes it), " +
    'not a sales table; give it with --scenario, and the sales table with --data',
  jsonFile:
    '{{file}}: JSON, not a sales table; expected CSV or TSV text, an Excel workbook or Parquet',
  tooBig:
    '{{file}}: the file is {{size}}, over the limit of {{limit}} for {{kind}}; split it ' +
    '(by year or region) or leave out columns the import does not use',
  tooManyColumns:
    '{{file}}: {{columns}} columns, over the limit of {{limit}} columns; keep the rep, date and ' +
    'sales columns (and target, status or refund) and leave out the rest',
  tooManyRows:
    '{{file}}: {{rows}} rows, over the limit of {{limit}} rows; split the file (by year or ' +
    'region) and import the part you need',
  unclosedQuote:
    '{{file}}: row {{row}}: a quote opens here and is never closed, so the rest of the file ' +
    'would read as one cell; close the quote or remove it',
  longQuote:
    '{{file}}: row {{row}}: a quoted cell opens here and runs over {{lines}} lines (to row ' +
    '{{end}}); a quote is probably missing; close the quote or remove it',
  mixedEncoding:
    '{{file}}: row {{row}} is not in the text encoding of row {{other}}: read as ' +
    '{{encoding}} it gives "{{value}}"; save the file in one encoding, or choose the encoding',
  workbookStopped:
    '{{file}}: cannot read as an Excel workbook (.{{format}}): the reader was stopped after ' +
    '{{seconds}} s; the file is probably damaged; open and save it again in Excel, or save ' +
    'the sheet as CSV',
  badWorkbook: '{{file}}: cannot read as an Excel workbook (.{{format}}): {{reason}}',
  workbookReaderMissing:
    "{{file}}: not read: the page could not load its Excel reader from the app's server (the " +
    'connection was lost after the app started); the file itself may be fine; reload the page ' +
    'once the connection is back, or save the sheet as CSV, which needs no reader',
  dbUnreachable:
    "{{file}}: not read: the page could not load its in-browser database from the app's " +
    'server (the connection was lost before it came); the file itself may be fine; import it ' +
    'again once the connection is back',
  badParquet: '{{file}}: cannot read as a Parquet file: {{reason}}',
  badCsv: '{{file}}: cannot read as CSV: {{reason}}',
  // An error the reading threw, in its own words (DuckDB's or the browser's).
  readFailed: '{{file}}: {{reason}}',
  extraFields:
    '{{file}}: row {{row}} has {{found}} fields where the header has {{expected}} ' +
    '("{{value}}"); quote a value that holds the delimiter, such as "1,250", or write it ' +
    'without one',
  noSheet: '{{file}}: no sheet "{{sheet}}" (sheets: {{sheets}})',
  missingColumn: '{{file}}: no column for {{role}} (headers: {{headers}})',
  unknownColumn:
    '{{file}}: no column "{{column}}" to read the {{role}} from (headers: {{headers}})',
  noHeaderRow_one:
    '{{file}}: no row {{row}} to read the headers from; it has {{count, number}} row',
  noHeaderRow_other:
    '{{file}}: no row {{row}} to read the headers from; it has {{count, number}} rows',
  missingSales:
    '{{file}}: no column for sales (headers: {{headers}}); if "{{target}}" holds the sales ' +
    'and not targets, map sales to it (--sales "{{target}}")',
  dateOrderMixed:
    '{{file}}: column "{{column}}" mixes day-first and month-first dates; set the date order ' +
    '(day/month or month/day, --date-order dmy or mdy)',
  dateOrderAmbiguous:
    '{{file}}: column "{{column}}" has dates such as "{{value}}" that read as day/month or ' +
    'month/day, and none decides; set the date order (day/month or month/day, --date-order ' +
    'dmy or mdy)',
  emptyValue: '{{file}}: row {{row}}, column "{{column}}": empty {{role}}',
  badDate:
    '{{file}}: row {{row}}, column "{{column}}": cannot read "{{value}}"; expected a date such ' +
    'as 2024-01-31, 2024/1/31 22:55, 2024-01 or May 31 2011 12:00AM',
  badAmount:
    '{{file}}: row {{row}}, column "{{column}}": cannot read "{{value}}"; expected an amount ' +
    'such as 1234.5, 1,234.50, ¥1,234 or (500)',
  badOptional:
    '{{file}}: row {{row}}, column "{{column}}": cannot read "{{value}}"; expected an amount ' +
    'or an empty cell',
  snapshotStamp:
    '{{file}}: each of its {{count}} reps has a single row, dated by "{{column}}" (when the ' +
    'record was last changed): a snapshot of the reps, not a sales history; import a file ' +
    'with a date per sale or per period, such as a sales or quota history',
  snapshot:
    '{{file}}: each of its {{count}} reps has a single row: one figure per rep is a snapshot, ' +
    'not a history; the simulation repeats that figure in every period',
  amountRange:
    '{{file}}: row {{row}}, column "{{column}}": "{{value}}" is too large for an amount (over ' +
    '{{limit}}, or not a finite number); correct it, or skip the bad rows',
  dateRange:
    '{{file}}: row {{row}}, column "{{column}}": "{{value}}" is in the year {{year}}, outside ' +
    '{{from}}–{{to}} (a placeholder date, or an Excel serial 0?); correct it, or skip the bad rows',
  negative:
    '{{file}}: row {{row}}, column "{{column}}": {{value}} is negative; it is kept as a return ' +
    'and lowers the net sales of its period',
  controlsInRep_one:
    '{{file}}: row {{row}}, column "{{column}}": the name "{{value}}" holds control ' +
    'characters; it is kept with them written out as text ({{count, number}} row)',
  controlsInRep_other:
    '{{file}}: row {{row}}, column "{{column}}": the name "{{value}}" holds control ' +
    'characters; it is kept with them written out as text ({{count, number}} rows)',
  moreNegative_one:
    '{{file}}: {{count, number}} more row has negative sales; it is kept as a return too',
  moreNegative_other:
    '{{file}}: {{count, number}} more rows have negative sales; they are kept as returns too',
  moreBad_one: '{{file}}: {{count, number}} more value cannot be read',
  moreBad_other: '{{file}}: {{count, number}} more values cannot be read',
  fixBad: '{{file}}: fix the file, change the column mapping, or skip the bad rows',
  noRows: '{{file}}: no rows count as sales',
  headerOnly:
    '{{file}}: the file has a header row but no data rows; choose the file that holds the ' +
    'sales table',
  noRepToFit:
    '{{file}}: no rep has any positive sales to simulate; check that the sales column holds ' +
    'the amounts and which statuses count as sales',
  repsNotCounted_one:
    '{{file}}: {{count, number}} rep has no rows that count as sales (every row has a status ' +
    'left out), so it is not simulated: {{reps}}',
  repsNotCounted_other:
    '{{file}}: {{count, number}} reps have no rows that count as sales (every row has a status ' +
    'left out), so they are not simulated: {{reps}}',
  totalRow: '{{file}}: row {{row}} ("{{label}}") is a total; left out.',
  duplicates: '{{file}}: rows {{rows}} are exact duplicates; all are kept.',
  duplicateGroups:
    '{{file}}: {{groups}} groups of rows are exact duplicates, {{copies}} rows in all; all are ' +
    'kept, each counted as a row of its own. Rows {{list}}.',
  duplicateGroupsMore:
    '{{file}}: {{groups}} groups of rows are exact duplicates, {{copies}} rows in all; all are ' +
    'kept, each counted as a row of its own. The first {{listed}} groups: rows {{list}}.',
  futureDates_one:
    '{{file}}: {{count, number}} row is dated after this month (today is {{today}} by this ' +
    'computer\'s clock), up to {{last}}; the first is row {{row}}, column "{{column}}": ' +
    '{{value}}. A sales history holds past sales: it is kept; check its year in the file',
  futureDates_other:
    '{{file}}: {{count, number}} rows are dated after this month (today is {{today}} by this ' +
    'computer\'s clock), up to {{last}}; the first is row {{row}}, column "{{column}}": ' +
    '{{value}}. A sales history holds past sales: they are kept; check their years in the file',
  skippedBad_one: '{{file}}: {{count, number}} row with unreadable values was skipped.',
  skippedBad_other: '{{file}}: {{count, number}} rows with unreadable values were skipped.',
  snapped:
    '{{file}}: every date in "{{column}}" lies within 3 days of a month\'s start or end; each ' +
    'is taken as the month it borders on (e.g. 31 May → June).',
  scaled: '"{{column}}" is in units of {{scale}}; scaled.',
  statusLeftOut_one: '{{count, number}} row was left out for its status.',
  statusLeftOut_other: '{{count, number}} rows were left out for their status.',
  wideSheet: 'Sheet "{{sheet}}" has one column per period; read as one row per period.',
  wideFile: '{{file}}: one column per period; read as one row per period.',
  assumedVolatility:
    'No rep has two periods with sales, so the volatility of sales cannot be measured: every ' +
    'rep is simulated with an assumed log standard deviation of {{sigma}} a period, and the ' +
    'spread of pay and its intervals follow from that assumption, not from the data.',
  yearlessMonths:
    '{{file}}: the headers {{headers}} name months without a year, so their columns cannot be ' +
    'read as periods; write the year in each (2024-01, Jan-24 or 2024年1月)',
  targetSheet: 'Targets come from sheet "{{sheet}}", matched by rep and period.',
  returnsSheet:
    'Rows whose "{{column}}" is listed on sheet "{{sheet}}" are returns and do not count as sales.',
  returnsCounted:
    'Rows whose "{{column}}" is listed on sheet "{{sheet}}" are returns; they count as sales, ' +
    'as chosen under the status values.',
  joinedColumn: 'Each row\'s "{{column}}" comes from sheet "{{sheet}}", matched on "{{key}}".',
  assignmentFile:
    '{{file}}: a file of rep assignments, not sales: column "{{group}}" says which group each ' +
    'rep was in, from "{{start}}" to "{{end}}"; import a sales or quota history first, then ' +
    'add this file to total each period by group',
  spanEndsBefore:
    '{{file}}: row {{row}}, column "{{column}}": "{{value}}" is before the start "{{start}}"; ' +
    'an assignment ends on or after the day it starts: correct the dates',
  spanEmpty:
    '{{file}}: row {{row}}, column "{{column}}": empty {{role}}; every assignment needs a rep, ' +
    'a group and a start date: fill it in or delete the row',
  spanDuplicate:
    '{{file}}: row {{row}} repeats row {{other}} ({{rep}} in {{group}} from {{value}}); ' +
    'delete one of them',
  spanOverlapOpen:
    '{{file}}: row {{row}}, column "{{column}}": {{value}} is after the start of row {{other}} ' +
    '({{rep}} in {{group}}), which has no end date; a rep is in one group at a time: give row ' +
    '{{other}} an end date before {{value}}',
  spanOverlap:
    '{{file}}: row {{row}}, column "{{column}}": {{value}} is before the end of row {{other}} ' +
    '({{rep}} in {{group}} until {{until}}); a rep is in one group at a time: correct the dates',
  assignNoRows: '{{file}}: the file has a header row but no assignments below it',
  assignNoData:
    '{{file}}: no sales are loaded to assign to groups; import a sales or quota history first',
  assignNoReps_one:
    '{{file}}: its {{count, number}} rep is not in the loaded data ({{reps}}); check that ' +
    'both files name reps the same way (ids or names); the loaded data is unchanged',
  assignNoReps_other:
    '{{file}}: none of its {{count, number}} reps is in the loaded data ({{reps}}); check ' +
    'that both files name reps the same way (ids or names); the loaded data is unchanged',
  assignUnassigned_one:
    '{{file}}: {{count, number}} rep-period has no assignment and shows as unassigned ' +
    '(rep {{reps}})',
  assignUnassigned_other:
    '{{file}}: {{count, number}} rep-periods have no assignment and show as unassigned ' +
    '(reps {{reps}})',
  assignCase_one:
    '{{file}}: {{count, number}} of its reps matches a rep of the data only when case and ' +
    'spaces are ignored ("{{rep}}" and "{{other}}"); write the names the same way in both files',
  assignCase_other:
    '{{file}}: {{count, number}} of its reps match a rep of the data only when case and ' +
    'spaces are ignored (such as "{{rep}}" and "{{other}}"); write the names the same way in ' +
    'both files',
  assignUnused_one:
    '{{file}}: {{count, number}} rep has assignments but no sales in the loaded data: {{reps}}',
  assignUnused_other:
    '{{file}}: {{count, number}} reps have assignments but no sales in the loaded data: {{reps}}',
  decimalComma:
    '{{file}}: "{{column}}" writes amounts with a decimal comma ("{{value}}" is {{number}}); ' +
    'read that way.',
  dotThousands:
    '{{file}}: "{{column}}" writes whole amounts with a dot between thousands ("{{value}}" is ' +
    '{{number}}); read that way.',
  repsLeft_one:
    '{{count, number}} rep has no rows in the last year of the data ({{from}} to {{to}}), so ' +
    'it is taken to have left: it is not fitted or simulated: {{reps}}; if it is still on the ' +
    'team, give it rows for that year (zero sales included)',
  repsLeft_other:
    '{{count, number}} reps have no rows in the last year of the data ({{from}} to {{to}}), so ' +
    'they are taken to have left: they are not fitted or simulated: {{reps}}; if one is still ' +
    'on the team, give it rows for that year (zero sales included)',
  rampUp:
    '{{rep}}: its first {{count}} periods ({{first}} to {{last}}) sold far below its later ' +
    'sales and rose to them, as a new rep does; they are left out of its fit (level, ' +
    'volatility, season and trend) and still shown in its history',
  recordedTargets_one:
    'The targets recorded in the file missed sales by {{mape}} on average (the measure of the ' +
    'schemes\' "Target error"; bias {{bias}}, above zero when targets exceeded sales) and were ' +
    'met in {{met}} of {{count, number}} rep-period',
  recordedTargets_other:
    'The targets recorded in the file missed sales by {{mape}} on average (the measure of the ' +
    'schemes\' "Target error"; bias {{bias}}, above zero when targets exceeded sales) and were ' +
    'met in {{met}} of {{count, number}} rep-periods',
  partialFirst:
    '{{period}} is covered only from {{date}} on, {{covered}} of its {{days}} days: it is left ' +
    'out of the fit (level, volatility, season and trend), where it would read as a slump, ' +
    'and still shown in the history',
  partialLast:
    '{{period}} is covered only up to {{date}}, {{covered}} of its {{days}} days: it is left ' +
    'out of the fit (level, volatility, season and trend), where it would read as a slump, ' +
    'and still shown in the history',
  outliers_one:
    "{{count, number}} rep-period sold far from its rep's usual sales (its median in " +
    'brackets) and pulls the fitted level and volatility; check it in the file: {{periods}}',
  outliers_other:
    "{{count, number}} rep-periods sold far from their rep's usual sales (its median in " +
    'brackets) and pull the fitted level and volatility; check them in the file: {{periods}}',
  currencySign_one:
    '{{file}}: {{count, number}} amount in column "{{column}}" carries "{{sign}}", so the ' +
    'figures are shown in {{currency}}; choose another currency of the figures if that is wrong',
  currencySign_other:
    '{{file}}: {{count, number}} amounts in column "{{column}}" carry "{{sign}}", so the ' +
    'figures are shown in {{currency}}; choose another currency of the figures if that is wrong',
  currencyFormat_one:
    '{{file}}: {{count, number}} number of the sheet is formatted as "{{sign}}" amounts, so the ' +
    'figures are shown in {{currency}}; choose another currency of the figures if that is wrong',
  currencyFormat_other:
    '{{file}}: {{count, number}} numbers of the sheet are formatted as "{{sign}}" amounts, so ' +
    'the figures are shown in {{currency}}; choose another currency of the figures if that is ' +
    'wrong',
  currencyDefault:
    '{{file}}: its amounts name no single currency, so the figures are shown in {{currency}} ' +
    'again, the default, and not in the {{previous}} the previous file named; choose another ' +
    'currency of the figures if that is wrong',
  // A single period has no range to show: a message of its own, not a plural form.
  rampUpFirst:
    '{{rep}}: its first period ({{first}}) sold far below its later sales, as a new rep does; ' +
    'it is left out of its fit (level, volatility, season and trend) and still shown in its ' +
    'history',
} as const;
