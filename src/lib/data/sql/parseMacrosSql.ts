/** Day-first (31/12/2024) or month-first (12/31/2024) for dates written with numbers only. */
export type DateOrder = 'dmy' | 'mdy';

/** Excel's day 0: 1899-12-30 in the 1900 system (its phantom 29 Feb 1900), 1904-01-01 else. */
export type DateSystem = 1900 | 1904;

export interface ParseOptions {
  /** Null leaves d/m/y and m/d/y dates unread: the column's order was not decided. */
  dateOrder?: DateOrder | null;
  dateSystem?: DateSystem;
}

const clock = String.raw`([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[AaPp][Mm])?(Z|[+-]\d{2}:?\d{2})?)?`;
const monthName = String.raw`([A-Za-z]{3})[A-Za-z]*\.?`;
const re = String.raw;

/** Numbers-only day and month with a four-digit year; the column decides the order. */
export const DAY_MONTH_PATTERN = re`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})`;

/** A layout (full match), its capture of year, month and day, and the Y-M-D they make. */
const layouts: [match: string, capture: string, ymd: string][] = [
  [
    re`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}${clock}`,
    re`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2}).*$`,
    '\\1-\\2-\\3',
  ],
  [re`\d{4}[-/.]\d{1,2}`, re`^(\d{4})[-/.](\d{1,2})$`, '\\1-\\2-1'],
  [re`\d{8}`, re`^(\d{4})(\d{2})(\d{2})$`, '\\1-\\2-\\3'],
  [re`\d{4}年\d{1,2}月\d{1,2}[日号]${clock}`, re`^(\d{4})年(\d{1,2})月(\d{1,2}).*$`, '\\1-\\2-\\3'],
  [re`\d{4}年\d{1,2}月(份)?`, re`^(\d{4})年(\d{1,2})月.*$`, '\\1-\\2-1'],
  [
    re`${monthName} \d{1,2},? \d{4}${clock}`,
    re`^${monthName} (\d{1,2}),? (\d{4}).*$`,
    '\\3-\\1-\\2',
  ],
  [re`\d{1,2} ${monthName} \d{4}${clock}`, re`^(\d{1,2}) ${monthName} (\d{4}).*$`, '\\3-\\2-\\1'],
  // Excel's mmm-yy display (Apr-18) and month-year (Jan 2023, Jan-2023): the 1st of that month.
  [re`${monthName}[- ]\d{2}`, re`^${monthName}[- ](\d{2})$`, '20\\2-\\1-1'],
  [re`${monthName}[- ]\d{4}`, re`^${monthName}[- ](\d{4})$`, '\\2-\\1-1'],
];

function dateBranches(order: DateOrder | null): string[] {
  const all = [...layouts];
  if (order !== null) {
    all.push([
      re`\d{1,2}[-/.]\d{1,2}[-/.]\d{4}${clock}`,
      `${DAY_MONTH_PATTERN}.*$`,
      order === 'dmy' ? '\\3-\\2-\\1' : '\\3-\\1-\\2',
    ]);
  }

  // Numeric layouts are cast directly; those with a month name go through strptime's %b.
  return all.map(([match, capture, ymd]) => {
    const named = match.includes('[A-Za-z]');
    const text = `regexp_replace(s, '${capture}', '${ymd}')`;
    const parse = named ? `try_strptime(${text}, '%Y-%b-%d')::DATE` : `TRY_CAST(${text} AS DATE)`;
    return `  WHEN regexp_full_match(s, '${match}') THEN ${parse}`;
  });
}

/**
 * Temporary macros that turn the CSV's text into numbers and dates; NULL means "cannot read".
 * They run in two stages (see parseRowsSql): a text clean-up, then parsing of the cleaned text,
 * because a macro repeats its argument wherever it is used and the regexes are the costly part.
 *
 * Amounts: full-width digits and signs become ASCII; spaces, currency signs and codes dropped;
 * (500) is −500; a trailing 万 or 亿 multiplies by 10⁴ or 10⁸; commas are thousands separators
 * only in groups of three, so a decimal comma is an error here rather than a silent ×10; a
 * column that is wholly written with one is read with the marks swapped (decimalCommaSql).
 * Dates: a layout is recognised by a regex and rewritten to Y-M-D before one cast, since a failed
 * strptime is slow in WASM. The time of day is read past, not kept. A plain five-digit number is
 * an Excel serial day. A year outside 1900–2100 (e.g. a two-digit year read as 0018) is an error.
 */
export function parseMacrosSql(options: ParseOptions = {}): string[] {
  const epoch = (options.dateSystem ?? 1900) === 1904 ? '1904-01-01' : '1899-12-30';
  return [
    `CREATE OR REPLACE TEMP MACRO il_amount_text(x) AS
  regexp_replace(translate(trim(x), '０１２３４５６７８９，．（）－＋−', '0123456789,.()-+-'),
    '[\\s\\x{00A0}\\x{3000}$€£¥￥]|元|USD|CNY|RMB|EUR', '', 'gi')`,
    `CREATE OR REPLACE TEMP MACRO il_number(c) AS CASE
  WHEN regexp_full_match(c, '${re`[+-]?\d{1,3}(,\d{3})+(\.\d+)?`}')
    THEN CAST(replace(c, ',', '') AS DOUBLE)
  WHEN regexp_full_match(c, '${re`[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?`}') THEN CAST(c AS DOUBLE)
END`,
    `CREATE OR REPLACE TEMP MACRO il_scaled(c) AS CASE
  WHEN c LIKE '%万' THEN round(il_number(c[1:-2]) * 1e4, 6)
  WHEN c LIKE '%亿' THEN round(il_number(c[1:-2]) * 1e8, 6)
  ELSE il_number(c)
END`,
    `CREATE OR REPLACE TEMP MACRO il_amount_of(c) AS
  CASE WHEN c LIKE '(%)' THEN -il_scaled(c[2:-2]) ELSE il_scaled(c) END`,
    `CREATE OR REPLACE TEMP MACRO il_date_text(x) AS
  regexp_replace(translate(trim(x), '０１２３４５６７８９／－．：', '0123456789/-.:'), '\\s+', ' ', 'g')`,
    `CREATE OR REPLACE TEMP MACRO il_ymd(s) AS CASE
${dateBranches(options.dateOrder ?? null).join('\n')}
  WHEN regexp_full_match(s, '${re`\d{5}(\.\d+)?`}')
    THEN DATE '${epoch}' + CAST(floor(CAST(s AS DOUBLE)) AS INTEGER)
END`,
    `CREATE OR REPLACE TEMP MACRO il_date_of(s) AS
  CASE WHEN year(il_ymd(s)) BETWEEN 1900 AND 2100 THEN il_ymd(s) END`,
  ];
}
