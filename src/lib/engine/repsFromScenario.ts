import type { RepModel, ScenarioData } from './types';

/**
 * Rep models for a scenario that lists its reps inline. There is no history behind them, so
 * expected sales stand in for actual ones: the last period's for the last sales, and each
 * period's mean for the sales of that period a year before, which a naive rep reports.
 */
export function repsFromScenario(data: Extract<ScenarioData, { source: 'reps' }>): RepModel[] {
  return data.reps.map((rep) => ({
    id: rep.id,
    name: rep.name ?? rep.id,
    mean: rep.mean.slice(),
    sigma: rep.sigma,
    lastYear: rep.mean.slice(),
    historyPeriods: 0,
    thin: false,
  }));
}
