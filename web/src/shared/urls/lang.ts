// The `lang` query parameter: part of every page's URL state, kept across a page's own
// updates (useSearchState) and across links between pages (shared/i18n's provider puts it
// back), so a shared link opens in the same language. Which values it may take is
// shared/i18n's business (matchLocale).
import { fromSearch, readable } from './query-string.js';

export const LANG_PARAM = 'lang';

/** The language a query string asks for, as written; null when none. */
export function langParam(search: string): string | null {
  return fromSearch(search).get(LANG_PARAM);
}

/** The query string with `lang` set last (null: removed), other parameters as they were. */
export function withLang(search: string, lang: string | null): string {
  const p = fromSearch(search);
  p.delete(LANG_PARAM);
  if (lang) p.set(LANG_PARAM, lang);
  return readable(p);
}
