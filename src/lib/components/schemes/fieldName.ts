import { isMessageKey, t } from '$lib/i18n/i18n.svelte';

/**
 * A field's name as people read it, in the current language: the catalog's name for it inside
 * `parentKey` (receivables' 'expected' is money collected, a fine's is a count), else its own
 * name, else the key spelt out ('performancePay' → 'performance pay').
 */
export function fieldName(key: string, parentKey = ''): string {
  const inParent = `schemes.field.${parentKey}.${key}`;
  if (parentKey && isMessageKey(inParent)) return t(inParent);
  const message = `schemes.field.${key}`;
  if (isMessageKey(message)) return t(message);
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A field's path as the editor labels it: 'tiers[1].from' → 'tiers 2 › from', names translated. */
export function pathName(path: string): string {
  const parts = path.split('.');
  const keyOf = (part: string | undefined) => part?.replace(/\[\d+\]/g, '') ?? '';
  return parts
    .map((part, k) =>
      part.replace(/^([A-Za-z]+)((?:\[\d+\])*)$/, (_, key: string, indices: string) =>
        [
          fieldName(key, keyOf(parts[k - 1])),
          ...[...indices.matchAll(/\d+/g)].map((m) => Number(m[0]) + 1),
        ].join(' '),
      ),
    )
    .join(' › ');
}

/**
 * The name of a word a field picks from a list ('zero' for a floor, 'fixed' for an amount) in
 * the current language; the file keeps the word itself. A word with no name shows as it is.
 */
export function choiceName(field: string, choice: string): string {
  const message = field === 'floor' ? `settings.floor.${choice}` : `schemes.choice.${choice}`;
  return isMessageKey(message) ? t(message) : choice;
}
