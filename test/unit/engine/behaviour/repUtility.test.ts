import { describe, expect, it } from 'vitest';
import { DEFAULT_HAGGLING } from '$lib/engine/constants';
import { makePlan } from '$lib/engine/plan';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { simulateBlock } from '$lib/engine/simulate';
import { summarize } from '$lib/engine/summarize';
import type { HaggledQuotaScheme, RepModel, SimPlan } from '$lib/engine/types';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import type { RiskPreference } from '$lib/engine/behaviour/types';
import { atCeiling, ruinous, utility, utilityCeiling } from '$lib/engine/behaviour/utility';
import { rep } from '../helpers';

// Reps with relative risk aversion 20 and wealth of a thousandth of a period's sales.
const extreme: RiskPreference = { kind: 'crra', rho: 20, wealth: 0.001 };
const moderate: RiskPreference = { kind: 'crra', rho: 2, wealth: 0.5 };

const quota: HaggledQuotaScheme = {
  kind: 'haggled-quota',
  id: 'quota',
  label: 'quota',
  performancePayShare: 0.05,
  excessRate: 0.005,
  haggling: { ...DEFAULT_HAGGLING },
};
const essay = selfSet(0.05, 'zero', { id: 'essay' });

const reps: RepModel[] = Array.from({ length: 6 }, (_, r) =>
  rep(
    `r${r}`,
    [100, 130, 90, 120].map((m) => m * (1 + r / 4)),
    0.2 + 0.04 * r,
  ),
);

function behaviourSummary(risk: RiskPreference, timing = DEFAULT_BEHAVIOUR.timing) {
  const behaviour = { ...DEFAULT_BEHAVIOUR, naiveShare: 0, risk, timing };
  const plan: SimPlan = makePlan(
    { seed: 11, trials: 200, schemes: [essay, quota], behaviour },
    reps,
  );
  const blocks = [0, 1].map((b) => simulateBlock(plan, b));
  return summarize(plan, blocks, reps, 'quota');
}

describe('the ceiling of bounded utility', () => {
  it('is reached bit for bit by CRRA and CARA utility of large pay, and never passed', () => {
    const cara: RiskPreference = { kind: 'cara', a: 50 };
    for (const risk of [extreme, cara]) {
      const ceiling = utilityCeiling(risk, 250);
      expect(utility(risk, 250 * 1e4, 250)).toBe(ceiling);
      expect(utility(risk, 1, 250)).toBeLessThan(ceiling);
    }
    expect(utilityCeiling(extreme, 250)).toBeCloseTo((0.001 * 250) / 19, 12);
    expect(utilityCeiling({ kind: 'crra', rho: 1, wealth: 1 }, 250)).toBe(Infinity);
    expect(utilityCeiling({ kind: 'neutral' }, 250)).toBe(Infinity);
  });

  it('flags two different pay streams that reach equal utility at ρ = 20, wealth 0.001', () => {
    const scales = [100, 130, 90, 120];
    const total = (risk: RiskPreference, pay: number[]) =>
      pay.reduce((sum, w, i) => sum + utility(risk, w, scales[i]), 0);
    const low = [2, 3, 2, 3];
    const high = [20, 30, 2000, 30];

    // The true utilities differ (by about 1e-40 of a yuan), but not in doubles.
    expect(total(extreme, low)).toBe(total(extreme, high));
    expect(atCeiling(extreme, total(extreme, low), scales)).toBe(true);
    expect(atCeiling(extreme, total(extreme, high), scales)).toBe(true);

    // With more wealth the same pay is told apart, and nothing is flagged.
    expect(total(moderate, low)).toBeLessThan(total(moderate, high));
    expect(atCeiling(moderate, total(moderate, high), scales)).toBe(false);
    expect(atCeiling({ kind: 'neutral' }, total({ kind: 'neutral' }, high), scales)).toBe(false);
  });
});

