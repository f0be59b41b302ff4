import { describe, expect, it } from 'vitest';
import { meanEstimate, ratioEstimate } from '$lib/engine/estimate';
import { standardNormal } from '$lib/engine/normal';
import { trialStream } from '$lib/engine/random';

const f = (...v: number[]) => Float64Array.from(v);

describe('meanEstimate', () => {
  it('meanEstimate gives the mean and sd/√n of a small sample', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32/7.
    const e = meanEstimate([f(2, 4, 4, 4), f(5, 5, 7, 9)]);
    expect(e.mean).toBe(5);
    expect(e.se).toBeCloseTo(Math.sqrt(32 / 7 / 8), 14);
  });

  it('meanEstimate leaves NaN trials out and pairs differences trial by trial', () => {
    expect(meanEstimate([f(1, NaN, 3)]).mean).toBe(2);
    const d = meanEstimate([f(5, 7, 9)], [f(1, 2, 3)]);
    expect(d.mean).toBe(5);
    expect(d.se).toBeCloseTo(Math.sqrt(1 / 3), 14);
  });

  it('meanEstimate gives the same bits however the values are split into chunks', () => {
    const rng = trialStream(1, 0);
    const all = Float64Array.from({ length: 1000 }, () => standardNormal(rng));
    const split = [all.subarray(0, 100), all.subarray(100, 650), all.subarray(650)];
    expect(meanEstimate(split)).toEqual(meanEstimate([all]));
  });
});

describe('ratioEstimate', () => {
  it('ratioEstimate is the ratio of means with the delta-method se of the textbook formula', () => {
    const num = f(1, 3, 2, 6);
    const den = f(10, 20, 15, 30);
    const n = 4;
    const mx = 3;
    const my = 18.75;
    const r = mx / my;
    const cov = (a: Float64Array, ma: number, b: Float64Array, mb: number) =>
      a.reduce((s, _, i) => s + (a[i] - ma) * (b[i] - mb), 0) / (n - 1);
    // Var(R) ≈ (s_xx − 2R s_xy + R² s_yy) / (n·ȳ²).
    const variance =
      (cov(num, mx, num, mx) - 2 * r * cov(num, mx, den, my) + r * r * cov(den, my, den, my)) /
      (n * my * my);
    const e = ratioEstimate([num], [den]);
    expect(e.mean).toBeCloseTo(r, 15);
    expect(e.se).toBeCloseTo(Math.sqrt(variance), 14);
  });

  it('ratioEstimate of a difference with a shared denominator is the paired mean over ȳ', () => {
    const den = f(10, 20, 15, 30);
    const a = f(1, 3, 2, 6);
    const b = f(2, 2, 2, 5);
    const e = ratioEstimate([a], [den], { num: [b], den: [den] });
    const diff = meanEstimate([a], [b]);
    expect(e.mean).toBeCloseTo(diff.mean / 18.75, 15);
    expect(e.se).toBeCloseTo(
      Math.sqrt(
        // Linearised values (a − b − D·den)/ȳ, D the difference of ratios.
        [0, 1, 2, 3].reduce((s, i) => s + ((a[i] - b[i] - e.mean * den[i]) / 18.75) ** 2, 0) /
          3 /
          4,
      ),
      14,
    );
  });
});
