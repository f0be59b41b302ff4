import { noteText } from '$lib/data/dataNote';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/lib/data/calibrate';
import { loadCsvText } from '../../../src/lib/data/load';
import { openNodeDb } from '../../../src/lib/data/nodeDb';
import { DEFAULT_BEHAVIOUR } from '../../../src/lib/engine/behaviour/constants';
import { makePlan } from '../../../src/lib/engine/plan';
import { selfSet } from '../../../src/lib/engine/schemes/selfSet';
import { simulateBlock } from '../../../src/lib/engine/simulate';
import type { RepModel } from '../../../src/lib/engine/types';

const text = readFileSync(new URL('../../fixtures/calib_monthly.csv', import.meta.url), 'utf8');

/** Sales by rep and month (YYYY-MM) as the fixture lists them, one row per rep and month. */
const sales = new Map(
  text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [rep, month, value] = line.split(',');
      return [`${rep} ${month}`, Number(value)] as const;
    }),
);

/** The month a year before `label` (YYYY-MM). */
const yearBefore = (label: string) => `${Number(label.slice(0, 4)) - 1}${label.slice(4)}`;

describe('naive reps on a calibrated seasonal history', () => {
  let reps: RepModel[];
  let horizon: string[];

  beforeAll(async () => {
    const db = await openNodeDb();
    const loaded = await loadCsvText(db, 'monthly.csv', text);
    if (!loaded.ok) throw new Error(loaded.errors.map(noteText).join('\n'));
    const result = await calibrate(db);
    reps = result.reps;
    horizon = result.report.horizon;
  });

  it("report as each month's target their sales of the same month a year before", () => {
    const behaviour = { ...DEFAULT_BEHAVIOUR, naiveShare: 1 };
    const plan = makePlan({ seed: 3, trials: 100, schemes: [selfSet(0.05)], behaviour }, reps);
    const { cellTarget } = simulateBlock(plan, 0).behaviour![0];

    let checked = 0;
    reps.forEach((rep, r) => {
      horizon.forEach((label, j) => {
        const history = sales.get(`${rep.id} ${yearBefore(label)}`);
        if (history === undefined) return;
        checked++;
        const i = r * horizon.length + j;
        expect(plan.schemes[0].target[i]).toBe(history);
        // The block adds the month's target once per trial, from 0.
        let sum = 0;
        for (let k = 0; k < 100; k++) sum += history;
        expect(cellTarget[i]).toBe(sum);
      });
      // A seasonal history: not every month's target is the last month's sales.
      const targets = plan.schemes[0].target.subarray(r * horizon.length, (r + 1) * horizon.length);
      const lastMonth = [...sales].filter(([key]) => key.startsWith(`${rep.id} `)).at(-1)![1];
      expect(targets.some((x) => x !== lastMonth)).toBe(true);
    });
    expect(checked).toBeGreaterThanOrEqual(3 * 12);
  });
});
