import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StatedScenario } from '../../../src/lib/engine/scenario';
import { DEFAULT_ECONOMICS } from '../../../src/lib/engine/sweep';
import { currency, setCurrency } from '../../../src/lib/i18n/i18n.svelte';
import {
  followHistoryInUse,
  followImportedCurrency,
} from '../../../src/lib/state/importedCurrency';
import { savedData } from '../../../src/lib/state/savedData.svelte';
import {
  calibration,
  done,
  mocks,
  onSample,
  resetSessionMocks,
  Session,
  shipped,
} from './sessionHarness';

beforeEach(() => {
  resetSessionMocks();
  vi.restoreAllMocks();
  setCurrency('CNY');
});

/** A link made on `file`, whose figures the sender saw in dollars. */
function linkOn(
  file: string,
): [StatedScenario, { economics: typeof DEFAULT_ECONOMICS; currency: 'USD' }] {
  const scenario: StatedScenario = {
    ...shipped('essay-vs-haggling.json'),
    currency: undefined,
    data: { source: 'file', path: file },
  };
  return [scenario, { economics: DEFAULT_ECONOMICS, currency: 'USD' }];
}

/** This browser keeps `file`, which imports as three reps in dollars. */
function keeps(file: string): void {
  vi.spyOn(savedData, 'restoreImport').mockResolvedValue({
    fileName: file,
    bytes: new Uint8Array([1]),
    options: {},
    savedAt: '2026-01-01T00:00:00.000Z',
  });
  const summary = { rows: 3, skipped: [], warnings: [], currency: 'USD' };
  mocks.loadCsvBytes.mockResolvedValue({ ok: true, result: calibration(3), summary });
}

describe('a page opened from a link made on an imported file', () => {
  it('runs on that file when this browser keeps it, in the unit the link states', async () => {
    keeps('actual.xlsx');
    const session = new Session();
    done(1);
    done(2);
    await session.startFromLink(...linkOn('actual.xlsx'));

    expect(mocks.loadCsvBytes).toHaveBeenCalledTimes(1);
    expect([session.dataset?.source, session.notice, currency()]).toEqual([
      'actual.xlsx',
      null,
      'USD',
    ]);
    expect(session.reps).toHaveLength(3);
  });

  it('runs on the sample in its own unit, asking for the file, when another file is kept', async () => {
    keeps('other.xlsx');
    const session = new Session();
    done(1);
    await session.startFromLink(...linkOn('actual.xlsx'));

    expect(mocks.loadCsvBytes).not.toHaveBeenCalled();
    expect(session.dataset?.source).toBeNull();
    expect(session.notice).toEqual({ key: 'notice.needsFile', file: 'actual.xlsx' });
    // The link's dollars were the file's: the sample's yuan are not relabelled as dollars.
    expect(currency()).toBe('CNY');
  });
});

describe('a link made on an imported file, opened in a tab already on the sample', () => {
  it('runs on that file when this browser keeps it, as the page opened from it does', async () => {
    const session = await onSample();
    keeps('actual.xlsx');
    done(2);
    done(3);
    await session.openLink(...linkOn('actual.xlsx'), []);

    expect(mocks.loadCsvBytes).toHaveBeenCalledTimes(1);
    expect([session.dataset?.source, session.notice, currency()]).toEqual([
      'actual.xlsx',
      null,
      'USD',
    ]);
    expect(session.reps).toHaveLength(3);
  });

  it('stays on the sample and asks for the file when another file is kept', async () => {
    const session = await onSample();
    keeps('other.xlsx');
    done(2);
    await session.openLink(...linkOn('actual.xlsx'), []);

    expect(mocks.loadCsvBytes).not.toHaveBeenCalled();
    expect(session.dataset?.source).toBeNull();
    expect(session.notice).toEqual({ key: 'notice.needsFile', file: 'actual.xlsx' });
    expect(currency()).toBe('CNY');
  });

  it('does not import the file again when it is the data in use', async () => {
    const session = await onSample();
    keeps('actual.xlsx');
    done(2);
    await session.importCsv('actual.xlsx', new Uint8Array([1]), {});
    done(3);
    await session.openLink(...linkOn('actual.xlsx'), []);

    expect(mocks.loadCsvBytes).toHaveBeenCalledTimes(1);
    expect([session.dataset?.source, session.notice]).toEqual(['actual.xlsx', null]);
  });

  it('gives way to a link pasted while the kept file it names is still being read', async () => {
    const session = await onSample();
    keeps('actual.xlsx');
    const kept = await savedData.restoreImport();
    let read: (saved: typeof kept) => void = () => {};
    vi.spyOn(savedData, 'restoreImport').mockReturnValueOnce(
      new Promise((resolve) => (read = resolve)),
    );
    const first = session.openLink(...linkOn('actual.xlsx'), []);
    const second = { ...shipped('essay-vs-haggling.json'), seed: 99 };
    done(99);
    await session.openLink(second, linkOn('actual.xlsx')[1], []);
    read(kept);
    await first;

    // The first link's file is not imported over the second link's data either.
    expect(mocks.loadCsvBytes).not.toHaveBeenCalled();
    expect(session.scenario?.seed).toBe(99);
    expect(session.settings.seed).toBe(99);
    expect(session.notice).toBeNull();
    expect(mocks.plans).toHaveLength(2);
  });

  it('leaves the sample in its own unit when the kept file it names does not load', async () => {
    const session = await onSample();
    // This browser imported the file before, in dollars, and went back to the sample's yuan.
    followImportedCurrency('actual.xlsx', 'USD');
    followHistoryInUse(null);
    expect(currency()).toBe('CNY');
    keeps('actual.xlsx');
    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: false, errors: ['actual.xlsx: unreadable'] });
    done(2);
    await session.openLink(...linkOn('actual.xlsx'), []);

    expect([session.dataset?.source, currency()]).toEqual([null, 'CNY']);
    expect(session.notice).toEqual({ key: 'notice.needsFile', file: 'actual.xlsx' });
  });
});
