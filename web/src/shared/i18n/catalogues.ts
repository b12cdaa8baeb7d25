// The message catalogues (ICU MessageFormat, flat ids), one folder per area of the app and one
// JSON file per locale in it: messages/<area>/<locale>.json (shell: the app's frame, sign-in,
// navigation and shared pieces; map; person; vocabulary: the closed lists' words; a feature
// gets its own area when converted). Areas let several people translate at once without
// touching the same file. Every file is found by the glob below (Vite, and vitest, resolve it
// at build time); a locale's catalogue is its areas merged. English is the reference: a unit
// test fails when an area's file in another locale lacks an id of English's (or has one it
// lacks), when an id is in two areas, or when an English area is missing from MessageId below.
import type accountsEn from './messages/accounts/en.json';
import type agendaEn from './messages/agenda/en.json';
import type changesEn from './messages/changes/en.json';
import type commonEn from './messages/common/en.json';
import type consoleEn from './messages/console/en.json';
import type evidenceEn from './messages/evidence/en.json';
import type mapEn from './messages/map/en.json';
import type personEn from './messages/person/en.json';
import type plansEn from './messages/plans/en.json';
import type recommendationsEn from './messages/recommendations/en.json';
import type shellEn from './messages/shell/en.json';
import type vocabularyEn from './messages/vocabulary/en.json';
import type tenderEn from './messages/tender/en.json';
import type editingEn from './messages/editing/en.json';
import type powerEn from './messages/power/en.json';
import type introductionsEn from './messages/introductions/en.json';
import type personDetailsEn from './messages/person-details/en.json';
import { LOCALES, type Locale } from './locales.js';

/** Every message id: the keys of the English areas (a new area joins this union). */
export type MessageId =
  | keyof typeof shellEn
  | keyof typeof mapEn
  | keyof typeof personEn
  | keyof typeof vocabularyEn
  | keyof typeof plansEn
  | keyof typeof agendaEn
  | keyof typeof accountsEn
  | keyof typeof recommendationsEn
  | keyof typeof tenderEn
  | keyof typeof editingEn
  | keyof typeof powerEn
  | keyof typeof introductionsEn
  | keyof typeof personDetailsEn
  | keyof typeof evidenceEn
  | keyof typeof changesEn
  | keyof typeof consoleEn
  | keyof typeof commonEn;
export type Catalogue = Record<string, string>;

const FILES = import.meta.glob<Catalogue>('./messages/*/*.json', { eager: true, import: 'default' });

/** Each area's catalogue per locale, as its files have it (an absent file is an empty catalogue). */
export const AREAS: Record<string, Partial<Record<string, Catalogue>>> = {};
for (const [file, messages] of Object.entries(FILES)) {
  const match = /\.\/messages\/([^/]+)\/([^/]+)\.json$/.exec(file);
  if (!match) continue;
  const [, area, locale] = match as unknown as [string, string, string];
  (AREAS[area] ??= {})[locale] = messages;
}

function merged(locale: Locale): Catalogue {
  return Object.assign({}, ...Object.values(AREAS).map((byLocale) => byLocale[locale] ?? {})) as Catalogue;
}

export const CATALOGUES: Record<Locale, Catalogue> = Object.fromEntries(LOCALES.map((l) => [l, merged(l)])) as Record<Locale, Catalogue>;
