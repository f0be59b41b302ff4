import type { RunSummary } from '../lib/engine/types';
import { behaviourJson } from './behaviourJson';
import { estimate } from './estimateJson';
import { compared, MISSING } from './format';

/**
 * The `--json` output: plain numbers at full precision (JSON keeps the shortest text that
 * reads back as the same double), differences keyed by scheme id, null for a figure a scheme
 * does not have (no target: no accuracy or hit rate), every warning the run gave, and the
 * reps' behaviour (null when the scenario has no behaviour section).
 */
export function jsonReport(summary: RunSummary, warnings: string[] = []) {
  const schemes = summary.schemes.map((scheme) => ({
    id: scheme.id,
    label: scheme.label,
    kind: scheme.kind,
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
    targetWithin: estimate(scheme.targetWithin ?? MISSING),
    cost: scheme.cost ? estimate(scheme.cost) : null,
    events: (scheme.events ?? []).map((event) => ({
      id: event.id,
      label: event.label,
      perRepYear: estimate(event.perRepYear),
    })),
    deductions: (scheme.deductions ?? []).map((deduction) => ({
      id: deduction.id,
      label: deduction.label,
      amount: estimate(deduction.amount),
    })),
  }));

  const byId = new Map(summary.schemes.map((s) => [s.id, s]));
  const difference = Object.fromEntries(
    summary.differences.map((diff) => {
      const [a, b] = [byId.get(diff.id), byId.get(diff.baseline)];
      // null where either figure compared is missing, as the text report's '–'.
      const of = (key: 'payout' | 'sales' | 'payoutShareOfSales' | 'targetMape' | 'hitRate') =>
        estimate(compared(diff[key], a?.[key], b?.[key]));
      const within = compared(diff.targetWithin ?? MISSING, a?.targetWithin, b?.targetWithin);
      return [
        diff.id,
        {
          baseline: diff.baseline,
          payout: of('payout'),
          sales: of('sales'),
          payoutShareOfSales: of('payoutShareOfSales'),
          targetMape: of('targetMape'),
          hitRate: of('hitRate'),
          targetWithin: estimate(within),
          deductions: Object.fromEntries(
            (diff.deductions ?? []).map((d) => [d.id, estimate(d.amount)]),
          ),
        },
      ];
    }),
  );

  return {
    seed: summary.seed,
    trials: summary.trials,
    reps: summary.reps,
    periods: summary.periods,
    schemes,
    difference,
    warnings,
    behaviour: summary.behaviour ? behaviourJson(summary.behaviour) : null,
  };
}
