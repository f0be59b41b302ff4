import { describe, expect, it, vi } from 'vitest';
import { storageProblem, type PersistStore } from '../../../src/lib/data/persistStore';
import { setLocale, t } from '../../../src/lib/i18n/i18n.svelte';
import { CALENDAR_MONTHS } from '../../../src/lib/data/sql/periodTotalsSql';
import { DEFAULT_ECONOMICS } from '../../../src/lib/engine/sweep';
import type { Settings } from '../../../src/lib/state/settings';

// Each open of the browser's store gives a folder of its own; `removeAll` removes the folder
// under the page, as clearing the site's data does: its handle then finds nothing.
let folder = new Map<string, Uint8Array>();
let removed = false;
let opens = 0;
const notFound = () =>
  new DOMException('A requested file or directory could not be found', 'NotFoundError');

function openStore(): PersistStore {
  opens += 1;
  const files = folder;
  const gone = () => removed && files !== folder;
  return {
    kind: 'opfs',
    read: async (name) => (gone() ? Promise.reject(notFound()) : (files.get(name) ?? null)),
    write: async (name, bytes) => {
      if (gone()) throw notFound();
      files.set(name, bytes.slice());
    },
    remove: async (name) => void files.delete(name),
  };
}
function removeAll(): void {
  folder = new Map();
  removed = true;
}
vi.mock('../../../src/lib/data/persistBrowser', () => ({
  openBrowserStore: async () => openStore(),
}));

const { SavedData } = await import('../../../src/lib/state/savedData.svelte');

const settings: Settings = {
  rate: 0.05,
  basePay: 0,
  floor: 'zero',
  haggling: { repOpening: 0.2, bossOpening: 0.25, bossPower: 0.5, bossNoise: 0.15, growth: 0.05 },
  trials: 2000,
  seed: 1,
  economics: { ...DEFAULT_ECONOMICS },
};
const bytes = new TextEncoder().encode('rep,month,sales\nA,2024-01,10\n');

describe('the kept data removed while the page is open', () => {
  it('is said to be gone, in words of the page, and the settings are kept anew', async () => {
    const saved = new SavedData();
    await saved.keepImport('emoji_cn.csv', bytes, {});
    expect(saved.fileName).toBe('emoji_cn.csv');

    removeAll();
    await saved.keepSettings({ settings, baseline: 'haggled-quota' });

    expect(saved.problem?.kind).toBe('gone');
    // The panel no longer says the file is kept, since a reload will not bring it back.
    expect(saved.fileName).toBeNull();
    expect(opens).toBe(2);
    expect([...folder.keys()].length).toBeGreaterThan(0);
    setLocale('zh-CN');
    const text = t('saved.problem.gone');
    setLocale('en');
    expect(text).toMatch(/^保存的数据已在本页之外被删除/);
    expect(text).not.toMatch(/NotFoundError|[A-Za-z]{4,}/);
  });

  it('is said to be gone when an assignment file is kept next, not as if it were forgotten', async () => {
    const saved = new SavedData();
    await saved.keepImport('sales.csv', bytes, {});
    removeAll();

    const groups = { fileName: 'groups.csv', bytes, salesFile: 'sales.csv' };
    await saved.keepAssignments({ ...groups, calendar: CALENDAR_MONTHS });

    expect(saved.problem?.kind).toBe('gone');
    expect(saved.fileName).toBeNull();
  });

  it('is kept again by the next import, with no problem left', async () => {
    const saved = new SavedData();
    await saved.keepImport('a.csv', bytes, {});
    removeAll();

    await saved.keepImport('b.csv', bytes, {});

    expect(saved.problem).toBeNull();
    expect(saved.fileName).toBe('b.csv');
  });

  it('is told apart from other failures by the error’s name', () => {
    expect(storageProblem(notFound()).kind).toBe('gone');
  });
});
