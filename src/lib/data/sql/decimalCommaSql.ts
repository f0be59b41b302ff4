import type { AmountScales } from './loadSql';
import { sqlString } from './quote';

/** An amount role and the il_rows columns of its kept text and its value. */
export type AmountRole = keyof AmountScales;

const VALUE: Record<AmountRole, string> = { sales: 'amount', target: 'target', refund: 'refund' };

const re = String.raw;

/** A cleaned amount (il_amount_text) written with a decimal comma: 1.436,50, 1436,5, (12,5). */
const FITS = re`\(?[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?\)?(万|亿)?`;

/**
 * The end of an amount that only a decimal comma reads: a comma before 1-2 or more than 3
 * digits (1436,50), or dots grouping thousands before a comma (1.436,500). Neither is read by
 * il_number, so each such value is one the ordinary parse left unread.
 */
const ONLY_COMMA = re`(,(\d{1,2}|\d{4,})|\.\d{3},\d+)\)?(万|亿)?$`;

/**
 * A cleaned whole amount whose dots only group thousands: 5.659, 1.234.567, (3.012). In a ';'
 * or tab separated file, where European spreadsheets write them, a column of only these is
 * read as thousands (decideDecimalComma); the ordinary read takes 5.659 for five and a bit.
 */
const DOT_THOUSANDS = re`\(?[+-]?\d{1,3}(\.\d{3})+\)?(万|亿)?`;

/** A cleaned decimal-comma amount swapped to the ordinary way (1,436.50), for il_amount_of. */
export function commaAmountSql(cleaned: string): string {
  return `il_amount_of(translate(${cleaned}, ',.', '.,'))`;
}

/**
 * Per role, the first unread value (by row) that only a decimal comma reads, or NULL. It scans
 * only the kept texts of il_rows (parseRowsSql), which an ordinary file has almost none of, so
 * it is the cheap test run on every import before the column is read whole.
 */
export function commaCandidatesSql(roles: AmountRole[]): string {
  const first = (role: AmountRole) =>
    `arg_min(${role}_text, row_no) FILTER (WHERE ${VALUE[role]} IS NULL
    AND regexp_matches(il_amount_text(${role}_text), '${ONLY_COMMA}')) AS ${role}`;
  const kept = roles.map((role) => `${role}_text IS NOT NULL`).join(' OR ');
  return `SELECT ${roles.map(first).join(',\n  ')}\nFROM il_rows WHERE ${kept}`;
}

/**
 * Whether every non-empty value of source column `index` fits the decimal-comma pattern, and
 * what `example` reads as that way.
 */
export function commaColumnSql(index: number, example: string): string {
  const cleaned = `il_amount_text(${sqlString(example)})`;
  return `SELECT coalesce(bool_and(regexp_full_match(il_amount_text(c${index}), '${FITS}')), false)
    AS fits, ${commaAmountSql(cleaned)} AS number
FROM il_raw WHERE nullif(trim(c${index}), '') IS NOT NULL`;
}

/**
 * Whether every non-empty value of source column `index` is a whole amount with dots grouping
 * its thousands (DOT_THOUSANDS), its first such text by row, and what that reads as so.
 */
export function dotThousandsColumnSql(index: number): string {
  const example = `arg_min(trim(c${index}), row_no)`;
  return `SELECT coalesce(bool_and(regexp_full_match(il_amount_text(c${index}),
    '${DOT_THOUSANDS}')), false) AS fits, ${example} AS value,
  ${commaAmountSql(`il_amount_text(${example})`)} AS number
FROM il_raw WHERE nullif(trim(c${index}), '') IS NOT NULL`;
}
