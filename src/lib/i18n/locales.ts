/** The languages the interface is written in. */
export type Locale = 'en' | 'zh-CN';

export const locales: readonly Locale[] = ['en', 'zh-CN'];

/** Each language named in itself, as language switches conventionally do: never translated. */
export const localeNames: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Where the user's choice of language is remembered between visits. */
export const localeStorageKey = 'incentive-lab.locale';

function isLocale(value: string | null): value is Locale {
  return value !== null && (locales as readonly string[]).includes(value);
}

/**
 * The language to start in: the remembered choice if there is one, else the first browser
 * language we speak (any Chinese tag falls back to Simplified Chinese), else English.
 */
export function pickLocale(stored: string | null, browser: readonly string[]): Locale {
  if (isLocale(stored)) return stored;

  for (const tag of browser) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }

  return 'en';
}
