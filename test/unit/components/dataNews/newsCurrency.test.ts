import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataNews } from '../../../../src/lib/state/dataChannel';

// Two tabs of one browser: the modules loaded twice share localStorage and the kept file. Tab A
// is driven through its currency module as its importer drives it; tab B through its data news,
// on a stand-in session whose loads do to the currency what the real ones do.

type CurrencyModules = typeof import('../../../../src/lib/state/importedCurrency') &
  typeof import('../../../../src/lib/i18n/i18n.svelte');

const edges = vi.hoisted(() => ({
  kept: null as { fileName: string; savedAt: string } | null,
  importFails: false,
  onSample: () => {},
}));

const fakeSession = vi.hoisted(() => ({
  busy: false,
  dataset: { source: null as string | null },
  scenario: null,
  reps: [],
  async useSample() {
    this.dataset = { source: null };
    edges.onSample();
  },
  async importCsv(fileName: string) {
    if (edges.importFails) return { status: 'failed', errors: [`${fileName}: not read`] };
    this.dataset = { source: fileName };
    return { status: 'loaded' };
  },
}));

const fakeSaved = vi.hoisted(() => ({
  savedAt: null as string | null,
  fileName: null as string | null,
  async restoreImport() {
    if (edges.kept === null) return null;
    [this.fileName, this.savedAt] = [edges.kept.fileName, edges.kept.savedAt];
    return { ...edges.kept, bytes: new Uint8Array(), options: {} };
  },
  forgottenElsewhere() {},
}));

vi.mock('$lib/state/session.svelte', () => ({ session: fakeSession }));
vi.mock('$lib/state/savedData.svelte', () => ({ savedData: fakeSaved }));
vi.mock('$lib/state/tuning.svelte', () => ({ tuning: { state: 'idle', perRepBusy: false } }));
vi.mock('$lib/components/behaviour/screenRun', () => ({ behaviourRun: { state: 'idle' } }));

const storage = new Map<string, string>();

async function tabA(): Promise<CurrencyModules> {
  vi.resetModules();
  return {
    ...(await import('../../../../src/lib/state/importedCurrency')),
    ...(await import('../../../../src/lib/i18n/i18n.svelte')),
  };
}

async function tabB() {
  vi.resetModules();
  const modules = {
    ...(await import('../../../../src/lib/state/importedCurrency')),
    ...(await import('../../../../src/lib/i18n/i18n.svelte')),
    ...(await import('../../../../src/lib/components/dataNews/dataNews.svelte')),
  };
  // The real useSample follows the history in use with this tab's own record.
  edges.onSample = () => modules.followHistoryInUse(null);
  return { ...modules, notice: new modules.DataNewsNotice() };
}

type TabB = Awaited<ReturnType<typeof tabB>>;

let stamps = 0;

/** Tab A imports `file` (its importer sets the unit), keeps it and tells tab B, which loads it. */
async function importInA(a: CurrencyModules, b: TabB, file: string, named: 'USD' | 'EUR' | null) {
  a.followImportedCurrency(file, named);
  edges.kept = { fileName: file, savedAt: `T${++stamps}` };
  const news: DataNews = {
    kind: 'import',
    fileName: file,
    reps: 3,
    savedAt: edges.kept.savedAt,
    currency: a.currency(),
  };
  return hear(b, news);
}

async function hear(b: TabB, news: DataNews): Promise<string> {
  b.notice.receive(news);
  await vi.waitFor(() => expect(b.notice.state).not.toBe('loading'));
  return b.notice.state;
}

beforeEach(() => {
  storage.clear();
  [edges.kept, edges.importFails, stamps] = [null, false, 0];
  fakeSession.dataset = { source: null };
  [fakeSaved.fileName, fakeSaved.savedAt] = [null, null];
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('a tab that loads another tab’s data shows them in that tab’s unit', () => {
  it('a file naming no currency after a dollar file: back to yuan in both', async () => {
    const a = await tabA();
    const b = await tabB();
    expect(await importInA(a, b, 'dollars.csv', 'USD')).toBe('loaded');
    expect([a.currency(), b.currency()]).toEqual(['USD', 'USD']);

    expect(await importInA(a, b, 'plain.csv', null)).toBe('loaded');
    expect(a.currency()).toBe('CNY');
    expect(b.currency()).toBe(a.currency());
  });

  it('a euro file after a dollar file: euros in both', async () => {
    const a = await tabA();
    const b = await tabB();
    await importInA(a, b, 'dollars.csv', 'USD');
    expect(await importInA(a, b, 'euros.csv', 'EUR')).toBe('loaded');
    expect([a.currency(), b.currency()]).toEqual(['EUR', 'EUR']);
  });

  it('the sample, after the other tab picked a unit by hand over an import’s', async () => {
    const a = await tabA();
    const b = await tabB();
    await importInA(a, b, 'dollars.csv', 'USD');
    a.chooseCurrency('EUR');
    a.followHistoryInUse(null);
    expect(await hear(b, { kind: 'sample', reps: 30, currency: a.currency() })).toBe('loaded');
    expect([a.currency(), b.currency()]).toEqual(['EUR', 'EUR']);
  });

  it('a file that fails to load here leaves the data and their unit as they were', async () => {
    const a = await tabA();
    const b = await tabB();
    edges.importFails = true;
    expect(await importInA(a, b, 'dollars.csv', 'USD')).toBe('failed');
    expect(fakeSession.dataset.source).toBeNull();
    expect(b.currency()).toBe('CNY');
  });
});
