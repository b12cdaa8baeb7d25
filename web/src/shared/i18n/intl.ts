// The app's one Intl object (FormatJS), also outside React: the vocabulary tables, the date
// and number helpers and the CSV export read it. The provider (I18nProvider) swaps it when the
// locale changes and remounts the tree under it, so every component reads the new words.
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { CATALOGUES, type MessageId } from './catalogues.js';
import { DEFAULT_LOCALE, INTL_TAGS, type Locale } from './locales.js';

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

const cache = createIntlCache();
const made = new Map<Locale, IntlShape>();

/** What FormatJS reports (a missing message, a bad pattern): a warning the e2e tests look for. */
function reportError(error: { code?: string; message: string }): void {
  console.warn(`[i18n] ${error.code ?? 'ERROR'}: ${error.message}`);
}

export function intlFor(locale: Locale): IntlShape {
  let intl = made.get(locale);
  if (!intl) {
    intl = createIntl({ locale: INTL_TAGS[locale], messages: CATALOGUES[locale], defaultLocale: INTL_TAGS[DEFAULT_LOCALE], onError: reportError }, cache);
    made.set(locale, intl);
  }
  return intl;
}

let locale: Locale = DEFAULT_LOCALE;

export function currentLocale(): Locale {
  return locale;
}

/** Called by the provider before it renders the tree in a new locale (and by tests). */
export function setCurrentLocale(next: Locale): void {
  locale = next;
}

export function currentIntl(): IntlShape {
  return intlFor(locale);
}

/** The tag Intl formats dates and numbers with (en-GB for English). */
export function intlTag(): string {
  return INTL_TAGS[locale];
}

/** A message of the current locale, ICU arguments filled in. */
export function tr(id: MessageId, values?: MessageValues): string {
  return currentIntl().formatMessage({ id }, values as Record<string, string | number | boolean | Date | null | undefined>) as string;
}

/** A message whose id is built from a closed list's value (`relationshipStageLabels.CONTACT`); a unit test checks every one exists. */
export function tKey(id: string, values?: MessageValues): string {
  return tr(id as MessageId, values);
}
