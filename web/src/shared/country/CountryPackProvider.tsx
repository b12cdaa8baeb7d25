import { useQuery } from '@apollo/client/react';
import { Fragment, useMemo, type ReactNode } from 'react';
import { currentLocale } from '../i18n/intl.js';
import { Locale } from '../../gql/vocabulary.js';
import { CountryPackQuery } from './country-pack-query.js';
import { setCountryWords } from './country-words.js';

const LOCALE_ENUM = { en: Locale.EN, 'pt-PT': Locale.PT_PT, 'pt-BR': Locale.PT_BR } as const;

/**
 * Asks the server which country it runs with, in the app's language, and makes its words
 * the vocabulary tables' before the app renders (a short wait: the answer is small and
 * cached per language). Without an answer (signed out, server down) the app renders with
 * the catalogue's words, and renders again once a sign-in brings the pack.
 */
export function CountryPackProvider({ children }: { children: ReactNode }) {
  const { data, error } = useQuery(CountryPackQuery, { variables: { locale: LOCALE_ENUM[currentLocale()] } });
  const pack = data?.countryPack ?? null;
  useMemo(() => setCountryWords(pack), [pack]);
  if (!pack && !error) return null;
  // Remounted when a pack arrives after a sign-in, so every label is drawn again in its words.
  return <Fragment key={pack?.code ?? 'none'}>{children}</Fragment>;
}
