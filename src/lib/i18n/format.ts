import { amountUnits, type AmountUnit } from '../engine/scenarioSchema';
import type { Locale } from './locales';
import { inUnitOf } from './sharedCompact';

/**
 * How a number reads: an amount of money or sales, a share shown as a percentage, a small
 * percentage such as an interval's half-width (two significant digits), a solved rate (four),
 * a whole count, a plain decimal, seconds, a compact axis tick (1.2M in English, 120万 in
 * Chinese), or money in the data's currency, in full or compact (CN¥1.07M, ¥107万). Points are
 * the difference of two shares in percentage points (0.042 − 0.045 reads −0.3 pp), so that it
 * is not taken for a relative change.
 */
export type NumberKind =
  | 'amount'
  | 'percent'
  | 'percentFine'
  | 'percentPrecise'
  | 'points'
  | 'pointsFine'
  | 'count'
  | 'decimal'
  | 'seconds'
  | 'compact'
  | 'money'
  | 'moneyCompact';

/**
 * The unit of the data's amounts: a currency, yuan counted in ten-thousands (万元), or none when
 * the data does not say. A scenario file may state it (scenarioSchema.ts's amountUnits).
 */
export type Currency = AmountUnit;

export const currencies: readonly Currency[] = amountUnits;

/**
 * Units that count a currency in multiples: money in them is shown in the currency itself (35.1
 * in 万元 reads CN¥351,000), to the precision the amount has in its own unit, and so are the
 * compact ticks of chart axes, all amounts, whose titles name the currency (35万, （元）), so
 * that a chart and the table beside it read alike. Other plain numbers (settings) stay in the
 * data's unit, which their labels name ({{unit}}: "10k CNY", 万元).
 */
const multiples: Partial<Record<Currency, { code: Currency; factor: number }>> = {
  'CNY-10k': { code: 'CNY', factor: 10_000 },
};

/**
 * The unit money figures are written in for data counted in `currency`, and how many of it one
 * amount of the data makes (万元 data read in yuan, 10,000 to the amount). A field beside such
 * figures counts in the same unit, so that a figure read off the page can be typed back.
 */
export function moneyShownIn(currency: Currency): { code: Currency; factor: number } {
  return multiples[currency] ?? { code: currency, factor: 1 };
}

/** The sign money figures carry in `locale` ('CN¥' in English, '¥' in Chinese); none for none. */
export function currencySymbol(locale: Locale, currency: Currency): string {
  const { code } = moneyShownIn(currency);
  if (code === 'none') return '';
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: code }).formatToParts(
    0,
  );
  return parts.find((part) => part.type === 'currency')?.value ?? '';
}

/** The currency until the user or a link picks another: the sample's data are in yuan. */
export const defaultCurrency: Currency = 'CNY';

const cache = new Map<string, Intl.NumberFormat>();

