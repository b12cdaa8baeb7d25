// The language the user chose, as the API keeps it in their profile (`me.preferredLocale`).
// This browser remembers the last one it saw, so that a page opens in it at once instead of
// in the browser's language until `me` has answered.
import { matchLocale, type Locale } from './locales.js';

const STORAGE_KEY = 'kamgraph.preferredLocale';

export function rememberedPreferredLocale(): Locale | null {
  try {
    return matchLocale(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

/** Null forgets it (the profile has none, or the user signed out). */
export function rememberPreferredLocale(locale: Locale | null): void {
  try {
    if (locale) globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode): the profile still decides once `me` answers.
  }
}
