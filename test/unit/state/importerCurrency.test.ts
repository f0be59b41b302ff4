import type { ImportMessage } from '$lib/data/importMessages';
import { beforeAll, describe, expect, it } from 'vitest';
import { noteText } from '$lib/data/dataNote';
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

async function imported(text: string, name = 'sales.csv') {
  const importer = new Importer();
  await importer.choose(new File([new TextEncoder().encode(text)], name));
  await importer.confirm(nodeImportTarget(db));
  if (!importer.result) throw new Error(importer.errors.map(noteText).join('\n'));
  return importer.result.summary;
}

describe('importing amounts that carry a currency sign', () => {
  it('shows dollar amounts in dollars and says so, where they read as the yuan before', async () => {
    setCurrency('CNY');

    const summary = await imported(history((amount) => `$${amount}`));

    expect(summary.currency).toBe('USD');
    expect(currency()).toBe('USD');
    expect(summary.warnings.map(noteText)).toContain(
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
      expect(summary.warnings.map(noteText).filter((w) => w.includes('carry'))).toEqual([]);
    }
  });
});

describe('the currency an import set, at the next import', () => {
  const dollars = () => history((amount) => `$${amount}`);
  const plain = () => history((amount) => amount);
  const reset = (w: ImportMessage) => w.code === 'currencyDefault';

  it('goes back to the default with a file that names none, and the notice says so', async () => {
    setCurrency('CNY');
    await imported(dollars());

    const next = await imported(plain(), 'yuan.csv');

    expect(currency()).toBe('CNY');
    expect(next.warnings.map(noteText)).toContain(
      'yuan.csv: its amounts name no single currency, so the figures are shown in CNY again, ' +
        'the default, and not in the USD the previous file named; choose another currency of ' +
        'the figures if that is wrong',
    );
  });

  it('goes back to the default with a file whose amounts name two currencies', async () => {
    setCurrency('CNY');
    await imported(history((amount) => `${amount} EUR`));
    let n = 0;

    const mixed = await imported(
      history((amount) => (n++ % 2 === 0 ? `$${amount}` : `¥${amount}`)),
    );

    expect(currency()).toBe('CNY');
    expect(mixed.warnings.filter(reset)).toHaveLength(1);
  });

  it('stays when the user chose another currency after the import set it', async () => {
    setCurrency('CNY');
    await imported(dollars());
    setCurrency('EUR');

    const next = await imported(plain());

    expect(currency()).toBe('EUR');
    expect(next.warnings.filter(reset)).toEqual([]);
  });

  it('says nothing when a file that names none follows one in yuan', async () => {
    setCurrency('CNY');
    await imported(history((amount) => `¥${amount}`));

    const next = await imported(plain());

    expect(currency()).toBe('CNY');
    expect(next.warnings.filter(reset)).toEqual([]);
  });
});
