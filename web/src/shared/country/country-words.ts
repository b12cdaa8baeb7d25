// The country pack's words for the closed lists it governs (institution, committee and
// programme kinds, tender procedures and statuses, decision-group roles), as the
// `countryPack` query names them in the app's language, and the country's currency. Like
// the locale (shared/i18n/intl.ts) they live outside React: the vocabulary tables read them
// when a label is asked for. CountryPackProvider sets them before the app renders.
import type { VocabularyKind } from '../../gql/vocabulary.js';
import { tKey } from '../i18n/intl.js';

export interface CountryWords {
  code: string;
  /** ISO 4217: what revenue and amounts without a currency of their own are in. */
  currency: string;
  /** `KIND VALUE` (the API's spelling) to the country's name for it in the app's language. */
  labels: ReadonlyMap<string, string>;
}

let current: CountryWords | null = null;

const keyOf = (kind: VocabularyKind, value: string) => `${kind} ${value}`;

/** What the provider (and tests) hand over once the query answered; null: no pack known (signed out, server down). */
export function setCountryWords(pack: { code: string; currency: string; vocabularies: readonly { kind: VocabularyKind; values: readonly { value: string; label: string }[] }[] } | null): void {
  if (!pack) {
    current = null;
    return;
  }
  const labels = new Map<string, string>();
  for (const list of pack.vocabularies) for (const v of list.values) labels.set(keyOf(list.kind, v.value), v.label);
  current = { code: pack.code, currency: pack.currency, labels };
}

/** The country's name for a value, or undefined when no pack is known or it does not use the value. */
export function countryWord(kind: VocabularyKind, value: string | null | undefined): string | undefined {
  return value ? current?.labels.get(keyOf(kind, value)) : undefined;
}

/** The country's currency, when a pack is known. */
export function countryCurrency(): string | null {
  return current?.currency ?? null;
}

/**
 * A closed list's words as a plain Record, like labelTable (shared/i18n/label-table.ts):
 * the country's word first, else the catalogue's `prefix.VALUE` (data written under another
 * pack, or before the pack is known).
 */
export function countryLabelTable<K extends string>(prefix: string, values: readonly K[], kind: VocabularyKind): Record<K, string> {
  const table = {} as Record<K, string>;
  for (const value of values) Object.defineProperty(table, value, { enumerable: true, get: () => countryWord(kind, value) ?? tKey(`${prefix}.${value}`) });
  return table;
}
