import { useLocation, useNavigate } from 'react-router';
import { withLang } from '../urls/lang.js';
import { currentLocale, tr } from './intl.js';
import { LOCALES, LOCALE_NAMES, LOCALE_SHORT_NAMES, type Locale } from './locales.js';

/** The top bar's language switch, short (EN, PT, BR) so that a crowded bar keeps one row; each language's full name is its tooltip. Writes `lang` into the URL (the provider follows it). */
export function LanguagePicker() {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const locale = currentLocale();
  return (
    <select
      className="language-picker"
      aria-label={tr('app.language')}
      title={`${tr('app.language')}: ${LOCALE_NAMES[locale]}`}
      value={locale}
      data-testid="language-picker"
      onChange={(e) => void navigate({ pathname, search: withLang(search, e.target.value as Locale), hash }, { replace: true })}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} title={LOCALE_NAMES[l]}>
          {LOCALE_SHORT_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
