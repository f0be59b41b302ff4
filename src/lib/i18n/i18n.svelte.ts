import i18next from 'i18next';
import { problemLine, wordProblem, type Problem } from '../engine/schemes/schema/problem';
import { en, type MessageKey, type PluralKey } from './en';
import {
  currencySymbol,
  defaultCurrency,
  formatNumber,
  moneyShownIn,
  type Currency,
  type FormatStyle,
  type NumberKind,
} from './format';
import { locales, localeStorageKey, pickLocale, type Locale } from './locales';
import { zhCN } from './zh-CN';

export type { Currency } from './format';
export type { Locale } from './locales';
export type { MessageKey, PluralKey } from './en';

const engine = i18next.createInstance();

// Keys are flat strings with dots, so i18next must not split them; Svelte escapes text itself.
void engine.init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: 'en',
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

// A count in a plural message, `{{count, number}}`, is written as fmt writes counts. i18next's
// own number format hands every option of the call to Intl, which refuses some (`unit`).
engine.services.formatter?.add('number', (value: number, lng?: string) =>
  formatNumber(locales.find((l) => l === lng) ?? 'en', value, 'count'),
);

function storedLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(localeStorageKey) ?? null;
  } catch {
    return null;
  }
}

function browserLocales(): readonly string[] {
  return globalThis.navigator?.languages ?? [];
}

const initial = pickLocale(storedLocale(), browserLocales());
let current = $state<Locale>(initial);
let currentCurrency = $state<Currency>(defaultCurrency);
/**
 * The unit of the comparison's results while it is not yet that of the data in use: from the
 * moment other data are chosen until their run puts its own results there (holdResultsCurrency).
 */
let heldCurrency = $state<Currency | null>(null);
/** The unit of the results of the screen on show, when it has results of its own. */
let screenCurrency = $state<Currency | null>(null);

if (typeof document !== 'undefined') document.documentElement.lang = initial;

/** The language in use; reading it inside a component or $derived makes that reactive on it. */
export function locale(): Locale {
  return current;
}

/** Switch language, remember the choice, and tell the page (for screen readers and fonts). */
export function setLocale(next: Locale): void {
  current = next;

  try {
    globalThis.localStorage?.setItem(localeStorageKey, next);
  } catch {
    // Private modes may refuse storage; the switch still holds for this visit.
  }

  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** True for a string that names a message (a key built at run time, such as a field path). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

type Vars = Record<string, string | number>;

/**
 * What a message takes: a plural message needs its `count` as a number, which picks the form
 * and is written as the language writes numbers (`{{count, number}}`).
 */
type Args<K extends MessageKey> = K extends PluralKey
  ? [vars: Vars & { count: number }]
  : [vars?: Vars];

/**
 * The message for `key` in the current language, with `{{name}}` replaced from `vars`;
 * `{{unit}}` is the unit of money in the currency shown unless `vars` says otherwise.
 */
export function t<K extends MessageKey>(key: K, ...[vars = {}]: Args<K>): string {
  const unit = engine.t(`unit.${shownCurrency()}`, { lng: current });
  return engine.t(key, { unit, ...vars, lng: current });
}

/** Things counted in the catalogs' `count.<noun>`, such as 'reps' for "1 rep", "2 reps". */
export type CountNoun = PluralKey extends infer K
  ? K extends `count.${infer N}`
    ? N
    : never
  : never;

/**
 * "1 rep", "30 reps" (30 位代表): a count with its noun in the right form, for a message that
 * holds several counts and so cannot take its own plural form from one of them.
 */
export function counted(noun: CountNoun, n: number): string {
  return t(`count.${noun}`, { count: n });
}

function isCountNoun(name: string): name is CountNoun {
  return Object.hasOwn(en, `count.${name}_other`);
}

/**
 * Values for a message in the current language: a number named after a counted noun
 * (`schemes: 1`) comes with that noun ("1 scheme"), any other number is written as a count,
 * text stays as it is.
 */
export function countedVars(vars: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [
      name,
      typeof value === 'string'
        ? value
        : isCountNoun(name)
          ? counted(name, value)
          : fmt(value, 'count'),
    ]),
  );
}

/** Names or numbers listed as the language lists them: "Ann, Bob", “Ann、Bob”. */
export function listed(items: readonly string[]): string {
  return items.join(t('list.separator'));
}

/** Values quoted and listed as the language does: "Li, Wei", "Wang" and “Li, Wei”、“Wang”. */
export function listedQuoted(items: readonly string[]): string {
  return listed(items.map((item) => t('list.quoted', { item })));
}

/** Clauses parted as the language parts them within a sentence: "a; b", “a；b”. */
export function clauses(items: readonly string[]): string {
  return items.join(t('list.clauseSeparator'));
}

/** A validation problem of the engine in the current language, without its path. */
export function problem(p: Problem): string {
  return wordProblem(p, t);
}

/** A validation problem in the current language after its path (`schemes[0].rate: …`). */
export function problemWithPath(p: Problem): string {
  return problemLine(p, problem(p));
}

/** The currency of the data in use; the language does not change it, the data do. */
export function currency(): Currency {
  return currentCurrency;
}

export function setCurrency(next: Currency): void {
  currentCurrency = next;
}

/**
 * The currency money on screen is shown in: that of the results of the screen on show, else
 * that of the data in use.
 */
function shownCurrency(): Currency {
  return screenCurrency ?? currentCurrency;
}

/**
 * The unit of the results of the screen on show (Compare's comparison, a sweep), which its
 * money is shown in; null for a screen without results of its own, shown in the data's.
 */
export function showScreenResultsIn(unit: Currency | null): void {
  screenCurrency = unit;
}

/** The unit the comparison's results read in (see heldCurrency). */
export function resultsCurrency(): Currency {
  return heldCurrency ?? currentCurrency;
}

/**
 * Other data are chosen while the comparison's results are on screen: they keep the unit they
 * read in now, whatever the currency of the data in use becomes, until releaseResultsCurrency.
 * Holding twice keeps the first unit, that of the results still on screen.
 */
export function holdResultsCurrency(): void {
  heldCurrency ??= currentCurrency;
}

/** The comparison's results read in the currency of the data in use again. */
export function releaseResultsCurrency(): void {
  heldCurrency = null;
}

/** A number formatted for the current language (money in the currency shown). */
export function fmt(value: number, kind: NumberKind, style?: FormatStyle): string {
  return formatNumber(current, value, kind, shownCurrency(), style);
}

/**
 * The name of the unit money and chart amounts on screen are written in: the currency itself
 * for data counted in a multiple of it (CNY for 万元 data), for the titles of chart axes.
 */
export function moneyUnit(): string {
  return engine.t(`unit.${moneyShownIn(shownCurrency()).code}`, { lng: current });
}

/**
 * As fmt, with money in the currency of the data in use: for figures of those data themselves
 * (an import's totals), which are on screen from the moment they load.
 */
export function fmtOfData(value: number, kind: NumberKind): string {
  return formatNumber(current, value, kind, currentCurrency);
}

/**
 * How a field that sits beside money figures counts, in the currency of the data in use, which
 * its value is for: in the unit the figures are written in (yuan for data in 万元), `factor` of
 * it to one amount of the data, with the figures' sign and the unit's name for its label.
 */
export function moneyField(): { factor: number; symbol: string; unit: string } {
  const { code, factor } = moneyShownIn(currentCurrency);
  const unit = engine.t(`unit.${code}`, { lng: current });
  return { factor, symbol: currencySymbol(current, currentCurrency), unit };
}
