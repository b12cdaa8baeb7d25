import { useMutation } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router';
import { withLang } from '../urls/lang.js';
import { readToken } from '../session/token-store.js';
import { currentLocale, tr } from './intl.js';
import { enumOfLocale, LOCALES, LOCALE_NAMES, LOCALE_SHORT_NAMES, type Locale } from './locales.js';
import { rememberPreferredLocale } from './preferred-locale.js';
import { SetPreferredLocaleMutation } from './preferred-locale-query.js';

/**
 * The top bar's language switch, short (EN, PT, BR) so that a crowded bar keeps one row; each
 * language's full name is its tooltip. Keeps the choice in the user's profile (the next page
 * opened without a `lang` opens in it), then writes `lang` into the URL (the provider follows it).
 */
export function LanguagePicker() {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const [keep] = useMutation(SetPreferredLocaleMutation);

  async function choose(next: Locale) {
    rememberPreferredLocale(next);
    // Kept before the switch, whose refetch then reads it back; a failure leaves the switch
    // to this page (and this browser) alone.
    if (readToken() !== null) await keep({ variables: { locale: enumOfLocale(next) } }).catch(() => undefined);
    void navigate({ pathname, search: withLang(search, next), hash }, { replace: true });
  }
  return (
    <select
      className="language-picker"
      aria-label={tr('app.language')}
      title={`${tr('app.language')}: ${LOCALE_NAMES[locale]}`}
      value={locale}
      data-testid="language-picker"
      onChange={(e) => void choose(e.target.value as Locale)}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} title={LOCALE_NAMES[l]}>
          {LOCALE_SHORT_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
