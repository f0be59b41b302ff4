import { noteText } from '$lib/data/dataNote';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import type { ImportOptions } from '../../../src/lib/data/importFile';
import type { CalibrationResult } from '../../../src/lib/data/types';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { loadCsvBytes } from '../../../src/lib/data/source';
import {
  Importer,
  type ImportTarget,
  type LoadedData,
} from '../../../src/lib/state/importer.svelte';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

/** The quarterly fixture with its amount column named so that it is detected as sales. */
function quarterlyFile(): File {
  const path = fileURLToPath(new URL('../../fixtures/import/grain-quarterly.csv', import.meta.url));
  const text = readFileSync(path, 'utf8').replace('rep,QuotaDate,quota', 'rep,QuotaDate,amount');
  return new File([new TextEncoder().encode(text)], 'quotas.csv');
}

/** A stand-in for the session: imports and calibrates in Node, keeps the data it loaded. */
function nodeTarget(): ImportTarget & {
  dataset: LoadedData | null;
  sent: ImportOptions[];
  fitted: CalibrationResult | null;
} {
  const target = {
    dataset: null as LoadedData | null,
    sent: [] as ImportOptions[],
    fitted: null as CalibrationResult | null,
    async importCsv(fileName: string, bytes: Uint8Array, options: ImportOptions) {
      target.sent.push(options);
      const outcome = await loadCsvBytes(db, fileName, bytes, options);
      if (!outcome.ok) return { status: 'failed' as const, errors: outcome.errors };
      target.dataset = { source: fileName, result: outcome.result };
      target.fitted = outcome.result;
      return { status: 'loaded' as const, summary: outcome.summary, thinReps: [] };
    },
  };
  return target;
}

describe('Importer periods for a quarterly file', () => {
  it('the calendar left at Automatic fits quarterly dates by quarter and says so', async () => {
    const importer = new Importer();
    await importer.choose(quarterlyFile());
    // The select offers Automatic first and shows it, not Months, until the user picks.
    expect(importer.calendar).toBe('auto');
    expect(importer.mapping).toMatchObject({ date: 'QuotaDate', sales: 'amount' });
    const target = nodeTarget();

    await importer.confirm(target);
    expect(importer.errors.map(noteText)).toEqual([]);
    expect(target.sent[0]).toMatchObject({ quarters: undefined, months: undefined });
    expect(target.dataset?.result.report.grain).toBe('quarter');
    expect(target.fitted?.report.periods).toBe(6);
    expect(importer.result).toMatchObject({ grain: 'quarter', automatic: true });
    expect(importer.calendar).toBe('auto');
  });

  it('Months chosen by the user fits the same quarterly file by month', async () => {
    const importer = new Importer();
    await importer.choose(quarterlyFile());
    importer.calendar = 'month';
    const target = nodeTarget();

    await importer.confirm(target);
    expect(target.sent[0]).toMatchObject({ quarters: undefined, months: true });
    expect(target.dataset?.result.report.grain).toBe('month');
    // May 2011 (snapped to June) to September 2012: 16 months, most of them empty.
    expect(target.fitted?.report.firstPeriod).toBe('2011-06');
    expect(importer.result).toMatchObject({ grain: 'month', automatic: false });
    expect(importer.calendar).toBe('month');
  });
});
