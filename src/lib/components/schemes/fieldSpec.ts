/**
 * What the generic field editor needs to know beyond a value's own shape: which strings are
 * text, which fields pick from a list, which objects come in variants (and the default of
 * each), which fields may be left out, and what a new list item looks like.
 */
import { DEFAULT_HAGGLING, type Scheme } from '$lib/engine';

export const textFields: ReadonlySet<string> = new Set(['id', 'label']);

/** Fields whose value is one of a few words, by field name (and the parent field's name). */
export function choicesOf(key: string, parentKey: string): readonly string[] | null {
  if (key === 'floor') return ['none', 'zero', 'deduct'];
  if (key === 'kind' && parentKey === 'draw') return ['recoverable', 'non-recoverable'];
  return null;
}

const amountVariants = {
  share: { kind: 'share', share: 0.05 },
  fixed: { kind: 'fixed', values: [0] },
};

const fineVariants = {
  events: { kind: 'events', id: 'fine', label: 'fine', amount: 0, expected: 1 },
  shortfall: { kind: 'shortfall', id: 'duty', label: 'duty', amount: 0, required: 1, expected: 1 },
};

const amountFields = new Set([
  'cap',
  'standardBonus',
  'basePay',
  'performancePay',
  'baseSalary',
  'target',
  'amount',
]);

// Amounts of money or sales, whatever field holds them: a fixed amount's values, pay, penalties,
// budgets and totals. A field named 'amount' is money in a fine, an object elsewhere.
const moneyFields = new Set([
  'values',
  'basePay',
  'fixed',
  'penalty',
  'statedTotal',
  'expenseBudget',
]);

/**
 * True for a number field in the data's unit (money or sales: 405 is 405 万元 in a file in
 * 10,000s of yuan), which the editor labels with that unit. Shares, rates, ratios, counts and
 * a commission per unit sold are not: they read the same in any unit.
 */
export function inDataUnit(key: string, parentKey: string): boolean {
  if (moneyFields.has(key)) return true;
  if (parentKey === 'fines') return key === 'amount';
  if (parentKey === 'receivables') return key === 'target' || key === 'expected';
  return false;
}

// Rates and shares, kept as fractions as in a scenario file (0.05 for 5%).
const shareFields = new Set([
  'alpha',
  'beta',
  'gamma',
  'rate',
  'excessRate',
  'performancePayShare',
  'share',
  'returnsShare',
  'repOpening',
  'bossOpening',
  'growth',
]);

/**
 * True for a number field that holds a rate or share as a fraction, which the editor also
 * writes as a percentage: Compare, Tune and Behaviour type the same rates in per cent, and 5
 * typed here for 5% is a rate of 500%.
 */
export function isShare(key: string): boolean {
  return shareFields.has(key);
}

/** The variants an object field may take, keyed by its kind; null for plain objects. */
export function variantsOf(key: string, parentKey: string): Record<string, unknown> | null {
  if (key === 'quota') {
    return { ...amountVariants, haggled: { kind: 'haggled', haggling: { ...DEFAULT_HAGGLING } } };
  }
  if (parentKey === 'fines') return fineVariants;
  if (amountFields.has(key)) return amountVariants;
  return null;
}

/** Fields a kind may leave out, with the value they take when the user adds them. */
export function optionalFieldsOf(kind: Scheme['kind']): Record<string, unknown> {
  switch (kind) {
    case 'truth-telling':
      return { cap: { kind: 'share', share: 0.1 } };
    case 'pharma-letter':
      return {
        statedTotal: 0,
        receivables: { target: 0, expected: 0, sigma: 0.1, penalty: 0 },
      };
    case 'commission-plan':
      return {
        cap: { kind: 'share', share: 0.1 },
        draw: { kind: 'recoverable', amount: { kind: 'share', share: 0.02 } },
      };
    default:
      return {};
  }
}

/** A new item for a list: a copy of the last one moved on where items must ascend. */
export function newItem(key: string, items: readonly unknown[]): unknown {
  const last = items[items.length - 1];
  if (key === 'fines' && last === undefined) return structuredClone(fineVariants.events);
  if (last === undefined) return 0;
  if (typeof last === 'number') {
    return key === 'forecastRatios' || key === 'actualRatios' ? last + 0.5 : last;
  }
  const copy = structuredClone(last) as Record<string, unknown>;
  if (key === 'tiers' && typeof copy.from === 'number') copy.from += 0.5;
  if (typeof copy.id === 'string') copy.id = `${copy.id}-${items.length + 1}`;
  return copy;
}
