import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedPay } from '$lib/engine/bestResponse';
import { BELIEF_NODES } from '$lib/engine/constants';
import { normalCdf } from '$lib/engine/normalCdf';
import { selfSet } from '$lib/engine/schemes/selfSet';
import type { TruthTellingScheme } from '$lib/engine/types';
import {
  bestStanceAndEffort,
  bestTargetAndEffort,
  expectedUtility,
  quotaMarginalCost,
  type ReplyProblem,
} from '$lib/engine/behaviour/bestReply';
import { DEFAULT_BEHAVIOUR, SEARCH_NODES } from '$lib/engine/behaviour/constants';
import { effortLift } from '$lib/engine/behaviour/effort';
import { periodRule, rulePay } from '$lib/engine/behaviour/periodRule';
import { repNodes } from '$lib/engine/behaviour/repNodes';
import type { RiskPreference } from '$lib/engine/behaviour/types';
import { bisect, essayLognormalAtMedian, FAST_CHECK } from '../helpers';

const effort = DEFAULT_BEHAVIOUR.effort;
const neutral: RiskPreference = { kind: 'neutral' };

/** F of a unit-mean lognormal belief with log-sd σ, scaled by the effort factor g. */
const scaledCdf = (sigma: number, g: number) => (x: number) =>
  normalCdf((Math.log(x / g) + 0.5 * sigma * sigma) / sigma);

function problem(
  scheme: TruthTellingScheme,
  sigma: number,
  risk = neutral,
  separable = true,
): ReplyProblem {
  const nodes = repNodes(sigma, 0);
  const rule = periodRule(scheme)!;
  const terms = { fixed: 0, cap: Infinity };
  return {
    nodes: nodes.coarse,
    fine: nodes.fine,
    pay: (x, y) => rulePay(rule, x, y, terms.fixed, terms.cap),
    risk,
    effort,
    separable,
  };
}

describe('bestTargetAndEffort', () => {
  it('reports g(e)·median under the essay without a floor, e solving L·e^−e·V₀ = 2c·e', () => {
    const sigma = 0.3;
    const t = 0.05;
    const median = Math.exp(-0.5 * sigma * sigma);
    const reply = bestTargetAndEffort(problem(selfSet(t, 'none'), sigma), median);

    // V₀ = E[Z] at the median of a unit-mean lognormal: 2t(1 − Φ(σ)) (domain.md §1). The
    // reply's V₀ is the quadrature's, exact to about 1e-5, so effort agrees to that order.
    const v0 = essayLognormalAtMedian(1, sigma, t);
    const foc = (e: number) => 2 * effort.cost * e - effort.maxLift * Math.exp(-e) * v0;
    const e = bisect(foc, 0, 10);
    expect(Math.abs(reply.effort - e)).toBeLessThan(1e-4 * e);
    expect(reply.lift).toBe(effortLift(effort, reply.effort));
    expect(reply.target).toBeCloseTo(reply.lift * median, 12);
    expect(Math.abs(reply.value - (effortLift(effort, e) * v0 - effort.cost * e * e))).toBeLessThan(
      1e-4 * reply.value,
    );
  });

  it('reports the (β − α)/(γ − α) quantile of the effort-scaled belief for the family', () => {
    const rates = fc.record({
      alpha: fc.double({ min: 0, max: 0.05, noNaN: true }),
      dBeta: fc.double({ min: 0.005, max: 0.05, noNaN: true }),
      dGamma: fc.double({ min: 0.005, max: 0.1, noNaN: true }),
      sigma: fc.double({ min: 0.05, max: 0.8, noNaN: true }),
    });
    fc.assert(
      fc.property(rates, ({ alpha, dBeta, dGamma, sigma }) => {
        const scheme = {
          ...selfSet(0, 'none'),
          alpha,
          beta: alpha + dBeta,
          gamma: alpha + dBeta + dGamma,
        };
        // Without the exact target the reply solves on the full grid: resolution 1/BELIEF_NODES.
        const reply = bestTargetAndEffort(problem(scheme, sigma));
        const F = scaledCdf(sigma, reply.lift);
        expect(Math.abs(F(reply.target) - dBeta / (dBeta + dGamma))).toBeLessThanOrEqual(
          1 / BELIEF_NODES,
        );
      }),
      { ...FAST_CHECK, numRuns: 30 },
    );
  });

  it('moves the target above the median with the floor at 0: 2F(X) − F(X/2) = 1 at σ = 0.5', () => {
    const sigma = 0.5;
    const reply = bestTargetAndEffort(problem(selfSet(0.05, 'zero'), sigma));
    const F = scaledCdf(sigma, reply.lift);
    const exact = bisect((x) => 2 * F(x) - F(x / 2) - 1, 0.2, 5);

    expect(Math.abs(F(reply.target) - F(exact))).toBeLessThanOrEqual(2 / BELIEF_NODES);
    expect(F(reply.target)).toBeGreaterThan(0.5 + 10 / BELIEF_NODES);
  });

  it('gives a risk-averse rep the best target and effort of a brute-force grid search', () => {
    const risk: RiskPreference = { kind: 'cara', a: 20 };
    const p = problem(selfSet(0.05, 'zero'), 0.35, risk, false);
    const reply = bestTargetAndEffort(p);

    // Independent search: every (target, effort) of a fine grid on the same coarse nodes.
    let best = -Infinity;
    for (let e = 0; e <= 2; e += 0.005) {
      for (let x = 0.5; x <= 1.6; x += 0.0025) best = Math.max(best, expectedUtility(p, x, e, 0));
    }
    const found = expectedUtility(p, reply.target, reply.effort, 0);
    expect(found).toBeGreaterThanOrEqual(best - 1e-9);
    expect(found - best).toBeLessThan(1e-6);
  });

  it('lets risk aversion lower the effort under the essay with the floor at 0', () => {
    const safe = bestTargetAndEffort(problem(selfSet(0.05, 'zero'), 0.35, neutral, false));
    const averse = bestTargetAndEffort(
      problem(selfSet(0.05, 'zero'), 0.35, { kind: 'crra', rho: 3, wealth: 0.05 }, false),
    );
    expect(averse.effort).toBeLessThan(safe.effort);
  });
});

