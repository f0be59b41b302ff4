import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyTally, tallyCells } from '$lib/engine/schemes/cellByCellTally';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { PlannedScheme } from '$lib/engine/types';
import { FAST_CHECK } from '../helpers';

const PERIODS = 2;

describe('a trial’s tally of target misses in money', () => {
  it('sums what targets over- and under-forecast, cells without a target left out', () => {
    const level = fc.double({ min: 0, max: 1e6, noNaN: true });
    const cells = fc.array(fc.tuple(fc.oneof(level, fc.constant(NaN)), level), {
      minLength: PERIODS,
      maxLength: 40,
    });
    fc.assert(
      fc.property(cells, (drawn) => {
        const rows = drawn.slice(0, drawn.length - (drawn.length % PERIODS));
        const target = Float64Array.from(rows, ([x]) => x);
        const sales = Float64Array.from(rows, ([, y]) => y);
        const planned: PlannedScheme = {
          scheme: selfSet(0.05, 'none'),
          target,
          fixedPay: new Float64Array(rows.length),
          events: [],
        };
        const t = emptyTally(rows.length / PERIODS, PERIODS);
        tallyCells(planned, sales, new Float64Array(rows.length), t);

        const targeted = rows.filter(([x]) => !Number.isNaN(x));
        const over = targeted.reduce((sum, [x, y]) => sum + Math.max(x - y, 0), 0);
        const under = targeted.reduce((sum, [x, y]) => sum + Math.max(y - x, 0), 0);
        const scale = 1e-9 * (over + under + 1);
        expect(Math.abs((t.missAbs + t.miss) / 2 - over)).toBeLessThanOrEqual(scale);
        expect(Math.abs((t.missAbs - t.miss) / 2 - under)).toBeLessThanOrEqual(scale);
      }),
      FAST_CHECK,
    );
  });
});
