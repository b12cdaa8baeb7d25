import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { VocabularyKind } from '../../__generated__/vocabulary.js';
import { apiSpelling, VOCABULARY_KINDS, type VocabularyKey } from './vocabulary.js';

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
          values: pack.vocabularies[key].map((v) => ({ value: apiSpelling(key, v.value), label: v.label, en: v.en })),
        })),
  },
};
