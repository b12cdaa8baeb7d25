// The message catalogues, one JSON file per locale (ICU MessageFormat, flat keys). English is
// the reference: a message id is a key of en.json, and a unit test fails when another
// catalogue lacks a key of it (or has one it lacks) or when a message does not parse.
import en from './messages/en.json' with { type: 'json' };
import ptBR from './messages/pt-BR.json' with { type: 'json' };
import ptPT from './messages/pt-PT.json' with { type: 'json' };
import type { Locale } from './locales.js';

export type MessageId = keyof typeof en;
export type Catalogue = Record<string, string>;

export const CATALOGUES: Record<Locale, Catalogue> = {
  en,
  'pt-PT': ptPT,
  'pt-BR': ptBR,
};
