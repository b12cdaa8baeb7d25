/**
 * Which words a country pack lets the API and CSV import write. Only these properties
 * vary by country; everything else the model checks alone (modules/graph/model.ts).
 */
import type { VocabularyKind } from '../../__generated__/vocabulary.js';
import { DEFAULT_LOCALE, message, type Locale, type Message } from '../../kernel/i18n/catalogue.js';
import type { CountryPack } from './pack.js';

export type VocabularyKey = keyof CountryPack['vocabularies'];

/** The properties a pack restricts, by label, and the list each draws on. */
export const RESTRICTED: Readonly<Record<string, Readonly<Record<string, VocabularyKey>>>> = {
  Institution: { kind: 'institutionKind' },
  Committee: { kind: 'committeeKind' },
  Program: { kind: 'programKind' },
  Tender: { procedure: 'tenderProcedure', status: 'tenderStatus' },
};

/** The GraphQL VocabularyKind of each list, in the enum's order. */
export const VOCABULARY_KINDS: Readonly<Record<VocabularyKey, VocabularyKind>> = {
  institutionKind: 'institution_kind',
  committeeKind: 'committee_kind',
  programKind: 'program_kind',
  tenderProcedure: 'tender_procedure',
  tenderStatus: 'tender_status',
  decisionRole: 'decision_role',
};

/** Committee kinds are free words in the SDL; the other lists are enums, spelt in capitals there. */
export function apiSpelling(key: VocabularyKey, value: string): string {
  return key === 'committeeKind' ? value : value.toUpperCase();
}

/**
 * Why the pack refuses a value of a property, as a message (field errors and import issues
 * are worded when answered; the country is named in `locale`), or null when it accepts it
 * (or does not restrict the property). `spell` writes values as the caller's user wrote
 * them: enum names for the API, stored words for CSV files.
 */
export function packRefusalMessage(
  pack: CountryPack,
  type: string,
  property: string,
  value: unknown,
  locale: Locale = DEFAULT_LOCALE,
  spell: (key: VocabularyKey, value: string) => string = (_, v) => v,
): Message | null {
  const key = RESTRICTED[type]?.[property];
  if (!key || typeof value !== 'string') return null;
  const words = pack.vocabularies[key].map((v) => v.value);
  if (words.includes(value)) return null;
  return message('error.notInCountryPack', {
    value: spell(key, value),
    country: pack.name[locale],
    code: pack.code,
    accepted: words.map((w) => spell(key, w)).join(', '),
  });
}
