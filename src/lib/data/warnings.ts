import type { Span } from './grain';
import type { Grain } from './types';

export interface WarningInput {
  grain: Grain;
  span: Span;
  seasonal: boolean;
  count: { present: number; expected: number; empty: number };
  fits: { rep: string; npos: number; level: number; thin: boolean; g: number }[];
  thinBelow: number;
  /**
   * No rep had the periods a variance needs, so every volatility is assumed, not borrowed from
   * other reps: the calibration says so in its own note, and thin reps are not said to borrow.
   */
  volatilityAssumed?: boolean;
}

/** A calibration warning as data: the UI words it through i18n (`data.warning.<code>`). */
export type DataWarning =
  | { code: 'shortGrain'; params: { days: number; grain: 'week' | 'day' } }
  | { code: 'noSeasons'; params: { months: number } }
  | { code: 'noTrend'; params: Record<string, never> }
  | { code: 'gaps'; params: { gaps: number; expected: number } }
  | { code: 'emptyPeriods'; params: { empty: number } }
  | { code: 'noSales'; params: { reps: string[] } }
  | { code: 'thinReps'; params: { count: number; below: number; reps: string[] } };

/** Plain-language notes on what the fit could not do and what it assumed, as codes. */
export function calibrationNotes(input: WarningInput): DataWarning[] {
  const { grain, span, count, fits } = input;
  const notes: DataWarning[] = [];

  if (grain === 'week' || grain === 'day') {
    notes.push({ code: 'shortGrain', params: { days: span.days, grain } });
  } else if (!input.seasonal) {
    notes.push({ code: 'noSeasons', params: { months: span.months } });
  }
  if (grain === 'month' && fits.every((fit) => fit.g === 0)) {
    notes.push({ code: 'noTrend', params: {} });
  }

  const gaps = count.expected - count.present;
  if (gaps > 0) notes.push({ code: 'gaps', params: { gaps, expected: count.expected } });
  if (count.empty > 0) notes.push({ code: 'emptyPeriods', params: { empty: count.empty } });

  const silent = fits.filter((fit) => fit.npos === 0 || fit.level <= 0).map((fit) => fit.rep);
  if (silent.length > 0) notes.push({ code: 'noSales', params: { reps: silent } });

  const thin = fits
    .filter((fit) => fit.thin && fit.npos > 0 && fit.level > 0)
    .map((fit) => fit.rep);
  if (thin.length > 0 && !input.volatilityAssumed) {
    const params = { count: thin.length, below: input.thinBelow, reps: thin };
    notes.push({ code: 'thinReps', params });
  }

  return notes;
}

/** Names quoted and parted as English parts them: "Li, Wei", "Wang". */
const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/** The English for `n`: `one` for exactly 1, as English's plural rule has it, else `other`. */
const form = (n: number, one: string, other: string) => (n === 1 ? one : other);

/**
 * The English text of a warning, as the CLI prints it; a count of one takes the singular with
 * its verb, as the page's catalog words it (`data.warning.<code>_one`).
 */
export function warningText(warning: DataWarning): string {
  switch (warning.code) {
    case 'shortGrain': {
      const { days, grain } = warning.params;
      return (
        `The history spans ${days} ${form(days, 'day', 'days')}, so it is fitted by ${grain} ` +
        'with no trend and no seasonality.'
      );
    }
    case 'noSeasons': {
      const { months } = warning.params;
      return (
        `The history spans ${months} ${form(months, 'month', 'months')}: too short for ` +
        'seasonal factors.'
      );
    }
    case 'noTrend':
      return 'No rep has the 14 months needed to measure a yearly trend; trends are 0.';
    case 'gaps': {
      const { gaps, expected } = warning.params;
      const rest = form(
        gaps,
        'has no rows at all; it is treated as missing',
        'have no rows at all; they are treated as missing',
      );
      return `${gaps} of ${expected} periods ${rest}, not as zero sales.`;
    }
    case 'emptyPeriods': {
      const { empty } = warning.params;
      const rest = form(
        empty,
        'rep-period without sales counts as zero in the level but is',
        'rep-periods without sales count as zero in the level but are',
      );
      return `${empty} ${rest} left out of the volatility.`;
    }
    case 'noSales':
      return `Left out for having no net sales: ${quoted(warning.params.reps)}.`;
    case 'thinReps': {
      const { count, below, reps } = warning.params;
      const rest = form(count, 'rep has', 'reps have');
      const borrow = form(count, 'borrows', 'borrow');
      return (
        `${count} ${rest} fewer than ${below} periods with sales and ${borrow} ` +
        `volatility and trend from the others: ${quoted(reps)}.`
      );
    }
  }
}
