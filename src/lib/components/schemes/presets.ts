/**
 * A starting point for each scheme kind in the editor. Amounts are shares of expected sales
 * or multiples of `level` (a typical rep-period's sales), so a preset fits data of any size;
 * where a letter gives a number (per-case commissions, fines, the 0.5% excess) it is kept.
 */
import { DEFAULT_HAGGLING, type Scheme } from '$lib/engine';
import type { MessageKey } from '$lib/i18n/i18n.svelte';
import { numberedName } from '$lib/state/schemeNames';

/** The current language's messages (`t`), so a new scheme is named as Compare names it. */
export type Words = (key: MessageKey, vars?: Record<string, string | number>) => string;

const share = (x: number) => ({ kind: 'share' as const, share: x });
const fixed = (x: number) => ({ kind: 'fixed' as const, values: [x] });

/** Gonik-style cells: α = 0.6, β = 1.2, γ = 1.8 of the standard bonus per unit of ratio. */
function gonikGrid(ratios: number[]): number[][] {
  const cell = (f: number, a: number) =>
    a >= f ? 1.2 * f + 0.6 * (a - f) : 1.2 * f - 1.8 * (f - a);
  return ratios.map((f) => ratios.map((a) => Math.round(cell(f, a) * 1e9) / 1e9));
}

/** The label a new scheme gets: its kind's name, numbered from the second scheme of a kind. */
export function presetLabel(kind: Scheme['kind'], words: Words, copy = 1): string {
  return numberedName(words(`scheme.${kind}`), copy);
}

/** The condiment letter's product lines: id, name, yuan a case in the letter, share of sales. */
export const presetSkus = [
  ['chilli-248', 'preset.chilli248', 2, 0.4],
  ['chilli-920', 'preset.chilli920', 4, 0.2],
  ['pepper-300', 'preset.pepper300', 6, 0.15],
  ['lantern-700', 'preset.lantern700', 5, 0.25],
] as const;

/** The label a preset gives a product line of the condiment letter. */
export function skuLabel(product: MessageKey, perCase: number, words: Words): string {
  return words('preset.sku', { name: words(product), perCase: perCase.toFixed(2) });
}

/** `copy` numbers the second and later schemes of a kind, as their ids are numbered. */
export function presetScheme(
  kind: Scheme['kind'],
  id: string,
  level: number,
  words: Words,
  copy = 1,
): Scheme {
  const common = { id, label: presetLabel(kind, words, copy) };
  const round = (x: number) => Number(x.toPrecision(3));
  switch (kind) {
    case 'truth-telling':
      return { kind, ...common, alpha: 0, beta: 0.05, gamma: 0.1, floor: 'zero', basePay: 0 };
    case 'haggled-quota':
      return {
        kind,
        ...common,
        performancePayShare: 0.05,
        excessRate: 0.005,
        haggling: { ...DEFAULT_HAGGLING },
      };
    case 'bonus-grid': {
      const ratios = [0, 0.5, 1, 1.5, 2];
      return {
        kind,
        ...common,
        quota: share(1),
        standardBonus: share(0.04),
        forecastRatios: ratios,
        actualRatios: ratios,
        grid: gonikGrid(ratios),
        floor: 'zero',
        basePay: 0,
      };
    }
    case 'pharma-letter':
      return {
        kind,
        ...common,
        quota: share(1),
        basePay: share(0.02),
        performancePay: share(0.03),
        excessRate: 0.005,
        fines: [
          {
            kind: 'events',
            id: 'breach',
            label: words('preset.breach'),
            amount: 50,
            expected: 0.5,
          },
          {
            kind: 'events',
            id: 'lost',
            label: words('preset.lost'),
            amount: 500,
            expected: 0.1,
          },
        ],
        review: { periods: 4, penalty: 0 },
        expenseBudget: 0,
        periodsPerYear: 12,
      };
    case 'condiment-letter':
      // The letter pays 2, 4, 6 and 5 yuan a case on sales counted in cases; on sales counted
      // in money the preset scales those to 2–6% so that it fits any data, and says so.
      return {
        kind,
        ...common,
        skus: presetSkus.map(([sku, product, perCase, mix]) => ({
          id: sku,
          label: skuLabel(product, perCase, words),
          commissionPerCase: perCase / 100,
          share: mix,
          target: share(mix),
        })),
        baseSalary: fixed(round(0.02 * level)),
        settleEvery: 2,
        demotion: { periods: 2, penalty: 0 },
        fines: [
          {
            kind: 'shortfall',
            id: 'outlets',
            label: words('preset.outlets'),
            amount: 10,
            required: 8,
            expected: 7.5,
          },
        ],
        periodsPerYear: 12,
      };
    case 'commission-plan':
      return {
        kind,
        ...common,
        quota: share(1),
        tiers: [
          { from: 0, rate: 0.04 },
          { from: 1, rate: 0.08 },
          { from: 1.5, rate: 0.02 },
        ],
        threshold: 0.5,
        returnsShare: 0,
        basePay: fixed(0),
      };
    case 'linear-menu':
      return {
        kind,
        ...common,
        options: [
          { fixed: round(0.035 * level), rate: 0 },
          { fixed: round(0.017 * level), rate: 0.025 },
          { fixed: 0, rate: 0.045 },
        ],
      };
  }
}
