/**
 * The valibot schema of scenario files. Every message is a problem that says what was
 * expected and shows what was seen; the path is added by parseScenario. Optional fields are
 * only those left out, so a value of 0 is always taken as given.
 */
import * as v from 'valibot';
import { behaviourSchema } from './behaviour/behaviourSchema';
import { MAX_TRIALS } from './constants';
import {
  exact,
  expected,
  integerIn,
  nonEmpty,
  nonNegative,
  strict,
  tagged,
  tagList,
  text,
} from './schemes/schema/fields';
import { schemeSchema } from './schemes/schema/schemeSchema';

export { show } from './schemes/schema/fields';

const rep = strict({
  id: nonEmpty(),
  name: v.optional(text()),
  mean: v.union(
    [nonNegative(), v.pipe(v.array(nonNegative()), v.minLength(1, expected('onePeriod')))],
    expected('repMean'),
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
      reps: v.pipe(v.array(rep, expected('list')), v.minLength(1, expected('oneRep'))),
    }),
  ],
);

/**
 * The units a file's amounts (sales, pay, fines) can be stated in: a currency, yuan counted in
 * ten-thousands (万元, as Chinese letters write them), or plain numbers. The app shows them in
 * this unit; a file that states none is shown in the unit the user picked.
 */
export const amountUnits = ['CNY', 'CNY-10k', 'USD', 'EUR', 'none'] as const;
export type AmountUnit = (typeof amountUnits)[number];

export const scenarioSchema = strict({
  name: nonEmpty(),
  description: v.optional(text()),
  currency: v.optional(v.picklist(amountUnits, expected('oneOf', tagList([...amountUnits])))),
  seed: integerIn(0, Number.MAX_SAFE_INTEGER, 'integerAtLeast0'),
  trials: integerIn(1, MAX_TRIALS),
  data,
  schemes: v.pipe(
    v.array(schemeSchema, expected('schemes')),
    v.minLength(1, expected('oneScheme')),
  ),
  baseline: v.optional(nonEmpty()),
  behaviour: v.optional(behaviourSchema),
});

export type ScenarioInput = v.InferOutput<typeof scenarioSchema>;
