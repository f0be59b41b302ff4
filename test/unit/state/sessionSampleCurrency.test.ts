import { beforeEach, describe, expect, it } from 'vitest';
import type { StatedScenario } from '../../../src/lib/engine/scenario';
import { DEFAULT_ECONOMICS } from '../../../src/lib/engine/sweep';
import { currency, setCurrency } from '../../../src/lib/i18n/i18n.svelte';
import { followImportedCurrency } from '../../../src/lib/state/importedCurrency';
import { calibration, done, mocks, onSample, resetSessionMocks, shipped } from './sessionHarness';

beforeEach(resetSessionMocks);

/** A session on the sample in yuan, then on a file whose amounts the import read as dollars. */
async function onDollarFile() {
  setCurrency('CNY');
  const session = await onSample();
  const summary = { rows: 3, skipped: [], warnings: [], currency: 'USD' };
  mocks.loadCsvBytes.mockResolvedValueOnce({ ok: true, result: calibration(3), summary });
  done(2);
  await session.importCsv('dollars.csv', new Uint8Array([1]), {});
  // As the import dialog does once the file is in.
  followImportedCurrency('dollars.csv', 'USD');
  return session;
}

describe('Session going back to the sample after an import set the currency', () => {
  it('shows the sample in yuan again from the data panel', async () => {
    const session = await onDollarFile();
    expect(currency()).toBe('USD');

    done(3);
    await session.useSample();

    expect([session.dataset?.source, currency()]).toEqual([null, 'CNY']);
  });

  it('shows it in yuan when a scenario on the sample that states no unit opens', async () => {
    const session = await onDollarFile();
    const scenario: StatedScenario = { ...shipped('essay-vs-haggling.json'), currency: undefined };

    done(3);
    await session.openScenario(scenario);

    expect([session.dataset?.source, currency()]).toEqual([null, 'CNY']);
  });

  it('keeps the dollars a link on the sample states', async () => {
    const session = await onDollarFile();
    const scenario: StatedScenario = { ...shipped('essay-vs-haggling.json'), currency: undefined };

    done(3);
    await session.openScenario(scenario, { economics: DEFAULT_ECONOMICS, currency: 'USD' });

    expect([session.dataset?.source, currency()]).toEqual([null, 'USD']);
  });
});
