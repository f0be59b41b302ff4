import type { Outcomes } from '../../engine/sweep';
import type { Estimate, RunSummary } from '../../engine/types';
import type { Cell } from '../summary/rows';
import { cell, type FigureRow, type OutcomeRow } from './rows';

/**
 * A row of what a scheme costs beside its payout, or of an event it counts (a job review, a
 * demotion), as the letters have them: profit takes those costs off, so the table must show
 * them for its profit to be read.
 */
export type LetterRow = FigureRow &
  (
    | { metric: 'otherCosts' }
    /** `id` and `label` are the engine's (SchemeEvent): the label is English. */
    | { metric: 'event'; event: { id: string; label: string } }
  );

export type TableRow = OutcomeRow | LetterRow;

/** A figure the scheme does not have (an event it does not count): it reads as a dash. */
const none: Cell = { value: Number.NaN, halfWidth: null };

/**
 * The letters' rows: the other costs, when any scheme has some, and one row per counted
 * event of any scheme, in scheme order, each event per rep-year. A scheme without the event
 * reads '–', as does a difference against a baseline that does not count it. Outcomes must be
 * computed against the baseline of `summary.differences`; until then the costs are pending.
 */
export function letterRows(summary: RunSummary, extra: Outcomes | null): LetterRow[] {
  const rows: LetterRow[] = [];
  // Without other costs a scheme's cost is its payout to the bit (payout + 0).
  if (
    summary.schemes.some((s) => s.cost !== undefined && Math.abs(s.cost.mean - s.payout.mean) > 0)
  ) {
    rows.push({
      metric: 'otherCosts',
      kind: 'money',
      better: 'lower',
      cells: summary.schemes.map((s) =>
        cell(extra?.schemes.find((o) => o.id === s.id)?.otherCosts),
      ),
      differences: summary.differences.map((d) =>
        cell(extra?.differences.find((o) => o.id === d.id)?.otherCosts),
      ),
    });
  }

  const events = new Map<string, string>();
  for (const s of summary.schemes) {
    for (const e of s.events ?? []) if (!events.has(e.id)) events.set(e.id, e.label);
  }
  for (const [id, label] of events) {
    const counted = (list: readonly { id: string; perRepYear: Estimate }[] = []) =>
      cell(list.find((e) => e.id === id)?.perRepYear) ?? none;
    rows.push({
      metric: 'event',
      event: { id, label },
      // As the command line writes them: the figure down to its interval's leading digit.
      kind: 'amount',
      better: 'lower',
      cells: summary.schemes.map((s) => counted(s.events)),
      differences: summary.differences.map((d) => counted(d.events)),
    });
  }
  return rows;
}

/**
 * The executive table's rows in the order read: the other costs just above profit, which
 * they explain, and the counted events after every outcome.
 */
export function tableRows(outcomes: OutcomeRow[], letter: LetterRow[]): TableRow[] {
  const costs = letter.filter((row) => row.metric === 'otherCosts');
  const events = letter.filter((row) => row.metric === 'event');
  const profit = outcomes.findIndex((row) => row.metric === 'profit');
  const at = profit < 0 ? outcomes.length : profit;
  return [...outcomes.slice(0, at), ...costs, ...outcomes.slice(at), ...events];
}

/** A row's name in test ids and keyed lists: the metric, or 'event-' and the event's id. */
export function rowKey(row: TableRow): string {
  return row.metric === 'event' ? `event-${row.event.id}` : row.metric;
}
