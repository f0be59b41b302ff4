import type { Db } from './db';
import { note, type ImportMessage } from './importMessages';

/** The currencies a sign in an amount names, as the app's currency picker has them. */
export type SignedCurrency = 'USD' | 'EUR' | 'CNY';

/** Each currency's signs and codes, as parseMacrosSql strips them from amounts. */
const SIGNS: Record<SignedCurrency, { pattern: string; shown: string }> = {
  USD: { pattern: '\\$|USD', shown: '$' },
  EUR: { pattern: '€|EUR', shown: '€' },
  CNY: { pattern: '¥|￥|元|RMB|CNY', shown: '¥' },
};

/** How many amounts of the sales column (its text, kept when it was no plain number) name each. */
export function currencySignSql(): string {
  const counts = Object.entries(SIGNS).map(
    ([code, { pattern }]) =>
      `count(*) FILTER (WHERE regexp_matches(sales_text, '${pattern}', 'i'))::INTEGER AS "${code}"`,
  );
  return `SELECT ${counts.join(', ')} FROM il_rows WHERE sales_text IS NOT NULL`;
}

/**
 * The currency the sales amounts name with a sign or code ("$1,200.50", "¥980", "12 EUR"), and
 * the notice that says so, when they name exactly one: the reading drops the sign, so without
 * it dollars were shown as the picker's yuan. Null when none or more than one is named.
 */
export async function currencyOfAmounts(
  db: Db,
  fileName: string,
  column: string,
): Promise<{ currency: SignedCurrency; warning: ImportMessage } | null> {
  const [counts] = await db.query<Record<SignedCurrency, number>>(currencySignSql());
  const named = (Object.keys(SIGNS) as SignedCurrency[]).filter(
    (code) => (counts?.[code] ?? 0) > 0,
  );
  if (named.length !== 1) return null;
  const [currency] = named;
  const sign = SIGNS[currency].shown;
  return {
    currency,
    warning: note('currencySign', {
      file: fileName,
      column,
      sign,
      currency,
      count: counts[currency],
    }),
  };
}

/**
 * The same for a workbook sheet whose numbers show a currency only through their display format
 * (counted by readWorkbook): the one currency its cells name, with its notice, else null.
 */
export function currencyOfFormats(
  fileName: string,
  counts: Partial<Record<SignedCurrency, number>> | undefined,
): { currency: SignedCurrency; warning: ImportMessage } | null {
  const named = (Object.keys(SIGNS) as SignedCurrency[]).filter(
    (code) => (counts?.[code] ?? 0) > 0,
  );
  if (named.length !== 1) return null;
  const [currency] = named;
  const params = {
    file: fileName,
    sign: SIGNS[currency].shown,
    currency,
    count: counts?.[currency] ?? 0,
  };
  return { currency, warning: note('currencyFormat', params) };
}
