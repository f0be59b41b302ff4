/**
 * Reads a scenario file: JSON text (or an already parsed value) in, a validated Scenario or
 * the list of everything wrong with it out. Messages look like
 * `essay.json: schemes[1].rate: expected a number ≥ 0, saw "abc"`.
 */
import * as v from 'valibot';
import { toBehaviour } from './behaviour/behaviourSchema';
import { scenarioSchema, show, type ScenarioInput } from './scenarioSchema';
import { schemeIssues, type SchemeIssues } from './schemes/schema/schemeChecks';
import { toScheme } from './schemes/schema/toScheme';
import type { Scenario, ScenarioResult, Scheme } from './types';

export function parseScenario(json: unknown, fileName: string): ScenarioResult {
  const fail = (errors: string[]): ScenarioResult => ({
    ok: false,
    errors: errors.map((e) => `${fileName}: ${e}`),
  });

  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      return fail([`not valid JSON (${(error as Error).message})`]);
    }
  }

  const parsed = v.safeParse(scenarioSchema, value);
  if (!parsed.success) return fail(parsed.issues.map((i) => `${pathText(i.path)}: ${i.message}`));

  const input = parsed.output;
  const schemes = input.schemes.map(toScheme);
  const periods =
    input.data.source === 'reps' ? [input.data.reps[0].mean].flat().length : undefined;
  const checked = checkSchemes(schemes, periods);
  const errors = [...crossChecks(input), ...checked.errors];
  if (errors.length > 0) return fail(errors);

  const scenario: Scenario = {
    name: input.name,
    seed: input.seed,
    trials: input.trials,
    data:
      input.data.source === 'reps'
        ? { source: 'reps', reps: input.data.reps.map((r) => ({ ...r, mean: [r.mean].flat() })) }
        : input.data,
    schemes,
    baseline: input.baseline ?? schemes[0].id,
  };
  if (input.description !== undefined) scenario.description = input.description;
  if (input.behaviour !== undefined) scenario.behaviour = toBehaviour(input.behaviour);
  return { ok: true, scenario, warnings: checked.warnings.map((w) => `${fileName}: ${w}`) };
}

/**
 * Every scheme's cross-field rules; `periods` when known checks the lengths of per-period
 * values too. Call it again once data without inline reps is loaded.
 */
export function checkSchemes(schemes: Scheme[], periods?: number): SchemeIssues {
  const issues = schemes.map((s, k) => schemeIssues(s, `schemes[${k}]`, periods));
  return {
    errors: issues.flatMap((i) => i.errors),
    warnings: issues.flatMap((i) => i.warnings),
  };
}

/** schemes[1].rate from valibot's path items; the file itself is "(scenario)". */
function pathText(path: readonly { key: unknown }[] | undefined): string {
  if (path === undefined) return '(scenario)';
  return path
    .map((item, k) =>
      typeof item.key === 'number' ? `[${item.key}]` : `${k === 0 ? '' : '.'}${String(item.key)}`,
    )
    .join('');
}

/** Rules that tie fields together, which the schema checks one field at a time cannot see. */
function crossChecks(input: ScenarioInput): string[] {
  const errors: string[] = [];
  const firstUse = new Map<string, number>();
  input.schemes.forEach((s, k) => {
    const first = firstUse.get(s.id);
    if (first === undefined) firstUse.set(s.id, k);
    else
      errors.push(
        `schemes[${k}].id: expected an id not used by schemes[${first}], saw ${show(s.id)}`,
      );
  });

  if (input.baseline !== undefined && !firstUse.has(input.baseline)) {
    const ids = [...firstUse.keys()].map(show).join(', ');
    errors.push(`baseline: expected one of the scheme ids ${ids}, saw ${show(input.baseline)}`);
  }
  if (input.data.source === 'reps') errors.push(...repChecks(input.data.reps));
  return errors;
}

function repChecks(reps: { id: string; mean: number | number[] }[]): string[] {
  const errors: string[] = [];
  const seen = new Map<string, number>();
  const periods = (r: { mean: number | number[] }) => [r.mean].flat().length;
  reps.forEach((r, k) => {
    const first = seen.get(r.id);
    if (first === undefined) seen.set(r.id, k);
    else
      errors.push(
        `data.reps[${k}].id: expected an id not used by data.reps[${first}], saw ${show(r.id)}`,
      );
    if (periods(r) !== periods(reps[0])) {
      errors.push(
        `data.reps[${k}].mean: expected ${periods(reps[0])} period(s) like data.reps[0], ` +
          `saw ${periods(r)}`,
      );
    }
  });
  return errors;
}
