import { DEFAULT_LOCALE, formatMessage, type Locale } from '../../../kernel/i18n/catalogue.js';

/**
 * An interaction's name says what and when, never who: a name quoting the people met
 * would survive their erasure in every list and export that shows it. Written once, in
 * the language of the request that logs it (erasure and the demo write English).
 */
export function interactionName(kind: string, date: string | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  return formatMessage('interaction.name', { kind, on: date ?? null }, locale);
}
