/**
 * Turns a scheme's amounts and quota rules into one value per rep-period cell. Values given
 * per period must be one for every period or a single one for all; over several years the
 * values of one year repeat each year. A mismatch is a programmer error here because scenario
 * validation reports it to the user first.
 */
import { bossQuotas, haggledQuotas } from '../haggling';
import type { Amount, BossQuotas, QuotaRule } from '../types';
import type { PlanContext } from './module';

export function amountCells(amount: Amount, context: PlanContext, field: string): Float64Array {
  const { reps, periods, expected } = context;
  const cells = new Float64Array(reps * periods);
  if (amount.kind === 'share') {
    for (let i = 0; i < cells.length; i++) cells[i] = amount.share * expected[i];
    return cells;
  }

  const values = amount.values;
  const n = values.length;
  if (n !== 1 && n !== context.periodsPerYear && n !== periods) {
    const counts =
      context.periodsPerYear === 1 ? '1 value' : `1 or ${context.periodsPerYear} values`;
    throw new RangeError(`${field}: expected ${counts}, saw ${n}`);
  }
  for (let i = 0; i < cells.length; i++) cells[i] = values[(i % periods) % n];
  return cells;
}

/**
 * Quotas per cell drawn once for the run; a haggled quota uses the run's boss stream like the
 * haggled-quota scheme does under behaviour. For rules whose reps answer the quota itself (a
 * bonus grid's forecasts), which a quota drawn each trial would make a search per trial.
 */
export function quotaCells(rule: QuotaRule, context: PlanContext, field: string): Float64Array {
  if (rule.kind !== 'haggled') return amountCells(rule, context, field);
  return haggledQuotas(context.seed, context.expected, rule.haggling);
}

/**
 * Quotas that are the scheme's target: where the boss errs afresh each trial, their mean and
 * their law (see PlannedScheme.bossQuotas), else as quotaCells gives them.
 */
export function targetQuotas(
  rule: QuotaRule,
  context: PlanContext,
  field: string,
): { target: Float64Array; bossQuotas?: BossQuotas } {
  if (rule.kind === 'haggled' && context.bossPerTrial && rule.haggling.bossNoise > 0) {
    const law = bossQuotas(context.expected, rule.haggling);
    return { target: law.mean, bossQuotas: law };
  }
  return { target: quotaCells(rule, context, field) };
}

/** Per-cell array of one value. */
export function filled(context: PlanContext, value: number): Float64Array {
  return new Float64Array(context.reps * context.periods).fill(value);
}
