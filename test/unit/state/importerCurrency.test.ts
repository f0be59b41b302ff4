import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { currency, setCurrency } from '../../../src/lib/i18n/i18n.svelte';
import { Importer } from '../../../src/lib/state/importer.svelte';
import { nodeImportTarget } from './nodeImportTarget';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** Two reps over three months, each amount written with `sign` as a spreadsheet exports it. */
function history(write: (amount: string) => string): string {
  const lines = ['rep,month,sales'];
  for (const rep of ['Ana', 'Bo']) {
    for (const [m, amount] of ['1,200.50', '980.00', '1,410.25'].entries()) {
      lines.push(`${rep},2024-0${m + 1},"${write(amount)}"`);
    }
  }
  return lines.join('\n');
}

async function imported(text: string) {
  const importer = new Importer();
  await importer.choose(new File([new TextEncoder().encode(text)], 'sales.csv'));
  await importer.confirm(nodeImportTarget(db));
  if (!importer.result) throw new Error(importer.errors.join('\n'));
  return importer.result.summary;
}

describe('importing amounts that carry a currency sign', () => {
  it('shows dollar amounts in dollars and says so, where they read as the yuan before', async () => {
    setCurrency('CNY');

    const summary = await imported(history((amount) => `$${amount}`));

    expect(summary.currency).toBe('USD');
    expect(currency()).toBe('USD');
    expect(summary.warnings).toContain(
      'sales.csv: 6 amounts in column "sales" carry "$", so the figures are shown in USD; ' +
        'choose another currency of the figures if that is wrong',
    );
  });

  it('takes euros from a code after the amount as well as from the sign', async () => {
    setCurrency('CNY');

    const summary = await imported(history((amount) => `${amount} EUR`));

    expect([summary.currency, currency()]).toEqual(['EUR', 'EUR']);
  });

  it('leaves the currency alone when amounts carry no sign, or two different ones', async () => {
    setCurrency('USD');
    const plain = await imported(history((amount) => amount));
    let n = 0;
    const mixed = await imported(
      history((amount) => (n++ % 2 === 0 ? `$${amount}` : `¥${amount}`)),
    );

    expect([plain.currency, mixed.currency, currency()]).toEqual([null, null, 'USD']);
    for (const summary of [plain, mixed]) {
      expect(summary.warnings.filter((w) => w.includes('carry'))).toEqual([]);
    }
  });
});
