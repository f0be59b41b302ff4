import type { Estimate } from '../lib/engine/types';

/** Shown for a figure a scheme does not have (no target: no accuracy or hit rate). */
export const NONE = '–';

// Five significant digits, but never rounding away whole units: 4.2074, 0.0016, 1,234,568.
const amountFormat = new Intl.NumberFormat('en-US', {
  maximumSignificantDigits: 5,
  maximumFractionDigits: 0,
  roundingPriority: 'morePrecision',
});

const orNone = (format: (value: number) => string) => (value: number) =>
  Number.isFinite(value) ? format(value) : NONE;

export const amount = orNone((value) => amountFormat.format(value));

export const share = orNone((value) => `${(value * 100).toFixed(2)}%`);

/** A plus sign on positive figures of a difference; NONE stays as it is. */
export const signed = (text: string) => (text.startsWith('-') || text === NONE ? text : `+${text}`);

export const withSe = (value: Estimate, format: (value: number) => string) =>
  Number.isFinite(value.mean) ? `${format(value.mean)} ± ${amount(value.se)}` : NONE;

export const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
