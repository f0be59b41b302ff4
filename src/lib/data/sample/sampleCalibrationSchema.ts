import * as v from 'valibot';
import { noteCodes } from '../dataNote';

// Exact objects (strictObject): a field the app does not know means the file was written by
// other code than this, so it is refused rather than passed along.
const finite = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const finiteOrNull = v.nullable(finite);

const repModel = v.strictObject({
  id: v.string(),
  name: v.string(),
  mean: v.array(finite),
  sigma: v.pipe(finite, v.minValue(0)),
  lastYear: v.array(finite),
  historyPeriods: count,
  thin: v.boolean(),
});

const historyPoint = v.strictObject({
  period: v.string(),
  sales: finite,
  target: finiteOrNull,
  fitted: finite,
});

const repHistory = v.strictObject({
  id: v.string(),
  name: v.string(),
  points: v.array(historyPoint),
  mape: finiteOrNull,
  bias: finiteOrNull,
  thin: v.boolean(),
});

const text = v.string();
const noteValue = v.union([text, finite, v.array(text), v.array(v.array(text))]);
/** A note as the data layer hands it over (dataNote.ts): its code and values. */
const note = v.strictObject({
  code: v.picklist(noteCodes),
  params: v.record(v.string(), noteValue),
});

const report = v.strictObject({
  grain: v.picklist(['quarter', 'month', 'week', 'day']),
  reps: count,
  periods: count,
  rows: count,
  firstPeriod: v.string(),
  lastPeriod: v.string(),
  horizon: v.array(v.string()),
  seasonal: v.nullable(v.array(finite)),
  warnings: v.array(note),
});

/** The shape of a CalibrationResult, and the counts that tie its parts together. */
export const sampleCalibrationSchema = v.pipe(
  v.strictObject({ reps: v.array(repModel), histories: v.array(repHistory), report }),
  v.check(
    (c) => c.reps.length === c.report.reps && c.histories.length === c.report.reps,
    'reps and histories must each have report.reps entries',
  ),
  v.check(
    (c) => c.reps.every((rep) => rep.mean.length === c.report.horizon.length),
    "every rep's mean must have one value per period of report.horizon",
  ),
  v.check(
    (c) => c.reps.every((rep) => rep.lastYear.length === c.report.horizon.length),
    "every rep's lastYear must have one value per period of report.horizon",
  ),
  v.check(
    (c) => c.reps.every((rep, i) => c.histories[i].id === rep.id),
    'histories must be in the order of reps, with the same ids',
  ),
);
