import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/data/db';
import { openNodeDb } from '../../../../src/lib/data/nodeDb';
import { importFixture } from './fixtures';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

describe('importFile on amounts in a unit named by their header', () => {
  it('importFile says the amounts were scaled when a header names their unit', async () => {
    const outcome = await importFixture(db, 'units_in_header.csv');

    expect(outcome.ok && outcome.summary.scaled).toBe(true);
  });

  it('importFile says nothing was scaled when no header names a unit', async () => {
    const outcome = await importFixture(db, 'amounts.csv');

    expect(outcome.ok && outcome.summary.scaled).toBe(false);
  });
});
