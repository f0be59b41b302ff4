/**
 * The two letters the behaviour tests run: the pharmaceutical letter on a quota of all sales, and
 * the condiment letter of the shipped scenario counted in cases, with the reps that go with it.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_BEHAVIOUR } from '$lib/engine/behaviour/constants';
import type { BehaviourSettings } from '$lib/engine/behaviour/types';
import { makePlan } from '$lib/engine/plan';
import { repsFromScenario } from '$lib/engine/repsFromScenario';
import { parseScenario } from '$lib/engine/scenario';
import { simulateBlock } from '$lib/engine/simulate';
import type {
  CondimentLetterScheme,
  PharmaLetterScheme,
  RepModel,
  Scheme,
} from '$lib/engine/types';

export const pharma = (id: string, excessRate: number): PharmaLetterScheme => ({
  kind: 'pharma-letter',
  id,
  label: id,
  quota: { kind: 'share', share: 1 },
  basePay: { kind: 'fixed', values: [0] },
  performancePay: { kind: 'share', share: 0.05 },
  excessRate,
  fines: [],
  review: { periods: 4, penalty: 0 },
  expenseBudget: 0,
  periodsPerYear: 4,
});

const condimentScenario = (() => {
  const file = 'scenarios/condiment-2010.json';
  const result = parseScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
})();
// The file counts sales in yuan at 100 yuan a case; these cases count them in cases, as the
// letter does, so that a unit of sales earns the letter's 2 to 6 yuan (3.75 on the mix).
const CASE = 100;
export const condimentReps = (
  condimentScenario.data.source === 'reps' ? repsFromScenario(condimentScenario.data) : []
).map((r) => ({
  ...r,
  mean: r.mean.map((m) => m / CASE),
  lastYear: r.lastYear?.map((m) => m / CASE),
}));
export const letter = ((file) => ({
  ...file,
  skus: file.skus.map((sku) => ({
    ...sku,
    commissionPerCase: sku.commissionPerCase * CASE,
    target:
      sku.target.kind === 'fixed'
        ? { ...sku.target, values: [sku.target.values].flat().map((v) => v / CASE) }
        : sku.target,
  })),
}))(condimentScenario.schemes[0] as CondimentLetterScheme);

/** The letter with every SKU's monthly targets scaled by `factor`. */
export function condiment(id: string, factor: number): CondimentLetterScheme {
  const skus = letter.skus.map((sku) => {
    if (sku.target.kind !== 'fixed') throw new Error('the scenario gives fixed targets');
    return {
      ...sku,
      target: { kind: 'fixed' as const, values: sku.target.values.map((v) => v * factor) },
    };
  });
  return { ...letter, id, fines: [], skus };
}

export const strategic: BehaviourSettings = { ...DEFAULT_BEHAVIOUR, naiveShare: 0 };

export function run(schemes: Scheme[], reps: RepModel[], trials: number, settings = strategic) {
  const plan = makePlan({ seed: 17, trials, schemes, behaviour: settings }, reps);
  const blocks = Array.from({ length: trials / 100 }, (_, b) => simulateBlock(plan, b));
  return { plan, blocks };
}
