/** Date layouts read by `il_date`, after runs of spaces are squeezed to one. */
export const DATE_FORMATS = [
  '%Y-%m-%d',
  '%Y-%m-%d %H:%M',
  '%Y-%m-%d %H:%M:%S',
  '%Y-%m-%d %H:%M:%S.%f',
  '%Y-%m-%dT%H:%M:%S',
  '%Y/%m/%d',
  '%Y/%m/%d %H:%M',
  '%Y/%m/%d %H:%M:%S',
  '%Y-%m',
  '%Y/%m',
  '%Y年%m月%d日',
  '%Y年%m月',
  '%b %d %Y %I:%M%p',
  '%b %d %Y',
  '%d %b %Y',
];

/**
 * Temporary macros that turn the CSV's text into numbers and dates; NULL means "cannot read".
 * Amounts: currency signs and codes and spaces dropped, (500) is −500, commas are thousands
 * separators only in groups of three (so a decimal comma is an error, not a silent ×10).
 * Dates: the layouts above; a year outside 1900–2100 (e.g. a two-digit year) is an error.
 */
export function parseMacrosSql(): string[] {
  const formats = DATE_FORMATS.map((f) => `'${f}'`).join(', ');
  return [
    `CREATE OR REPLACE TEMP MACRO il_clean(x) AS
  regexp_replace(trim(x), '[\\s$€£¥￥]|元|USD|CNY|RMB|EUR', '', 'gi')`,
    `CREATE OR REPLACE TEMP MACRO il_signed(c) AS
  CASE WHEN regexp_full_match(c, '\\(.*\\)') THEN '-' || c[2:-2] ELSE c END`,
    `CREATE OR REPLACE TEMP MACRO il_number(c) AS
  TRY_CAST(CASE WHEN regexp_full_match(c, '[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?')
    THEN replace(c, ',', '') ELSE c END AS DOUBLE)`,
    `CREATE OR REPLACE TEMP MACRO il_parsed_number(x) AS il_number(il_signed(il_clean(x)))`,
    `CREATE OR REPLACE TEMP MACRO il_amount(x) AS
  CASE WHEN isfinite(il_parsed_number(x)) THEN il_parsed_number(x) END`,
    `CREATE OR REPLACE TEMP MACRO il_timestamp(x) AS
  try_strptime(regexp_replace(trim(x), '\\s+', ' ', 'g'), [${formats}])`,
    `CREATE OR REPLACE TEMP MACRO il_date(x) AS
  CASE WHEN year(il_timestamp(x)) BETWEEN 1900 AND 2100 THEN il_timestamp(x)::DATE END`,
  ];
}
