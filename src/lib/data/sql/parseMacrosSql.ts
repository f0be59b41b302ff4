const clock = String.raw`([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[AaPp][Mm])?)?`;
const monthName = String.raw`([A-Za-z]{3})[A-Za-z]*\.?`;
const re = String.raw;

/** A layout (full match), its capture of year, month and day, and the Y-M-D they make. */
const layouts: [match: string, capture: string, ymd: string][] = [
  [
    re`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}${clock}`,
    re`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2}).*$`,
    '\\1-\\2-\\3',
  ],
  [re`\d{4}[-/.]\d{1,2}`, re`^(\d{4})[-/.](\d{1,2})$`, '\\1-\\2-1'],
  [re`\d{4}年\d{1,2}月\d{1,2}日${clock}`, re`^(\d{4})年(\d{1,2})月(\d{1,2})日.*$`, '\\1-\\2-\\3'],
  [re`\d{4}年\d{1,2}月`, re`^(\d{4})年(\d{1,2})月$`, '\\1-\\2-1'],
  [
    re`${monthName} \d{1,2},? \d{4}${clock}`,
    re`^${monthName} (\d{1,2}),? (\d{4}).*$`,
    '\\3-\\1-\\2',
  ],
  [re`\d{1,2} ${monthName} \d{4}${clock}`, re`^(\d{1,2}) ${monthName} (\d{4}).*$`, '\\3-\\2-\\1'],
];

// Numeric layouts are cast directly; those with a month name go through strptime's %b.
const dateBranches = layouts.map(([match, capture, ymd]) => {
  const named = match.includes('[A-Za-z]');
  const text = `regexp_replace(s, '${capture}', '${ymd}')`;
  const parse = named ? `try_strptime(${text}, '%Y-%b-%d')::DATE` : `TRY_CAST(${text} AS DATE)`;
  return `  WHEN regexp_full_match(s, '${match}') THEN ${parse}`;
});

/**
 * Temporary macros that turn the CSV's text into numbers and dates; NULL means "cannot read".
 * They run in two stages (see parseRowsSql): a text clean-up, then parsing of the cleaned text,
 * because a macro repeats its argument wherever it is used and the regexes are the costly part.
 *
 * Amounts: spaces, currency signs and codes dropped; (500) is −500; commas are thousands
 * separators only in groups of three, so a decimal comma is an error rather than a silent ×10.
 * Dates: a layout is recognised by a regex and rewritten to Y-M-D before one cast, since a failed
 * strptime is slow in WASM. The time of day is read past, not kept. A year outside 1900–2100
 * (e.g. a two-digit year read as 0018) is an error.
 */
export function parseMacrosSql(): string[] {
  return [
    `CREATE OR REPLACE TEMP MACRO il_amount_text(x) AS
  regexp_replace(trim(x), '[\\s$€£¥￥]|元|USD|CNY|RMB|EUR', '', 'gi')`,
    `CREATE OR REPLACE TEMP MACRO il_number(c) AS CASE
  WHEN regexp_full_match(c, '${re`[+-]?\d{1,3}(,\d{3})+(\.\d+)?`}')
    THEN CAST(replace(c, ',', '') AS DOUBLE)
  WHEN regexp_full_match(c, '${re`[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?`}') THEN CAST(c AS DOUBLE)
END`,
    `CREATE OR REPLACE TEMP MACRO il_amount_of(c) AS
  CASE WHEN c LIKE '(%)' THEN -il_number(c[2:-2]) ELSE il_number(c) END`,
    `CREATE OR REPLACE TEMP MACRO il_date_text(x) AS regexp_replace(trim(x), '\\s+', ' ', 'g')`,
    `CREATE OR REPLACE TEMP MACRO il_ymd(s) AS CASE
${dateBranches.join('\n')}
END`,
    `CREATE OR REPLACE TEMP MACRO il_date_of(s) AS
  CASE WHEN year(il_ymd(s)) BETWEEN 1900 AND 2100 THEN il_ymd(s) END`,
  ];
}
