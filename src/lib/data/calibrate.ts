import { exp } from '../engine/portableMath';
import type { RepModel } from '../engine/types';
import {
  FALLBACK_SIGMA,
  OWN_SEASON_MIN_PERIODS,
  OWN_SEASON_MIN_QUARTERS,
  SEASON_MIN_MONTHS,
  SIGMA_PRIOR_DOF,
  THIN_PERIODS,
} from './constants';
import type { Db } from './db';
import { chooseGrain, spanSql, type Span } from './grain';
import { horizonPeriods } from './horizon';
import { outlierNote } from './outliers';
import { leavePartialPeriods } from './partialPeriods';
import { fitSql, lastYearSql } from './sql/fitSql';
import { note, type ImportMessage } from './importMessages';
import { historySql, periodLabel } from './sql/historySql';
import { DAYS_SQL, leftRepsSql, periodCountSql, periodsSql } from './sql/periodsSql';
import { rampSql, usedSql } from './sql/rampSql';
import { recordedTargetsNote } from './recordedTargets';
import { seasonSql } from './sql/seasonSql';
import { trendSql } from './sql/trendSql';
import type { CalibrationResult, Grain, HistoryPoint, RepHistory } from './types';
import { calibrationNotes } from './warnings';

interface FitRow {
  rep: string;
  n: number;
  npos: number;
  level: number;
  tau_bar: number;
  g: number;
  mape: number | null;
  bias: number | null;
  sigma: number;
  /** The rep's own residual variance; null when its sale periods are too few for one. */
  s2_own: number | null;
  thin: boolean;
}

interface PeriodCount {
  present: number;
  expected: number;
  first: string;
  last: string;
  empty: number;
}

export interface CalibrateOptions {
  /**
   * Fit by quarters of a year starting in month `fiscalStart` (1: calendar quarters, 10: the
   * October–September year of many plans) instead of the grain the span decides.
   */
  quarters?: { fiscalStart: number };
  /** Fit by month even when the dates are quarterly (the user chose months; see grain.ts). */
  months?: true;
}

/**
 * Fits every rep in the table `sales` and projects the simulated horizon:
 * mean = level × quarterly factor × exp(g · (tau − tau_bar)). Throws on an empty table.
 */
