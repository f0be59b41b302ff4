import type { Calendar } from '../sql/periodTotalsSql';
import type { Grain } from '../types';

/**
 * The periods groups are decided for in the app: the quarters the history was fitted on (of a
 * fiscal year when one was chosen), else months, also for a history fitted by weeks or days, so
 * that a rep's group does not flicker from one week to the next.
 */
export function joinCalendar(grain: Grain, quarters?: { fiscalStart: number }): Calendar {
  if (grain === 'quarter') return { unit: 'quarter', fiscalStart: quarters?.fiscalStart ?? 1 };
  return { unit: 'month', fiscalStart: 1 };
}
