import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Modules = typeof import('../../../src/lib/state/importedCurrency') &
  typeof import('../../../src/lib/i18n/i18n.svelte');

const storage = new Map<string, string>();

/** The page as loaded afresh: the modules' state is gone, the browser's storage stays. */
async function load(): Promise<Modules> {
  vi.resetModules();
  return {
    ...(await import('../../../src/lib/state/importedCurrency')),
    ...(await import('../../../src/lib/i18n/i18n.svelte')),
  };
}

beforeEach(() => {
  storage.clear();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('followHistoryInUse, when the sample comes back after an import set the currency', () => {
  it('shows the sample in the yuan it was shown in before a dollar file', async () => {
    const page = await load();
    page.setCurrency('CNY');
    page.followImportedCurrency('actual.xlsx', 'USD');

    page.followHistoryInUse(null);

    expect(page.currency()).toBe('CNY');
  });

  it('goes back to the euros the user had picked, not to the default', async () => {
    const page = await load();
    page.chooseCurrency('EUR');
    page.followImportedCurrency('actual.xlsx', 'USD');
    expect(page.currency()).toBe('USD');

    page.followHistoryInUse(null);

    expect(page.currency()).toBe('EUR');
  });

  it('goes back past a run of imports that each named a currency to the unit before them', async () => {
    const page = await load();
    page.setCurrency('CNY');
    page.followImportedCurrency('dollars.csv', 'USD');
    page.followImportedCurrency('euros.csv', 'EUR');

    page.followHistoryInUse(null);

    expect(page.currency()).toBe('CNY');
  });

  it('keeps a currency picked by hand after the import, for the sample and the next file', async () => {
    const page = await load();
    page.setCurrency('CNY');
    page.followImportedCurrency('actual.xlsx', 'USD');
    page.chooseCurrency('EUR');
    page.followHistoryInUse(null);
    expect(page.currency()).toBe('EUR');

    // Picked by hand, the import's own code is the user's too: a file naming none keeps it.
    page.chooseCurrency('USD');
    const notice = page.followImportedCurrency('plain.csv', null);

    expect([page.currency(), notice]).toEqual(['USD', null]);
  });

  it('takes a currency picked on the sample as the unit to go back to, not the file’s', async () => {
    const page = await load();
    page.setCurrency('CNY');
    page.followImportedCurrency('actual.xlsx', 'USD');
    page.followHistoryInUse(null);
    page.chooseCurrency('EUR');
    const kept = page.currency();

    const reloaded = await load();
    reloaded.setCurrency(kept);
    reloaded.followHistoryInUse('actual.xlsx');
    expect(reloaded.currency()).toBe('USD');
    reloaded.followHistoryInUse(null);
    expect(reloaded.currency()).toBe('EUR');
  });

  it('gives no notice for a file naming none after dollars picked on the sample', async () => {
    const page = await load();
    page.setCurrency('CNY');
    page.followImportedCurrency('actual.xlsx', 'USD');
    page.followHistoryInUse(null);
    page.chooseCurrency('USD');

    const notice = page.followImportedCurrency('plain.csv', null);

    expect([page.currency(), notice]).toEqual(['USD', null]);
  });

  it('leaves the unit a link states for the sample when the sample then loads', async () => {
    const page = await load();
    page.setCurrency('CNY');
    page.followImportedCurrency('actual.xlsx', 'USD');

    page.statedForHistory(null);
    page.setCurrency('USD');
    page.followHistoryInUse(null);

    expect(page.currency()).toBe('USD');
  });
});

describe('followHistoryInUse after a reload', () => {
  it('shows a kept dollar file in dollars though the sample in yuan was shown last', async () => {
    const before = await load();
    before.setCurrency('CNY');
    before.followImportedCurrency('actual.xlsx', 'USD');
    before.followHistoryInUse(null);
    const kept = before.currency();

    const page = await load();
    page.setCurrency(kept);
    page.followHistoryInUse('actual.xlsx');
    expect(page.currency()).toBe('USD');
    page.followHistoryInUse(null);
    expect(page.currency()).toBe('CNY');
  });

  it('keeps dollars for the kept dollar file, and drops them when the sample loads instead', async () => {
    const before = await load();
    before.setCurrency('CNY');
    before.followImportedCurrency('actual.xlsx', 'USD');
    const kept = before.currency();

    const restored = await load();
    restored.setCurrency(kept);
    restored.followHistoryInUse('actual.xlsx');
    expect(restored.currency()).toBe('USD');

    // The kept file forgotten (or no longer readable): the sample loads at start.
    const sample = await load();
    sample.setCurrency(kept);
    sample.followHistoryInUse(null);
    expect(sample.currency()).toBe('CNY');
  });

  it('does not give a kept file the dollars another import named', async () => {
    const before = await load();
    before.setCurrency('CNY');
    before.followImportedCurrency('dollars.csv', 'USD');
    const kept = before.currency();

    // dollars.csv could not be kept, so an older file is restored.
    const page = await load();
    page.setCurrency(kept);
    page.followHistoryInUse('older.csv');

    expect(page.currency()).toBe('CNY');
  });

  it('reads the code an earlier build kept, going back to the default for the sample', async () => {
    storage.set('incentive-lab.importedCurrency', 'USD');
    const page = await load();
    page.setCurrency('USD');

    page.followHistoryInUse(null);

    expect(page.currency()).toBe('CNY');
  });

  it('ignores a damaged record and leaves the unit shown as it is', async () => {
    storage.set('incentive-lab.importedCurrency', '{"currency":"GBP","file":"a.csv"}');
    const page = await load();
    page.setCurrency('EUR');

    page.followHistoryInUse(null);

    expect(page.currency()).toBe('EUR');
  });
});
