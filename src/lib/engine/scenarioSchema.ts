/**
 * The valibot schema of scenario files. Every message says what was expected and shows what
 * was seen; the path is added by parseScenario. Optional fields are only those left out, so a
 * value of 0 is always taken as given.
 */
import * as v from 'valibot';
import { MAX_TRIALS } from './constants';

/** Shows a seen value briefly: JSON for data, 'nothing' for a missing value. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const expected =
  (text: string) =>
  (issue: { input: unknown }): string =>
    `expected ${text}, saw ${show(issue.input)}`;

/** An object with exactly these fields (bare, as a variant's options must be). */
function exact<const E extends v.ObjectEntries>(entries: E) {
  const keys = Object.keys(entries).join(', ');
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return `unknown field, expected one of: ${keys}`;
    if (issue.expected === 'Object') return expected('an object')(issue);
    return 'expected a value (the field is required), saw nothing';
  });
}

/** Valibot takes an array for an object; this refuses it before the object schema runs. */
function noArray<const S extends v.GenericSchema>(schema: S, what: string) {
  const notArray = (x: unknown) => !Array.isArray(x);
  return v.pipe(v.unknown(), v.check(notArray, expected(what)), schema);
}

const strict = <const E extends v.ObjectEntries>(entries: E) =>
  noArray(exact(entries), 'an object');

/** A variant on a tag field whose messages list the allowed tags. */
function tagged<const K extends string, const O extends v.VariantOptions<K>>(
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

function numberIn(text: string, min: number, max: number, { open = false } = {}) {
  const message = expected(text);
  const within = (x: number) => x >= min && (open ? x < max : x <= max);
  return v.pipe(v.number(message), v.finite(message), v.check(within, message));
}

const nonNegative = () => numberIn('a number ≥ 0', 0, Infinity, { open: true });
const text = (what = 'a string') => v.string(expected(what));
const nonEmpty = () => {
  const message = expected('a non-empty string');
  return v.pipe(v.string(message), v.trim(), v.nonEmpty(message));
};
const integerIn = (min: number, max: number, what = `an integer from ${min} to ${max}`) => {
  const message = expected(what);
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
};
const floor = () => v.picklist(['none', 'zero', 'deduct'], expected('"none", "zero" or "deduct"'));

const selfSet = exact({
  kind: v.literal('self-set'),
  id: nonEmpty(),
  label: v.optional(text()),
  rate: nonNegative(),
  floor: v.optional(floor()),
  basePay: v.optional(nonNegative()),
});

const truthTelling = exact({
  kind: v.literal('truth-telling'),
  id: nonEmpty(),
  label: v.optional(text()),
  alpha: nonNegative(),
  beta: nonNegative(),
  gamma: nonNegative(),
  floor: v.optional(floor()),
  basePay: v.optional(nonNegative()),
});

const haggling = strict({
  repOpening: v.optional(numberIn('a number from 0 up to (not including) 1', 0, 1, { open: true })),
  bossOpening: v.optional(nonNegative()),
  bossPower: v.optional(numberIn('a number from 0 to 1', 0, 1)),
  bossNoise: v.optional(nonNegative()),
  growth: v.optional(
    v.pipe(
      v.number(expected('a number > −1')),
      v.finite(expected('a number > −1')),
      v.gtValue(-1, expected('a number > −1')),
    ),
  ),
});

const haggledQuota = exact({
  kind: v.literal('haggled-quota'),
  id: nonEmpty(),
  label: v.optional(text()),
  performancePayShare: nonNegative(),
  excessRate: v.optional(nonNegative()),
  haggling: v.optional(haggling),
});

const scheme = tagged(
  'kind',
  ['self-set', 'truth-telling', 'haggled-quota'],
  [selfSet, truthTelling, haggledQuota],
);

const rep = strict({
  id: nonEmpty(),
  name: v.optional(text()),
  mean: v.union(
    [
      nonNegative(),
      v.pipe(v.array(nonNegative()), v.minLength(1, expected('at least one period'))),
    ],
    expected('a number ≥ 0 or a non-empty list of numbers ≥ 0'),
  ),
  sigma: nonNegative(),
});

const data = tagged(
  'source',
  ['sample', 'file', 'reps'],
  [
    exact({ source: v.literal('sample') }),
    exact({ source: v.literal('file'), path: nonEmpty() }),
    exact({
      source: v.literal('reps'),
      reps: v.pipe(v.array(rep, expected('a list')), v.minLength(1, expected('at least one rep'))),
    }),
  ],
);

export const scenarioSchema = strict({
  name: nonEmpty(),
  description: v.optional(text()),
  seed: integerIn(0, Number.MAX_SAFE_INTEGER, 'an integer ≥ 0'),
  trials: integerIn(1, MAX_TRIALS),
  data,
  schemes: v.pipe(
    v.array(scheme, expected('a list of schemes')),
    v.minLength(1, expected('at least one scheme')),
  ),
  baseline: v.optional(nonEmpty()),
});

export type ScenarioInput = v.InferOutput<typeof scenarioSchema>;
