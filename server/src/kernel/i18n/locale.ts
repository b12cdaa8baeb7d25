/**
 * Which catalogue a request reads: its `Accept-Language` header, parsed by `negotiator`
 * (what express and Apollo already use: q-values, `*`, case-insensitive tags). Portuguese
 * of Brazil is `pt-BR`; every other Portuguese (`pt`, `pt-PT`, `pt-AO`, `pt-MZ`...) reads
 * pt-PT; anything else, or no header, reads English. A client that cannot set the header
 * (a browser WebSocket) or wants another language than its browser's names one explicitly:
 * the operation directive `@locale(is: PT_BR)` or the subscription connection parameter
 * `locale` (server.ts).
 */
import Negotiator from 'negotiator';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './catalogue.js';

/**
 * The tags offered to the negotiator, English first (what `*` gets), and the catalogue
 * each reads. Plain `pt` catches the other Portuguese tags (`pt-AO` matches `pt` by its
 * prefix); an exact `pt-BR` outranks it by specificity.
 */
const OFFERED: ReadonlyArray<readonly [string, Locale]> = [
  ['en', 'en'],
  ['pt-PT', 'pt-PT'],
  ['pt-BR', 'pt-BR'],
  ['pt', 'pt-PT'],
];
const BY_TAG = new Map(OFFERED.map(([tag, locale]) => [tag.toLowerCase(), locale]));

/** The catalogue for an `Accept-Language` header (absent, empty or unmatched: English). */
export function negotiateLocale(acceptLanguage: string | readonly string[] | undefined | null): Locale {
  return requestedLocale(acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The language an Accept-Language header asks for among ours; null when it names none of
 * them, is absent, or is only `*` (any language: what Node's fetch sends when told nothing).
 */
export function requestedLocale(acceptLanguage: string | readonly string[] | undefined | null): Locale | null {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (typeof header !== 'string' || header.trim() === '') return null;
  const negotiator = new Negotiator({ headers: { 'accept-language': header } });
  if (negotiator.languages().every((tag) => tag === '*')) return null;
  const chosen = negotiator.language(OFFERED.map(([tag]) => tag));
  return (chosen ? BY_TAG.get(chosen.toLowerCase()) : undefined) ?? null;
}

/** GraphQL enum value (`EN`, `PT_PT`, `PT_BR`) <-> catalogue locale. */
export function localeOfEnum(value: string): Locale | null {
  const tag = value.replace('_', '-');
  return LOCALES.find((l) => l.toUpperCase() === tag.toUpperCase()) ?? null;
}

export function enumOfLocale(locale: Locale): 'EN' | 'PT_PT' | 'PT_BR' {
  return locale.toUpperCase().replace('-', '_') as 'EN' | 'PT_PT' | 'PT_BR';
}

/** A `locale` given as text (a connection parameter, a CLI flag): a BCP 47 tag or an enum value, negotiated like a header. */
export function localeOf(text: unknown): Locale | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  return localeOfEnum(text.trim()) ?? negotiateLocale(text);
}

/**
 * The shell's language for a command (POSIX: LC_ALL, else LC_MESSAGES, else LANG), e.g.
 * `pt_BR.UTF-8` -> pt-BR, `pt_PT@euro` -> pt-PT, `C`, `POSIX` or unset -> English.
 */
export function localeOfEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== '');
  if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) return DEFAULT_LOCALE;
  const tag = value.split(/[.@]/)[0]!.replace('_', '-');
  return negotiateLocale(tag);
}
