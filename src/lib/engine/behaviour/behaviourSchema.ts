/**
 * The `behaviour` section of a scenario file. Every field may be left out and then takes its
 * default (DEFAULT_BEHAVIOUR); messages say what was expected and show what was seen, and
 * parseScenario adds the field path, e.g. `behaviour.ratchet.years: expected an integer
 * from 1 to 10, saw 0`. Each field's range is BEHAVIOUR_LIMITS, which the app's behaviour
 * panel shows too, so a file, a link and the panel accept the same values.
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

/** A closed range of a behaviour field; `integer` asks for a whole number. */
export interface FieldRange {
  min: number;
  max: number;
  integer: boolean;
}

const range = (min: number, max: number, integer = false): FieldRange => ({ min, max, integer });
const SHARE = range(0, 1);

/**
 * The planning cost of one unit of target error, over or under (domain.md §6): stock and cash
 * tied up, or sales lost for want of stock. Neither can cost more than the unit itself (stock
 * written off, a sale lost outright), so the range is 0 to 1. Compare's economics and the
 * behaviour settings both use it.
 */
export const PLANNING_COST: FieldRange = range(0, 1);

/**
 * What each field accepts, by its place in BehaviourSettings. The upper bounds lie where
 * results stop making sense: far beyond them sums overflow and the summary shows NaN.
 */
export const BEHAVIOUR_LIMITS = {
  naiveShare: SHARE,
  belief: { bias: range(-1, 1), noise: range(0, 2) },
  risk: { a: range(0, 100), rho: range(0, 20), wealth: range(0.001, 100) },
  effort: { maxLift: range(0, 2), cost: range(0.0001, 1) },
  haggling: { cost: range(0, 1), anticipation: SHARE },
  timing: { maxShare: SHARE, cost: range(0, 100) },
  ratchet: { years: range(1, MAX_YEARS, true), up: SHARE, down: SHARE, discount: SHARE },
  company: { margin: SHARE, overCost: PLANNING_COST, underCost: PLANNING_COST },
} as const;

const L = BEHAVIOUR_LIMITS;
const share = () => numberIn('share', 0, 1);
const finite = () => v.pipe(v.number(expected('number')), v.finite(expected('number')));
const positive = () => {
  const message = expected('positive');
  return v.pipe(v.number(message), v.finite(message), v.gtValue(0, message));
};

/**
 * `base` narrowed to `limit`. A value `base` refuses is not also said to be out of range
 * (the pipe stops at its first issue), so each field reports one problem.
 */
function within<S extends v.GenericSchema<number, number>>(base: S, limit: FieldRange) {
  const { min, max } = limit;
  const inRange = (x: number) => x >= min && x <= max;
  const check = v.check(inRange, expected('numberIn', { min, max }));
  return v.config(v.pipe(base, check), { abortPipeEarly: true });
}

const risk = tagged(
  'kind',
  ['neutral', 'cara', 'crra'],
  [
    exact({ kind: v.literal('neutral') }),
    exact({ kind: v.literal('cara'), a: within(nonNegative(), L.risk.a) }),
    exact({
      kind: v.literal('crra'),
      rho: within(nonNegative(), L.risk.rho),
      wealth: within(positive(), L.risk.wealth),
    }),
  ],
);

export const behaviourSchema = strict({
  naiveShare: v.optional(within(share(), L.naiveShare)),
  belief: v.optional(
    strict({
      bias: v.optional(within(finite(), L.belief.bias)),
      noise: v.optional(within(nonNegative(), L.belief.noise)),
    }),
  ),
  risk: v.optional(risk),
  effort: v.optional(
    strict({
      maxLift: v.optional(within(nonNegative(), L.effort.maxLift)),
      cost: v.optional(within(positive(), L.effort.cost)),
    }),
  ),
  haggling: v.optional(
    strict({
      cost: v.optional(within(nonNegative(), L.haggling.cost)),
      anticipation: v.optional(within(share(), L.haggling.anticipation)),
    }),
  ),
  timing: v.optional(
    strict({
      enabled: v.optional(v.boolean(expected('boolean'))),
      maxShare: v.optional(within(share(), L.timing.maxShare)),
      cost: v.optional(within(nonNegative(), L.timing.cost)),
    }),
  ),
  ratchet: v.optional(
    strict({
      years: v.optional(within(integerIn(1, MAX_YEARS), L.ratchet.years)),
      up: v.optional(within(share(), L.ratchet.up)),
      down: v.optional(within(share(), L.ratchet.down)),
      discount: v.optional(within(share(), L.ratchet.discount)),
    }),
  ),
  company: v.optional(
    strict({
      margin: v.optional(within(share(), L.company.margin)),
      overCost: v.optional(within(nonNegative(), L.company.overCost)),
      underCost: v.optional(within(nonNegative(), L.company.underCost)),
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
