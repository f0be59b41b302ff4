import { isNoise } from '../lib/components/tables/cellText';
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

const shareFormat = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

// Target errors against sales near 0 reach 10^15 %: their last digits would only be noise.
const hugeShareFormat = new Intl.NumberFormat('en-US', {
  style: 'percent',
  notation: 'scientific',
  maximumSignificantDigits: 4,
});

/** A share as a percentage with two decimals; from a million percent on, in powers of ten. */
export const share = orNone((value) =>
  (Math.abs(value) < 1e4 ? shareFormat : hugeShareFormat).format(value),
);

const pointsFormat = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const hugePointsFormat = new Intl.NumberFormat('en-US', {
  notation: 'scientific',
  maximumSignificantDigits: 4,
});

/**
 * A difference of two shares in percentage points (0.1588 − 0.1991 reads -4.03 pp), as the
 * page writes it, so that it is not taken for a relative change (which would be −20%).
 */
export const points = orNone(
  (value) => `${(Math.abs(value) < 1e4 ? pointsFormat : hugePointsFormat).format(value * 100)} pp`,
);

/** A plus sign on positive figures of a difference; NONE stays as it is. */
export const signed = (text: string) => (text.startsWith('-') || text === NONE ? text : `+${text}`);

/**
 * 'mean ± se'; an se that is rounding error next to its mean (a figure the same in every trial,
 * 1,800 ± 5.1e-15) reads '± 0', as the page's intervals do.
 */
export const withSe = (value: Estimate, format: (value: number) => string) =>
  Number.isFinite(value.mean)
    ? `${format(value.mean)} ± ${amount(isNoise(value.se, value.mean) ? 0 : value.se)}`
    : NONE;

export const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A paired difference with what is rounding error next to the figures compared (of size
 * `scale`) taken as 0: on the same draws two schemes' equal sales differ by 1e-15, not by zero.
 */
export function withoutNoise(d: Estimate, scale: number): Estimate {
  const quiet = (x: number) => (isNoise(x, scale) ? 0 : x);
  return { mean: quiet(d.mean), se: quiet(d.se) };
}

/** A figure that is not there: the reports print '–' (null in JSON). */
export const MISSING: Estimate = { mean: NaN, se: NaN };

/**
 * The paired difference `d` of figures `a` and `b`, or none (NaN, printed '–', null in JSON)
 * where either figure is missing: a scheme without targets, a utility not computable. The
 * draws may still give the difference a number, which compares nothing.
 */
export function compared(d: Estimate, a: Estimate | undefined, b: Estimate | undefined): Estimate {
  return Number.isFinite(a?.mean) && Number.isFinite(b?.mean) ? d : MISSING;
}

/** A difference and its se: signed, and 0 where it is rounding error next to `scale`. */
export const differenceWithSe = (d: Estimate, scale: number) =>
  withSe(withoutNoise(d, scale), (value) => (value === 0 ? amount(0) : signed(amount(value))));
