import { beforeEach, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/lib/i18n/format';
import { currency, resultsCurrency, setCurrency } from '../../../src/lib/i18n/i18n.svelte';
import { chooseCurrency, followImportedCurrency } from '../../../src/lib/state/importedCurrency';
import {
  mocks,
  calibration,
  pendingRun,
  until,
  shipped,
  onSample,
  done,
  resetSessionMocks,
} from './sessionHarness';

beforeEach(() => {
  resetSessionMocks();
  setCurrency('CNY');
});

/** A thousand in the unit the comparison's results read in. */
const thousand = () => formatNumber('en', 1000, 'money', resultsCurrency());

/** A session on a file of three reps whose amounts the import read as dollars, run. */
async function onDollarFile() {
  const session = await onSample();
  const summary = { rows: 3, skipped: [], warnings: [], currency: 'USD' };
  mocks.loadCsvBytes.mockResolvedValueOnce({ ok: true, result: calibration(3), summary });
  done(2);
  await session.importCsv('dollars.csv', new Uint8Array([1]), {});
  // As the import dialog does once the file loaded.
  followImportedCurrency('dollars.csv', 'USD');
  await until(() => session.state === 'done');
  expect(thousand()).toBe('$1,000');
  return session;
}

describe('the unit money on screen is read in while the data change', () => {
  it('stays the file’s while the sample runs and after that run is cancelled', async () => {
    const session = await onDollarFile();
    const run = pendingRun();
    const switching = session.useSample();
    await until(() => session.state === 'running');
    expect([currency(), thousand()]).toEqual(['CNY', '$1,000']);

    session.cancel();
    // The pool's answer after Cancel is dropped.
    run.finish({ seed: 9, trials: 1 } as never);
    await switching;
    expect([session.previousData, thousand()]).toEqual([true, '$1,000']);

    done(3);
    await session.run();
    expect([session.previousData, thousand()]).toEqual([false, 'CN¥1,000']);
  });

  it('stays that of the reps on screen while a file is read and refused', async () => {
    const session = await onSample();
    const reference = shipped('reference-lognormal.json');
    done(reference.seed);
    await session.openScenario(reference);
    expect(thousand()).toBe('1,000');

    mocks.loadCsvBytes.mockResolvedValueOnce({ ok: false, errors: ['zeros.csv: no sales'] });
    const reading = session.importCsv('zeros.csv', new Uint8Array([1]), {});
    expect(thousand()).toBe('1,000');
    expect((await reading).status).toBe('failed');
    expect([currency(), thousand()]).toEqual(['none', '1,000']);

    // Nothing is held after it: the unit of the data in use changes what is shown at once.
    setCurrency('EUR');
    expect(thousand()).toBe('€1,000');
  });

  it('stays the sample’s while reps in another unit run, as long as the run goes', async () => {
    const session = await onSample();
    const reference = shipped('reference-lognormal.json');
    const run = pendingRun();
    const opening = session.openScenario(reference);
    await until(() => session.state === 'running');
    expect([currency(), thousand()]).toEqual(['none', 'CN¥1,000']);

    run.finish({ seed: reference.seed, trials: 1 } as never);
    await opening;
    expect(thousand()).toBe('1,000');
  });

  it('is the one the user picks, at once, while the run on other data goes', async () => {
    const session = await onDollarFile();
    pendingRun();
    void session.useSample();
    await until(() => session.state === 'running');
    chooseCurrency('EUR');
    expect([currency(), thousand()]).toEqual(['EUR', '€1,000']);
  });
});
