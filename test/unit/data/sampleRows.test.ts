import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanedTable } from '../../../src/lib/data/cleanedTable';
import type { Db } from '../../../src/lib/data/db';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { fetchSampleCalibration } from '../../../src/lib/data/sample/fetchSampleCalibration';
import { loadCsvBytes, loadSampleRows, loadsSettled } from '../../../src/lib/data/source';

const sampleText = readFileSync(
  new URL('../../../static/sample/sales.csv', import.meta.url),
  'utf8',
);
const userCsv = 'rep,month,sales\nZed,2025-01,10\nZed,2025-02,12\nZed,2025-03,11\n';
const userBytes = () => new TextEncoder().encode(userCsv);

async function repsIn(db: Db): Promise<string[]> {
  const table = await cleanedTable(db);
  return [...new Set(table.rows.map((row) => String(row[0])))];
}

/** A promise and the function that settles it, to hold a load back until the test says so. */
function held<T>(): { promise: Promise<T>; release: (value: T) => void } {
  let release: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => (release = done));
  return { promise, release };
}

describe('loadSampleRows', () => {
  // One database for all: every test loads into `sales` before it reads the table.
  let db: Db;

  beforeAll(async () => {
    db = await openNodeDb();
  }, 120_000);

  it("loadSampleRows puts the sample's 30 reps into sales", async () => {
    await expect(
      loadSampleRows(Promise.resolve(db), Promise.resolve(sampleText), () => true),
    ).resolves.toBe(true);
    expect(await repsIn(db)).toHaveLength(30);
  });

  it("loadSampleRows leaves a user's file in place when the sample is no longer wanted", async () => {
    const user = await loadCsvBytes(db, 'user.csv', userBytes());
    expect(user.ok).toBe(true);

    await expect(
      loadSampleRows(Promise.resolve(db), Promise.resolve(sampleText), () => false),
    ).resolves.toBe(false);
    expect(await repsIn(db)).toEqual(['Zed']);
  });

  it('loadCsvBytes started while the sample loads waits for it, so the user file wins', async () => {
    const text = held<string>();
    const sample = loadSampleRows(Promise.resolve(db), text.promise, () => true);
    const user = loadCsvBytes(db, 'user.csv', userBytes());

    // The sample's text arrives only after the user's import was asked for.
    text.release(sampleText);
    await sample;
    expect((await user).ok).toBe(true);
    expect(await repsIn(db)).toEqual(['Zed']);
  });

  it('loadSampleRows asked for during an import loads after it, only if still wanted', async () => {
    let userLoaded = false;
    const user = loadCsvBytes(db, 'user.csv', userBytes()).then((outcome) => {
      userLoaded = outcome.ok;
      return outcome;
    });
    const sample = loadSampleRows(
      Promise.resolve(db),
      Promise.resolve(sampleText),
      () => !userLoaded,
    );

    expect(await sample).toBe(false);
    expect((await user).ok).toBe(true);
    expect(await repsIn(db)).toEqual(['Zed']);
  });

  it('loadsSettled waits for a sample load that is still waiting for its text', async () => {
    const text = held<string>();
    await loadCsvBytes(db, 'user.csv', userBytes());
    void loadSampleRows(Promise.resolve(db), text.promise, () => true);
    const settled = loadsSettled().then(() => repsIn(db));

    text.release(sampleText);
    expect(await settled).toHaveLength(30);
  });

  it('a failed sample load does not stop a later import', async () => {
    const failed = loadSampleRows(
      Promise.resolve(db),
      Promise.reject(new Error('gone')),
      () => true,
    );
    await expect(failed).rejects.toThrow('gone');
    expect((await loadCsvBytes(db, 'user.csv', userBytes())).ok).toBe(true);
  });
});

describe('fetchSampleCalibration', () => {
  const calibrationText = readFileSync(
    new URL('../../../static/sample/calibration.json', import.meta.url),
    'utf8',
  );

  it('fetchSampleCalibration reads and checks the JSON served at the url', async () => {
    const fetcher = async (url: string | URL | Request) => {
      expect(url).toBe('/sample/calibration.json');
      return new Response(calibrationText);
    };
    const result = await fetchSampleCalibration(
      '/sample/calibration.json',
      fetcher as typeof fetch,
    );
    expect(result).toStrictEqual(JSON.parse(calibrationText));
  });

  it('fetchSampleCalibration names the url and status of a failed request', async () => {
    const fetcher = async () => new Response('missing', { status: 404 });
    await expect(fetchSampleCalibration('/x.json', fetcher as typeof fetch)).rejects.toThrow(
      '/x.json: HTTP 404',
    );
  });

  it('fetchSampleCalibration refuses JSON that is not a calibration', async () => {
    const fetcher = async () => new Response('{"reps": []}');
    await expect(fetchSampleCalibration('/x.json', fetcher as typeof fetch)).rejects.toThrow(
      /not a calibration result/,
    );
  });
});
