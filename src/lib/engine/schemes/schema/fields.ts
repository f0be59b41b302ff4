/**
 * Valibot building blocks whose messages are problems (problem.ts) that say what was expected
 * and show what was seen; the field path is added by parseScenario. Optional fields are only
 * those left out, so a value of 0 is always taken as given.
 */
import * as v from 'valibot';
import { encodeProblem, expectedBody, show, type ProblemWhat } from './problem';

export { show } from './problem';

/** The message of a value that is not `what`; `params` fill the phrase's own blanks. */
export const expected =
  (what: ProblemWhat, params: Record<string, string | number> = {}) =>
  (issue: { input: unknown }): string =>
    encodeProblem(expectedBody(what, issue.input, params));

/** `"a", "b" or "c"` as the `tags` and `last` of the 'oneOf' and 'objectWith' phrases. */
export function tagList(tags: string[]): { tags: string; last: string } {
  return { tags: tags.slice(0, -1).map(show).join(', '), last: show(tags[tags.length - 1]) };
}

/** An object with exactly these fields (bare, as a variant's options must be). */
export function exact<const E extends v.ObjectEntries>(entries: E) {
  const keys = Object.keys(entries).join(', ');
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never')
      return encodeProblem({ code: 'unknownField', params: { keys } });
    if (issue.expected === 'Object') return expected('object')(issue);
    return encodeProblem({ code: 'required', params: {} });
  });
}

/** Valibot takes an array for an object; this refuses it before the object schema runs. */
export function noArray<const S extends v.GenericSchema>(
  schema: S,
  what: ProblemWhat,
  params: Record<string, string | number> = {},
) {
  const notArray = (x: unknown) => !Array.isArray(x);
  return v.pipe(v.unknown(), v.check(notArray, expected(what, params)), schema);
}

export const strict = <const E extends v.ObjectEntries>(entries: E) =>
  noArray(exact(entries), 'object');

/** A variant on a tag field whose messages list the allowed tags. */
export function tagged<const K extends string, const O extends v.VariantOptions<K>>(
  key: K,
  tags: string[],
  options: O,
) {
  const list = tagList(tags);
  const variant = v.variant(key, options, (issue) =>
    // A wrong tag names the allowed tags; something that is no object asks for one.
    issue.expected === 'Object'
      ? expected('objectWith', { key, ...list })(issue)
      : expected('oneOf', list)(issue),
  );
  return noArray(variant, 'objectWith', { key, ...list });
}

/**
 * Amounts, rates and counts beyond this size are refused: sums of squares over a run's trials
 * would overflow to Infinity and the summary would show NaN instead of a message.
 */
export const MAX_MAGNITUDE = 1e12;

export function numberIn(what: ProblemWhat, min: number, max: number, { open = false } = {}) {
  const message = expected(what);
  const within = (x: number) => x >= min && (open ? x < max : x <= max);
  const sized = (x: number) => Math.abs(x) <= MAX_MAGNITUDE;
  return v.pipe(
    v.number(message),
    v.finite(message),
    v.check(within, message),
    v.check(sized, expected('magnitude', { max: MAX_MAGNITUDE })),
  );
}

export const nonNegative = () => numberIn('nonNegative', 0, Infinity, { open: true });
export const text = () => v.string(expected('string'));
export const nonEmpty = () => {
  const message = expected('nonEmpty');
  return v.pipe(v.string(message), v.trim(), v.nonEmpty(message));
};
export const integerIn = (min: number, max: number, what: ProblemWhat = 'integerIn') => {
  const message = expected(what, { min, max });
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
};
export const floor = () =>
  v.picklist(['none', 'zero', 'deduct'], expected('oneOf', tagList(['none', 'zero', 'deduct'])));
