/**
 * A bonus grid read by bilinear interpolation, as in the forecast-and-actual bonus tables of
 * Gonik (1978), "Tie salesmen's bonuses to their forecasts", Harvard Business Review 56(3).
 */
import type { BonusGridScheme } from '../types';
import { floorBound } from './truthTelling';

/**
 * The grid's value at (row ratio, column ratio), each held within the grid's range, by
 * bilinear interpolation between the four surrounding cells. Allocation-free.
 */
export function gridValue(
  rows: readonly number[],
  columns: readonly number[],
  grid: readonly (readonly number[])[],
  row: number,
  column: number,
): number {
  const j = segment(rows, row);
  const k = segment(columns, column);
  const u = weight(rows, j, row);
  const v = weight(columns, k, column);
  const top = grid[j][k] + v * (grid[j][k + 1 < columns.length ? k + 1 : k] - grid[j][k]);
  const next = j + 1 < rows.length ? j + 1 : j;
  const bottom =
    grid[next][k] + v * (grid[next][k + 1 < columns.length ? k + 1 : k] - grid[next][k]);
  return top + u * (bottom - top);
}

/**
 * Bonus for forecast x and sales y against quota q: standard bonus · grid(x/q, y/q), floored
 * like the truth-telling family. Without a positive quota there is nothing to measure
 * against, so nothing is paid.
 */
export function bonusGridPay(
  scheme: BonusGridScheme,
  standardBonus: number,
  q: number,
  x: number,
  y: number,
): number {
  if (!(q > 0)) return 0;
  const raw =
    standardBonus *
    gridValue(scheme.forecastRatios, scheme.actualRatios, scheme.grid, x / q, y / q);
  return Math.max(raw, floorBound(scheme.floor, scheme.basePay));
}

/** Index j of the segment [values[j], values[j + 1]] that holds x (the last one past the end). */
function segment(values: readonly number[], x: number): number {
  let j = 0;
  while (j + 2 < values.length && x >= values[j + 1]) j++;
  return j;
}

/** Position of x within segment j, held to [0, 1]; 0 for a grid of one row or column. */
function weight(values: readonly number[], j: number, x: number): number {
  if (j + 1 >= values.length) return 0;
  const w = (x - values[j]) / (values[j + 1] - values[j]);
  return w < 0 ? 0 : w > 1 ? 1 : w;
}
