import { expectedBody, type Problem, type ProblemNoun } from '../engine/schemes/schema/problem';
import type { Haggling, Scenario } from '../engine/types';
import { hagglingPlaces } from './hagglingPlaces';
import { isValid, limits, type NumericSetting } from './settings';
import { trialsOnPage } from './trialsOnPage';

/**
 * The panel's scheme fields whose range is narrower than a scenario file's, each with its name
 * (as the panel labels it) and whether the panel shows it in %. The file takes any rate ≥ 0 and
 * any opening, error and growth the engine can run (to 1e12); the panel takes t from 0.01% to
 * 100% and the haggling fields within limits. Base pay and the boss's power have the same range
 * in both; a unit test keeps this list complete against the schema.
 */
const fields = {
  rate: { noun: 'fieldRate', percent: true },
  repOpening: { noun: 'fieldRepOpening', percent: true },
  bossOpening: { noun: 'fieldBossOpening', percent: true },
  bossNoise: { noun: 'fieldBossNoise', percent: false },
  growth: { noun: 'fieldGrowth', percent: true },
} as const satisfies Partial<Record<NumericSetting, { noun: ProblemNoun; percent: boolean }>>;

type Field = keyof typeof fields;
const hagglingFields = [
  'repOpening',
  'bossOpening',
  'bossNoise',
  'growth',
] as const satisfies readonly (Field & keyof Haggling)[];

/**
 * The problems of a scenario opened on the page (a link, a file: `json` is its text) whose
 * settings the page's panel would refuse, each at the field of the file that sets it: the
 * trials (trialsOnPage), t of the first self-set scheme and the haggling of the first
 * haggled-quota scheme, the ones the panel shows (settingsFrom), and every other haggling, which
 * the Schemes screen holds to the same ranges. Opened anyway, the page would take them into its
 * fields and then refuse to run; refused at open, the page keeps its scenario.
 */
export function settingsOnPage(scenario: Scenario, json: string): Problem[] {
  const problems: Problem[] = [];
  const trials = trialsOnPage(scenario.trials);
  if (trials) problems.push(trials);

  const schemes = scenario.schemes;
  const selfSet = schemes.findIndex((s) => s.kind === 'truth-telling');
  const t = schemes[selfSet];
  if (t?.kind === 'truth-telling') {
    // A self-set scheme writes t as its rate; a truth-telling one as its β.
    const name = kindInFile(json, selfSet) === 'self-set' ? 'rate' : 'beta';
    problems.push(...outside('rate', t.beta, `schemes[${selfSet}].${name}`));
  }
  schemes.forEach((scheme, index) => {
    for (const { path, haggling } of hagglingPlaces(scheme as unknown as Record<string, unknown>)) {
      for (const key of hagglingFields) {
        const value = haggling[key];
        if (typeof value !== 'number') continue;
        problems.push(...outside(key, value, `schemes[${index}].${path}.${key}`));
      }
    }
  });
  return problems;
}

/** A problem at `path` when the panel's field `key` would refuse `value`. */
function outside(key: Field, value: number, path: string): Problem[] {
  if (isValid(key, value)) return [];
  const { min, max } = limits[key];
  const { noun, percent } = fields[key];
  const params: Record<string, string | number> = { min, max, noun };
  if (percent) Object.assign(params, { low: percentOf(min), high: percentOf(max) });
  const body = expectedBody(percent ? 'percentOnPage' : 'fieldOnPage', value, params);
  return [{ path, ...body }];
}

/** 0.0001 as '0.01%', -0.5 as '-50%': the panel's own range, in the unit it shows. */
function percentOf(share: number): string {
  return `${Number((share * 100).toPrecision(12))}%`;
}

/** The kind the file itself gives scheme `index` ('self-set' reads as truth-telling). */
function kindInFile(json: string, index: number): unknown {
  const file = JSON.parse(json) as { schemes?: { kind?: unknown }[] };
  return file.schemes?.[index]?.kind;
}
