import { expectedBody, type Problem } from '../engine/schemes/schema/problem';
import { limits } from './settings';

/**
 * The trials of a scenario opened on the page (a link, a file) as a problem at `trials` when
 * the page would not run them, else null: one range, limits.trials, for the field, a link and
 * a file. Files and the command line take from 1 trial, as a quick check: the command line
 * reports a standard error, '–' where one trial gives none. The page states 95% intervals
 * (1.96 standard errors), marks differences by them and shows 5th and 95th percentiles: with
 * fewer than 100 trials those intervals cover markedly less than 95% (Student's t: 94.7% at
 * 100 trials, 94.0% at 30, 91.8% at 10, 70% at 2), and a 5th percentile is the lowest draw.
 */
export function trialsOnPage(trials: number): Problem | null {
  const { min, max } = limits.trials;
  if (trials >= min && trials <= max) return null;
  return { path: 'trials', ...expectedBody('trialsOnPage', trials, { min, max }) };
}
