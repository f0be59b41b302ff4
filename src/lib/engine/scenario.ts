/**
 * Reads a scenario file: JSON text (or an already parsed value) in, a validated Scenario or
 * the list of everything wrong with it out, as problems (schemes/schema/problem.ts) and as
 * the CLI's English lines, like `essay.json: schemes[1].rate: expected a number ≥ 0, saw "abc"`.
 */
import * as v from 'valibot';
import { jsonFault } from './jsonFault';
import { toBehaviour } from './behaviour/behaviourSchema';
import { scenarioSchema, show, type AmountUnit, type ScenarioInput } from './scenarioSchema';
import {
  decodeProblem,
  expectedBody,
  fieldPath,
  problemLine,
  type Problem,
} from './schemes/schema/problem';
import { schemeIssues } from './schemes/schema/schemeChecks';
import { toScheme } from './schemes/schema/toScheme';
import type { Scenario, ScenarioResult, Scheme } from './types';

/** A scenario with the unit its file states its amounts in, when it states one. */
export type StatedScenario = Scenario & { currency?: AmountUnit };

/** ScenarioResult with each message also as a problem, in the same order. */
export type ParsedScenario =
  | (Extract<ScenarioResult, { ok: true }> & {
      scenario: StatedScenario;
      warningProblems: Problem[];
    })
  | (Extract<ScenarioResult, { ok: false }> & { problems: Problem[] });

/** The English lines of problems, each naming the file. */
export function problemLines(problems: Problem[], fileName: string): string[] {
  return problems.map((p) => `${fileName}: ${problemLine(p)}`);
}

export function parseScenario(json: unknown, fileName: string): ParsedScenario {
  const fail = (problems: Problem[]): ParsedScenario => ({
    ok: false,
    errors: problemLines(problems, fileName),
    problems,
  });

  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      const fault = jsonFault(json);
      if (fault?.kind === 'table') return fail([{ path: '', code: 'notScenario', params: {} }]);
      if (fault) {
        const { line, column, char, slip } = fault;
        const what = `json${slip[0].toUpperCase()}${slip.slice(1)}`;
        return fail([{ path: '', code: 'jsonAt', params: { line, column, char, what } }]);
      }
      // Shortcoming: a fault jsonFault does not find keeps the parser's words (the browser's).
      const detail = (error as Error).message;
      return fail([{ path: '', code: 'json', params: { detail } }]);
    }
  }

  const parsed = v.safeParse(scenarioSchema, value);
  if (!parsed.success) {
    return fail(
      parsed.issues.map((i) => decodeProblem(i.message, fieldPath(i.path) || '(scenario)')),
    );
  }

  const input = parsed.output;
  const schemes = input.schemes.map(toScheme);
  const periods =
    input.data.source === 'reps' ? [input.data.reps[0].mean].flat().length : undefined;
  const checked = checkSchemes(schemes, periods);
  const errors = [...crossChecks(input), ...checked.problems];
  if (errors.length > 0) return fail(errors);

  const scenario: StatedScenario = {
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
  if (input.currency !== undefined) scenario.currency = input.currency;
  if (input.behaviour !== undefined) scenario.behaviour = toBehaviour(input.behaviour);
  const warningProblems = checked.warningProblems;
  return { ok: true, scenario, warnings: problemLines(warningProblems, fileName), warningProblems };
}

/**
 * Every scheme's cross-field rules; `periods` when known checks the lengths of per-period
 * values too. Call it again once data without inline reps is loaded. `errors` and `warnings`
 * are the English lines (without a file name) of `problems` and `warningProblems`.
 */
export function checkSchemes(schemes: Scheme[], periods?: number) {
  const issues = schemes.map((s, k) => schemeIssues(s, `schemes[${k}]`, periods));
  const problems = issues.flatMap((i) => i.errors);
  const warningProblems = issues.flatMap((i) => i.warnings);
  return {
    errors: problems.map((p) => problemLine(p)),
    warnings: warningProblems.map((p) => problemLine(p)),
    problems,
    warningProblems,
  };
}

const expected = (path: string, ...body: Parameters<typeof expectedBody>): Problem => ({
  path,
  ...expectedBody(...body),
});

/** Rules that tie fields together, which the schema checks one field at a time cannot see. */
function crossChecks(input: ScenarioInput): Problem[] {
  const errors: Problem[] = [];
  const firstUse = new Map<string, number>();
  input.schemes.forEach((s, k) => {
    const first = firstUse.get(s.id);
    if (first === undefined) firstUse.set(s.id, k);
    else {
      const other = `schemes[${first}]`;
      errors.push(expected(`schemes[${k}].id`, 'unusedId', s.id, { other }));
    }
  });

  if (input.baseline !== undefined && !firstUse.has(input.baseline)) {
    const ids = [...firstUse.keys()].map(show).join(', ');
    errors.push(expected('baseline', 'schemeId', input.baseline, { ids }));
  }
  if (input.data.source === 'reps') errors.push(...repChecks(input.data.reps));
  return errors;
}

function repChecks(reps: { id: string; mean: number | number[] }[]): Problem[] {
  const errors: Problem[] = [];
  const seen = new Map<string, number>();
  const periods = (r: { mean: number | number[] }) => [r.mean].flat().length;
  reps.forEach((r, k) => {
    const first = seen.get(r.id);
    if (first === undefined) seen.set(r.id, k);
    else {
      const other = `data.reps[${first}]`;
      errors.push(expected(`data.reps[${k}].id`, 'unusedId', r.id, { other }));
    }
    if (periods(r) !== periods(reps[0])) {
      const count = periods(reps[0]);
      errors.push(expected(`data.reps[${k}].mean`, 'periodsLike', periods(r), { count }));
    }
  });
  return errors;
}
