import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { loadAll, loadExisting, loadOptional } from '../../kernel/graphql/load.js';
import { acceptTieSuggestion, createPersonFromUnmatched, ignoreUnmatchedPerson, mergeUnmatchedPerson, rejectTieSuggestion } from './commands.js';
import {
  namedIn,
  personEvidence,
  scientificStanding,
  suggestionWorks,
  tieSuggestion,
  tieSuggestions,
  unmatchedPeople,
  unmatchedWorks,
  visibleCandidates,
  work,
  worksInSource,
} from './questions.js';

export const resolvers: Resolvers = {
  Query: {
    tieSuggestions: (_p, args, ctx) => tieSuggestions(ctx, args),
    tieSuggestion: (_p, { id }, ctx) => tieSuggestion(ctx, id),
    unmatchedPeople: (_p, args, ctx) => unmatchedPeople(ctx, args),
    work: (_p, { id }, ctx) => work(ctx, id),
  },
  Mutation: {
    acceptTieSuggestion: (_p, args, ctx) => acceptTieSuggestion(ctx, args),
    rejectTieSuggestion: (_p, args, ctx) => rejectTieSuggestion(ctx, args),
    createPersonFromUnmatched: (_p, args, ctx) => createPersonFromUnmatched(ctx, args),
    mergeUnmatchedPerson: (_p, args, ctx) => mergeUnmatchedPerson(ctx, args),
    ignoreUnmatchedPerson: (_p, args, ctx) => ignoreUnmatchedPerson(ctx, args),
  },
  Person: {
    evidence: (p, args, ctx) => personEvidence(ctx, p.id, args),
    scientificStanding: (p, args, ctx) => scientificStanding(ctx, p.id, args),
  },
  Tie: {
    works: (t, _a, ctx) => worksInSource(ctx, t.source),
  },
  Publication: {
    authors: (w, _a, ctx) => namedIn(ctx, w.id),
    therapeuticAreas: async (w, _a, ctx) => loadAll(ctx.loaders.area, await ctx.loaders.workAreas.load(w.id)),
  },
  Trial: {
    investigators: (w, _a, ctx) => namedIn(ctx, w.id),
    therapeuticAreas: async (w, _a, ctx) => loadAll(ctx.loaders.area, await ctx.loaders.workAreas.load(w.id)),
  },
  Authorship: {
    person: (a, _a, { loaders }) => loadOptional(loaders.person, a.personId),
  },
  Investigatorship: {
    person: (a, _a, { loaders }) => loadOptional(loaders.person, a.personId),
  },
  TieSuggestion: {
    from: (s, _a, { loaders }) => loadExisting(loaders.person, s.fromId, 'person'),
    to: (s, _a, { loaders }) => loadExisting(loaders.person, s.toId, 'person'),
    domain: (s, _a, { loaders }) => loadOptional(loaders.area, s.domainId),
    works: (s, _a, ctx) => suggestionWorks(ctx, s),
    decidedBy: (s, _a, { loaders }) => loadOptional(loaders.user, s.decidedBy),
  },
  UnmatchedPerson: {
    works: (u, { first }, ctx) => unmatchedWorks(ctx, u.id, first),
    candidates: (u, _a, ctx) => visibleCandidates(ctx, u),
  },
  MatchCandidate: {
    person: (c, _a, { loaders }) => loadExisting(loaders.person, c.personId, 'person'),
  },
  UnmatchedPersonPayload: {
    person: (p, _a, { loaders }) => loadOptional(loaders.person, p.personId),
  },
  StandingEvidence: {
    work: (e, _a, { loaders }) => loadExisting(loaders.work, e.workId, 'work'),
  },
};
