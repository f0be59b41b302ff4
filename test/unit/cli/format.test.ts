import { describe, expect, it } from 'vitest';
import { tableReport } from '../../../src/cli/tableReport';
import { presetScheme } from '../../../src/lib/components/schemes/presets';
import { makePlan, runInProcess } from '../../../src/lib/engine';
import { t } from '../../../src/lib/i18n/i18n.svelte';
import { rep } from '../engine/helpers';
import {
  amount,
  compared,
  differenceWithSe,
  points,
  share,
  withoutNoise,
  withSe,
} from '../../../src/cli/format';

describe('paired differences on the command line', () => {
  it('withoutNoise takes a difference that is rounding error next to its figures as 0', () => {
    expect(withoutNoise({ mean: 5.3054e-15, se: 8.9453e-15 }, 1652.2)).toEqual({ mean: 0, se: 0 });
    expect(withoutNoise({ mean: -0.00052807, se: 0.000087 }, 0.086)).toEqual({
      mean: -0.00052807,
      se: 0.000087,
    });
    // Only the part that is noise goes: a real difference keeps its se of rounding error.
    expect(withoutNoise({ mean: 2, se: 1e-14 }, 1652.2)).toEqual({ mean: 2, se: 0 });
  });

  it('differenceWithSe signs a difference and writes one of rounding error as 0 ± 0', () => {
    expect(differenceWithSe({ mean: 5.3054e-15, se: 8.9453e-15 }, 1652.2)).toBe('0 ± 0');
    expect(differenceWithSe({ mean: -32.323, se: 0.42203 }, 62.988)).toBe('-32.323 ± 0.42203');
    expect(differenceWithSe({ mean: 1.5, se: 0.25 }, 62.988)).toBe('+1.5 ± 0.25');
  });

  it('withSe writes an se that is rounding error next to its mean as 0, a real one whole', () => {
    expect(withSe({ mean: 1800, se: 5.0855e-15 }, amount)).toBe('1,800 ± 0');
    expect(withSe({ mean: 1701.4, se: 9.2048e-13 }, amount)).toBe('1,701.4 ± 0');
    expect(withSe({ mean: 1800, se: 0.0042 }, amount)).toBe('1,800 ± 0.0042');
    expect(withSe({ mean: Number.NaN, se: 1 }, amount)).toBe('–');
  });

  it('compared keeps a difference only where both figures compared exist', () => {
    const d = { mean: -6.45, se: 0.144 };
    const some = { mean: 1321, se: 0.07 };
    const none = { mean: NaN, se: NaN };
    expect(compared(d, some, some)).toBe(d);
    expect(differenceWithSe(compared(d, some, none), 1321)).toBe('–');
    expect(differenceWithSe(compared(d, none, some), 1321)).toBe('–');
    expect(compared(d, undefined, some).mean).toBeNaN();
  });

  it('share writes two decimals with grouping, and huge percentages in powers of ten', () => {
    expect(share(0.1234)).toBe('12.34%');
    expect(share(-0.005)).toBe('-0.50%');
    expect(share(123.456)).toBe('12,345.60%');
    expect(share(2.5e13)).toBe('2.5E15%');
    expect(share(Number.NaN)).toBe('–');
  });
});

describe('differences of shares on the command line', () => {
  it('points writes a difference of shares in percentage points, not as a relative change', () => {
    expect(points(0.1588 - 0.1991)).toBe('-4.03 pp');
    expect(points(0.0042)).toBe('0.42 pp');
  });

  it('tableReport writes each share difference as the schemes’ shares apart, in pp', () => {
    const reps = [
      rep('a', new Array(12).fill(60_000), 0.3),
      rep('b', new Array(12).fill(80_000), 0.3),
    ];
    const schemes = (['truth-telling', 'haggled-quota'] as const).map((kind) =>
      presetScheme(kind, kind, 70_000, t),
    );
    const summary = runInProcess(
      makePlan({ seed: 3, trials: 200, schemes }, reps),
      reps,
      'truth-telling',
    );
    const row = tableReport(summary, 'x')
      .split('\n')
      .find((line) => line.startsWith('haggled-quota − truth-telling'));
    const [quota, own] = ['haggled-quota', 'truth-telling'].map((id) =>
      summary.schemes.find((s) => s.id === id)!,
    );
    const apart = (100 * (quota.targetMape.mean - own.targetMape.mean)).toFixed(2);
    expect(row).toContain(`${Number(apart) > 0 ? '+' : ''}${apart} pp`);
    expect(row).not.toMatch(/\d%/);
  });
});
