import { afterEach, describe, expect, it } from 'vitest';
import { repPayCsv, sweepCsv } from '$lib/components/tune/tuneCsv';
import { en } from '$lib/i18n/en';
import { currencies } from '$lib/i18n/format';
import { currency, locale, setCurrency, setLocale } from '$lib/i18n/i18n.svelte';
import { zhCN } from '$lib/i18n/zh-CN';

const languages = [
  { tag: 'en', words: en },
  { tag: 'zh-CN', words: zhCN },
] as const;

const estimate = { mean: 1, se: 0.1 };
const point = {
  value: 0.05,
  payout: estimate,
  sales: estimate,
  share: estimate,
  mape: estimate,
  within: { mean: 0.4, se: 0.02 },
  hitRate: estimate,
};
const rep = { id: 'r1', name: 'Ann', mean: 3, se: 0.2, p5: 1, p50: 3, p95: 5 };

/** The header row's cells (no header here holds a comma or a quote). */
const header = (text: string) => text.slice(1).split('\r\n')[0].split(',');

const before = { locale: locale(), currency: currency() };
afterEach(() => {
  setLocale(before.locale);
  setCurrency(before.currency);
});

describe('the Tune screen’s CSV headers', () => {
  for (const { tag, words } of languages) {
    it(`repPayCsv names the unit of every money column and of none other (${tag})`, () => {
      setLocale(tag);
      for (const unit of currencies) {
        setCurrency(unit);
        const named = header(repPayCsv('rate', 0.05, [rep])).map((cell) =>
          cell.includes(words[`unit.${unit}`]),
        );
        // Rep id, rep, rate; then expected pay, its error, P5, P50, P95.
        expect(named, unit).toEqual([false, false, false, true, true, true, true, true]);
      }
    });

    it(`sweepCsv names the unit of payout and sales, not of shares or rates (${tag})`, () => {
      setLocale(tag);
      for (const unit of currencies) {
        setCurrency(unit);
        const named = header(sweepCsv({ parameter: 'rate', points: [point] })).map((cell) =>
          cell.includes(words[`unit.${unit}`]),
        );
        // Rate; payout, its error, sales; share, its error, MAPE, within ±10% and its error,
        // targets met.
        const shares = [false, false, false, false, false, false];
        expect(named, unit).toEqual([false, true, true, true, ...shares]);
      }
    });

    it(`a swept amount of pay is named with its unit, a swept rate is not (${tag})`, () => {
      setLocale(tag);
      setCurrency('CNY-10k');
      const unit = words['unit.CNY-10k'];
      expect(header(sweepCsv({ parameter: 'basePay', points: [point] }))[0]).toContain(unit);
      expect(header(repPayCsv('expenseBudget', 10, [rep]))[2]).toContain(unit);
      expect(header(repPayCsv('beta', 0.05, [rep]))[2]).not.toContain(unit);
    });
  }

  it('repPayCsv writes one row per rep after the header, values as numbers', () => {
    const lines = repPayCsv('rate', 0.05, [rep, { ...rep, id: 'r2' }])
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('r2,Ann,0.05,3,0.2,1,3,5');
  });

  it('sweepCsv writes the share of targets within ±10% and its error beside the MAPE', () => {
    const [head, row] = sweepCsv({ parameter: 'rate', points: [point] })
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    const at = head.indexOf(en['tune.csv.within']);
    expect(head[at - 1]).toBe(en['tune.csv.mape']);
    expect(head[at + 1]).toBe(en['tune.csv.withinSe']);
    expect(row.slice(at, at + 2)).toEqual(['0.4', '0.02']);
  });
});
