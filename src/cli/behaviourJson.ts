import type { BehaviourSummary } from '../lib/engine/behaviour/types';
import { estimate, finiteOrNull } from './estimateJson';
import { compared } from './format';

/**
 * The behaviour summary for `--json`: the settings in force, who was strategic, per scheme
 * what reps did and the company view, and the paired differences keyed by scheme id. The
 * per-cell means are left out (the app charts them; they grow with reps × periods).
 */
export function behaviourJson(behaviour: BehaviourSummary) {
  const schemes = behaviour.schemes.map((s) => ({
    id: s.id,
    effort: s.effort,
    lift: s.lift,
    stance: s.stance.map(finiteOrNull),
    sales: estimate(s.sales),
    baseSales: estimate(s.baseSales),
    extraSales: estimate(s.extraSales),
    payout: estimate(s.payout),
    costOfSales: estimate(s.costOfSales),
    pulled: estimate(s.pulled),
    pushed: estimate(s.pushed),
    gaveUp: estimate(s.gaveUp),
    effortCost: s.effortCost,
    hagglingCost: s.hagglingCost,
    openingGap: s.openingGap,
    shiftCost: estimate(s.shiftCost),
    planningCost: estimate(s.planningCost),
    profit: estimate(s.profit),
    repUtility: estimate(s.repUtility),
  }));

  const byId = new Map(behaviour.schemes.map((s) => [s.id, s]));
  const difference = Object.fromEntries(
    behaviour.differences.map((d) => {
      const [a, b] = [byId.get(d.id), byId.get(d.baseline)];
      // null where either figure compared is missing, as the text report's '–'.
      const of = (key: 'planningCost' | 'profit' | 'repUtility') =>
        estimate(compared(d[key], a?.[key], b?.[key]));
      return [
        d.id,
        {
          baseline: d.baseline,
          extraSales: estimate(compared(d.extraSales, a?.sales, b?.sales)),
          planningCost: of('planningCost'),
          profit: of('profit'),
          repUtility: of('repUtility'),
        },
      ];
    }),
  );

  return {
    settings: behaviour.settings,
    years: behaviour.years,
    periodsPerYear: behaviour.periodsPerYear,
    strategicReps: behaviour.strategicReps,
    naiveReps: behaviour.naiveReps,
    strategic: behaviour.strategic,
    schemes,
    difference,
  };
}
