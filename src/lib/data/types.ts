import type { DataNote } from './dataNote';
import type { RepModel } from '../engine/types';

/**
 * The period length history is aggregated to before fitting; quarters (of the calendar or a
 * fiscal year) only when the user asks for them.
 */
export type Grain = 'quarter' | 'month' | 'week' | 'day';

export interface HistoryPoint {
  /** `YYYY-MM` at monthly grain, else the period's first day `YYYY-MM-DD`. */
  period: string;
  sales: number;
  target: number | null;
  /** What the fitted model expects for this period (level × season × trend). */
  fitted: number;
}

/** One rep's history for the calibration chart. */
export interface RepHistory {
  id: string;
  name: string;
  points: HistoryPoint[];
  /** Past target accuracy, mean of |X − Y| / Y over periods with a target; null without any. */
  mape: number | null;
  /** Mean of (X − Y) / Y: negative when targets were set below what was sold. */
  bias: number | null;
  thin: boolean;
}

export interface CalibrationReport {
  grain: Grain;
  reps: number;
  /** Periods of the grain between the first and the last one in the data. */
  periods: number;
  /** Source rows that counted as sales. */
  rows: number;
  firstPeriod: string;
  lastPeriod: string;
  /** Labels of the simulated periods, in the same form as history periods. */
  horizon: string[];
  /** Pooled quarterly factors (Q1..Q4, mean 1), or null when no seasonality was fitted. */
  seasonal: number[] | null;
  /** The import's notes and the calibration's warnings, as data (dataNote.ts). */
  warnings: DataNote[];
}

export interface CalibrationResult {
  reps: RepModel[];
  histories: RepHistory[];
  report: CalibrationReport;
}
