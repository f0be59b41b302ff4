import { standardError, type Rw1Exact, type SchemeExact } from './rw1Exact';

/** The figures of a run that can be judged against the closed form; se and histograms optional. */
export interface Rw1Estimate {
  trials: number;
  draws: number;
  meanA: number;
  meanB: number;
  apeA: number;
  apeB: number;
  /** Standard errors of meanA and meanB, of the kind `seKind` says. */
  seA?: number;
  seB?: number;
  /**
   * 'pooled' (the default): from the sum and sum of squares over all draws, as the baselines
   * report; 'trial': from the spread of per-trial totals, as the engine reports.
   */
  seKind?: 'pooled' | 'trial';
  histA?: number[];
  histB?: number[];
}

/** One comparison: it passes when |seen − expected| ≤ tolerance. */
export interface Rw1Check {
  name: string;
  seen: number;
  expected: number;
  tolerance: number;
  ok: boolean;
}

/** Means within k standard errors: 4 gives a false alarm in about 1 of 16,000 checks. */
export const MEAN_K = 4;
/**
 * A reported se may differ from the exact one by its own sampling error, about 1/√(2n) of it
 * for n near-normal units (trials or draws): allow 4 of those, and never less than 1 %.
 */
export function seTolerance(units: number): number {
  return Math.max(0.01, 4 / Math.sqrt(2 * units));
}
/** Largest |z| of a histogram bin; 5 keeps 64 bins × 2 schemes under 1e-4 false alarms. */
export const BIN_Z = 5;

/**
 * Judges a run against the exact answers. Means use the design's true standard error
 * (sdWithin/√draws, every trial draws each rep-period once), so the tolerance is MEAN_K·se.
 * A trial-based se estimates that same value; a pooled one also holds the spread between
 * rep-periods' means, and estimates sd/√draws.
 */
export function checkRw1(run: Rw1Estimate, exact: Rw1Exact, k = MEAN_K): Rw1Check[] {
  const seOf = (sd: number) => standardError(sd, run.draws);
  const within = (name: string, seen: number, expected: number, tolerance: number) => ({
    name,
    seen,
    expected,
    tolerance,
    ok: Math.abs(seen - expected) <= tolerance,
  });

  const checks: Rw1Check[] = [];
  const schemes: [string, SchemeExact, number, number, number?, number[]?][] = [
    ['A', exact.a, run.meanA, run.apeA, run.seA, run.histA],
    ['B', exact.b, run.meanB, run.apeB, run.seB, run.histB],
  ];
  for (const [name, e, mean, ape, se, hist] of schemes) {
    checks.push(within(`mean${name}`, mean, e.mean, k * seOf(e.sdWithin)));
    checks.push(within(`ape${name}`, ape, e.ape, k * seOf(e.apeSdWithin)));
    if (se !== undefined) {
      const trial = run.seKind === 'trial';
      const expected = seOf(trial ? e.sdWithin : e.sd);
      const tolerance = seTolerance(trial ? run.trials : run.draws) * expected;
      checks.push(within(`se${name}`, se, expected, tolerance));
    }
    if (hist === undefined) continue;
    const total = hist.reduce((sum, c) => sum + c, 0);
    checks.push(within(`histCount${name}`, total, run.draws, 0));
    checks.push(within(`histZ${name}`, binZ(hist, e.bins), 0, BIN_Z));
  }
  return checks;
}

/**
 * Largest |count − N·p| / √(N·p·(1 − p)) over the bins; the binomial variance bounds that of
 * the run's mix of rep-periods. The variance is floored at one count so that bins the closed
 * form makes all but empty do not turn a stray count into an alarm.
 */
export function binZ(counts: number[], probs: Float64Array): number {
  const n = counts.reduce((sum, c) => sum + c, 0);
  let worst = 0;
  for (let b = 0; b < probs.length; b++) {
    const expected = n * probs[b];
    const variance = Math.max(1, expected * (1 - probs[b]));
    worst = Math.max(worst, Math.abs(counts[b] - expected) / Math.sqrt(variance));
  }
  return worst;
}
