import { describe, expect, it } from 'vitest';
import {
  ASSIGN_BYTES,
  IMPORT_BYTES,
  IMPORT_META,
  clearSaved,
  keptFileName,
  loadAssignments,
  loadImport,
  saveAssignments,
  loadSettings,
  saveImport,
  saveSettings,
  type SavedImport,
} from '../../../src/lib/data/persistImport';
import { persistCrc32 } from '../../../src/lib/data/persistCrc32';
import { storageProblem, type PersistStore } from '../../../src/lib/data/persistStore';

/** A store in memory that can be told to fail like a browser store does. */
function memoryStore(fail?: { on: 'write' | 'read'; name: string; error: unknown }) {
  const files = new Map<string, Uint8Array>();
  const store: PersistStore = {
    kind: 'indexeddb',
    read: async (name) => {
      if (fail?.on === 'read') throw fail.error;
      return files.get(name)?.slice() ?? null;
    },
    write: async (name, bytes) => {
      if (fail?.on === 'write' && fail.name === name) throw fail.error;
      files.set(name, bytes.slice());
    },
    remove: async (name) => {
      files.delete(name);
    },
  };
  return { store, files };
}

const domError = (name: string) => Object.assign(new Error(`${name} happened`), { name });

const saved: SavedImport = {
  fileName: '销售.xlsx',
  bytes: new Uint8Array([0x50, 0x4b, 3, 4, 200, 7, 0]),
  options: { sheet: 'Actual', headerRow: 2, skipBadRows: true, dateOrder: 'dmy' },
  savedAt: '2024-05-01T10:00:00.000Z',
};

const assigned = {
  fileName: 'territories.csv',
  bytes: new TextEncoder().encode('rep,territory,start,end\nA,North,2024-01-01,\n'),
  salesFile: '销售.xlsx',
  calendar: { unit: 'quarter', fiscalStart: 10 },
  savedAt: '2024-05-01T10:01:00.000Z',
} as const;

