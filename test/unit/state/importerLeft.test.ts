import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../../src/lib/components/import/importText';
import type { Db } from '../../../src/lib/data/db';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { setLocale } from '../../../src/lib/i18n/i18n.svelte';
import { Importer, type ImportResult } from '../../../src/lib/state/importer.svelte';
import { nodeImportTarget } from './nodeImportTarget';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** Monthly rows of `rep` at `sales` a month, from `first` for `count` months (Jan 2023 is 0). */
function rows(rep: string, first: number, count: number, sales: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const m = 2023 * 12 + first + i;
    const month = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    return `${rep},${month},${sales + ((i * 37) % 11) * 1_000}`;
  });
}

async function imported(lines: string[]): Promise<ImportResult> {
  const text = ['销售代表,月份,销售额', ...lines].join('\n');
  const importer = new Importer();
  await importer.choose(new File([new TextEncoder().encode(text)], 'sales.csv'));
  await importer.confirm(nodeImportTarget(db));
  if (!importer.result) throw new Error(importer.errors.map(noteText).join('\n'));
  return importer.result;
}

describe('the import result on a rep whose rows stop a year before the data ends', () => {
  let result: ImportResult;

  beforeAll(async () => {
    result = await imported([...rows('张伟', 0, 36, 300_000), ...rows('李娜', 12, 12, 200_000)]);
  });

  it('names the rep as left and not simulated, in English', () => {
    setLocale('en');
    const [notice, ...more] = result.leftReps.map(importText);
    expect(more).toEqual([]);
    expect(notice).toMatch(/^1 rep has no rows in the last year of the data \(2025-01 to 2025-12/);
    expect(notice).toContain('taken to have left: it is not fitted or simulated: "李娜"');
  });

  it('names the rep as left and not simulated, in Chinese', () => {
    setLocale('zh-CN');
    const [notice] = result.leftReps.map(importText);
    setLocale('en');
    expect(notice).toContain('在数据的最后一年（2025-01 至 2025-12）没有任何行，视为已离职');
    expect(notice).toContain('不参与拟合和模拟：“李娜”');
  });

  it('says nothing of leaving when every rep has rows in the last year', async () => {
    const current = await imported([...rows('张伟', 0, 36, 300_000), ...rows('王芳', 12, 24, 1)]);
    expect(current.leftReps).toEqual([]);
  });
});
