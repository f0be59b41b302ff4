import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { readSampleCalibration } from '../../../src/lib/data/sample/readSampleCalibration';
import { loadSampleText } from '../../../src/lib/data/source';
import type { CalibrationResult } from '../../../src/lib/data/types';

const read = (name: string) =>
  readFileSync(new URL(`../../../static/sample/${name}`, import.meta.url), 'utf8');

describe('static/sample/calibration.json', () => {
  let fresh: CalibrationResult;

  beforeAll(async () => {
    fresh = await loadSampleText(await openNodeDb(), read('sales.csv'));
  }, 120_000);

  // Strict equality (toStrictEqual tells -0 from 0 and a missing field from undefined): the
  // page's sample runs on exactly what DuckDB computes, as the CLI's does. If this fails, the
  // sample or the calibration code changed: run `npm run sample` and commit the JSON.
  it('the committed calibration equals a fresh DuckDB calibration of the committed sales.csv', () => {
    expect(JSON.parse(read('calibration.json'))).toStrictEqual(fresh);
  });

  it('readSampleCalibration reads the committed calibration back unchanged', () => {
    expect(readSampleCalibration(JSON.parse(read('calibration.json')))).toStrictEqual(fresh);
  });
});
