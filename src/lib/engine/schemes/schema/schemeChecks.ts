/**
 * Rules that tie a scheme's fields together, which the schema's field-by-field checks cannot
 * see. Errors stop a run; warnings let it proceed and must be shown. `periods` is the number
 * of simulated periods when it is known (reps given in the file, or data already loaded).
 */
import { TOTAL_TOLERANCE } from '../../constants';
import type { Amount, QuotaRule, Scheme } from '../../types';
import { truthTellingAdvice, type TruthTellingWarning } from '../truthTellingAdvice';
import { expectedBody, show, type Problem, type ProblemBody } from './problem';

export interface SchemeIssues {
  errors: Problem[];
  warnings: Problem[];
}

type Report = (field: string, problem: ProblemBody) => void;

/** The scheme's problems; `path` names the scheme ('schemes[0]', or '' for the scheme alone). */
export function schemeIssues(scheme: Scheme, path: string, periods?: number): SchemeIssues {
  const issues: SchemeIssues = { errors: [], warnings: [] };
  const at = (field: string) => (path === '' || field === '' ? path + field : `${path}.${field}`);
  const error: Report = (field, problem) => issues.errors.push({ path: at(field), ...problem });
  const warn: Report = (field, problem) => issues.warnings.push({ path: at(field), ...problem });
  const amount = (field: string, a: Amount | QuotaRule | undefined) => {
    const problem = a === undefined ? undefined : lengthProblem(a, periods);
    if (problem !== undefined) error(`${field}.values`, problem);
  };

  switch (scheme.kind) {
    case 'truth-telling':
      truthTellingRules(scheme, error, warn);
      amount('cap', scheme.cap);
      break;
    case 'bonus-grid':
      ascending(scheme.forecastRatios, 'forecastRatios', error);
      ascending(scheme.actualRatios, 'actualRatios', error);
      gridShape(scheme.grid, scheme.forecastRatios.length, scheme.actualRatios.length, error);
      gridFalls(scheme, warn);
      amount('quota', scheme.quota);
      amount('standardBonus', scheme.standardBonus);
      break;
    case 'pharma-letter':
      amount('quota', scheme.quota);
      amount('basePay', scheme.basePay);
      amount('performancePay', scheme.performancePay);
      uniqueIds(scheme.fines, 'fines', error);
      statedTotal(scheme.quota, scheme.statedTotal, periods, warn);
      break;
    case 'condiment-letter':
      condimentRules(scheme, error);
      scheme.skus.forEach((sku, k) => amount(`skus[${k}].target`, sku.target));
      amount('baseSalary', scheme.baseSalary);
      uniqueIds(scheme.fines, 'fines', error);
      break;
    case 'commission-plan':
      if (scheme.tiers[0].from !== 0) {
        error('tiers[0].from', expectedBody('firstTier', scheme.tiers[0].from));
      }
      ascending(
        scheme.tiers.map((t) => t.from),
        'tiers',
        error,
        '.from',
      );
      amount('quota', scheme.quota);
      amount('cap', scheme.cap);
      amount('draw.amount', scheme.draw?.amount);
      amount('basePay', scheme.basePay);
      break;
    case 'haggled-quota':
    case 'linear-menu':
      break;
  }
  return issues;
}

/** Fixed values must give one value for every period, or one for all. */
function lengthProblem(
  a: Amount | QuotaRule,
  periods: number | undefined,
): ProblemBody | undefined {
  if (a.kind !== 'fixed' || periods === undefined) return undefined;
  const n = a.values.length;
  if (n === 1 || n === periods) return undefined;
  return expectedBody('perPeriod', n, { count: periods });
}

function truthTellingRules(
  s: Extract<Scheme, { kind: 'truth-telling' }>,
  error: Report,
  warn: Report,
): void {
  const flat = s.alpha === s.beta && s.beta === s.gamma;
  const code = 'expectedElseExtremeTarget';
  if (!flat && !(s.beta > s.alpha)) {
    error('beta', { code, params: { what: 'aboveAlpha', low: s.alpha, seen: show(s.beta) } });
  }
  if (!flat && !(s.gamma > s.beta)) {
    error('gamma', { code, params: { what: 'aboveBeta', low: s.beta, seen: show(s.gamma) } });
  }
  if (issuesFree(s)) {
    for (const w of truthTellingAdvice(s).warnings) warn('', adviceProblem(w));
  }
}

