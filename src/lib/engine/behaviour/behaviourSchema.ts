/**
 * The `behaviour` section of a scenario file. Every field may be left out and then takes its
 * default (DEFAULT_BEHAVIOUR); messages say what was expected and show what was seen, and
 * parseScenario adds the field path, e.g. `behaviour.ratchet.years: expected an integer
 * from 1 to 10, saw 0`.
 */
import * as v from 'valibot';
import {
  expected,
  integerIn,
  nonNegative,
  numberIn,
  strict,
  tagged,
  exact,
} from '../schemes/schema/fields';
import { DEFAULT_BEHAVIOUR, MAX_YEARS } from './constants';
import type { BehaviourSettings, RiskPreference } from './types';

const share = () => numberIn('share', 0, 1);
const finite = () => v.pipe(v.number(expected('number')), v.finite(expected('number')));
const positive = () => {
  const message = expected('positive');
  return v.pipe(v.number(message), v.finite(message), v.gtValue(0, message));
};

const risk = tagged(
  'kind',
  ['neutral', 'cara', 'crra'],
  [
    exact({ kind: v.literal('neutral') }),
    exact({ kind: v.literal('cara'), a: nonNegative() }),
    exact({ kind: v.literal('crra'), rho: nonNegative(), wealth: positive() }),
  ],
);

export const behaviourSchema = strict({
  naiveShare: v.optional(share()),
  belief: v.optional(strict({ bias: v.optional(finite()), noise: v.optional(nonNegative()) })),
  risk: v.optional(risk),
  effort: v.optional(strict({ maxLift: v.optional(nonNegative()), cost: v.optional(positive()) })),
  haggling: v.optional(
    strict({ cost: v.optional(nonNegative()), anticipation: v.optional(share()) }),
  ),
  timing: v.optional(
    strict({
      enabled: v.optional(v.boolean(expected('boolean'))),
      maxShare: v.optional(share()),
      cost: v.optional(nonNegative()),
    }),
  ),
  ratchet: v.optional(
    strict({
      years: v.optional(integerIn(1, MAX_YEARS)),
      up: v.optional(share()),
      down: v.optional(share()),
      discount: v.optional(share()),
    }),
  ),
  company: v.optional(
    strict({
      margin: v.optional(nonNegative()),
      overCost: v.optional(nonNegative()),
      underCost: v.optional(nonNegative()),
    }),
  ),
});

export type BehaviourInput = v.InferOutput<typeof behaviourSchema>;

/** The settings a validated section stands for: its fields over the defaults. */
export function toBehaviour(input: BehaviourInput): BehaviourSettings {
  const d = DEFAULT_BEHAVIOUR;
  return {
    naiveShare: input.naiveShare ?? d.naiveShare,
    belief: { ...d.belief, ...input.belief },
    risk: (input.risk as RiskPreference | undefined) ?? d.risk,
    effort: { ...d.effort, ...input.effort },
    haggling: { ...d.haggling, ...input.haggling },
    timing: { ...d.timing, ...input.timing },
    ratchet: { ...d.ratchet, ...input.ratchet },
    company: { ...d.company, ...input.company },
  };
}
