import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { erasePersonalData, setConsent, setDataProtection, updateDossier } from './commands.js';
import { DEFAULT_RETENTION_MONTHS, retainUntil } from './rules/retention.js';
import { dossierAccessTo, personDataExport, readDossier } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    personDataExport: (_p, { personId }, ctx) => personDataExport(ctx, personId),
  },
  Mutation: {
    updateDossier: (_p, { personId, input }, ctx) => updateDossier(ctx, personId, input),
    setConsent: (_p, args, ctx) => setConsent(ctx, args),
    erasePersonalData: (_p, args, ctx) => erasePersonalData(ctx, args),
    setDataProtection: (_p, { personId, input }, ctx) => setDataProtection(ctx, personId, input),
  },
  Person: {
    dossier: (person, _args, ctx) => readDossier(ctx, person.id, 'read dossier fields'),
    dossierAccess: (person, _args, ctx) => dossierAccessTo(ctx, person.id),
    consent: (person) => person.consent,
    anonymised: (person) => person.anonymised,
    dataProtection: async (person, _args, ctx) => (await ctx.loaders.dataProtection.load(person.id)) ?? emptyProtection(person.id),
  },
  DataProtection: {
    effectiveRetentionMonths: (d) => d.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
    retainUntil: (d) => retainUntil(d),
  },
};

function emptyProtection(personId: string) {
  return { personId, lawfulBasis: null, noticeOn: null, noticeMethod: null, retentionMonths: null, dossierOn: null, lastContactOn: null, holdsDossierData: false };
}
