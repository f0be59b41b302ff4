import type { SignedCurrency } from '../data/currencySign';
import { say } from '../data/importMessages';
import { defaultCurrency } from '../i18n/format';
import { currency, setCurrency } from '../i18n/i18n.svelte';

/** Kept with the page's settings, so that a reload does not make the import's choice a user's. */
const storageKey = 'incentive-lab.importedCurrency';

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

function store(value: SignedCurrency | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(storageKey);
    else globalThis.localStorage?.setItem(storageKey, value);
  } catch {
    // Storage refused (private mode, full): the currency is followed for this page only.
  }
}

/** The currency the last import set by itself, from its amounts' signs or number formats. */
let setByImport: string | null = stored();

/**
 * Sets the currency of the figures after an import that named `named` (by sign, code or number
 * format; null for none or more than one), and returns the notice to add when the currency
 * changes without the file's saying so. A currency an import set follows the next import: a
 * file that names none goes back to the default (its amounts are no more the previous file's
 * dollars than yuan, and a header in 元 says the default), with the notice. A currency chosen
 * otherwise (the picker, a link, a kept setting) stays. Shortcoming: the currency an import set
 * and then picked again by hand reads as the import's, since the picker records no choice.
 */
export function followImportedCurrency(
  fileName: string,
  named: SignedCurrency | null,
): string | null {
  const previous = currency();
  const fromImport = setByImport !== null && previous === setByImport;
  setByImport = named;
  store(named);
  if (named !== null) {
    setCurrency(named);
    return null;
  }
  if (!fromImport || previous === defaultCurrency) return null;
  setCurrency(defaultCurrency);
  return say('currencyDefault', { file: fileName, currency: defaultCurrency, previous });
}
