// The languages the web app speaks, and how one is chosen: the `lang` query parameter (a
// shared link opens in the sender's language), else the language the user chose (kept in
// their profile by the API), else the browser's languages, else English. Pure: the first script and tests use it.

export const LOCALES = ['en', 'pt-PT', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language in its own words (a language picker is read by someone who may not read the current one). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'pt-PT': 'Português (Portugal)',
  'pt-BR': 'Português (Brasil)',
};

/** The short name the top bar's picker shows. */
export const LOCALE_SHORT_NAMES: Record<Locale, string> = {
  en: 'EN',
  'pt-PT': 'PT',
  'pt-BR': 'BR',
};

/**
 * The tag handed to Intl for dates and numbers. English is British English, as the app's
 * words have always been (Programme, Favourable): days before months, `4,800`.
 */
export const INTL_TAGS: Record<Locale, string> = {
  en: 'en-GB',
  'pt-PT': 'pt-PT',
  'pt-BR': 'pt-BR',
};

/** One BCP 47 tag (`pt-br`, `pt`, `en-US`) or the API's enum value (`PT_BR`) to a locale we speak; null when we speak no language of it. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const lower = tag.trim().toLowerCase().replace('_', '-');
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split(/[-_]/)[0];
  if (language === 'en') return 'en';
  // Portuguese without a region, or of Angola, Mozambique ...: the European norm they follow.
  if (language === 'pt') return 'pt-PT';
  return null;
}

export interface LocaleSources {
  /** The `lang` query parameter. */
  url?: string | null;
  /** The language the user chose (their profile's `preferredLocale`). */
  profile?: string | null;
  /** navigator.languages, most preferred first. */
  browser?: readonly string[];
}

/** The API's enum value for a locale (`pt-BR` -> `PT_BR`). */
export function enumOfLocale(locale: Locale): 'EN' | 'PT_PT' | 'PT_BR' {
  return locale.toUpperCase().replace('-', '_') as 'EN' | 'PT_PT' | 'PT_BR';
}

/** The locale to show: the URL's, else the profile's, else the first browser language we speak, else English. */
export function chooseLocale({ url, profile, browser = [] }: LocaleSources): Locale {
  return matchLocale(url) ?? matchLocale(profile) ?? browser.map(matchLocale).find((l) => l !== null) ?? DEFAULT_LOCALE;
}
