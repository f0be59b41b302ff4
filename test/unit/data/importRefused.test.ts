import { inEnglish } from './inEnglish';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { loadCsvBytes } from '../../../src/lib/data/source';

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** `reps` reps × 12 months of 2024, each month's sales given by `sales(rep, month)`. */
function history(reps: number, sales: (rep: number, month: number) => number): Uint8Array {
  const lines = ['rep,date,sales'];
  for (let r = 1; r <= reps; r += 1)
    for (let m = 1; m <= 12; m += 1) {
      lines.push(`R${r},2024-${String(m).padStart(2, '0')}-15,${sales(r, m)}`);
    }
  return bytesOf(lines.join('\n'));
}

const salesSum = async () =>
  (await db.query<{ s: number }>('SELECT sum(sales) AS s FROM sales'))[0].s;

describe('loadCsvBytes refuses data with no rep to simulate', () => {
  it('a history of zeros or of returns only is refused in words and the data stays', async () => {
    // The data before: 2 reps selling 10 a month, Σ = 2 × 12 × 10.
    const before = await loadCsvBytes(
      db,
      'before.csv',
      history(2, () => 10),
    );
    expect(before.ok).toBe(true);
    expect(await salesSum()).toBe(240);

    for (const sales of [() => 0, (r: number, m: number) => (m % 2 === 0 ? -r : 0)]) {
      const outcome = await loadCsvBytes(db, 'zeros.csv', history(5, sales));

      expect(inEnglish(outcome)).toEqual({
        ok: false,
        errors: [
          'zeros.csv: no rep has any positive sales to simulate; check that the sales column ' +
            'holds the amounts and which statuses count as sales',
        ],
      });
      expect(await salesSum()).toBe(240);
    }
  });

  it('one rep with positive sales among zeros is enough to import', async () => {
    const outcome = await loadCsvBytes(
      db,
      'one.csv',
      history(3, (r) => (r === 2 ? 5 : 0)),
    );

    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.result.reps.map((rep) => rep.name)).toEqual(['R2']);
    expect(await salesSum()).toBe(60);
  });
});