describe('bestStanceAndEffort', () => {
  const share = 0.05;
  const rate = 0.005;
  const quotaProblem = (risk = neutral): ReplyProblem => {
    const nodes = repNodes(0.25, 0);
    return {
      nodes: nodes.coarse,
      fine: nodes.fine,
      pay: (q, y) => share * Math.min(1, y / q) + rate * Math.max(0, y - q),
      risk,
      effort,
      separable: false,
    };
  };
  const terms = {
    quota: (d: number) => 0.5 * 1.3 * (1 + 0.5 * d) + 0.5 * (1 - d),
    cost: (d: number) => 0.0025 * (1.3 * (1 + 0.5 * d) - (1 - d)) ** 2,
  };

  it('picks the stance and effort of a brute-force grid search', () => {
    const p = quotaProblem();
    const reply = bestStanceAndEffort(p, terms);

    let best = -Infinity;
    for (let d = 0; d <= 0.95; d += 0.0025) {
      for (let e = 0; e <= 1.5; e += 0.005) {
        best = Math.max(best, expectedUtility(p, terms.quota(d), e, terms.cost(d)));
      }
    }
    const found = expectedUtility(p, reply.target, reply.effort, terms.cost(reply.stance));
    expect(found).toBeGreaterThanOrEqual(best - 1e-9);
    expect(found - best).toBeLessThan(1e-6);
    expect(reply.stance).toBeGreaterThan(0);
    expect(reply.stance).toBeLessThan(0.95);
  });

  it('prices a unit of quota at P·E[Y/Q²; Y < Q] + r·P(Y > Q) for a risk-neutral rep', () => {
    const p = quotaProblem();
    const g = effortLift(effort, 0.3);
    const q = 1.05;
    // Y = g·Y₀, log Y ~ N(μ, σ²) with μ = ln g − σ²/2; lognormal partial expectations.
    const sigma = 0.25;
    const mu = Math.log(g) - 0.5 * sigma * sigma;
    const below = normalCdf((Math.log(q) - mu) / sigma);
    const partial = g * normalCdf((Math.log(q) - mu - sigma * sigma) / sigma);
    const exact = (share * partial) / (q * q) + rate * (1 - below);

    // The grid's own answer at the same nodes, independent of the central difference.
    const onGrid = expectedPay(
      (x, y) => (y < x ? (share * y) / (x * x) : rate),
      q,
      p.fine.map((y) => g * y),
    );
    // The central difference straddles the kink at Y = Q for a node or so: 1e-3 covers it.
    expect(Math.abs(quotaMarginalCost(p, q, 0.3) - onGrid)).toBeLessThan(1e-3 * onGrid);
    expect(Math.abs(onGrid - exact)).toBeLessThan(1e-3 * exact);
  });

  it('uses coarse nodes for searches and the full grid for the value', () => {
    expect(quotaProblem().nodes.length).toBe(SEARCH_NODES);
    expect(quotaProblem().fine.length).toBe(BELIEF_NODES);
  });
});
