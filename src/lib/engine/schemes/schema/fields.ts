/**
 * Valibot building blocks whose messages say what was expected and show what was seen; the
 * field path is added by parseScenario. Optional fields are only those left out, so a value of
 * 0 is always taken as given.
 */
import * as v from 'valibot';

/** Shows a seen value briefly: JSON for data, 'nothing' for a missing value. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export const expected =
  (text: string) =>
  (issue: { input: unknown }): string =>
    `expected ${text}, saw ${show(issue.input)}`;

/** An object with exactly these fields (bare, as a variant's options must be). */
export function exact<const E extends v.ObjectEntries>(entries: E) {
  const keys = Object.keys(entries).join(', ');
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return `unknown field, expected one of: ${keys}`;
    if (issue.expected === 'Object') return expected('an object')(issue);
    return 'expected a value (the field is required), saw nothing';
  });
}

/** Valibot takes an array for an object; this refuses it before the object schema runs. */
export function noArray<const S extends v.GenericSchema>(schema: S, what: string) {
  const notArray = (x: unknown) => !Array.isArray(x);
  return v.pipe(v.unknown(), v.check(notArray, expected(what)), schema);
}

export const strict = <const E extends v.ObjectEntries>(entries: E) =>
  noArray(exact(entries), 'an object');

/** A variant on a tag field whose messages list the allowed tags. */
export function tagged<const K extends string, const O extends v.VariantOptions<K>>(
  key: K,
  tags: string[],
  options: O,
) {
  const list = `${tags.slice(0, -1).map(show).join(', ')} or ${show(tags[tags.length - 1])}`;
  const whole = `an object with ${key} ${list}`;
  const variant = v.variant(key, options, (issue) =>
    // A wrong tag names the allowed tags; something that is no object asks for one.
    expected(issue.expected === 'Object' ? whole : list)(issue),
  );
  return noArray(variant, whole);
}

/**
 * Amounts, rates and counts beyond this size are refused: sums of squares over a run's trials
 * would overflow to Infinity and the summary would show NaN instead of a message.
 */
export const MAX_MAGNITUDE = 1e12;

export function numberIn(text: string, min: number, max: number, { open = false } = {}) {
  const message = expected(text);
  const within = (x: number) => x >= min && (open ? x < max : x <= max);
  const sized = (x: number) => Math.abs(x) <= MAX_MAGNITUDE;
  return v.pipe(
    v.number(message),
    v.finite(message),
    v.check(within, message),
    v.check(sized, expected(`a number no larger than ${MAX_MAGNITUDE} in size`)),
  );
}

export const nonNegative = () => numberIn('a number ≥ 0', 0, Infinity, { open: true });
export const text = (what = 'a string') => v.string(expected(what));
export const nonEmpty = () => {
  const message = expected('a non-empty string');
  return v.pipe(v.string(message), v.trim(), v.nonEmpty(message));
};
export const integerIn = (min: number, max: number, what = `an integer from ${min} to ${max}`) => {
  const message = expected(what);
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
};
export const floor = () =>
  v.picklist(['none', 'zero', 'deduct'], expected('"none", "zero" or "deduct"'));
