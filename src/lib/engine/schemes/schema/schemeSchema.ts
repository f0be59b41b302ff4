/**
 * The valibot schema of one scheme in a scenario file, for every kind. Fields left out take
 * the defaults toScheme documents; a value of 0 is always taken as given.
 */
import * as v from 'valibot';
import {
  exact,
  expected,
  floor,
  integerIn,
  nonEmpty,
  nonNegative,
  numberIn,
  strict,
  tagged,
  tagList,
  text,
} from './fields';
import type { ProblemNoun } from './problem';

const finite = () => {
  const message = expected('finite');
  return v.pipe(v.number(message), v.finite(message));
};

/** A number or a non-empty list of them, each checked by `item`. */
const oneOrList = (item: () => v.GenericSchema<unknown, number>, noun: ProblemNoun) =>
  v.union(
    [item(), v.pipe(v.array(item()), v.minLength(1, expected('atLeastOne', { noun })))],
    expected('oneOrList', { noun }),
  );

const list = <const S extends v.GenericSchema>(item: S, noun: ProblemNoun) =>
  v.pipe(
    v.array(item, expected('listOf', { noun })),
    v.minLength(1, expected('atLeastOneOf', { noun })),
  );

const shareAmount = exact({ kind: v.literal('share'), share: nonNegative() });
const fixedAmount = exact({
  kind: v.literal('fixed'),
  values: oneOrList(nonNegative, 'nonNegative'),
});
export const amount = () => tagged('kind', ['share', 'fixed'], [shareAmount, fixedAmount]);

export const haggling = strict({
  repOpening: v.optional(numberIn('shareOpen', 0, 1, { open: true })),
  bossOpening: v.optional(nonNegative()),
  bossPower: v.optional(numberIn('share', 0, 1)),
  bossNoise: v.optional(nonNegative()),
  growth: v.optional(
    v.pipe(
      v.number(expected('aboveMinusOne')),
      v.finite(expected('aboveMinusOne')),
      v.gtValue(-1, expected('aboveMinusOne')),
    ),
  ),
});

const quota = () =>
  tagged(
    'kind',
    ['share', 'fixed', 'haggled'],
    [
      shareAmount,
      fixedAmount,
      exact({ kind: v.literal('haggled'), haggling: v.optional(haggling) }),
    ],
  );

const fine = tagged(
  'kind',
  ['events', 'shortfall'],
  [
    exact({
      kind: v.literal('events'),
      id: nonEmpty(),
      label: v.optional(text()),
      amount: nonNegative(),
      expected: nonNegative(),
    }),
    exact({
      kind: v.literal('shortfall'),
      id: nonEmpty(),
      label: v.optional(text()),
      amount: nonNegative(),
      required: integerIn(0, 1e9),
      expected: nonNegative(),
    }),
  ],
);

const streak = () => strict({ periods: integerIn(1, 1000), penalty: v.optional(nonNegative()) });

const periodsPerYear = () => v.optional(integerIn(1, 366));
const share = () => numberIn('share', 0, 1);

const selfSet = exact({
  kind: v.literal('self-set'),
  id: nonEmpty(),
  label: v.optional(text()),
  rate: nonNegative(),
  floor: v.optional(floor()),
  basePay: v.optional(nonNegative()),
  cap: v.optional(amount()),
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
  cap: v.optional(amount()),
});

const haggledQuota = exact({
  kind: v.literal('haggled-quota'),
  id: nonEmpty(),
  label: v.optional(text()),
  performancePayShare: nonNegative(),
  excessRate: v.optional(nonNegative()),
  haggling: v.optional(haggling),
});

const bonusGrid = exact({
  kind: v.literal('bonus-grid'),
  id: nonEmpty(),
  label: v.optional(text()),
  quota: quota(),
  standardBonus: amount(),
  forecastRatios: list(nonNegative(), 'nonNegatives'),
  actualRatios: list(nonNegative(), 'nonNegatives'),
  grid: list(list(finite(), 'numbers'), 'rows'),
  floor: v.optional(floor()),
  basePay: v.optional(nonNegative()),
});

const pharmaLetter = exact({
  kind: v.literal('pharma-letter'),
  id: nonEmpty(),
  label: v.optional(text()),
  quota: quota(),
  statedTotal: v.optional(nonNegative()),
  basePay: v.optional(amount()),
  performancePay: amount(),
  excessRate: v.optional(nonNegative()),
  fines: v.optional(v.array(fine, expected('fines'))),
  review: v.optional(streak()),
  receivables: v.optional(
    strict({
      target: nonNegative(),
      expected: nonNegative(),
      sigma: nonNegative(),
      penalty: v.optional(nonNegative()),
    }),
  ),
  expenseBudget: v.optional(nonNegative()),
  periodsPerYear: periodsPerYear(),
});

const sku = strict({
  id: nonEmpty(),
  label: v.optional(text()),
  commissionPerCase: nonNegative(),
  share: share(),
  target: amount(),
});

const condimentLetter = exact({
  kind: v.literal('condiment-letter'),
  id: nonEmpty(),
  label: v.optional(text()),
  skus: list(sku, 'skus'),
  baseSalary: amount(),
  settleEvery: v.optional(integerIn(1, 120)),
  demotion: v.optional(streak()),
  fines: v.optional(v.array(fine, expected('fines'))),
  periodsPerYear: periodsPerYear(),
});

const commissionPlan = exact({
  kind: v.literal('commission-plan'),
  id: nonEmpty(),
  label: v.optional(text()),
  quota: quota(),
  tiers: list(strict({ from: nonNegative(), rate: nonNegative() }), 'tiers'),
  threshold: v.optional(nonNegative()),
  cap: v.optional(amount()),
  draw: v.optional(
    strict({
      kind: v.picklist(
        ['recoverable', 'non-recoverable'],
        expected('oneOf', tagList(['recoverable', 'non-recoverable'])),
      ),
      amount: amount(),
    }),
  ),
  returnsShare: v.optional(numberIn('shareOpen', 0, 1, { open: true })),
  basePay: v.optional(amount()),
});

const linearMenu = exact({
  kind: v.literal('linear-menu'),
  id: nonEmpty(),
  label: v.optional(text()),
  options: list(strict({ fixed: nonNegative(), rate: nonNegative() }), 'contracts'),
});

/** Scheme kinds a file may name; 'self-set' is the essay's shorthand for a truth-telling rule. */
export const fileKinds = [
  'self-set',
  'truth-telling',
  'haggled-quota',
  'bonus-grid',
  'pharma-letter',
  'condiment-letter',
  'commission-plan',
  'linear-menu',
];

export const schemeSchema = tagged('kind', fileKinds, [
  selfSet,
  truthTelling,
  haggledQuota,
  bonusGrid,
  pharmaLetter,
  condimentLetter,
  commissionPlan,
  linearMenu,
]);

export type SchemeInput = v.InferOutput<typeof schemeSchema>;
