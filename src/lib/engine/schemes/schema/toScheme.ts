/**
 * A validated scheme from a file in the engine's shape, with every default written out:
 * floor 'zero' (the essay's), base pay 0, the letter's 0.5% excess rate, its four-quarter
 * review and two-month demotion and settlement, no fines, no cap, no draw, no returns.
 */
import {
  CONDIMENT_DEMOTION,
  CONDIMENT_SETTLE_EVERY,
  DEFAULT_EXCESS_RATE,
  DEFAULT_FLOOR,
  DEFAULT_HAGGLING,
  PHARMA_REVIEW,
} from '../../constants';
import type { Amount, Fine, QuotaRule, Scheme } from '../../types';
import { selfSet } from '../selfSet';
import type { SchemeInput } from './schemeSchema';

type AmountInput = { kind: 'share'; share: number } | { kind: 'fixed'; values: number | number[] };
type QuotaInput = AmountInput | { kind: 'haggled'; haggling?: Partial<QuotaHaggling> };
type QuotaHaggling = Extract<QuotaRule, { kind: 'haggled' }>['haggling'];
type FineInput = Omit<Fine, 'label'> & { label?: string };

const ZERO: Amount = { kind: 'fixed', values: [0] };

export function toScheme(s: SchemeInput): Scheme {
  const common = { id: s.id, label: s.label ?? s.id };
  switch (s.kind) {
    case 'self-set': {
      const scheme = selfSet(s.rate, s.floor ?? DEFAULT_FLOOR, {
        ...common,
        basePay: s.basePay ?? 0,
      });
      return s.cap === undefined ? scheme : { ...scheme, cap: toAmount(s.cap) };
    }
    case 'truth-telling':
      return {
        kind: s.kind,
        ...common,
        alpha: s.alpha,
        beta: s.beta,
        gamma: s.gamma,
        floor: s.floor ?? DEFAULT_FLOOR,
        basePay: s.basePay ?? 0,
        ...(s.cap === undefined ? {} : { cap: toAmount(s.cap) }),
      };
    case 'haggled-quota':
      return {
        kind: s.kind,
        ...common,
        performancePayShare: s.performancePayShare,
        excessRate: s.excessRate ?? DEFAULT_EXCESS_RATE,
        haggling: { ...DEFAULT_HAGGLING, ...s.haggling },
      };
    case 'bonus-grid':
      return {
        kind: s.kind,
        ...common,
        quota: toQuota(s.quota),
        standardBonus: toAmount(s.standardBonus),
        forecastRatios: s.forecastRatios,
        actualRatios: s.actualRatios,
        grid: s.grid,
        floor: s.floor ?? DEFAULT_FLOOR,
        basePay: s.basePay ?? 0,
      };
    case 'pharma-letter':
      return {
        kind: s.kind,
        ...common,
        quota: toQuota(s.quota),
        ...(s.statedTotal === undefined ? {} : { statedTotal: s.statedTotal }),
        basePay: s.basePay === undefined ? ZERO : toAmount(s.basePay),
        performancePay: toAmount(s.performancePay),
        excessRate: s.excessRate ?? DEFAULT_EXCESS_RATE,
        fines: (s.fines ?? []).map(toFine),
        review: { ...PHARMA_REVIEW, ...s.review },
        ...(s.receivables === undefined ? {} : { receivables: { penalty: 0, ...s.receivables } }),
        expenseBudget: s.expenseBudget ?? 0,
        periodsPerYear: s.periodsPerYear ?? 4,
      };
    case 'condiment-letter':
      return {
        kind: s.kind,
        ...common,
        skus: s.skus.map((sku) => ({
          id: sku.id,
          label: sku.label ?? sku.id,
          commissionPerCase: sku.commissionPerCase,
          share: sku.share,
          target: toAmount(sku.target),
        })),
        baseSalary: toAmount(s.baseSalary),
        settleEvery: s.settleEvery ?? CONDIMENT_SETTLE_EVERY,
        demotion: { ...CONDIMENT_DEMOTION, ...s.demotion },
        fines: (s.fines ?? []).map(toFine),
        periodsPerYear: s.periodsPerYear ?? 12,
      };
    case 'commission-plan':
      return {
        kind: s.kind,
        ...common,
        quota: toQuota(s.quota),
        tiers: s.tiers.map((t) => ({ ...t })),
        threshold: s.threshold ?? 0,
        ...(s.cap === undefined ? {} : { cap: toAmount(s.cap) }),
        ...(s.draw === undefined
          ? {}
          : { draw: { kind: s.draw.kind, amount: toAmount(s.draw.amount) } }),
        returnsShare: s.returnsShare ?? 0,
        basePay: s.basePay === undefined ? ZERO : toAmount(s.basePay),
      };
    case 'linear-menu':
      return { kind: s.kind, ...common, options: s.options.map((o) => ({ ...o })) };
  }
}

function toAmount(a: AmountInput): Amount {
  return a.kind === 'share' ? { ...a } : { kind: 'fixed', values: [a.values].flat() };
}

function toQuota(q: QuotaInput): QuotaRule {
  if (q.kind !== 'haggled') return toAmount(q);
  return { kind: 'haggled', haggling: { ...DEFAULT_HAGGLING, ...q.haggling } };
}

function toFine(f: FineInput): Fine {
  return { ...f, label: f.label ?? f.id } as Fine;
}
