import { inEnglish } from './inEnglish';
import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { note, say } from '../../../src/lib/data/importMessages';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { isMessageKey, setLocale, t } from '../../../src/lib/i18n/i18n.svelte';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** A semicolon-separated history with the given sales texts, one month each for rep A. */
function history(amounts: string[], target?: string[]): string {
  const head = target ? 'rep;date;sales;target' : 'rep;date;sales';
  const rows = amounts.map((amount, i) => {
    const day = `2024-${String(i + 1).padStart(2, '0')}-15`;
    return [`A`, day, amount, ...(target ? [target[i]] : [])].join(';');
  });
  return [head, ...rows, ''].join('\n');
}

async function salesOf(text: string) {
  const outcome = await loadCsvText(db, 'euro.csv', text);
  if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));
  const rows = await db.query<{ sales: number; target: number | null }>(
    'SELECT sales, target FROM sales ORDER BY period',
  );
  return { rows, warnings: outcome.summary.warnings };
}

describe('amounts written with a decimal comma', () => {
  it('reads 1.436,50, 1436,50 and € 1.436,50 with the comma as the decimal point', async () => {
    const { rows, warnings } = await salesOf(
      history(['1.436,50', '1436,50', '€ 1.436,50', '2.000', '(12,5)', '7']),
    );

    expect(rows.map((r) => r.sales)).toEqual([1436.5, 1436.5, 1436.5, 2000, -12.5, 7]);
    expect(inEnglish(warnings)).toContain(
      'euro.csv: "sales" writes amounts with a decimal comma ("1.436,50" is 1436.5); ' +
        'read that way.',
    );
  });

  it('takes 1,234 as one and a fraction in a column that a decimal comma decides', async () => {
    const { rows } = await salesOf(history(['1,234', '10,5']));
    expect(rows.map((r) => r.sales)).toEqual([1.234, 10.5]);
  });

  it('takes dots grouping thousands before a comma (1.436,500) as a decimal comma', async () => {
    const { rows, warnings } = await salesOf(history(['1.436,500', '3']));
    expect(rows.map((r) => r.sales)).toEqual([1436.5, 3]);
    expect(warnings.some((w) => w.code === 'decimalComma')).toBe(true);
  });

  it('decides each amount column on its own', async () => {
    const { rows, warnings } = await salesOf(history(['12,5', '4'], ['1,000', '2,500']));
    expect(rows).toEqual([
      { sales: 12.5, target: 1000 },
      { sales: 4, target: 2500 },
    ]);
    expect(warnings.filter((w) => w.code === 'decimalComma')).toHaveLength(1);
  });

  it('keeps ordinary amounts with thousands commas as they were, without a notice', async () => {
    const { rows, warnings } = await salesOf(history(['1,234', '1,436.50', '2.5']));
    expect(rows.map((r) => r.sales)).toEqual([1234, 1436.5, 2.5]);
    expect(warnings.some((w) => w.code === 'decimalComma')).toBe(false);
  });

  it('still refuses a column mixing 12.5 with 12,5, quoting the value it cannot read', async () => {
    const outcome = await loadCsvText(db, 'mixed.csv', history(['12.5', '12,5']));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(say(outcome.errors[0])).toContain('cannot read "12,5"');
  });

  it('words the notice in Chinese from its code and values', () => {
    const params = { file: 'euro.csv', column: '销售额', value: '1.436,50', number: '1436.5' };
    const message = note('decimalComma', params);
    const key = `import.msg.${message.code}`;
    if (!isMessageKey(key)) throw new Error(`no catalog key ${key}`);
    setLocale('zh-CN');
    const chinese = t(key, params);
    setLocale('en');
    expect(chinese).toBe(
      'euro.csv：“销售额”列的金额以逗号作小数点（“1.436,50”即 1436.5）；已按此读取。',
    );
  });
});
