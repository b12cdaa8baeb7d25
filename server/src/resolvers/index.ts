import type { Resolvers } from '../__generated__/resolvers-types.js';
import { auditedMutations } from '../modules/audit/audited-mutations.js';
import {
  Coalition,
  DecisionGroup,
  DecisionMember,
  EndingTerm,
  GraphNode,
  WhatMayChange,
  InfluenceTie,
  IntroductionPath,
  PowerScore,
  SpecShaper,
} from '../modules/power/resolvers.js';
import { CommitteeMembership, Relationship, Tender, Territory } from '../modules/catalog/resolvers.js';
import { DateScalar } from '../kernel/graphql/date-scalar.js';
import { Person } from '../modules/people/resolvers.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';
import { PersonPrivacy, Viewer } from '../modules/privacy/resolvers.js';
import {
  AccountStanding,
  Briefing,
  FollowUp,
  Interaction,
  MutualContact,
  PersonPlanning,
  Plan,
  PlanStep,
  Recommendation,
  StagePeriod,
} from '../modules/planning/resolvers.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation: auditedMutations(Mutation),
  Viewer,
  Person: { ...Person, ...PersonPrivacy, ...PersonPlanning },
  Plan,
  PlanStep,
  StagePeriod,
  Interaction,
  FollowUp,
  Briefing,
  MutualContact,
  AccountStanding,
  Recommendation,
  PowerScore,
  Coalition,
  EndingTerm,
  WhatMayChange,
  InfluenceTie,
  SpecShaper,
  IntroductionPath,
  DecisionGroup,
  DecisionMember,
  GraphNode,
  Tender,
  Territory,
  CommitteeMembership,
  Relationship,
};
