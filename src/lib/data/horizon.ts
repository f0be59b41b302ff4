import { HORIZON_MONTHS, HORIZON_QUARTERS, HORIZON_SHORT_PERIODS } from './constants';
import type { Grain } from './types';

export interface FuturePeriod {
  label: string;
  /** Years since 1970-01-01, as `tau` in the SQL (days / 365.25). */
  tau: number;
  /** Quarter of the year, 1–4 (of the fiscal year at quarterly grain). */
  q: number;
}

const DAY_MS = 86_400_000;

/**
 * The simulated periods after `last` (YYYY-MM-DD): 12 months, 4 quarters starting from the
 * month `fiscalStart`, or 4 weeks or days. Quarter labels follow periodLabelSql.
 */
export function horizonPeriods(grain: Grain, last: string, fiscalStart = 1): FuturePeriod[] {
  const [year, month, day] = last.split('-').map(Number);
  const count =
    grain === 'month'
      ? HORIZON_MONTHS
      : grain === 'quarter'
        ? HORIZON_QUARTERS
        : HORIZON_SHORT_PERIODS;

  return Array.from({ length: count }, (_, i) => {
    const date =
      grain === 'month' || grain === 'quarter'
        ? new Date(Date.UTC(year, month - 1 + (i + 1) * (grain === 'quarter' ? 3 : 1), 1))
        : new Date(Date.UTC(year, month - 1, day + (i + 1) * (grain === 'week' ? 7 : 1)));
    const iso = date.toISOString().slice(0, 10);
    if (grain === 'quarter') return { ...quarterOf(date, fiscalStart), tau: tauOf(date) };
    return {
      label: grain === 'month' ? iso.slice(0, 7) : iso,
      tau: tauOf(date),
      q: Math.floor(date.getUTCMonth() / 3) + 1,
    };
  });
}

function tauOf(date: Date): number {
  return date.getTime() / DAY_MS / 365.25;
}

/** Label and number of the (fiscal) quarter starting at `date`; FY named after its last year. */
function quarterOf(date: Date, fiscalStart: number): { label: string; q: number } {
  const shifted = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - (fiscalStart - 1), 1),
  );
  const q = Math.floor(shifted.getUTCMonth() / 3) + 1;
  const year = shifted.getUTCFullYear();
  return { label: fiscalStart === 1 ? `${year}-Q${q}` : `FY${year + 1}-Q${q}`, q };
}
