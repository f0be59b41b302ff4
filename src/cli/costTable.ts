import type { SchemeSummary } from '../lib/engine/types';
import { amount, NONE, withSe } from './format';
import { textTable } from './textTable';

/**
 * Per scheme what the company pays in all (payout plus expenses) and the events it counts
 * (reviews, demotions, missed receivables) per rep-year: one row per event, the scheme's cost
 * on its first row; a scheme that counts none shows NONE.
 */
export function costTable(schemes: SchemeSummary[]): string {
  const rows = schemes.flatMap((scheme) => {
    const cost = scheme.cost ? withSe(scheme.cost, amount) : NONE;
    const events = scheme.events ?? [];
    if (events.length === 0) return [[scheme.id, cost, NONE, '']];
    return events.map((event, k) => [
      k === 0 ? scheme.id : '',
      k === 0 ? cost : '',
      event.label,
      withSe(event.perRepYear, amount),
    ]);
  });
  const header = ['cost and events', 'cost (mean ± se)', 'counted event', 'per rep-year'];
  return textTable([header, ...rows], [0, 2]);
}
