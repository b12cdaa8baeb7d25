import type { Resolvers } from '../__generated__/resolvers-types.js';
import { auditedMutations } from '../audit/audited-mutations.js';
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
} from './analytics-types.js';
import { CommitteeMembership, Relationship, Tender, Territory } from './catalog-types.js';
import { DateScalar } from './date-scalar.js';
import { Person } from './Person.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';
import { PersonPrivacy, Viewer } from './security.js';
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
} from './planning.js';

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