export async function calibrate(
  db: Db,
  options: CalibrateOptions = {},
): Promise<CalibrationResult> {
  await db.exec(DAYS_SQL);
  const [span] = await db.query<Span>(spanSql());
  if (!span || span.rows === 0) throw new Error('calibrate: the table sales is empty');

  const fiscalStart = options.quarters?.fiscalStart ?? 1;
  const grain = options.quarters ? 'quarter' : options.months ? 'month' : chooseGrain(span);
  const yearly = grain === 'month' || grain === 'quarter';
  const perYear = grain === 'quarter' ? 4 : 12;
  const seasonal = yearly && span.months >= SEASON_MIN_MONTHS;
  const thinBelow = THIN_PERIODS[grain];

  for (const sql of periodsSql(grain, fiscalStart)) await db.exec(sql);
  const partial = await leavePartialPeriods(db, grain, fiscalStart, span);
  const left = await leftReps(db, grain, fiscalStart);
  const ramps = yearly ? await rampUps(db, grain, fiscalStart) : [];
  await db.exec(usedSql(ramps.length > 0));
  const outliers = await outlierNote(db, grain, fiscalStart);
  await db.exec(trendSql(yearly, perYear));
  for (const sql of seasonSql({
    enabled: seasonal,
    pooledMin: perYear,
    ownMin: grain === 'quarter' ? OWN_SEASON_MIN_QUARTERS : OWN_SEASON_MIN_PERIODS,
  })) {
    await db.exec(sql);
  }
  await db.exec(fitSql({ priorDof: SIGMA_PRIOR_DOF, thinBelow, fallbackSigma: FALLBACK_SIGMA }));

  const fits = await db.query<FitRow>('SELECT * FROM cal_fit');
  const recorded = await recordedTargetsNote(db);
  const factors = await db.query<{ rep: string; q: number; f: number }>(
    'SELECT rep, q, f FROM cal_factor ORDER BY rep, q',
  );
  const season = await db.query<{ q: number; f: number }>('SELECT q, f FROM cal_season ORDER BY q');
  const [count] = await db.query<PeriodCount>(periodCountSql(grain));
  const points = await db.query<HistoryPoint & { rep: string }>(historySql(grain, fiscalStart));
  const horizon = horizonPeriods(grain, count.last, fiscalStart);
  const yearBefore = await db.query<{ rep: string; j: number; sales: number }>(
    lastYearSql(grain, count.last, horizon.length),
  );

  // fitSql gives every rep FALLBACK_SIGMA when no rep has a variance of its own to pool.
  const volatilityAssumed = fits.length > 0 && fits.every((fit) => fit.s2_own === null);
  const kept = fits.filter((fit) => fit.npos > 0 && fit.level > 0);
  const factorsOf = groupBy(factors);
  const pointsOf = groupBy(points);
  const yearBeforeOf = groupBy(yearBefore);
  const reps: RepModel[] = kept.map((fit) => {
    const own = (factorsOf.get(fit.rep) ?? []).map((f) => f.f);
    const model = (q: number, tau: number) =>
      fit.level * own[q - 1] * exp(fit.g * (tau - fit.tau_bar));
    // Where the history has no such period, the fitted model's sales a year before stand in
    // (at the short grains 364 days, taken as a year for the trend).
    const lastYear = horizon.map((h) => model(h.q, h.tau - 1));
    for (const row of yearBeforeOf.get(fit.rep) ?? []) lastYear[row.j] = row.sales;
    return {
      id: fit.rep,
      name: fit.rep,
      mean: horizon.map((h) => model(h.q, h.tau)),
      sigma: fit.sigma,
      lastYear,
      historyPeriods: fit.n,
      thin: fit.thin,
    };
  });

  const histories: RepHistory[] = kept.map((fit) => ({
    id: fit.rep,
    name: fit.rep,
    points: (pointsOf.get(fit.rep) ?? []).map(({ period, sales, target, fitted }) => ({
      period,
      sales,
      target,
      fitted,
    })),
    mape: fit.mape,
    bias: fit.bias,
    thin: fit.thin,
  }));

  return {
    reps,
    histories,
    report: {
      grain,
      reps: reps.length,
      periods: count.expected,
      rows: span.rows,
      firstPeriod: labelOf(grain, count.first, fiscalStart),
      lastPeriod: labelOf(grain, count.last, fiscalStart),
      horizon: horizon.map((h) => h.label),
      seasonal: season.length === 4 ? season.map((s) => s.f) : null,
      warnings: [
        ...left,
        ...partial,
        ...calibrationNotes({
          grain,
          span,
          seasonal,
          count,
          fits,
          thinBelow,
          volatilityAssumed,
        }),
        ...(volatilityAssumed
          ? [note('assumedVolatility', { sigma: String(FALLBACK_SIGMA) })]
          : []),
        ...ramps.map(({ rep, periods, first, last }) =>
          periods === 1
            ? note('rampUpFirst', { rep, first })
            : note('rampUp', { rep, count: periods, first, last }),
        ),
        ...outliers,
        ...recorded,
      ],
    },
  };
}

/**
 * The message naming the reps with no rows in the data's last year (cal_left), whom the fit and
 * the simulated year leave out as having left; none when every rep has rows in it.
 */
async function leftReps(db: Db, grain: Grain, fiscalStart: number): Promise<ImportMessage[]> {
  const label = (date: string) => periodLabel(grain, fiscalStart, date);
  const rows = await db.query<{ rep: string; from: string; to: string }>(leftRepsSql(grain, label));
  if (rows.length === 0) return [];
  const reps = rows.map((row) => row.rep);
  const { from, to } = rows[0];
  return [note('repsLeft', { count: rows.length, from, to, reps })];
}

interface RampUp {
  rep: string;
  periods: number;
  first: string;
  last: string;
}

/**
 * The reps whose history starts with a ramp-up (rampSql), which the fit leaves out: a new hire's
 * first months are not a season or a trend of the sales the rep makes now.
 */
async function rampUps(db: Db, grain: Grain, fiscalStart: number): Promise<RampUp[]> {
  await db.exec(rampSql(grain === 'quarter' ? 3 : 1));
  const label = (date: string) => periodLabel(grain, fiscalStart, date);
  return db.query<RampUp>(
    `SELECT rep, periods, ${label('first')} AS first, ${label('ends')} AS last
FROM cal_ramp ORDER BY rep`,
  );
}

function labelOf(grain: Grain, day: string, fiscalStart: number): string {
  if (grain === 'quarter') {
    // The label of the quarter after the one before `day`: the quarter `day` starts.
    const [year, month] = day.split('-').map(Number);
    const before = new Date(Date.UTC(year, month - 4, 1)).toISOString().slice(0, 10);
    return horizonPeriods('quarter', before, fiscalStart)[0].label;
  }
  return grain === 'month' ? day.slice(0, 7) : day;
}

/** Rows by rep, keeping the query's order within each rep. */
function groupBy<T extends { rep: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.rep);
    if (group) group.push(row);
    else groups.set(row.rep, [row]);
  }
  return groups;
}
