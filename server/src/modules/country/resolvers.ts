import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { VocabularyKind } from '../../__generated__/vocabulary.js';
import { localeOfEnum } from '../../kernel/i18n/locale.js';
import type { Locale } from '../../kernel/i18n/catalogue.js';
import type { LocalName } from './pack.js';
import { apiSpelling, VOCABULARY_KINDS, type VocabularyKey } from './vocabulary.js';

/** The language a name is asked in: the field's `locale`, else the request's. */
function wanted(locale: string | null | undefined, requestLocale: Locale): Locale {
  return (locale ? localeOfEnum(locale) : null) ?? requestLocale;
}

export const resolvers: Resolvers = {
  Query: {
    countryPack: (_parent, _args, ctx) => ctx.countryPack,
  },
  CountryPack: {
    vocabularies: (pack, { kind }) =>
      (Object.entries(VOCABULARY_KINDS) as [VocabularyKey, VocabularyKind][])
        .filter(([, k]) => !kind || k === kind)
        .map(([key, k]) => ({
          kind: k,
          values: pack.vocabularies[key].map((v) => ({ value: apiSpelling(key, v.value), names: v.names, language: pack.language })),
        })),
    name: (pack) => ({ ...pack.name, language: pack.language }),
    healthSystem: (pack) => {
      const named = (names: LocalName) => ({ ...names, language: pack.language });
      const h = pack.healthSystem;
      return {
        nationalHealthService: named(h.nationalHealthService),
        medicinesAgency: named(h.medicinesAgency),
        htaBody: named(h.htaBody),
        procurementLaw: named(h.procurementLaw),
        region: named(h.region),
      };
    },
  },
  LocalName: {
    label: (name, { locale }, ctx) => name[wanted(locale, ctx.locale)],
    local: (name) => name[name.language],
  },
  VocabularyValue: {
    label: (v, { locale }, ctx) => v.names[wanted(locale, ctx.locale)],
    local: (v) => v.names[v.language],
    en: (v) => v.names.en,
  },
};
