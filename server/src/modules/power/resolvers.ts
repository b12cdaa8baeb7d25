import type {
  CoalitionResolvers,
  DecisionGroupResolvers,
  DecisionMemberResolvers,
  EndingTermResolvers,
  GraphNodeResolvers,
  InfluenceTieResolvers,
  IntroductionPathResolvers,
  PowerScoreResolvers,
  SpecShaperResolvers,
  WhatMayChangeResolvers,
} from '../../__generated__/resolvers-types.js';
import { intInRange } from '../../kernel/errors.js';
import { leaningOf } from './questions.js';
import { loadAll, loadExisting, loadOptional, stanceTowardUs } from '../../kernel/graphql/load.js';

export const PowerScore: PowerScoreResolvers = {
  person: (score, _args, { loaders }) => loadExisting(loaders.person, score.personId, 'person'),
};

export const Coalition: CoalitionResolvers = {
  members: (coalition, _args, { loaders }) => loadAll(loaders.person, coalition.memberIds),
  leaning: (coalition) => leaningOf(coalition.lean),
  memberCount: (coalition) => coalition.memberIds.length,
};

/** The lists are whole in the model (cached per graph version); a request takes its first few. */
export const WhatMayChange: WhatMayChangeResolvers = {
  endingTerms: (change, { first }) => change.endingTerms.slice(0, intInRange('endingTerms.first', first, 50, 1, 1000)),
  newTies: (change, { first }) => change.newTies.slice(0, intInRange('newTies.first', first, 50, 1, 1000)),
};

export const EndingTerm: EndingTermResolvers = {
  person: (term, _args, { loaders }) => loadExisting(loaders.person, term.personId, 'person'),
};

export const InfluenceTie: InfluenceTieResolvers = {
  from: (tie, _args, { loaders }) => loadExisting(loaders.person, tie.from, 'person'),
  to: (tie, _args, { loaders }) => loadExisting(loaders.person, tie.to, 'person'),
};

export const SpecShaper: SpecShaperResolvers = {
  person: (shaper, _args, { loaders }) => loadExisting(loaders.person, shaper.personId, 'person'),
  path: (shaper, _args, { loaders }) => loadAll(loaders.person, shaper.pathIds),
  drafter: (shaper, _args, { loaders }) => loadExisting(loaders.person, shaper.drafterId, 'person'),
  stance: (shaper, _args, { loaders }) => stanceTowardUs(loaders, shaper.personId),
  ourStage: async (shaper, _args, { loaders }) => (await loaders.relationships.load(shaper.personId))[0]?.stage ?? 'unknown',
  ourContact: async (shaper, _args, { loaders }) => {
    const best = (await loaders.relationships.load(shaper.personId))[0];
    return best && best.stage !== 'unknown' ? loadOptional(loaders.user, best.userId) : null;
  },
};

export const IntroductionPath: IntroductionPathResolvers = {
  people: (path, _args, { loaders }) => loadAll(loaders.person, path.personIds),
  viaUser: (path, _args, { loaders }) => loadOptional(loaders.user, path.viaUserId),
  introducer: (path, _args, { loaders }) => {
    const ids = path.personIds;
    const introducerId = ids.length >= 2 ? ids[ids.length - 2] : null;
    return loadOptional(loaders.person, introducerId);
  },
};

export const DecisionGroup: DecisionGroupResolvers = {
  tender: (group, _args, { loaders }) => loadExisting(loaders.tender, group.tenderId, 'tender'),
};

export const DecisionMember: DecisionMemberResolvers = {
  person: (member, _args, { loaders }) => loadExisting(loaders.person, member.personId, 'person'),
  contact: (member, _args, { loaders }) => loadOptional(loaders.user, member.contactUserId),
  owners: (member, _args, { loaders }) => loadAll(loaders.user, member.ownerIds),
};

export const GraphNode: GraphNodeResolvers = {
  stance: (node, _args, { loaders }) => (node.label === 'Person' ? stanceTowardUs(loaders, node.id) : null),
  stage: async (node, _args, { loaders }) =>
    node.label === 'Person' ? ((await loaders.relationships.load(node.id))[0]?.stage ?? 'unknown') : null,
  ownerId: async (node, _args, { loaders }) =>
    node.label === 'Person' ? ((await loaders.relationships.load(node.id)).find((r) => r.owns)?.userId ?? null) : null,
};
