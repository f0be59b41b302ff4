import type { Span } from './grain';
import type { Grain } from './types';

export interface WarningInput {
  grain: Grain;
  span: Span;
  seasonal: boolean;
  count: { present: number; expected: number; empty: number };
  fits: { rep: string; npos: number; level: number; thin: boolean; g: number }[];
  thinBelow: number;
}

/** Plain-language notes on what the fit could not do and what it assumed. */
export function calibrationWarnings(input: WarningInput): string[] {
  const { grain, span, count, fits } = input;
  const warnings: string[] = [];

  if (grain === 'week' || grain === 'day') {
    warnings.push(
      `The history spans ${span.days} days, so it is fitted by ${grain} ` +
        'with no trend and no seasonality.',
    );
  } else if (!input.seasonal) {
    warnings.push(`The history spans ${span.months} months: too short for seasonal factors.`);
  }
  if (grain === 'month' && fits.every((fit) => fit.g === 0)) {
    warnings.push('No rep has the 14 months needed to measure a yearly trend; trends are 0.');
  }

  const gaps = count.expected - count.present;
  if (gaps > 0) {
    warnings.push(
      `${gaps} of ${count.expected} periods have no rows at all; they are treated as missing, ` +
        'not as zero sales.',
    );
  }
  if (count.empty > 0) {
    warnings.push(
      `${count.empty} rep-periods without sales count as zero in the level but are left out ` +
        'of the volatility.',
    );
  }

  const silent = fits.filter((fit) => fit.npos === 0 || fit.level <= 0).map((fit) => fit.rep);
  if (silent.length > 0) warnings.push(`Left out for having no net sales: ${silent.join(', ')}.`);

  const thin = fits
    .filter((fit) => fit.thin && fit.npos > 0 && fit.level > 0)
    .map((fit) => fit.rep);
  if (thin.length > 0) {
    warnings.push(
      `${thin.length} reps have fewer than ${input.thinBelow} periods with sales and borrow ` +
        `volatility and trend from the others: ${thin.join(', ')}.`,
    );
  }

  return warnings;
}
