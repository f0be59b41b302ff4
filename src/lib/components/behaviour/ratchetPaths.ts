/**
 * One strategic rep's quota and sales in each year of the run (the Years setting) under three
 * ratchets — none, an even one at
 * the mean of the user's rates, and the user's own — on the same draws (common random
 * numbers), from small in-process runs of the engine on that rep alone.
 */
import { makePlan, runInProcess, type HaggledQuotaScheme, type RepModel } from '$lib/engine';
import type { BehaviourSettings } from '$lib/engine/behaviour/types';
import type { RatchetKind, RatchetPath } from '$lib/charts/behaviour/ratchet/geometry';

export function ratchetPaths(
  rep: RepModel,
  scheme: HaggledQuotaScheme,
  settings: BehaviourSettings,
  seed: number,
  trials: number,
): RatchetPath[] {
  const { up, down } = settings.ratchet;
  const even = (up + down) / 2;
  const rates: [RatchetKind, number, number][] = [
    ['none', 0, 0],
    ['even', even, even],
    ['yours', up, down],
  ];
  const years = settings.ratchet.years;
  const perYear = rep.mean.length;

  return rates.map(([kind, u, d]) => {
    const behaviour: BehaviourSettings = {
      ...settings,
      naiveShare: 0,
      ratchet: { ...settings.ratchet, years, up: u, down: d },
    };
    const plan = makePlan({ seed, trials, schemes: [scheme], behaviour }, [rep]);
    const cells = runInProcess(plan, [rep], scheme.id).behaviour!.schemes[0].cells;
    const byYear = (values: number[]) =>
      Array.from({ length: years }, (_, y) =>
        values.slice(y * perYear, (y + 1) * perYear).reduce((a, b) => a + b, 0),
      );
    return { kind, up: u, down: d, quota: byYear(cells.target), sales: byYear(cells.sales) };
  });
}
