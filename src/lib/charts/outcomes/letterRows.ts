import type { Outcomes } from '../../engine/sweep';
import type { Estimate, RunSummary } from '../../engine/types';
import type { Cell } from '../summary/rows';
import { cell, type FigureRow, type OutcomeRow } from './rows';

/**
 * A row of what a scheme costs beside its payout, of the money its rules take back from pay
 * (fines, withheld commission), or of an event it counts (a job review, a demotion), as the
 * letters have them: profit takes those costs off and the payout is net of what is taken
 * back, so the table must show them for its payout and profit to be read.
 */
export type LetterRow = FigureRow &
  (
    | { metric: 'otherCosts' }
    /** `id` and `label` are the engine's (SchemeDeduction): the label is English. */
    | { metric: 'deduction'; deduction: { id: string; label: string } }
    /** `id` and `label` are the engine's (SchemeEvent): the label is English. */
    | { metric: 'event'; event: { id: string; label: string } }
  );

export type TableRow = OutcomeRow | LetterRow;

/** A figure the scheme does not have (an event it does not count): it reads as a dash. */
const none: Cell = { value: Number.NaN, halfWidth: null };

/**
 * The letters' rows: the other costs, when any scheme has some; one row per kind of money
 * any scheme takes back from pay, per horizon; and one row per counted event of any scheme,
 * per rep-year; each in scheme order. A scheme without the deduction or event reads '–', as
 * does a difference against a baseline without it. Outcomes must be computed against the
 * baseline of `summary.differences`; until then the costs are pending.
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

  rows.push(...deductionRows(summary));

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

/** One row per deduction id of any scheme, in the order the schemes first take them. */
function deductionRows(summary: RunSummary): LetterRow[] {
  const taken = new Map<string, string>();
  for (const s of summary.schemes) {
    for (const d of s.deductions ?? []) if (!taken.has(d.id)) taken.set(d.id, d.label);
  }
  return [...taken].map(([id, label]) => {
    const amount = (list: readonly { id: string; amount: Estimate }[] = []) =>
      cell(list.find((d) => d.id === id)?.amount) ?? none;
    return {
      metric: 'deduction',
      deduction: { id, label },
      kind: 'money',
      better: 'lower',
      cells: summary.schemes.map((s) => amount(s.deductions)),
      differences: summary.differences.map((d) => amount(d.deductions)),
    };
  });
}

/**
 * The executive table's rows in the order read: what is taken back from pay just below the
 * payout it comes off, the other costs just above profit, which they explain, and the counted
 * events after every outcome.
 */
export function tableRows(outcomes: OutcomeRow[], letter: LetterRow[]): TableRow[] {
  const costs = letter.filter((row) => row.metric === 'otherCosts');
  const taken = letter.filter((row) => row.metric === 'deduction');
  const events = letter.filter((row) => row.metric === 'event');
  const payout = outcomes.findIndex((row) => row.metric === 'payout');
  const rows: TableRow[] = [...outcomes];
  if (taken.length > 0) rows.splice(payout < 0 ? rows.length : payout + 1, 0, ...taken);
  const profit = rows.findIndex((row) => row.metric === 'profit');
  rows.splice(profit < 0 ? rows.length : profit, 0, ...costs);
  return [...rows, ...events];
}

/**
 * A row's name in test ids and keyed lists: the metric, or 'event-' or 'deduction-' and the
 * engine's id.
 */
export function rowKey(row: TableRow): string {
  if (row.metric === 'event') return `event-${row.event.id}`;
  if (row.metric === 'deduction') return `deduction-${row.deduction.id}`;
  return row.metric;
}
