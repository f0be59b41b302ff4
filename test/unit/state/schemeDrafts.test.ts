import { describe, expect, it } from 'vitest';
import {
  carryDrafts,
  draftsOrigin,
  keepDrafts,
  keptDrafts,
  SCHEME_DRAFTS_KEY,
  type SchemeDrafts,
} from '../../../src/lib/state/schemeDrafts';

function memoryStore() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const running = [{ kind: 'self-set', id: 'self-set', rate: 0.05, floor: 'zero' }];
const start = { expected: 63_000, sigma: 0.25 };
const from = draftsOrigin(running, start);
const edited: SchemeDrafts = {
  from,
  drafts: [
    { ...running[0], rate: 0.07 },
    { kind: 'pharma-letter', id: 'pharma-letter' },
  ],
  presetCopies: [1, 1],
  point: { expected: 5000, sigma: 0.25 },
  addKind: 'pharma-letter',
};

describe('schemeDrafts', () => {
  it('keptDrafts gives back the drafts kept for the same scenario and typical rep', () => {
    const store = memoryStore();
    keepDrafts(edited, store);
    expect(keptDrafts(from, store)).toEqual(edited);
  });

  it('keptDrafts gives none once the running schemes or the typical rep have changed', () => {
    const store = memoryStore();
    keepDrafts(edited, store);
    const sent = [{ ...running[0], rate: 0.07 }];
    expect(keptDrafts(draftsOrigin(sent, start), store)).toBeNull();
    expect(keptDrafts(draftsOrigin(running, { ...start, expected: 450 }), store)).toBeNull();
  });

  it('keptDrafts gives none for nothing kept, unreadable text or drafts without their labels', () => {
    const store = memoryStore();
    expect(keptDrafts(from, store)).toBeNull();
    store.items.set(SCHEME_DRAFTS_KEY, '{not json');
    expect(keptDrafts(from, store)).toBeNull();
    store.items.set(SCHEME_DRAFTS_KEY, JSON.stringify({ ...edited, presetCopies: [1] }));
    expect(keptDrafts(from, store)).toBeNull();
  });

  it('keepDrafts and keptDrafts do nothing without a storage, or with one that refuses', () => {
    expect(() => keepDrafts(edited, undefined)).not.toThrow();
    expect(keptDrafts(from, undefined)).toBeNull();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => keepDrafts(edited, full)).not.toThrow();
  });

  it('carryDrafts keeps the drafts under the new data, also those a screen still writes', () => {
    const store = memoryStore();
    const own = draftsOrigin(running, { ...start, expected: 1000 });
    const next = draftsOrigin(running, { ...start, expected: 2000 });
    keepDrafts({ ...edited, from: own }, store);
    carryDrafts(own, next, store);
    expect(keptDrafts(next, store)?.drafts).toEqual(edited.drafts);
    expect(keptDrafts(own, store)).toBeNull();

    // A Schemes screen opened before the change writes its next edit under the origin it
    // started from: it goes to the new data's.
    const later = { ...edited, from: own, addKind: 'self-set' };
    keepDrafts(later, store);
    expect(keptDrafts(next, store)?.addKind).toBe('self-set');

    // Back on the first data, the drafts go back with them.
    carryDrafts(next, own, store);
    expect(keptDrafts(own, store)?.addKind).toBe('self-set');
    keepDrafts({ ...later, from: own }, store);
    expect(keptDrafts(own, store)).not.toBeNull();
  });

  it('carryDrafts leaves drafts of another start alone, and a same start as it is', () => {
    const store = memoryStore();
    const other = draftsOrigin(running, { ...start, expected: 3000 });
    keepDrafts(edited, store);
    carryDrafts(other, draftsOrigin(running, { ...start, expected: 4000 }), store);
    expect(keptDrafts(from, store)).toEqual(edited);
    carryDrafts(from, from, store);
    expect(keptDrafts(from, store)).toEqual(edited);
  });
});
