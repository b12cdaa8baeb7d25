import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { useLocation, useNavigate } from 'react-router';
import { setCurrentLocale, intlFor } from './intl.js';
import { langParam, withLang } from '../urls/lang.js';
import { chooseLocale, matchLocale, type Locale } from './locales.js';
import { rememberedPreferredLocale, rememberPreferredLocale } from './preferred-locale.js';
import { PreferredLocaleQuery } from './preferred-locale-query.js';
import { readToken } from '../session/token-store.js';

/**
 * The language the user chose (their profile's): what `me` answers once it has, until then
 * what this browser last heard from it. Signed out, none.
 */
function useProfileLocale(): Locale | null {
  const signedIn = readToken() !== null;
  const { data } = useQuery(PreferredLocaleQuery, { skip: !signedIn, errorPolicy: 'all' });
  const answered = data?.me ? matchLocale(data.me.preferredLocale) : undefined;
  useEffect(() => {
    if (answered !== undefined) rememberPreferredLocale(answered);
  }, [answered]);
  if (!signedIn) return null;
  return answered !== undefined ? answered : rememberedPreferredLocale();
}

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

/**
 * Chooses the locale (the URL's `lang`, else the user's chosen one, else the browser's), makes it the
 * app's (shared/i18n/intl.ts) and renders the app in it. A language once in the URL stays in
 * it when a link to another page leaves it out, so a shared link opens in the same language.
 * A new locale remounts the tree: every word, memo and chart is made again in the new language.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const fromUrl = matchLocale(langParam(search));
  const sticky = useRef<Locale | null>(fromUrl);
  if (fromUrl) sticky.current = fromUrl;
  const profile = useProfileLocale();
  const locale = fromUrl ?? sticky.current ?? chooseLocale({ profile, browser: browserLanguages() });
  const intl = useMemo(() => {
    setCurrentLocale(locale);
    return intlFor(locale);
  }, [locale]);
  // Answers the server worded (explanations, advice, change summaries) are in the old
  // language: a switch asks for them again.
  const client = useApolloClient();
  const shown = useRef(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
    if (shown.current !== locale) {
      shown.current = locale;
      void client.resetStore().catch(() => undefined);
    }
  }, [locale, client]);
  useEffect(() => {
    if (!fromUrl && sticky.current) void navigate({ pathname, search: withLang(search, sticky.current), hash }, { replace: true });
  }, [fromUrl, pathname, search, hash, navigate]);
  return (
    <RawIntlProvider value={intl} key={locale}>
      {children}
    </RawIntlProvider>
  );
}
