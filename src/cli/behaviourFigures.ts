import { figureText, intervalText } from '../lib/components/tables/cellText';
import { formatNumber, type FormatStyle, type NumberKind } from '../lib/i18n/format';
import type { Estimate } from '../lib/engine/types';
import { NONE, withoutNoise } from './format';

// The behaviour tables read as the app's Behaviour table: amounts to three significant digits
// below 100 and in whole units above, or to their interval's leading digit where that is finer,
// and the interval to its own digits, so that a rep's utility under strong risk aversion does not
// print twenty decimals of rounding error.

const english = (value: number, kind: NumberKind, style?: FormatStyle) =>
  formatNumber('en', value, kind, 'none', style);

/** An amount, with + before a gain when `signed`. */
export function figure(value: number, signed = false): string {
  return figureText({ value, halfWidth: null }, 'amount', english, signed);
}

/** 'mean ± se', the se rounded as the app rounds an interval's half-width. */
export function estimate(e: Estimate, signed = false): string {
  if (!Number.isFinite(e.mean)) return NONE;
  const cell = { value: e.mean, halfWidth: e.se };
  return `${figureText(cell, 'amount', english, signed)} ${intervalText(cell, 'amount', english)}`;
}

/**
 * A paired difference, signed. Where the two figures compared are the same up to rounding (no
 * rep changed what they did), the difference and its se are noise next to those figures, of
 * size `scale`, and read 0.
 */
export function difference(d: Estimate, scale: number): string {
  return estimate(withoutNoise(d, scale), true);
}
