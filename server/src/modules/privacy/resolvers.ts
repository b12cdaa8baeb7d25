import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { erasePersonalData, setConsent, updateDossier } from './commands.js';
import { dossierAccessTo, personDataExport, readDossier } from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    personDataExport: (_p, { personId }, ctx) => personDataExport(ctx, personId),
  },
  Mutation: {
    updateDossier: (_p, { personId, input }, ctx) => updateDossier(ctx, personId, input),
    setConsent: (_p, args, ctx) => setConsent(ctx, args),
    erasePersonalData: (_p, args, ctx) => erasePersonalData(ctx, args),
  },
  Person: {
    dossier: (person, _args, ctx) => readDossier(ctx, person.id, 'read dossier fields'),
    dossierAccess: (person, _args, ctx) => dossierAccessTo(ctx, person.id),
    consent: (person) => person.consent,
    anonymised: (person) => person.anonymised,
  },
};
