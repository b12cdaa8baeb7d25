import type { CodegenConfig } from '@graphql-codegen/cli';

// The SDL files are the source of truth; nothing is generated from a running server.
const config: CodegenConfig = {
  schema: 'server/src/schema/*.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'server/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.js#GraphContext',
        scalars: { Date: 'string' },
        mappers: {
          Person: '../models.js#PersonModel',
          Territory: '../models.js#TerritoryModel',
          Institution: '../models.js#InstitutionModel',
          Position: '../models.js#PositionModel',
          User: '../models.js#UserModel',
          Committee: '../models.js#CommitteeModel',
          Tender: '../models.js#TenderModel',
          CommitteeMembership: '../models.js#CommitteeMembershipModel',
          Stance: '../models.js#StanceModel',
          Relationship: '../models.js#RelationshipModel',
          BalanceOfPower: '../models.js#BalanceOfPowerModel',
          PowerScore: '../models.js#PowerScoreModel',
          Coalition: '../models.js#CoalitionModel',
          EndingTerm: '../models.js#EndingTermModel',
          InfluenceTie: '../models.js#InfluenceTieModel',
          SpecShaper: '../models.js#SpecShaperModel',
          IntroductionPath: '../models.js#IntroductionPathModel',
          DecisionGroup: '../models.js#DecisionGroupModel',
          DecisionRoleCoverage: '../models.js#DecisionRoleModel',
          DecisionMember: '../models.js#DecisionMemberModel',
          Tie: '../models.js#TieModel',
          GraphView: '../models.js#GraphViewModel',
          Dossier: '../models.js#DossierModel',
          Viewer: '../models.js#ViewerModel',
          AuditEntry: '../models.js#AuditEntryModel',
          GraphNode: '../models.js#GraphNodeModel',
        },
        enumsAsTypes: true,
        avoidOptionals: false,
      },
    },
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { scalars: { Date: 'string' }, enumsAsTypes: true, useTypeImports: true },
    },
  },
  hooks: {},
};

export default config;
