import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { note, say, type ImportMessage } from '../../../src/lib/data/importMessages';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { isMessageKey, setLocale, t } from '../../../src/lib/i18n/i18n.svelte';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** A history separated by `delimiter` with the given sales texts, one month each for rep A. */
function history(amounts: string[], delimiter = ';'): string {
  const rows = amounts.map((amount, i) => {
    const day = `2024-${String(i + 1).padStart(2, '0')}-15`;
    return ['A', day, amount].join(delimiter);
  });
  return [['rep', 'date', 'sales'].join(delimiter), ...rows, ''].join('\n');
}

async function salesOf(text: string) {
  const outcome = await loadCsvText(db, 'dots.csv', text);
  if (!outcome.ok) throw new Error(outcome.errors.map(noteText).join('\n'));
  const rows = await db.query<{ sales: number }>('SELECT sales FROM sales ORDER BY period');
  return { sales: rows.map((r) => r.sales), warnings: outcome.summary.warnings };
}

const dotNotices = (warnings: readonly ImportMessage[]) =>
  warnings.map(say).filter((w) => w.includes('between thousands'));

describe('whole amounts written with a dot between thousands', () => {
  it('reads 5.659 as 5659 in a semicolon file whose every amount groups thousands so', async () => {
    const { sales, warnings } = await salesOf(history(['5.659', '3.012', '1.234.567', '(2.500)']));
    expect(sales).toEqual([5659, 3012, 1234567, -2500]);
    expect(dotNotices(warnings)).toEqual([
      'dots.csv: "sales" writes whole amounts with a dot between thousands ("5.659" is 5659); ' +
        'read that way.',
    ]);
  });

  it('reads them so in a tab-separated file too', async () => {
    const { sales, warnings } = await salesOf(history(['5.659', '3.012'], '\t'));
    expect(sales).toEqual([5659, 3012]);
    expect(dotNotices(warnings)).toHaveLength(1);
  });

  it('keeps the ordinary reading in a comma-separated file', async () => {
    const { sales, warnings } = await salesOf(history(['5.659', '3.012'], ','));
    expect(sales).toEqual([5.659, 3.012]);
    expect(dotNotices(warnings)).toEqual([]);
  });

  it('keeps the ordinary reading when one amount has no dot group or other digits', async () => {
    const noGroup = await salesOf(history(['5.659', '987']));
    expect(noGroup.sales).toEqual([5.659, 987]);
    expect(dotNotices(noGroup.warnings)).toEqual([]);
    const twoDigits = await salesOf(history(['5.659', '3.01']));
    expect(twoDigits.sales).toEqual([5.659, 3.01]);
    expect(dotNotices(twoDigits.warnings)).toEqual([]);
  });

  it('leaves a decimal-comma column to the decimal-comma reading', async () => {
    const { sales, warnings } = await salesOf(history(['5.659', '1.436,50']));
    expect(sales).toEqual([5659, 1436.5]);
    expect(dotNotices(warnings)).toEqual([]);
    expect(warnings.some((w) => w.code === 'decimalComma')).toBe(true);
  });

  it('words the notice in Chinese from its code and values', () => {
    const params = { file: 'dots.csv', column: '销售额', value: '5.659', number: '5659' };
    const message = note('dotThousands', params);
    const key = `import.msg.${message.code}`;
    if (!isMessageKey(key)) throw new Error(`no catalog key ${key}`);
    setLocale('zh-CN');
    const chinese = t(key, params);
    setLocale('en');
    expect(chinese).toBe(
      'dots.csv：“销售额”列的金额为整数，以点作千位分隔符（“5.659”即 5659）；已按此读取。',
    );
  });
});