function options(kind: NumberKind, value: number, currency: Currency): Intl.NumberFormatOptions {
  const size = Math.abs(value);
  const money: Intl.NumberFormatOptions =
    currency === 'none' ? {} : { style: 'currency', currency, currencyDisplay: 'symbol' };

  switch (kind) {
    case 'money':
      return { ...money, ...options('amount', value, currency) };
    case 'moneyCompact':
      return { ...money, ...options('compact', value, currency) };
    case 'amount':
      return size >= 100 || size === 0
        ? { maximumFractionDigits: 0 }
        : { maximumSignificantDigits: 3 };
    case 'percent':
      return { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 };
    case 'percentFine':
      return { style: 'percent', maximumSignificantDigits: 2 };
    case 'percentPrecise':
      return { style: 'percent', maximumSignificantDigits: 4 };
    case 'points':
      return { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    case 'pointsFine':
      return { maximumSignificantDigits: 2 };
    case 'seconds':
      return { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    case 'count':
      return { maximumFractionDigits: 0 };
    case 'decimal':
      return { maximumSignificantDigits: 4 };
    case 'compact':
      return { notation: 'compact', maximumSignificantDigits: 3 };
  }
}

/**
 * The last digit a figure of `kind` near `value` is written to, so that a smaller amount added to
 * it cannot be seen. The fine kinds write two significant digits of any size; their step is taken
 * as a millionth (0.0001% or pp), below what any run resolves of a share.
 */
export function shownStep(kind: NumberKind, value: number): number {
  const size = Math.abs(value);
  const significant = (digits: number) =>
    size === 0 ? 1 : 10 ** (Math.floor(Math.log10(size)) - digits + 1);
  switch (kind) {
    case 'money':
    case 'amount':
      return size >= 100 || size === 0 ? 1 : significant(3);
    case 'percent':
    case 'points':
      return 0.001;
    case 'percentFine':
    case 'pointsFine':
      return 1e-6;
    case 'percentPrecise':
    case 'decimal':
      return significant(4);
    case 'seconds':
      return 0.1;
    case 'count':
      return 1;
    case 'moneyCompact':
    case 'compact':
      return significant(3);
  }
}

/** How a figure is written beyond its kind. */
export interface FormatStyle {
  /** Exactly this many decimals, so a column of figures shares one (significant digits off). */
  digits?: number;
  /** + before a gain, as a difference is written. */
  signed?: boolean;
  /**
   * Never write a value that is not zero as 0, nor money to less than the currency's smallest
   * unit (a cent): below half of the least its kind writes (a count's 1, a cent, 0.0001% of a
   * fine share) it reads as a bound, '< 1', '< CN¥0.01'. An interval's half-width is written so.
   */
  least?: boolean;
  /**
   * The half-width of the figure's interval: an amount or a share is then written down to the
   * interval's leading digit where its own rounding is coarser (4.205 ± 0.00427, not 4.2, which
   * reads as known to ±0.05; 3.37% ± 0.014%), and money never below its smallest unit.
   */
  interval?: number;
  /**
   * For a compact figure: written in the unit this value takes (the largest tick of an axis),
   * so that one axis's ticks share a unit (sharedCompact.ts).
   */
  unitOf?: number;
}

/**
 * Format a number for the given language; non-finite values read as a dash. A figure that
 * rounds to zero carries no sign, so a tiny loss reads 0.0%, never -0.0%.
 */
export function formatNumber(
  locale: Locale,
  value: number,
  kind: NumberKind,
  currency: Currency = 'none',
  style: FormatStyle = {},
): string {
  if (!Number.isFinite(value)) return '–';
  const digits = style.digits ?? intervalDigits(kind, value, style.interval, currency);
  if (digits !== undefined) style = { ...style, digits };
  if (style.least && value !== 0) {
    const least = leastShown(kind, value, currency);
    if (Math.abs(value) < least / 2) {
      return `< ${formatNumber(locale, least, kind, currency, { ...style, least: false })}`;
    }
    // Money keeps no digits below its smallest unit: a few ten-thousandths of a yuan are not
    // an amount anyone can pay.
    if (isMoney(kind) && currency !== 'none') value = Math.round(value / least) * least;
  }

  const multiple = isMoney(kind) || kind === 'compact' ? multiples[currency] : undefined;
  const opts: Intl.NumberFormatOptions = {
    ...options(kind, value, multiple?.code ?? currency),
    signDisplay: style.signed ? 'exceptZero' : 'negative',
  };
  if (style.digits !== undefined) {
    delete opts.maximumSignificantDigits;
    opts.minimumFractionDigits = style.digits;
    opts.maximumFractionDigits = style.digits;
  }
  if (multiple) {
    value = inMultiple(value, opts, multiple.factor);
  }
  const key = `${locale}|${JSON.stringify(opts)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, opts);
    cache.set(key, formatter);
  }

  if (style.unitOf !== undefined && opts.notation === 'compact') {
    return inUnitOf(formatter, locale, value, style.unitOf * (multiple?.factor ?? 1));
  }
  if (kind === 'points' || kind === 'pointsFine') {
    return `${formatter.format(value * 100)}${pointsUnit[locale]}`;
  }
  return formatter.format(value);
}

const isMoney = (kind: NumberKind) => kind === 'money' || kind === 'moneyCompact';

/**
 * Decimals that write an amount (in the data's unit) or a share (in per cent) near `value` to the
 * leading digit of its interval's half-width `half`; undefined where its kind's own step is
 * coarser than that.
 */
function intervalDigits(
  kind: NumberKind,
  value: number,
  half: number | undefined,
  currency: Currency,
): number | undefined {
  const share = kind === 'percent' || kind === 'points';
  if ((kind !== 'amount' && kind !== 'money' && !share) || half === undefined) return undefined;
  const size = Math.abs(half);
  if (!(size > 0 && Number.isFinite(size))) return undefined;
  const least = kind === 'money' && currency !== 'none' ? smallestUnit(currency) : 0;
  const step = Math.max(10 ** Math.floor(Math.log10(size)), least);
  if (step > shownStep(kind, value)) return undefined;
  // A share is written in per cent: two decimals fewer than the share itself.
  return Math.max(0, Math.round(-Math.log10(step)) - (share ? 2 : 0));
}

/** Digits after the point of each currency's smallest unit (2 for a cent), as Intl knows them. */
const minorDigits = new Map<string, number>();

/**
 * The least amount a figure of `kind` near `value` writes, in the data's unit: its last digit
 * (shownStep), and for money never less than the currency's smallest unit (a cent, which is a
 * millionth of a 万元).
 */
function leastShown(kind: NumberKind, value: number, currency: Currency): number {
  const step = shownStep(kind, value);
  if (!isMoney(kind) || currency === 'none') return step;
  return Math.max(step, smallestUnit(currency));
}

/** The currency's smallest unit (a cent) in the data's unit: a millionth of a 万元. */
function smallestUnit(currency: Exclude<Currency, 'none'>): number {
  const multiple = multiples[currency];
  const code = multiple?.code ?? currency;
  let digits = minorDigits.get(code);
  if (digits === undefined) {
    const money = new Intl.NumberFormat('en', { style: 'currency', currency: code });
    digits = money.resolvedOptions().maximumFractionDigits ?? 2;
    minorDigits.set(code, digits);
  }
  return 10 ** -digits / (multiple?.factor ?? 1);
}

/**
 * `value`, counted in `factor`s, as an amount of the currency itself; `opts` change from the
 * decimals the amount shows in its own unit to as many significant digits, so that the figure
 * claims no more precision than it has (and shownStep's rounding of intervals still holds).
 */
function inMultiple(value: number, opts: Intl.NumberFormatOptions, factor: number): number {
  const decimals = opts.maximumSignificantDigits === undefined ? opts.maximumFractionDigits : null;
  if (decimals !== null && decimals !== undefined) {
    const rounded = Number(value.toFixed(decimals));
    if (rounded === 0) return 0;
    const whole = Math.floor(Math.log10(Math.abs(rounded))) + 1;
    delete opts.minimumFractionDigits;
    delete opts.maximumFractionDigits;
    opts.maximumSignificantDigits = Math.min(21, Math.max(1, whole + decimals));
    return rounded * factor;
  }
  return value * factor;
}

// A space before the unit's word, as the catalogs write “4,000 次试验” and “30 位代表”.
const pointsUnit: Record<Locale, string> = { en: ' pp', 'zh-CN': ' 个百分点' };
