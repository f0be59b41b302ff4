import type { TextEncodingName } from '../lib/data/decode';
import type { ImportOptions } from '../lib/data/importFile';
import type { Calendar } from '../lib/data/sql/periodTotalsSql';
import { parseStrict } from './strictArgs';

const encodingNames: Record<string, TextEncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16': 'utf-16le',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  big5: 'big5',
  'windows-1252': 'windows-1252',
  latin1: 'windows-1252',
};

/** Options of the importer that both `npm run data` and `npm run simulate` accept. */
export const importOptionSpec = {
  sheet: { type: 'string' },
  encoding: { type: 'string' },
  rep: { type: 'string' },
  date: { type: 'string' },
  sales: { type: 'string' },
  target: { type: 'string' },
  status: { type: 'string' },
  'header-row': { type: 'string' },
  'date-order': { type: 'string' },
  'skip-bad-rows': { type: 'boolean' },
} as const;

export const importUsage = `\
  --sheet NAME         sheet of an .xlsx/.xls workbook (default: the first that reads as sales)
  --encoding ENC       text encoding of a CSV: utf-8, gbk (gb18030), big5, utf-16le, utf-16be,
                       latin1
  --rep COL            column naming the rep (default: detected from the headers)
  --date COL           column with the date or month
  --sales COL          column with the amount sold
  --target COL         column with the target or quota
  --status COL         column whose values say whether a row counts as a sale
  --header-row N       row of the header, below title rows (default: detected)
  --date-order ORDER   dmy or mdy, for dates like 3/4/2024 when the column does not decide
  --skip-bad-rows      leave out rows with unreadable values instead of failing`;

type Values = Record<string, string | boolean | undefined>;

/** A column holds one role, as in the app's mapping step: one named twice is refused. */
function sharedColumnErrors(mapping: Record<string, string | undefined>): string[] {
  const roles = Object.entries(mapping);
  return roles.flatMap(([role, column], k) => {
    const first = roles.findIndex(([, other]) => other === column);
    if (first === k) return [];
    const why = 'a column holds one role; leave out the option the column does not fit';
    return [`--${roles[first][0]} and --${role} both name "${column}": ${why}`];
  });
}

/** The importer's options from parsed values; every problem becomes one line naming the option. */
export function importOptions(values: Values, errors: string[]): ImportOptions {
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const options: ImportOptions = {
    sheet: text('sheet'),
    skipBadRows: values['skip-bad-rows'] === true,
  };

  const encoding = text('encoding');
  if (encoding !== undefined) {
    options.encoding = encodingNames[encoding.toLowerCase()];
    if (!options.encoding) {
      errors.push(
        `--encoding must be one of ${Object.keys(encodingNames).join(', ')}, got "${encoding}"`,
      );
    }
  }

  const mapping = Object.fromEntries(
    (['rep', 'date', 'sales', 'target', 'status'] as const)
      .filter((role) => text(role) !== undefined)
      .map((role) => [role, text(role)]),
  );
  if (Object.keys(mapping).length > 0) options.mapping = mapping;
  errors.push(...sharedColumnErrors(mapping));

  const row = text('header-row');
  if (row !== undefined) {
    if (/^[1-9]\d{0,5}$/.test(row)) options.headerRow = Number(row);
    else errors.push(`--header-row must be a row number from 1, got "${row}"`);
  }

  const order = text('date-order');
  if (order === 'dmy' || order === 'mdy') options.dateOrder = order;
  else if (order !== undefined) errors.push(`--date-order must be dmy or mdy, got "${order}"`);

  return options;
}

export interface DataCliOptions {
  file: string;
  import: ImportOptions;
  /** An assignment file to join (rep → group over time), or null. */
  assign: string | null;
  /** Its sheet, when it is a workbook; the first by default (--sheet is the sales file's). */
  assignSheet: string | null;
  calendar: Calendar;
  /** No --period was given: the unit is the one the file's dates suggest (grain.ts). */
  detectUnit: boolean;
  json: boolean;
}

export type ParsedDataArgs =
  | { ok: true; help: false; options: DataCliOptions }
  | { ok: true; help: true }
  | { ok: false; errors: string[] };

export const dataUsage = `Usage: npm run data -- FILE [options]

Reads a sales history (CSV, .xlsx, .xls or Parquet) as the app and npm run simulate --data
read it, and prints what it understood: the columns it mapped, the rows it skipped and why,
the reps, and total sales (and targets) per period. Exit code 2: the file cannot be read as a
history (one line per problem, naming row, column and value). A file of rep assignments
(which territory, region or team each rep was in when) given alone is described instead.

${importUsage}
  --assign FILE        a file of rep assignments (rep, territory/region/team, start and end
                       dates): totals per period and group; a rep who moved within a period
                       counts in the group held on most of its days
  --assign-sheet NAME  sheet of an --assign workbook (default: the first of assignments)
  --period UNIT        month, quarter or year, for the totals per period (default: quarter
                       for one date per rep per quarter, as quota histories have, else month)
  --fiscal-start M     month (1-12) the fiscal year starts in (default 1)
  --json               print one JSON object instead of text
  --help               show this help

Examples:
  npm run data -- static/sample/sales.csv --period quarter
  npm run data -- orders.csv --encoding gbk --sales 金额 --skip-bad-rows --json
  npm run data -- quotas.csv --sales SalesQuota --assign territories.csv --period quarter`;

/** Reads `npm run data` arguments: one file and the importer's options. */
export function parseDataArgs(argv: string[]): ParsedDataArgs {
  const parsed = parseStrict(
    argv,
    {
      ...importOptionSpec,
      period: { type: 'string' },
      assign: { type: 'string' },
      'assign-sheet': { type: 'string' },
      'fiscal-start': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    true,
  );
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed;
  if (values.help === true) return { ok: true, help: true };

  const errors: string[] = [];
  if (positionals.length !== 1) errors.push(`give exactly one FILE, got ${positionals.length}`);
  const options = importOptions(values, errors);

  const unit = values.period ?? 'month';
  if (unit !== 'month' && unit !== 'quarter' && unit !== 'year') {
    errors.push(`--period must be month, quarter or year, got "${String(unit)}"`);
  }
  const start = values['fiscal-start'] ?? '1';
  const fiscalStart = /^(1[0-2]|[1-9])$/.test(String(start)) ? Number(start) : NaN;
  if (Number.isNaN(fiscalStart))
    errors.push(`--fiscal-start must be a month from 1 to 12, got "${String(start)}"`);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    help: false,
    options: {
      file: positionals[0],
      import: options,
      assign: typeof values.assign === 'string' ? values.assign : null,
      assignSheet: typeof values['assign-sheet'] === 'string' ? values['assign-sheet'] : null,
      calendar: { unit: unit as 'month' | 'quarter' | 'year', fiscalStart },
      detectUnit: values.period === undefined,
      json: values.json === true,
    },
  };
}
