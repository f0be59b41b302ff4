import { noteText } from '$lib/data/dataNote';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { setLocale, t } from '../../../src/lib/i18n/i18n.svelte';
import { Importer } from '../../../src/lib/state/importer.svelte';
import { nodeImportTarget } from './nodeImportTarget';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

async function imported(text: string) {
  const importer = new Importer();
  await importer.choose(new File([new TextEncoder().encode(text)], 'sales.csv'));
  await importer.confirm(nodeImportTarget(db));
  if (!importer.result) throw new Error(importer.errors.map(noteText).join('\n'));
  return importer.result;
}

describe('the import result on reps too thin to fit', () => {
  it('says the volatility is assumed when no rep has two periods with sales', async () => {
    const result = await imported('rep,month,sales\nSolo,2024-01,100\n');

    expect(result.thinReps).toEqual(['Solo']);
    expect(result.volatilityAssumed).toBe(true);
  });

  it('says thin reps borrow when another rep has periods enough to lend a volatility', async () => {
    const result = await imported('rep,month,sales\nA,2024-01,100\nA,2024-02,120\nB,2024-01,9\n');

    expect(result.thinReps).toContain('B');
    expect(result.volatilityAssumed).toBe(false);
  });

  it('words the assumed volatility for one rep in the singular, in both languages', () => {
    expect(t('import.done.thinAssumed', { count: 1 })).toMatch(/^This rep has few periods, and/);
    expect(t('import.done.thinAssumed', { count: 1 })).toContain('its volatility is assumed');
    setLocale('zh-CN');
    expect(t('import.done.thinAssumed', { count: 1 })).toContain('波动率为假定值');
    setLocale('en');
  });
});
