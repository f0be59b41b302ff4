import type { Estimate, RunSummary } from '../lib/engine/types';

const estimate = ({ mean, se }: Estimate) => ({ mean, se });

/**
 * The `--json` output: plain numbers at full precision (JSON keeps the shortest text that
 * reads back as the same double), differences keyed by scheme id.
 */
export function jsonReport(summary: RunSummary) {
  const schemes = summary.schemes.map((scheme) => ({
    id: scheme.id,
    label: scheme.label,
    payout: {
      ...estimate(scheme.payout),
      p5: scheme.payout.p5,
      p50: scheme.payout.p50,
      p95: scheme.payout.p95,
    },
    sales: estimate(scheme.sales),
    payoutShareOfSales: estimate(scheme.payoutShareOfSales),
    targetMape: estimate(scheme.targetMape),
    targetBias: estimate(scheme.targetBias),
    hitRate: estimate(scheme.hitRate),
  }));

  const difference = Object.fromEntries(
    summary.differences.map((diff) => [
      diff.id,
      {
        baseline: diff.baseline,
        payout: estimate(diff.payout),
        sales: estimate(diff.sales),
        payoutShareOfSales: estimate(diff.payoutShareOfSales),
        targetMape: estimate(diff.targetMape),
        hitRate: estimate(diff.hitRate),
      },
    ]),
  );

  return {
    seed: summary.seed,
    trials: summary.trials,
    reps: summary.reps,
    periods: summary.periods,
    schemes,
    difference,
  };
}