describe('rep utility in the behaviour summary', () => {
  it('is the certainty equivalent in money, above mean utility, for a CARA rep', () => {
    // One rep, one period, no effort and no timing: each trial's net pay is its payout.
    const a = 1;
    const behaviour = {
      ...DEFAULT_BEHAVIOUR,
      naiveShare: 0,
      risk: { kind: 'cara', a } as const,
      effort: { ...DEFAULT_BEHAVIOUR.effort, maxLift: 0 },
      timing: { ...DEFAULT_BEHAVIOUR.timing, enabled: false },
    };
    const one = [rep('solo', [100], 0.2)];
    const open = selfSet(0.05, 'none', { id: 'open' });
    const plan = makePlan({ seed: 3, trials: 20000, schemes: [essay, open], behaviour }, one);
    const blocks = Array.from({ length: 200 }, (_, b) => simulateBlock(plan, b));
    const summary = summarize(plan, blocks, one, 'open').behaviour!;

    // u(w) = (1 − e^(−kw))/k with k = a/s on the scale s = 100 of the rep's expected sales.
    const k = a / 100;
    const equivalent = (s: number) => {
      const pays = blocks.flatMap((b) => Array.from(b.series[s].payout));
      const meanUtility = pays.reduce((sum, w) => sum - Math.expm1(-k * w) / k, 0) / pays.length;
      return { ce: -Math.log1p(-k * meanUtility) / k, meanUtility };
    };
    const [essayCe, openCe] = [equivalent(0), equivalent(1)];
    const [essayFigure, openFigure] = summary.schemes.map((s) => s.repUtility);
    expect(essayFigure.mean).toBeCloseTo(essayCe.ce, 9);
    expect(openFigure.mean).toBeCloseTo(openCe.ce, 9);
    // Mean utility, in utils, reads well below: a figure in money must not.
    expect(essayCe.ce - essayCe.meanUtility).toBeGreaterThan(8 * essayFigure.se);
    expect(summary.differences[0].repUtility.mean).toBeCloseTo(essayCe.ce - openCe.ce, 9);
    expect(summary.differences[0].repUtility.se).toBeGreaterThan(0);
  });

  it('is not computable, rather than equal, under schemes with different pay at ρ = 20', () => {
    const summary = behaviourSummary(extreme);
    const [self, haggled] = summary.schemes;
    expect(Math.abs(self.payout.mean - haggled.payout.mean)).toBeGreaterThan(1);

    const behaviour = summary.behaviour!;
    for (const s of behaviour.schemes) {
      expect(s.repUtility.mean).toBeNaN();
      expect(s.repUtility.se).toBeNaN();
      expect(s.utilityLost).toBe('ceiling');
    }
    expect(behaviour.differences[0].repUtility.mean).toBeNaN();
    // The other figures are computed as before.
    expect(Number.isFinite(behaviour.differences[0].profit.mean)).toBe(true);
  });

  it('is a figure that tells the schemes apart at moderate risk aversion', () => {
    const behaviour = behaviourSummary(moderate).behaviour!;
    const [self, haggled] = behaviour.schemes.map((s) => s.repUtility);
    expect(Number.isFinite(self.mean) && Number.isFinite(haggled.mean)).toBe(true);
    expect(self.mean).not.toBe(haggled.mean);
    const difference = behaviour.differences[0].repUtility;
    expect(difference.mean).toBeCloseTo(self.mean - haggled.mean, 6);
  });

  it('is not computable where a rep’s loss wipes out its wealth, not a floor’s huge figure', () => {
    // Moving every deal for free lets reps push a period's pay to nothing while its effort is
    // spent: with a thousandth of a period's sales as wealth, net pay then ruins them.
    const free = { enabled: true, maxShare: 1, cost: 0 };
    const behaviour = behaviourSummary(extreme, free).behaviour!;
    expect(behaviour.schemes.some((s) => s.utilityLost === 'ruin')).toBe(true);
    for (const s of behaviour.schemes) {
      if (s.utilityLost === undefined) expect(Number.isFinite(s.repUtility.mean)).toBe(true);
      else expect(s.repUtility.mean).toBeNaN();
    }
    expect(behaviour.differences[0].repUtility.mean).toBeNaN();
  });
});

describe('ruinous', () => {
  it('holds where CRRA wealth reaches its floor or CARA utility leaves the doubles', () => {
    const scale = 250;
    const wealth = extreme.kind === 'crra' ? extreme.wealth * scale : 0;
    expect(ruinous(extreme, -wealth, scale)).toBe(true);
    expect(ruinous(extreme, -0.5 * wealth, scale)).toBe(false);
    expect(ruinous(extreme, 1e9, scale)).toBe(false);
    const cara: RiskPreference = { kind: 'cara', a: 50 };
    expect(ruinous(cara, -1e6 * scale, scale)).toBe(true);
    expect(ruinous(cara, -scale, scale)).toBe(false);
    expect(ruinous({ kind: 'neutral' }, -1e300, scale)).toBe(false);
  });
});
