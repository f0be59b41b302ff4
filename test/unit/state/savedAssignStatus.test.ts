import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersistStore } from '../../../src/lib/data/persistStore';

// The browser's store is replaced by one in memory, shared by every SavedData of a test, as the
// page's tabs and reloads share the browser's.
const files = new Map<string, Uint8Array>();
const store: PersistStore = {
  kind: 'opfs',
  read: async (name) => files.get(name)?.slice() ?? null,
  write: async (name, bytes) => void files.set(name, bytes.slice()),
  remove: async (name) => void files.delete(name),
};
vi.mock('../../../src/lib/data/persistBrowser', () => ({ openBrowserStore: async () => store }));

const { SavedData } = await import('../../../src/lib/state/savedData.svelte');

const bytes = new TextEncoder().encode('rep,month,sales\nA,2024-01,10\n');
const options = { skipBadRows: false };
const territories = {
  fileName: 'territories.csv',
  bytes: new TextEncoder().encode('rep,territory,start,end\nA,North,2024-01-01,\n'),
  salesFile: 'quotas.csv',
  calendar: { unit: 'month', fiscalStart: 1 },
} as const;

describe('the assignment file named as kept with the import', () => {
  beforeEach(() => files.clear());

  it('is named while the history it was joined to is the kept one', async () => {
    const saved = new SavedData();
    await saved.keepImport('quotas.csv', bytes, options);
    await saved.keepAssignments(territories);
    expect(saved.assignFileName).toBe('territories.csv');
  });

  it('is no longer named once another history replaces that one', async () => {
    const saved = new SavedData();
    await saved.keepImport('quotas.csv', bytes, options);
    await saved.keepAssignments(territories);
    await saved.keepImport('superstore.xls', bytes, options);
    expect(saved.fileName).toBe('superstore.xls');
    expect(saved.assignFileName).toBeNull();
  });

  it('is named again when the history it was joined to is imported again', async () => {
    const saved = new SavedData();
    await saved.keepImport('quotas.csv', bytes, options);
    await saved.keepAssignments(territories);
    await saved.keepImport('superstore.xls', bytes, options);
    await saved.keepImport('quotas.csv', bytes, options);
    expect(saved.assignFileName).toBe('territories.csv');
  });

  it('is not named after a reload when it belongs to a history no longer kept', async () => {
    const before = new SavedData();
    await before.keepImport('quotas.csv', bytes, options);
    await before.keepAssignments(territories);
    await before.keepImport('superstore.xls', bytes, options);

    const reloaded = new SavedData();
    expect((await reloaded.restoreImport())?.fileName).toBe('superstore.xls');
    expect(await reloaded.restoreAssignments('superstore.xls')).toBeNull();
    expect(reloaded.assignFileName).toBeNull();
  });
});
