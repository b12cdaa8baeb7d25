import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, parse } from 'graphql';

// The SDL files are the source of truth; nothing is generated from a running server.
const MODULES = 'server/src/modules';
const SCHEMA = [
  'server/src/kernel/graphql/base.graphql',
  ...readdirSync(MODULES)
    .map((module) => path.join(MODULES, module, 'schema.graphql'))
    .filter((file) => {
      try {
        return readFileSync(file, 'utf8').length > 0;
      } catch {
        return false;
      }
    }),
];

/** Every enum of the SDL: the server types them by the constants codegen/vocabulary-plugin.cjs writes. */
const ENUMS = SCHEMA.flatMap((file) =>
  parse(readFileSync(file, 'utf8')).definitions.flatMap((d) => (d.kind === Kind.ENUM_TYPE_DEFINITION ? [d.name.value] : [])),
);

/** Enums stored in the graph under their GraphQL names (relationship types); the rest as lower-case words. */
const STORED_AS_NAMED = ['TieType', 'NodeLabel', 'DevelopmentLevel'];

const config: CodegenConfig = {
  schema: SCHEMA,
  emitLegacyCommonJSImports: false,
  generates: {
    'server/src/__generated__/vocabulary.ts': {
      plugins: ['codegen/vocabulary-plugin.cjs'],
      // The order of an enum's values is meaningful (a stage ladder, a scale): the plugin
      // reads it from the SDL files.
      config: { values: 'stored', storedAsNamed: STORED_AS_NAMED, sdlFiles: SCHEMA },
    },
    'server/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.js#GraphContext',
        scalars: { Date: 'string' },
        // What each module's repositories return (modules/<module>/models.ts).
        mappers: {
          CountryPack: '../modules/country/pack.js#CountryPackModel',
          LocalName: '../modules/country/pack.js#LocalNameModel',
          VocabularyValue: '../modules/country/pack.js#VocabularyValueModel',
          FieldError: '../kernel/errors.js#FieldErrorModel',
          Person: '../modules/people/models.js#PersonModel',
          Position: '../modules/people/models.js#PositionModel',
          CommitteeMembership: '../modules/people/models.js#CommitteeMembershipModel',
          Stance: '../modules/people/models.js#StanceModel',
          Relationship: '../modules/people/models.js#RelationshipModel',
          DecisionRoleHeld: '../modules/people/models.js#DecisionRoleHeldModel',
          PersonTie: '../modules/graph/ties.js#TieEnd',
          StanceRecord: '../modules/graph/ties.js#TieEnd',
          Territory: '../modules/territories/models.js#TerritoryModel',
          Institution: '../modules/institutions/models.js#InstitutionModel',
          Committee: '../modules/institutions/models.js#CommitteeModel',
          StaffMember: '../modules/institutions/models.js#StaffMemberModel',
          CommitteeSeat: '../modules/institutions/models.js#CommitteeSeatModel',
          User: '../modules/users/models.js#UserModel',
          Viewer: '../modules/users/models.js#ViewerModel',
          Tender: '../modules/tenders/models.js#TenderModel',
          TenderLot: '../modules/tenders/models.js#TenderLotModel',
          TenderOutcome: '../modules/tenders/models.js#TenderOutcomeModel',
          Program: '../modules/catalog/models.js#ProgramModel',
          Product: '../modules/catalog/models.js#ProductModel',
          Event: '../modules/catalog/models.js#EventModel',
          TherapeuticArea: '../modules/catalog/models.js#TherapeuticAreaModel',
          Talk: '../modules/catalog/models.js#TalkModel',
          SpecShaper: '../modules/tenders/models.js#SpecShaperModel',
          DecisionGroup: '../modules/tenders/models.js#DecisionGroupModel',
          DecisionRoleCoverage: '../modules/tenders/models.js#DecisionRoleModel',
          DecisionMember: '../modules/tenders/models.js#DecisionMemberModel',
          BalanceOfPower: '../modules/power/models.js#BalanceOfPowerModel',
          PowerScore: '../modules/power/models.js#PowerScoreModel',
          ScoreEvidence: '../modules/power/models.js#ScoreEvidenceModel',
          Coalition: '../modules/power/models.js#CoalitionModel',
          EndingTerm: '../modules/power/models.js#EndingTermModel',
          WhatMayChange: '../modules/power/models.js#WhatMayChangeModel',
          InfluenceTie: '../modules/power/models.js#InfluenceTieModel',
          CompetitorLeaning: '../modules/competitors/models.js#CompetitorLeaningModel',
          IntroductionPath: '../modules/introductions/models.js#IntroductionPathModel',
          Tie: '../modules/graph/models.js#TieModel',
          GraphView: '../modules/map/models.js#GraphViewModel',
          GraphNode: '../modules/map/models.js#GraphNodeModel',
          Dossier: '../modules/privacy/models.js#DossierModel',
          DataProtection: '../modules/privacy/models.js#DataProtectionModel',
          Plan: '../modules/planning/models.js#PlanModel',
          PlanStep: '../modules/planning/models.js#PlanStepModel',
          StagePeriod: '../modules/planning/models.js#StagePeriodModel',
          Interaction: '../modules/planning/models.js#InteractionModel',
          FollowUp: '../modules/planning/models.js#FollowUpModel',
          Briefing: '../modules/planning/models.js#BriefingModel',
          Recommendation: '../modules/planning/models.js#RecommendationModel',
          MutualContact: '../modules/planning/models.js#MutualContactModel',
          KeyAccountHealth: '../modules/accounts/models.js#KeyAccountHealthModel',
          AccountStanding: '../modules/accounts/models.js#AccountStandingModel',
          KeyPersonStanding: '../modules/accounts/rules/key-people.js#PersonStanding',
          AuditEntry: '../modules/audit/models.js#AuditEntryModel',
          Publication: '../modules/evidence/models.js#PublicationModel',
          Trial: '../modules/evidence/models.js#TrialModel',
          Authorship: '../modules/evidence/models.js#AuthorshipModel',
          Investigatorship: '../modules/evidence/models.js#InvestigatorshipModel',
          TieSuggestion: '../modules/evidence/models.js#TieSuggestionModel',
          UnmatchedPerson: '../modules/evidence/models.js#UnmatchedPersonModel',
          MatchCandidate: '../modules/evidence/models.js#MatchCandidateModel',
          UnmatchedPersonPayload: '../modules/evidence/models.js#UnmatchedPersonPayloadModel',
          ScientificStanding: '../modules/evidence/models.js#ScientificStandingModel',
          StandingEvidence: '../modules/evidence/models.js#StandingEvidenceModel',
          Change: '../modules/changes/models.js#ChangeModel',
          ChangeConnection: '../modules/changes/models.js#ChangeListModel',
          ChangeMessage: '../modules/changes/models.js#MessageModel',
          RankMove: '../modules/changes/models.js#RankMoveModel',
          Watch: '../modules/changes/models.js#WatchModel',
          WatchCount: '../modules/changes/models.js#WatchCountModel',
          Inbox: '../modules/changes/models.js#InboxModel',
          Webhook: '../modules/changes/models.js#WebhookModel',
          WebhookDelivery: '../modules/changes/models.js#WebhookDeliveryModel',
        },
        enumValues: Object.fromEntries(ENUMS.map((name) => [name, `./vocabulary.js#${name}`])),
        avoidOptionals: false,
      },
    },
    // The web's closed lists in the SDL's order (the API sends the GraphQL names).
    'web/src/gql/vocabulary.ts': {
      plugins: ['codegen/vocabulary-plugin.cjs'],
      config: { values: 'names', sdlFiles: SCHEMA },
    },
    // Which types implement each interface, for Apollo's cache (a fragment on `Entity`).
    'web/src/gql/possible-types.ts': {
      plugins: ['codegen/vocabulary-plugin.cjs'],
      config: { possibleTypes: true },
    },
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { scalars: { Date: 'string' }, enumsAsTypes: true, useTypeImports: true },
    },
    // The integration tests' documents: they call the API with the same typed documents a
    // client would, so a test and the SDL cannot drift apart unnoticed.
    'test/integration/gql/': {
      documents: ['test/integration/**/*.ts', '!test/integration/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { scalars: { Date: 'string' }, enumsAsTypes: true, useTypeImports: true },
    },
  },
  hooks: {},
};

export default config;
