/**
 * Rules that tie a scheme's fields together, which the schema's field-by-field checks cannot
 * see. Errors stop a run; warnings let it proceed and must be shown. `periods` is the number
 * of simulated periods when it is known (reps given in the file, or data already loaded).
 */
import { TOTAL_TOLERANCE } from '../../constants';
import type { Amount, QuotaRule, Scheme } from '../../types';
import { truthTellingAdvice, truthTellingWarningText } from '../truthTellingAdvice';
import { show } from './fields';

export interface SchemeIssues {
  errors: string[];
  warnings: string[];
}

export function schemeIssues(scheme: Scheme, path: string, periods?: number): SchemeIssues {
  const issues: SchemeIssues = { errors: [], warnings: [] };
  const error = (field: string, text: string) => issues.errors.push(`${path}.${field}: ${text}`);
  const amount = (field: string, a: Amount | QuotaRule | undefined) => {
    const problem = a === undefined ? undefined : lengthProblem(a, periods);
    if (problem !== undefined) error(`${field}.values`, problem);
  };

  switch (scheme.kind) {
    case 'truth-telling':
      truthTellingRules(scheme, error, issues.warnings, path);
      amount('cap', scheme.cap);
      break;
    case 'bonus-grid':
      ascending(scheme.forecastRatios, 'forecastRatios', error);
      ascending(scheme.actualRatios, 'actualRatios', error);
      gridShape(scheme.grid, scheme.forecastRatios.length, scheme.actualRatios.length, error);
      gridFalls(scheme, issues.warnings, path);
      amount('quota', scheme.quota);
      amount('standardBonus', scheme.standardBonus);
      break;
    case 'pharma-letter':
      amount('quota', scheme.quota);
      amount('basePay', scheme.basePay);
      amount('performancePay', scheme.performancePay);
      uniqueIds(scheme.fines, 'fines', error);
      statedTotal(scheme.quota, scheme.statedTotal, periods, issues.warnings, path);
      break;
    case 'condiment-letter':
      condimentRules(scheme, error);
      scheme.skus.forEach((sku, k) => amount(`skus[${k}].target`, sku.target));
      amount('baseSalary', scheme.baseSalary);
      uniqueIds(scheme.fines, 'fines', error);
      break;
    case 'commission-plan':
      if (scheme.tiers[0].from !== 0) {
        error(
          'tiers[0].from',
          `expected 0 (the first tier starts at no sales), saw ${scheme.tiers[0].from}`,
        );
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
function lengthProblem(a: Amount | QuotaRule, periods: number | undefined): string | undefined {
  if (a.kind !== 'fixed' || periods === undefined) return undefined;
  const n = a.values.length;
  if (n === 1 || n === periods) return undefined;
  return `expected 1 value or ${periods} (one per simulated period), saw ${n}`;
}

function truthTellingRules(
  s: Extract<Scheme, { kind: 'truth-telling' }>,
  error: (field: string, text: string) => void,
  warnings: string[],
  path: string,
): void {
  const flat = s.alpha === s.beta && s.beta === s.gamma;
  const reason = 'or the rep gains by reporting as high or as low a target as it can';
  if (!flat && !(s.beta > s.alpha)) {
    error('beta', `expected a number > alpha (${s.alpha}), saw ${show(s.beta)} (${reason})`);
  }
  if (!flat && !(s.gamma > s.beta)) {
    error('gamma', `expected a number > beta (${s.beta}), saw ${show(s.gamma)} (${reason})`);
  }
  if (issuesFree(s)) {
    for (const w of truthTellingAdvice(s).warnings) {
      warnings.push(`${path}: ${truthTellingWarningText(w)}`);
    }
  }
}

function issuesFree(s: Extract<Scheme, { kind: 'truth-telling' }>): boolean {
  const flat = s.alpha === s.beta && s.beta === s.gamma;
  return flat || (s.alpha < s.beta && s.beta < s.gamma);
}

function condimentRules(
  s: Extract<Scheme, { kind: 'condiment-letter' }>,
  error: (field: string, text: string) => void,
): void {
  const total = s.skus.reduce((sum, sku) => sum + sku.share, 0);
  if (Math.abs(total - 1) > TOTAL_TOLERANCE) {
    error('skus', `expected shares that add up to 1, saw ${total}`);
  }
  uniqueIds(s.skus, 'skus', error);
  s.skus.forEach((sku, k) => {
    const wanted =
      sku.target.kind === 'share' ? sku.target.share > 0 : sku.target.values.some((x) => x > 0);
    if (sku.share === 0 && wanted) {
      error(
        `skus[${k}].share`,
        'expected a share > 0: a SKU the rep never sells cannot meet a target above 0, saw 0',
      );
    }
  });
}

/** The letter's own total against the sum of its periods' targets: a warning, not a choice. */
function statedTotal(
  quota: QuotaRule,
  stated: number | undefined,
  periods: number | undefined,
  warnings: string[],
  path: string,
): void {
  if (stated === undefined || quota.kind !== 'fixed') return;
  const values = quota.values;
  const count = values.length > 1 ? values.length : periods;
  if (count === undefined) return;
  const sum = values.length > 1 ? values.reduce((a, b) => a + b, 0) : values[0] * count;
  if (Math.abs(sum - stated) <= TOTAL_TOLERANCE * Math.max(Math.abs(stated), 1)) return;
  warnings.push(
    `${path}.statedTotal: the quota's ${count} periods add up to ${round(sum)}, but the stated ` +
      `total is ${round(stated)}; the run uses the periods' own targets`,
  );
}

function ascending(
  values: number[],
  field: string,
  error: (field: string, text: string) => void,
  suffix = '',
): void {
  for (let k = 1; k < values.length; k++) {
    if (!(values[k] > values[k - 1])) {
      error(
        `${field}[${k}]${suffix}`,
        `expected a number > ${values[k - 1]} (ascending), saw ${values[k]}`,
      );
    }
  }
}

function gridShape(
  grid: number[][],
  rows: number,
  columns: number,
  error: (field: string, text: string) => void,
): void {
  if (grid.length !== rows)
    error('grid', `expected ${rows} rows (one per forecast ratio), saw ${grid.length}`);
  grid.forEach((row, j) => {
    if (row.length !== columns) {
      error(`grid[${j}]`, `expected ${columns} values (one per actual ratio), saw ${row.length}`);
    }
  });
}

/** A grid whose bonus falls as actual sales rise pays less for selling more: say where. */
function gridFalls(
  s: Extract<Scheme, { kind: 'bonus-grid' }>,
  warnings: string[],
  path: string,
): void {
  s.grid.forEach((row, j) => {
    const k = row.findIndex((value, c) => c > 0 && value < row[c - 1]);
    if (k < 0) return;
    warnings.push(
      `${path}.grid[${j}]: the bonus falls from ${row[k - 1]} to ${row[k]} as actual/quota ` +
        `rises from ${s.actualRatios[k - 1]} to ${s.actualRatios[k]}: selling more pays less`,
    );
  });
}

function uniqueIds(
  items: { id: string }[],
  field: string,
  error: (field: string, text: string) => void,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, k) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, k);
    else
      error(
        `${field}[${k}].id`,
        `expected an id not used by ${field}[${first}], saw ${show(item.id)}`,
      );
  });
}

/** Shortest text that shows the sum as people write it (1600.022, not 1600.0220000000002). */
function round(x: number): string {
  return String(Number(x.toPrecision(12)));
}