/** truthTellingAdvice's warning as a problem, its numbers rounded as its own text rounds them. */
export function adviceProblem(w: TruthTellingWarning): ProblemBody {
  switch (w.code) {
    case 'no-reward-above-target':
      return { code: 'noRewardAboveTarget', params: {} };
    case 'rates-out-of-order':
      return { code: 'ratesOutOfOrder', params: { alpha: w.alpha, beta: w.beta, gamma: w.gamma } };
    case 'floor-moves-target': {
      const params = { sigma: round3(w.sigma), quantile: round3(w.quantile) };
      const fractile = round3(w.fractile);
      const code = w.fractile === 0.5 ? 'floorMovesTargetMedian' : 'floorMovesTarget';
      return { code, params: { ...params, fractile } };
    }
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function issuesFree(s: Extract<Scheme, { kind: 'truth-telling' }>): boolean {
  const flat = s.alpha === s.beta && s.beta === s.gamma;
  return flat || (s.alpha < s.beta && s.beta < s.gamma);
}

function condimentRules(s: Extract<Scheme, { kind: 'condiment-letter' }>, error: Report): void {
  const total = s.skus.reduce((sum, sku) => sum + sku.share, 0);
  if (Math.abs(total - 1) > TOTAL_TOLERANCE) error('skus', expectedBody('sharesSum', total));
  uniqueIds(s.skus, 'skus', error);
  s.skus.forEach((sku, k) => {
    const wanted =
      sku.target.kind === 'share' ? sku.target.share > 0 : sku.target.values.some((x) => x > 0);
    if (sku.share === 0 && wanted) {
      error(`skus[${k}].share`, { code: 'skuShare', params: {} });
    }
  });
}

/** The letter's own total against the sum of its periods' targets: a warning, not a choice. */
function statedTotal(
  quota: QuotaRule,
  stated: number | undefined,
  periods: number | undefined,
  warn: Report,
): void {
  if (stated === undefined || quota.kind !== 'fixed') return;
  const values = quota.values;
  const count = values.length > 1 ? values.length : periods;
  if (count === undefined) return;
  const sum = values.length > 1 ? values.reduce((a, b) => a + b, 0) : values[0] * count;
  if (Math.abs(sum - stated) <= TOTAL_TOLERANCE * Math.max(Math.abs(stated), 1)) return;
  warn('statedTotal', {
    code: 'statedTotal',
    params: { count, sum: round(sum), stated: round(stated) },
  });
}

function ascending(values: number[], field: string, error: Report, suffix = ''): void {
  for (let k = 1; k < values.length; k++) {
    if (!(values[k] > values[k - 1])) {
      error(
        `${field}[${k}]${suffix}`,
        expectedBody('ascending', values[k], { low: values[k - 1] }),
      );
    }
  }
}

function gridShape(grid: number[][], rows: number, columns: number, error: Report): void {
  if (grid.length !== rows) error('grid', expectedBody('gridRows', grid.length, { count: rows }));
  grid.forEach((row, j) => {
    if (row.length !== columns) {
      error(`grid[${j}]`, expectedBody('gridColumns', row.length, { count: columns }));
    }
  });
}

/** A grid whose bonus falls as actual sales rise pays less for selling more: say where. */
function gridFalls(s: Extract<Scheme, { kind: 'bonus-grid' }>, warn: Report): void {
  s.grid.forEach((row, j) => {
    const k = row.findIndex((value, c) => c > 0 && value < row[c - 1]);
    if (k < 0) return;
    const [low, high] = [s.actualRatios[k - 1], s.actualRatios[k]];
    warn(`grid[${j}]`, { code: 'gridFalls', params: { from: row[k - 1], to: row[k], low, high } });
  });
}

function uniqueIds(items: { id: string }[], field: string, error: Report): void {
  const seen = new Map<string, number>();
  items.forEach((item, k) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, k);
    else
      error(
        `${field}[${k}].id`,
        expectedBody('unusedId', item.id, { other: `${field}[${first}]` }),
      );
  });
}

/** Shortest text that shows the sum as people write it (1600.022, not 1600.0220000000002). */
function round(x: number): string {
  return String(Number(x.toPrecision(12)));
}
