import type { RepModel, ScenarioData } from './types';

/**
 * Rep models for a scenario that lists its reps inline. There is no history behind them, so
 * the last period's expected sales stand in for last year's actual sales.
 */
export function repsFromScenario(data: Extract<ScenarioData, { source: 'reps' }>): RepModel[] {
  return data.reps.map((rep) => ({
    id: rep.id,
    name: rep.name ?? rep.id,
    mean: rep.mean.slice(),
    sigma: rep.sigma,
    lastSales: rep.mean[rep.mean.length - 1],
    historyPeriods: 0,
    thin: false,
  }));
}
