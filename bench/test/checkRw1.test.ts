import { describe, expect, it } from 'vitest';
import { binZ, checkRw1, type Rw1Estimate } from '../checkRw1';
import { rw1Exact, standardError } from '../rw1Exact';

const exact = rw1Exact();
const DRAWS = 40_000_000;

function perfect(): Rw1Estimate {
  const counts = (probs: Float64Array) => {
    const c = Array.from(probs, (p) => Math.round(p * DRAWS));
    // Rounding leaves a few draws over: give them to the fullest bin.
    c[c.indexOf(Math.max(...c))] += DRAWS - c.reduce((s, v) => s + v, 0);
    return c;
  };
  return {
    trials: DRAWS / 4000,
    draws: DRAWS,
    meanA: exact.a.mean,
    meanB: exact.b.mean,
    apeA: exact.a.ape,
    apeB: exact.b.ape,
    seA: standardError(exact.a.sd, DRAWS),
    seB: standardError(exact.b.sd, DRAWS),
    histA: counts(exact.a.bins),
    histB: counts(exact.b.bins),
  };
}

describe('checkRw1', () => {
  it('checkRw1 passes a run that hits the closed form', () => {
    expect(checkRw1(perfect(), exact).every((c) => c.ok)).toBe(true);
  });

  it('checkRw1 flags a mean 5 standard errors off and passes one 3 off', () => {
    const se = standardError(exact.b.sdWithin, DRAWS);
    const at = (shift: number) =>
      checkRw1({ ...perfect(), meanB: exact.b.mean + shift * se }, exact);
    expect(at(5).find((c) => c.name === 'meanB')?.ok).toBe(false);
    expect(at(3).find((c) => c.name === 'meanB')?.ok).toBe(true);
  });

  it('checkRw1 flags a standard error that is 10 % too small', () => {
    const run = { ...perfect(), seA: 0.9 * standardError(exact.a.sd, DRAWS) };
    expect(checkRw1(run, exact).find((c) => c.name === 'seA')?.ok).toBe(false);
  });

  it('checkRw1 judges a trial-based se against the within-rep-period standard error', () => {
    const within = standardError(exact.a.sdWithin, DRAWS);
    const run = { ...perfect(), seKind: 'trial' as const, seA: within };
    expect(checkRw1(run, exact).find((c) => c.name === 'seA')?.ok).toBe(true);
    const pooled = { ...run, seA: standardError(exact.a.sd, DRAWS) };
    expect(checkRw1(pooled, exact).find((c) => c.name === 'seA')?.ok).toBe(false);
  });

  it('checkRw1 flags a histogram that lost a draw', () => {
    const run = perfect();
    run.histA = run.histA!.map((c, b) => (b === 0 ? c - 1 : c));
    expect(checkRw1(run, exact).find((c) => c.name === 'histCountA')?.ok).toBe(false);
  });
});

describe('binZ', () => {
  it('binZ flags 0.1 % of the draws moved to the next bin', () => {
    const counts = perfect().histB!;
    const moved = Math.round(0.001 * DRAWS);
    counts[40] -= moved;
    counts[41] += moved;
    expect(binZ(counts, exact.b.bins)).toBeGreaterThan(5);
  });

  it('binZ stays small for counts drawn from the exact probabilities', () => {
    expect(binZ(perfect().histA!, exact.a.bins)).toBeLessThan(1);
  });
});