describe('persistImport', () => {
  it('loadAssignments reads back what saveAssignments kept, and none before', async () => {
    const { store } = memoryStore();
    expect(await loadAssignments(store)).toEqual({ status: 'none' });
    expect(await saveAssignments(store, assigned)).toBeNull();

    expect(await loadAssignments(store)).toEqual({ status: 'ok', value: assigned });
  });

  it('loadAssignments reports changed bytes as corrupt', async () => {
    const { store, files } = memoryStore();
    await saveAssignments(store, assigned);
    files.set(
      ASSIGN_BYTES,
      new TextEncoder().encode('rep,territory,start,end\nA,South,2024-01-01,\n'),
    );

    expect(await loadAssignments(store)).toEqual({
      status: 'problem',
      problem: {
        kind: 'corrupt',
        detail: 'territories.csv: the kept bytes differ from those written',
      },
    });
  });

  it('loadImport reads back exactly what saveImport kept', async () => {
    const { store } = memoryStore();
    expect(await saveImport(store, saved)).toBeNull();

    expect(await loadImport(store)).toEqual({ status: 'ok', value: saved });
  });

  it('loadImport finds nothing in an empty store, or with bytes but no description', async () => {
    const { store, files } = memoryStore();
    expect(await loadImport(store)).toEqual({ status: 'none' });

    files.set(IMPORT_BYTES, new Uint8Array([1, 2, 3]));
    expect(await loadImport(store)).toEqual({ status: 'none' });
  });

  it('loadImport reports bytes changed after saving as corrupt and leaves them in place', async () => {
    const { store, files } = memoryStore();
    await saveImport(store, saved);
    const flipped = files.get(IMPORT_BYTES)!.slice();
    flipped[4] ^= 1;
    files.set(IMPORT_BYTES, flipped);

    const outcome = await loadImport(store);
    expect(outcome).toEqual({
      status: 'problem',
      problem: { kind: 'corrupt', detail: '销售.xlsx: checksum differs' },
    });
    expect(files.get(IMPORT_BYTES)).toEqual(flipped);
  });

  it('loadImport reports truncated bytes and an unreadable description as corrupt', async () => {
    const { store, files } = memoryStore();
    await saveImport(store, saved);
    files.set(IMPORT_BYTES, saved.bytes.slice(0, 3));
    const short = await loadImport(store);
    expect(short.status === 'problem' && short.problem.detail).toBe(
      '销售.xlsx: 3 bytes kept, 7 written',
    );

    files.set(IMPORT_META, new TextEncoder().encode('{"version": 1, "fileN'));
    const garbled = await loadImport(store);
    expect(garbled.status === 'problem' && garbled.problem.kind).toBe('corrupt');
  });

  it('saveImport says the storage is full when the browser refuses for quota', async () => {
    const { store } = memoryStore({
      on: 'write',
      name: IMPORT_BYTES,
      error: domError('QuotaExceededError'),
    });

    const problem = await saveImport(store, saved);
    expect(problem).toEqual({
      kind: 'full',
      detail: 'QuotaExceededError: QuotaExceededError happened',
    });
  });

  it('saveImport cut short after the bytes leaves nothing that loads as a whole import', async () => {
    const { store } = memoryStore();
    await saveImport(store, saved);
    const failing = memoryStore({ on: 'write', name: IMPORT_META, error: new Error('disk') });
    failing.files.set(IMPORT_BYTES, new Uint8Array([9]));

    expect((await saveImport(failing.store, saved))?.kind).toBe('failed');
    expect(await loadImport(failing.store)).toEqual({ status: 'none' });
  });

  it('loadImport says storage is blocked when reading is forbidden', async () => {
    const { store } = memoryStore({ on: 'read', name: '', error: domError('SecurityError') });

    const outcome = await loadImport(store);
    expect(outcome.status === 'problem' && outcome.problem.kind).toBe('blocked');
  });

  it('saveSettings and loadSettings keep any JSON value; clearSaved forgets everything', async () => {
    const { store, files } = memoryStore();
    const settings = { seed: 42, rate: 0.05, floor: 'zero', nested: { trials: 2000 } };
    await saveImport(store, saved);
    await saveAssignments(store, assigned);
    await saveSettings(store, settings);
    expect(await loadSettings(store)).toEqual({ status: 'ok', value: settings });

    expect(await clearSaved(store)).toBeNull();
    expect(files.size).toBe(0);
    expect(await loadSettings(store)).toEqual({ status: 'none' });
  });

  it('storageProblem sorts errors by name and keeps plain errors as failures', () => {
    expect(storageProblem(domError('NotAllowedError')).kind).toBe('blocked');
    expect(storageProblem(domError('InvalidStateError')).kind).toBe('blocked');
    expect(storageProblem(new Error('boom'))).toEqual({ kind: 'failed', detail: 'boom' });
  });

  it('persistCrc32 gives the standard check value of "123456789"', () => {
    // The check value 0xCBF43926 is listed for CRC-32/ISO-HDLC in the CRC RevEng catalogue.
    expect(persistCrc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('persistCrc32 equals the bit-by-bit definition at every length and offset', () => {
    const bitwise = (bytes: Uint8Array) => {
      let crc = 0xffffffff;
      for (const byte of bytes) {
        crc ^= byte;
        for (let k = 0; k < 8; k += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
      }
      return (crc ^ 0xffffffff) >>> 0;
    };
    // A fixed linear congruential sequence: the same bytes on every run.
    let state = 12345;
    const data = Uint8Array.from({ length: 200 }, () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state >>> 16;
    });
    for (let start = 0; start < 9; start += 1) {
      for (let length = 0; length <= 40; length += 1) {
        const slice = data.subarray(start, start + length);
        expect(persistCrc32(slice)).toBe(bitwise(slice));
      }
    }
  });
});

describe('keptFileName', () => {
  it('names the kept file from its description, and nothing once it is forgotten', async () => {
    const { store, files } = memoryStore();
    expect(await keptFileName(store)).toBeNull();

    await saveImport(store, saved);
    files.delete(IMPORT_BYTES);
    expect(await keptFileName(store)).toBe(saved.fileName);

    await clearSaved(store);
    expect(await keptFileName(store)).toBeNull();
  });

  it('names nothing when the description is not one', async () => {
    const { store, files } = memoryStore();
    files.set(IMPORT_META, new TextEncoder().encode('{"fileName": "x.csv"}'));
    expect(await keptFileName(store)).toBeNull();
  });
});
