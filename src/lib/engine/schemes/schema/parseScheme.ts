/**
 * One scheme checked on its own, as the scheme editor needs it: the same schema, defaults and
 * cross-field rules as a scenario file, with each problem tied to the path of its field.
 */
import * as v from 'valibot';
import type { Scheme } from '../../types';
import { decodeProblem, fieldPath, problemEnglish, type Problem } from './problem';
import { schemeIssues } from './schemeChecks';
import { schemeSchema } from './schemeSchema';
import { toScheme } from './toScheme';

/**
 * A problem with a field: `path` like 'tiers[1].from' ('' for the scheme itself), and its
 * English `message` for callers that print rather than word it.
 */
export type FieldIssue = Problem & { message: string };

export type SchemeResult =
  { ok: true; scheme: Scheme; warnings: FieldIssue[] } | { ok: false; errors: FieldIssue[] };

export function parseScheme(value: unknown, periods?: number): SchemeResult {
  const parsed = v.safeParse(schemeSchema, value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.issues.map((i) => withMessage(decodeProblem(i.message, fieldPath(i.path)))),
    };
  }

  const scheme = toScheme(parsed.output);
  const issues = schemeIssues(scheme, '', periods);
  if (issues.errors.length > 0) return { ok: false, errors: issues.errors.map(withMessage) };
  return { ok: true, scheme, warnings: issues.warnings.map(withMessage) };
}

function withMessage(problem: Problem): FieldIssue {
  return { ...problem, message: problemEnglish(problem) };
}
