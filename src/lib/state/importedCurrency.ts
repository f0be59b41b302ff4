import type { SignedCurrency } from '../data/currencySign';
import { note, type ImportMessage } from '../data/importMessages';
import { currencies, defaultCurrency, type Currency } from '../i18n/format';
import { currency, releaseResultsCurrency, setCurrency } from '../i18n/i18n.svelte';

/**
 * The currency the last import set by itself (from its amounts' signs or number formats), the
 * file that named it and the currency shown before it. Kept with the page's settings, so that a
 * reload neither makes the import's choice a user's nor loses the unit to go back to.
 */
interface SetByImport {
  currency: SignedCurrency;
  /** Null for a record kept by an earlier build, which named no file. */
  file: string | null;
  before: Currency;
}

const storageKey = 'incentive-lab.importedCurrency';
const signed: readonly string[] = ['USD', 'EUR', 'CNY'] satisfies SignedCurrency[];

function stored(): SetByImport | null {
  let text: string | null;
  try {
    text = globalThis.localStorage?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  // Earlier builds kept the code alone.
  if (signed.includes(text)) {
    return { currency: text as SignedCurrency, file: null, before: defaultCurrency };
  }
  try {
    const value = JSON.parse(text) as Partial<SetByImport>;
    const valid =
      signed.includes(value.currency ?? '') &&
      (typeof value.file === 'string' || value.file === null) &&
      (currencies as readonly unknown[]).includes(value.before);
    return valid ? (value as SetByImport) : null;
  } catch {
    return null;
  }
}

function store(value: SetByImport | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(storageKey);
    else globalThis.localStorage?.setItem(storageKey, JSON.stringify(value));
  } catch {
    // Storage refused (private mode, full): the currency is followed for this page only.
  }
}

let setByImport: SetByImport | null = stored();

/** Another tab's import may have recorded a currency since this page read the record. */
export function rereadImportedCurrency(): void {
  setByImport = stored();
}

/**
 * The history whose currency was last settled: the file an import or a restore set it for, or
 * null for the sample; undefined until the first. A history is settled once, so that a unit a
 * link states for the sample is not taken back when the sample then loads.
 */
let settledFor: string | null | undefined;

/** Whether `source` is the file the recorded import named its currency for. */
function isImported(source: string | null | undefined): boolean {
  if (setByImport === null || source === null || source === undefined) return false;
  // A record of an earlier build names no file: the kept file restored is the one it was for.
  return setByImport.file === null || setByImport.file === source;
}

/** The currency shown is the one the recorded import set, for that file. */
function importsInForce(): boolean {
  return isImported(settledFor) && currency() === setByImport?.currency;
}

/**
 * Sets the currency of the figures after an import that named `named` (by sign, code or number
 * format; null for none or more than one), and returns the notice to add when the currency
 * changes without the file's saying so. A currency an import set follows the next import: a
 * file that names none goes back to the default (its amounts are no more the previous file's
 * dollars than yuan, and a header in 元 says the default), with the notice. A currency chosen
 * otherwise (the picker, a link, a kept setting) stays.
 */
export function followImportedCurrency(
  fileName: string,
  named: SignedCurrency | null,
): ImportMessage | null {
  const previous = currency();
  const fromImport = importsInForce();
  // Through a run of imports that each named one, the unit to go back to stays the user's.
  const before = fromImport && setByImport ? setByImport.before : previous;
  setByImport = named === null ? null : { currency: named, file: fileName, before };
  store(setByImport);
  settledFor = fileName;
  if (named !== null) {
    setCurrency(named);
    return null;
  }
  if (!fromImport || previous === defaultCurrency) return null;
  setCurrency(defaultCurrency);
  return note('currencyDefault', { file: fileName, currency: defaultCurrency, previous });
}

/**
 * The history in use becomes `source` (a file's name, null for the sample) without an import
 * that reads its amounts: the sample chosen again, or a kept file restored after a reload. The
 * currency an import set is that file's: another history goes back to the unit shown before
 * it, and the file, restored while that unit shows, takes its own again. Any other unit (picked
 * by hand, stated by a link) stays.
 */
export function followHistoryInUse(source: string | null): void {
  if (settledFor === source) return;
  settledFor = source;
  if (setByImport === null) return;
  const { currency: own, before } = setByImport;
  if (isImported(source)) {
    if (currency() === before) setCurrency(own);
  } else if (currency() === own) {
    setCurrency(before);
  }
}

/**
 * This page now shows the history `source` that another tab loaded and showed in `unit`: it
 * takes that unit, so that both label the same figures alike. Worked out here from the record
 * instead, the unit could be this page's previous file's.
 */
export function followOtherTab(source: string | null, unit: Currency): void {
  settledFor = source;
  setCurrency(unit);
}

/** A unit stated for the history `source` (a scenario file or link): it stays when it loads. */
export function statedForHistory(source: string | null): void {
  settledFor = source;
}

/**
 * The user picked the currency of the figures. Over the currency an import set, it replaces
 * that file's and stays whichever data comes next; over other data (the sample) it is the unit
 * to go back to, and the file keeps its own. It labels the comparison's results at once, those
 * of the data before a switch whose run is under way included.
 */
export function chooseCurrency(next: Currency): void {
  setCurrency(next);
  releaseResultsCurrency();
  if (setByImport === null) return;
  setByImport = isImported(settledFor) ? null : { ...setByImport, before: next };
  store(setByImport);
}
