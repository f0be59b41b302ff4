import type { Locale } from './locales';

/**
 * How a number reads: an amount of money or sales, a share shown as a percentage, a small
 * percentage such as an interval's half-width (two significant digits), a whole count, a plain
 * decimal, seconds, or a compact axis tick (1.2M in English, 120万 in Chinese).
 */
export type NumberKind =
  'amount' | 'percent' | 'percentFine' | 'count' | 'decimal' | 'seconds' | 'compact';

const cache = new Map<string, Intl.NumberFormat>();

function options(kind: NumberKind, value: number): Intl.NumberFormatOptions {
  const size = Math.abs(value);

  switch (kind) {
    case 'amount':
      return size >= 100 || size === 0
        ? { maximumFractionDigits: 0 }
        : { maximumSignificantDigits: 3 };
    case 'percent':
      return { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 };
    case 'percentFine':
      return { style: 'percent', maximumSignificantDigits: 2 };
    case 'seconds':
      return { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    case 'count':
      return { maximumFractionDigits: 0 };
    case 'decimal':
      return { maximumSignificantDigits: 4 };
    case 'compact':
      return { notation: 'compact', maximumSignificantDigits: 3 };
  }
}

/** Format a number for the given language; non-finite values read as a dash. */
export function formatNumber(locale: Locale, value: number, kind: NumberKind): string {
  if (!Number.isFinite(value)) return '–';

  const opts = options(kind, value);
  const key = `${locale}|${JSON.stringify(opts)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, opts);
    cache.set(key, formatter);
  }

  return formatter.format(value);
}
