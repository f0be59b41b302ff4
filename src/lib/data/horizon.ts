import { HORIZON_MONTHS, HORIZON_SHORT_PERIODS } from './constants';
import type { Grain } from './types';

export interface FuturePeriod {
  label: string;
  /** Years since 1970-01-01, as `tau` in the SQL (days / 365.25). */
  tau: number;
  /** Quarter of the year, 1–4. */
  q: number;
}

const DAY_MS = 86_400_000;

/** The simulated periods after `last` (YYYY-MM-DD): 12 months, or 4 weeks or days. */
export function horizonPeriods(grain: Grain, last: string): FuturePeriod[] {
  const [year, month, day] = last.split('-').map(Number);
  const count = grain === 'month' ? HORIZON_MONTHS : HORIZON_SHORT_PERIODS;

  return Array.from({ length: count }, (_, i) => {
    const date =
      grain === 'month'
        ? new Date(Date.UTC(year, month - 1 + i + 1, 1))
        : new Date(Date.UTC(year, month - 1, day + (i + 1) * (grain === 'week' ? 7 : 1)));
    const iso = date.toISOString().slice(0, 10);
    return {
      label: grain === 'month' ? iso.slice(0, 7) : iso,
      tau: date.getTime() / DAY_MS / 365.25,
      q: Math.floor(date.getUTCMonth() / 3) + 1,
    };
  });
}
