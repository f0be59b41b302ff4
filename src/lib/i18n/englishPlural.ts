/**
 * Catalogs in i18next's shape give a message about a count two forms, `<key>_one` and
 * `<key>_other`, and are asked for it by `<key>`. The CLI and the engine's own messages are in
 * English without i18next: these pick the form it would.
 */

/** The keys a catalog with keys K is asked by: a plural message by its key without a form. */
export type AskedKey<K> = K extends `${infer B}_other` ? B : K extends `${string}_one` ? never : K;

const rules = new Intl.PluralRules('en');

/** Whether `key` is a message with plural forms in `catalog`. */
export function hasPluralForms(catalog: Readonly<Record<string, string>>, key: string): boolean {
  return Object.hasOwn(catalog, `${key}_other`);
}

/** The template of `key`: for a plural message, the form English takes for `count`. */
export function englishTemplate(
  catalog: Readonly<Record<string, string>>,
  key: string,
  count: unknown,
): string {
  if (!hasPluralForms(catalog, key)) return catalog[key];
  const form = typeof count === 'number' ? rules.select(count) : 'other';
  return catalog[`${key}_${form}`] ?? catalog[`${key}_other`];
}
