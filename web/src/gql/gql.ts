/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Agenda($userId: ID!, $from: Date!, $to: Date!) {\n    agenda(userId: $userId, from: $from, to: $to) {\n      date\n      kind\n      title\n      subjectId\n      overdue\n    }\n  }\n": typeof types.AgendaDocument,
    "\n  mutation ConfirmProposal($interactionId: ID!, $on: Date) {\n    confirmProposal(interactionId: $interactionId, on: $on) {\n      ...InteractionPayloadFields\n    }\n  }\n": typeof types.ConfirmProposalDocument,
    "\n  query FollowUps($userId: ID) {\n    followUps(userId: $userId) {\n      due\n      overdue\n      advice\n      proposal {\n        ...PlanningInteractionFields\n      }\n    }\n  }\n": typeof types.FollowUpsDocument,
    "\n  fragment PlanningInteractionFields on Interaction {\n    id\n    name\n    kind\n    date\n    outcome\n    notes\n    validUntil\n    confirmedOn\n    nextContactOn\n    followUpStatus\n    followUpDue\n    participants {\n      id\n      name\n      title\n    }\n  }\n": typeof types.PlanningInteractionFieldsFragmentDoc,
    "\n  fragment InteractionPayloadFields on InteractionPayload {\n    ok\n    errors {\n      field\n      message\n    }\n    interaction {\n      ...PlanningInteractionFields\n    }\n  }\n": typeof types.InteractionPayloadFieldsFragmentDoc,
    "\n  mutation LogInteraction($input: InteractionInput!) {\n    logInteraction(input: $input) {\n      ...InteractionPayloadFields\n    }\n  }\n": typeof types.LogInteractionDocument,
    "\n  query BalanceOfPower($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $without: [ID!], $first: Int) {\n    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, without: $without, first: $first) {\n      asOf\n      peopleInScope\n      modularity\n      ranking {\n        ...PowerScoreFields\n      }\n      whatMayChange {\n        endingTermCount\n        newTieCount\n        endingTerms(first: 6) {\n          person {\n            id\n            name\n          }\n          kind\n          role\n          at\n          until\n        }\n        newTies(first: 6) {\n          from {\n            id\n            name\n          }\n          to {\n            id\n            name\n          }\n          strength\n          since\n        }\n      }\n    }\n  }\n": typeof types.BalanceOfPowerDocument,
    "\n  query BaselineRanking($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $first: Int) {\n    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, first: $first) {\n      ranking {\n        rank\n        score\n        person {\n          id\n        }\n      }\n    }\n  }\n": typeof types.BaselineRankingDocument,
    "\n  query PowerExplanation($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $without: [ID!], $first: Int) {\n    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, without: $without, first: $first) {\n      ranking {\n        ...PowerScoreFields\n      }\n    }\n  }\n": typeof types.PowerExplanationDocument,
    "\n  fragment PowerScoreFields on PowerScore {\n    rank\n    score\n    person {\n      id\n      name\n      title\n      category\n    }\n    explanation {\n      factor\n      value\n      weight\n      contribution\n      evidence {\n        description\n        value\n        ids\n      }\n    }\n  }\n": typeof types.PowerScoreFieldsFragmentDoc,
    "\n  mutation RemoveTie($from: ID!, $to: ID!, $type: TieType!, $since: Date) {\n    removeTie(from: $from, to: $to, type: $type, since: $since) {\n      ok\n      id\n      errors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.RemoveTieDocument,
    "\n  mutation SetStage($userId: ID!, $personId: ID!, $stage: RelationshipStage!, $criteria: [StageCriterionInput!]) {\n    setStage(userId: $userId, personId: $personId, stage: $stage, criteria: $criteria) {\n      ...TiePayloadFields\n    }\n  }\n": typeof types.SetStageDocument,
    "\n  mutation SetStance($personId: ID!, $towardId: ID!, $value: Int!, $source: String) {\n    setStance(personId: $personId, towardId: $towardId, value: $value, source: $source) {\n      ...TiePayloadFields\n    }\n  }\n": typeof types.SetStanceDocument,
    "\n  mutation SetTie($input: TieInput!) {\n    setTie(input: $input) {\n      ...TiePayloadFields\n    }\n  }\n": typeof types.SetTieDocument,
    "\n  fragment TiePayloadFields on TiePayload {\n    ok\n    errors {\n      field\n      message\n    }\n    tie {\n      from\n      to\n      type\n      strength\n      role\n      position\n      domain\n      basis\n      value\n      stage\n      since\n      until\n      source\n      confidence\n    }\n  }\n": typeof types.TiePayloadFieldsFragmentDoc,
    "\n  fragment GraphNodeFields on GraphNode {\n    id\n    label\n    name\n    kind\n    power\n    rank\n    coalition\n    stance\n    stage\n    ownerId\n    optedOut\n  }\n": typeof types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphEdgeDrawFields on GraphEdge {\n    id\n    source\n    target\n    type\n    strength\n  }\n": typeof types.GraphEdgeDrawFieldsFragmentDoc,
    "\n  fragment GraphEdgeDetailFields on GraphEdge {\n    id\n    role\n    basis\n    domain\n    since\n    until\n    provenance\n    confidence\n  }\n": typeof types.GraphEdgeDetailFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on GraphEdge {\n    ...GraphEdgeDrawFields\n    ...GraphEdgeDetailFields\n  }\n": typeof types.GraphEdgeFieldsFragmentDoc,
    "\n  fragment MapCoalitionFields on Coalition {\n    power\n    lean\n    leaning\n    memberCount\n  }\n": typeof types.MapCoalitionFieldsFragmentDoc,
    "\n  query GraphView(\n    $scope: ScopeInput!\n    $asOf: Date\n    $therapeuticArea: ID\n    $tieTypes: [TieType!]\n    $without: [ID!]\n    $limit: Int\n  ) {\n    graphView(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, tieTypes: $tieTypes, without: $without, limit: $limit) {\n      asOf\n      peopleInScope\n      truncated\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeDrawFields\n      }\n      coalitions {\n        ...MapCoalitionFields\n      }\n    }\n  }\n": typeof types.GraphViewDocument,
    "\n  query GraphViewTies(\n    $scope: ScopeInput!\n    $asOf: Date\n    $therapeuticArea: ID\n    $tieTypes: [TieType!]\n    $without: [ID!]\n    $limit: Int\n  ) {\n    graphView(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, tieTypes: $tieTypes, without: $without, limit: $limit) {\n      edges {\n        ...GraphEdgeDetailFields\n      }\n    }\n  }\n": typeof types.GraphViewTiesDocument,
    "\n  query ScopeName($territory: ID!, $institution: ID!, $committee: ID!, $tender: ID!) {\n    territory(id: $territory) {\n      id\n      name\n    }\n    institution(id: $institution) {\n      id\n      name\n      kind\n    }\n    committee(id: $committee) {\n      id\n      name\n    }\n    tender(id: $tender) {\n      id\n      name\n    }\n  }\n": typeof types.ScopeNameDocument,
    "\n  query IntroductionPaths($fromId: ID!, $toId: ID!, $maxHops: Int, $asOf: Date) {\n    introductionPaths(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: 3, asOf: $asOf) {\n      strength\n      tieTypes\n      viaUser {\n        id\n        name\n      }\n      introducer {\n        id\n        name\n      }\n      people {\n        id\n        name\n      }\n    }\n  }\n": typeof types.IntroductionPathsDocument,
    "\n  fragment AccountStandingFields on AccountStanding {\n    rank\n    revenue\n    profit\n    revenueShare\n    cumulativeShare\n    inTop20\n    keyAccount\n    influence\n    profitability\n    opportunities\n    trust\n    criteriaMet\n    institution {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.AccountStandingFieldsFragmentDoc,
    "\n  query KeyAccountHealth($scope: ScopeInput!, $period: String) {\n    keyAccountHealth(scope: $scope, period: $period) {\n      period\n      totalRevenue\n      totalProfit\n      top20RevenueShare\n      top20ProfitShare\n      keyAccountRevenueShare\n      keyAccountStatus\n      monoDependent\n      normalShareMin\n      normalShareMax\n      monoDependenceAbove\n      explanation\n      accounts {\n        ...AccountStandingFields\n      }\n    }\n  }\n": typeof types.KeyAccountHealthDocument,
    "\n  fragment PersonPositionFields on Position {\n    title\n    head\n    since\n    until\n    institution {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.PersonPositionFieldsFragmentDoc,
    "\n  fragment PersonCommitteeFields on CommitteeMembership {\n    role\n    since\n    until\n    committee {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.PersonCommitteeFieldsFragmentDoc,
    "\n  fragment PersonStanceFields on Stance {\n    towardId\n    towardName\n    value\n    ours\n    source\n    since\n  }\n": typeof types.PersonStanceFieldsFragmentDoc,
    "\n  fragment PersonRelationshipFields on Relationship {\n    stage\n    owns\n    since\n    criteria {\n      criterion\n      since\n    }\n    missingCriteria\n    user {\n      id\n      name\n      role\n    }\n  }\n": typeof types.PersonRelationshipFieldsFragmentDoc,
    "\n  fragment PersonDetailsFields on Person {\n    id\n    name\n    title\n    category\n    specialty\n    optedOut\n    stanceTowardUs\n    ourStage\n    owner {\n      id\n      name\n    }\n    positions {\n      ...PersonPositionFields\n    }\n    committees {\n      ...PersonCommitteeFields\n    }\n    stances {\n      ...PersonStanceFields\n    }\n    relationships {\n      ...PersonRelationshipFields\n    }\n    territories {\n      id\n      name\n    }\n  }\n": typeof types.PersonDetailsFieldsFragmentDoc,
    "\n  query PersonDetails($id: ID!) {\n    person(id: $id) {\n      ...PersonDetailsFields\n    }\n  }\n": typeof types.PersonDetailsDocument,
    "\n  query PersonDossier($id: ID!) {\n    person(id: $id) {\n      id\n      consent\n      anonymised\n      dossierAccess\n      dataProtection {\n        lawfulBasis\n        noticeOn\n        noticeMethod\n        effectiveRetentionMonths\n        retainUntil\n      }\n      dossier {\n        birthday\n        hobbies\n        family\n        values\n        communicationStyle\n        characterType\n        source\n        recordedOn\n      }\n    }\n  }\n": typeof types.PersonDossierDocument,
    "\n  query PersonInteractions($id: ID!) {\n    person(id: $id) {\n      id\n      interactions {\n        id\n        name\n        kind\n        date\n        outcome\n        followUpStatus\n        users {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PersonInteractionsDocument,
    "\n  mutation ErasePerson($personId: ID!, $reason: String!) {\n    erasePersonalData(personId: $personId, reason: $reason) {\n      ok\n      errors {\n        field\n        message\n      }\n      erased {\n        module\n        items\n      }\n      person {\n        id\n        name\n        anonymised\n      }\n    }\n  }\n": typeof types.ErasePersonDocument,
    "\n  mutation AddPlanStep($planId: ID!, $input: PlanStepInput!) {\n    addPlanStep(planId: $planId, input: $input) {\n      ...PlanPayloadFields\n    }\n  }\n": typeof types.AddPlanStepDocument,
    "\n  mutation CreatePlan($input: PlanInput!) {\n    createPlan(input: $input) {\n      ...PlanPayloadFields\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  query PersonPlanning($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      ourStage\n      plans {\n        ...PlanCardFields\n      }\n      stageHistory {\n        ...StagePeriodFields\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PersonPlanningDocument,
    "\n  fragment PlanStepFields on PlanStep {\n    id\n    title\n    kind\n    due\n    status\n    doneOn\n    note\n    overdue\n    aboutId\n    aboutName\n    aboutLabel\n  }\n": typeof types.PlanStepFieldsFragmentDoc,
    "\n  fragment StagePeriodFields on StagePeriod {\n    stage\n    since\n    until\n    days\n  }\n": typeof types.StagePeriodFieldsFragmentDoc,
    "\n  fragment PlanCardFields on Plan {\n    id\n    name\n    status\n    startStage\n    currentStage\n    targetStage\n    targetOn\n    developmentLevel\n    managerStyle\n    budget\n    budgetPurpose\n    goals\n    overdue\n    progress\n    flags\n    reviewOn\n    createdOn\n    lastInteractionOn\n    person {\n      id\n      name\n      title\n      category\n    }\n    owner {\n      id\n      name\n    }\n    steps {\n      ...PlanStepFields\n    }\n  }\n": typeof types.PlanCardFieldsFragmentDoc,
    "\n  fragment PlanDetailFields on Plan {\n    ...PlanCardFields\n    styleMeaning\n    reviewNotes\n    stageHistory {\n      ...StagePeriodFields\n    }\n  }\n": typeof types.PlanDetailFieldsFragmentDoc,
    "\n  fragment PlanPayloadFields on PlanPayload {\n    ok\n    errors {\n      field\n      message\n    }\n    plan {\n      ...PlanDetailFields\n    }\n  }\n": typeof types.PlanPayloadFieldsFragmentDoc,
    "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      ...PlanDetailFields\n    }\n  }\n": typeof types.PlanDocument,
    "\n  query Plans($ownerId: ID) {\n    plans(ownerId: $ownerId) {\n      ...PlanCardFields\n    }\n  }\n": typeof types.PlansDocument,
    "\n  mutation ReviewPlan($id: ID!, $note: String!) {\n    reviewPlan(id: $id, note: $note) {\n      ...PlanPayloadFields\n    }\n  }\n": typeof types.ReviewPlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: PlanUpdateInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...PlanPayloadFields\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  mutation UpdatePlanStep($stepId: ID!, $status: StepStatus!, $note: String) {\n    updatePlanStep(stepId: $stepId, status: $status, note: $note) {\n      ...PlanPayloadFields\n    }\n  }\n": typeof types.UpdatePlanStepDocument,
    "\n  query NextBestRelationships($scope: ScopeInput!, $first: Int) {\n    nextBestRelationships(scope: $scope, first: $first) {\n      score\n      power\n      ourStage\n      roles\n      reason\n      pathStrength\n      person {\n        id\n        name\n        title\n        category\n      }\n      introducer {\n        id\n        name\n      }\n      viaUser {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NextBestRelationshipsDocument,
    "\n  query DecisionGroup($tenderId: ID!, $asOf: Date) {\n    decisionGroup(tenderId: $tenderId, asOf: $asOf) {\n      coverage\n      uncoveredRoles\n      tender {\n        ...TenderFields\n        specification\n      }\n      roles {\n        role\n        covered\n        bestStage\n        weighs\n        advice\n        members {\n          stage\n          person {\n            id\n            name\n          }\n          contact {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DecisionGroupDocument,
    "\n  query SpecShapers($tenderId: ID!, $maxHops: Int, $asOf: Date, $without: [ID!]) {\n    specShapers(tenderId: $tenderId, maxHops: $maxHops, asOf: $asOf, without: $without, first: 30) {\n      score\n      hops\n      pathStrength\n      drafterRole\n      stance\n      ourStage\n      person {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      drafter {\n        id\n        name\n      }\n      ourContact {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SpecShapersDocument,
    "\n  query PeopleSearch($search: String!) {\n    people(search: $search, first: 8) {\n      nodes {\n        ...PersonBriefFields\n      }\n    }\n  }\n": typeof types.PeopleSearchDocument,
    "\n  fragment PersonBriefFields on Person {\n    id\n    name\n    title\n    category\n    ourStage\n  }\n": typeof types.PersonBriefFieldsFragmentDoc,
    "\n  query PlanningPerson($id: ID!) {\n    person(id: $id) {\n      ...PersonBriefFields\n    }\n  }\n": typeof types.PlanningPersonDocument,
    "\n  fragment TenderFields on Tender {\n    id\n    name\n    date\n    value\n    currency\n    status\n    issuer {\n      id\n      name\n    }\n  }\n": typeof types.TenderFieldsFragmentDoc,
    "\n  query Tenders($territoryId: ID) {\n    tenders(territoryId: $territoryId, first: 100) {\n      ...TenderFields\n    }\n  }\n": typeof types.TendersDocument,
    "\n  query Territories {\n    territories {\n      id\n      name\n    }\n  }\n": typeof types.TerritoriesDocument,
    "\n  query TerritoryCounts {\n    territories {\n      id\n      peopleCount\n      institutionCount\n    }\n  }\n": typeof types.TerritoryCountsDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        name\n        role\n      }\n      seesAllTerritories\n    }\n  }\n": typeof types.MeDocument,
    "\n  query PlanningViewer {\n    me {\n      user {\n        id\n        name\n        role\n      }\n      seesAllTerritories\n      team {\n        id\n        name\n        role\n      }\n      territories {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PlanningViewerDocument,
};
const documents: Documents = {
    "\n  query Agenda($userId: ID!, $from: Date!, $to: Date!) {\n    agenda(userId: $userId, from: $from, to: $to) {\n      date\n      kind\n      title\n      subjectId\n      overdue\n    }\n  }\n": types.AgendaDocument,
    "\n  mutation ConfirmProposal($interactionId: ID!, $on: Date) {\n    confirmProposal(interactionId: $interactionId, on: $on) {\n      ...InteractionPayloadFields\n    }\n  }\n": types.ConfirmProposalDocument,
    "\n  query FollowUps($userId: ID) {\n    followUps(userId: $userId) {\n      due\n      overdue\n      advice\n      proposal {\n        ...PlanningInteractionFields\n      }\n    }\n  }\n": types.FollowUpsDocument,
    "\n  fragment PlanningInteractionFields on Interaction {\n    id\n    name\n    kind\n    date\n    outcome\n    notes\n    validUntil\n    confirmedOn\n    nextContactOn\n    followUpStatus\n    followUpDue\n    participants {\n      id\n      name\n      title\n    }\n  }\n": types.PlanningInteractionFieldsFragmentDoc,
    "\n  fragment InteractionPayloadFields on InteractionPayload {\n    ok\n    errors {\n      field\n      message\n    }\n    interaction {\n      ...PlanningInteractionFields\n    }\n  }\n": types.InteractionPayloadFieldsFragmentDoc,
    "\n  mutation LogInteraction($input: InteractionInput!) {\n    logInteraction(input: $input) {\n      ...InteractionPayloadFields\n    }\n  }\n": types.LogInteractionDocument,
    "\n  query BalanceOfPower($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $without: [ID!], $first: Int) {\n    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, without: $without, first: $first) {\n      asOf\n      peopleInScope\n      modularity\n      ranking {\n        ...PowerScoreFields\n      }\n      whatMayChange {\n        endingTermCount\n        newTieCount\n        endingTerms(first: 6) {\n          person {\n            id\n            name\n          }\n          kind\n          role\n          at\n          until\n        }\n        newTies(first: 6) {\n          from {\n            id\n            name\n          }\n          to {\n            id\n            name\n          }\n          strength\n          since\n        }\n      }\n    }\n  }\n": types.BalanceOfPowerDocument,
    "\n  query BaselineRanking($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $first: Int) {\n    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, first: $first) {\n      ranking {\n        rank\n        score\n        person {\n          id\n        }\n      }\n    }\n  }\n": types.BaselineRankingDocument,
    "\n  query PowerExplanation($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $without: [ID!], $first: Int) {\n    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, without: $without, first: $first) {\n      ranking {\n        ...PowerScoreFields\n      }\n    }\n  }\n": types.PowerExplanationDocument,
    "\n  fragment PowerScoreFields on PowerScore {\n    rank\n    score\n    person {\n      id\n      name\n      title\n      category\n    }\n    explanation {\n      factor\n      value\n      weight\n      contribution\n      evidence {\n        description\n        value\n        ids\n      }\n    }\n  }\n": types.PowerScoreFieldsFragmentDoc,
    "\n  mutation RemoveTie($from: ID!, $to: ID!, $type: TieType!, $since: Date) {\n    removeTie(from: $from, to: $to, type: $type, since: $since) {\n      ok\n      id\n      errors {\n        field\n        message\n      }\n    }\n  }\n": types.RemoveTieDocument,
    "\n  mutation SetStage($userId: ID!, $personId: ID!, $stage: RelationshipStage!, $criteria: [StageCriterionInput!]) {\n    setStage(userId: $userId, personId: $personId, stage: $stage, criteria: $criteria) {\n      ...TiePayloadFields\n    }\n  }\n": types.SetStageDocument,
    "\n  mutation SetStance($personId: ID!, $towardId: ID!, $value: Int!, $source: String) {\n    setStance(personId: $personId, towardId: $towardId, value: $value, source: $source) {\n      ...TiePayloadFields\n    }\n  }\n": types.SetStanceDocument,
    "\n  mutation SetTie($input: TieInput!) {\n    setTie(input: $input) {\n      ...TiePayloadFields\n    }\n  }\n": types.SetTieDocument,
    "\n  fragment TiePayloadFields on TiePayload {\n    ok\n    errors {\n      field\n      message\n    }\n    tie {\n      from\n      to\n      type\n      strength\n      role\n      position\n      domain\n      basis\n      value\n      stage\n      since\n      until\n      source\n      confidence\n    }\n  }\n": types.TiePayloadFieldsFragmentDoc,
    "\n  fragment GraphNodeFields on GraphNode {\n    id\n    label\n    name\n    kind\n    power\n    rank\n    coalition\n    stance\n    stage\n    ownerId\n    optedOut\n  }\n": types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphEdgeDrawFields on GraphEdge {\n    id\n    source\n    target\n    type\n    strength\n  }\n": types.GraphEdgeDrawFieldsFragmentDoc,
    "\n  fragment GraphEdgeDetailFields on GraphEdge {\n    id\n    role\n    basis\n    domain\n    since\n    until\n    provenance\n    confidence\n  }\n": types.GraphEdgeDetailFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on GraphEdge {\n    ...GraphEdgeDrawFields\n    ...GraphEdgeDetailFields\n  }\n": types.GraphEdgeFieldsFragmentDoc,
    "\n  fragment MapCoalitionFields on Coalition {\n    power\n    lean\n    leaning\n    memberCount\n  }\n": types.MapCoalitionFieldsFragmentDoc,
    "\n  query GraphView(\n    $scope: ScopeInput!\n    $asOf: Date\n    $therapeuticArea: ID\n    $tieTypes: [TieType!]\n    $without: [ID!]\n    $limit: Int\n  ) {\n    graphView(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, tieTypes: $tieTypes, without: $without, limit: $limit) {\n      asOf\n      peopleInScope\n      truncated\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeDrawFields\n      }\n      coalitions {\n        ...MapCoalitionFields\n      }\n    }\n  }\n": types.GraphViewDocument,
    "\n  query GraphViewTies(\n    $scope: ScopeInput!\n    $asOf: Date\n    $therapeuticArea: ID\n    $tieTypes: [TieType!]\n    $without: [ID!]\n    $limit: Int\n  ) {\n    graphView(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, tieTypes: $tieTypes, without: $without, limit: $limit) {\n      edges {\n        ...GraphEdgeDetailFields\n      }\n    }\n  }\n": types.GraphViewTiesDocument,
    "\n  query ScopeName($territory: ID!, $institution: ID!, $committee: ID!, $tender: ID!) {\n    territory(id: $territory) {\n      id\n      name\n    }\n    institution(id: $institution) {\n      id\n      name\n      kind\n    }\n    committee(id: $committee) {\n      id\n      name\n    }\n    tender(id: $tender) {\n      id\n      name\n    }\n  }\n": types.ScopeNameDocument,
    "\n  query IntroductionPaths($fromId: ID!, $toId: ID!, $maxHops: Int, $asOf: Date) {\n    introductionPaths(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: 3, asOf: $asOf) {\n      strength\n      tieTypes\n      viaUser {\n        id\n        name\n      }\n      introducer {\n        id\n        name\n      }\n      people {\n        id\n        name\n      }\n    }\n  }\n": types.IntroductionPathsDocument,
    "\n  fragment AccountStandingFields on AccountStanding {\n    rank\n    revenue\n    profit\n    revenueShare\n    cumulativeShare\n    inTop20\n    keyAccount\n    influence\n    profitability\n    opportunities\n    trust\n    criteriaMet\n    institution {\n      id\n      name\n      kind\n    }\n  }\n": types.AccountStandingFieldsFragmentDoc,
    "\n  query KeyAccountHealth($scope: ScopeInput!, $period: String) {\n    keyAccountHealth(scope: $scope, period: $period) {\n      period\n      totalRevenue\n      totalProfit\n      top20RevenueShare\n      top20ProfitShare\n      keyAccountRevenueShare\n      keyAccountStatus\n      monoDependent\n      normalShareMin\n      normalShareMax\n      monoDependenceAbove\n      explanation\n      accounts {\n        ...AccountStandingFields\n      }\n    }\n  }\n": types.KeyAccountHealthDocument,
    "\n  fragment PersonPositionFields on Position {\n    title\n    head\n    since\n    until\n    institution {\n      id\n      name\n      kind\n    }\n  }\n": types.PersonPositionFieldsFragmentDoc,
    "\n  fragment PersonCommitteeFields on CommitteeMembership {\n    role\n    since\n    until\n    committee {\n      id\n      name\n      kind\n    }\n  }\n": types.PersonCommitteeFieldsFragmentDoc,
    "\n  fragment PersonStanceFields on Stance {\n    towardId\n    towardName\n    value\n    ours\n    source\n    since\n  }\n": types.PersonStanceFieldsFragmentDoc,
    "\n  fragment PersonRelationshipFields on Relationship {\n    stage\n    owns\n    since\n    criteria {\n      criterion\n      since\n    }\n    missingCriteria\n    user {\n      id\n      name\n      role\n    }\n  }\n": types.PersonRelationshipFieldsFragmentDoc,
    "\n  fragment PersonDetailsFields on Person {\n    id\n    name\n    title\n    category\n    specialty\n    optedOut\n    stanceTowardUs\n    ourStage\n    owner {\n      id\n      name\n    }\n    positions {\n      ...PersonPositionFields\n    }\n    committees {\n      ...PersonCommitteeFields\n    }\n    stances {\n      ...PersonStanceFields\n    }\n    relationships {\n      ...PersonRelationshipFields\n    }\n    territories {\n      id\n      name\n    }\n  }\n": types.PersonDetailsFieldsFragmentDoc,
    "\n  query PersonDetails($id: ID!) {\n    person(id: $id) {\n      ...PersonDetailsFields\n    }\n  }\n": types.PersonDetailsDocument,
    "\n  query PersonDossier($id: ID!) {\n    person(id: $id) {\n      id\n      consent\n      anonymised\n      dossierAccess\n      dataProtection {\n        lawfulBasis\n        noticeOn\n        noticeMethod\n        effectiveRetentionMonths\n        retainUntil\n      }\n      dossier {\n        birthday\n        hobbies\n        family\n        values\n        communicationStyle\n        characterType\n        source\n        recordedOn\n      }\n    }\n  }\n": types.PersonDossierDocument,
    "\n  query PersonInteractions($id: ID!) {\n    person(id: $id) {\n      id\n      interactions {\n        id\n        name\n        kind\n        date\n        outcome\n        followUpStatus\n        users {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PersonInteractionsDocument,
    "\n  mutation ErasePerson($personId: ID!, $reason: String!) {\n    erasePersonalData(personId: $personId, reason: $reason) {\n      ok\n      errors {\n        field\n        message\n      }\n      erased {\n        module\n        items\n      }\n      person {\n        id\n        name\n        anonymised\n      }\n    }\n  }\n": types.ErasePersonDocument,
    "\n  mutation AddPlanStep($planId: ID!, $input: PlanStepInput!) {\n    addPlanStep(planId: $planId, input: $input) {\n      ...PlanPayloadFields\n    }\n  }\n": types.AddPlanStepDocument,
    "\n  mutation CreatePlan($input: PlanInput!) {\n    createPlan(input: $input) {\n      ...PlanPayloadFields\n    }\n  }\n": types.CreatePlanDocument,
    "\n  query PersonPlanning($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      ourStage\n      plans {\n        ...PlanCardFields\n      }\n      stageHistory {\n        ...StagePeriodFields\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PersonPlanningDocument,
    "\n  fragment PlanStepFields on PlanStep {\n    id\n    title\n    kind\n    due\n    status\n    doneOn\n    note\n    overdue\n    aboutId\n    aboutName\n    aboutLabel\n  }\n": types.PlanStepFieldsFragmentDoc,
    "\n  fragment StagePeriodFields on StagePeriod {\n    stage\n    since\n    until\n    days\n  }\n": types.StagePeriodFieldsFragmentDoc,
    "\n  fragment PlanCardFields on Plan {\n    id\n    name\n    status\n    startStage\n    currentStage\n    targetStage\n    targetOn\n    developmentLevel\n    managerStyle\n    budget\n    budgetPurpose\n    goals\n    overdue\n    progress\n    flags\n    reviewOn\n    createdOn\n    lastInteractionOn\n    person {\n      id\n      name\n      title\n      category\n    }\n    owner {\n      id\n      name\n    }\n    steps {\n      ...PlanStepFields\n    }\n  }\n": types.PlanCardFieldsFragmentDoc,
    "\n  fragment PlanDetailFields on Plan {\n    ...PlanCardFields\n    styleMeaning\n    reviewNotes\n    stageHistory {\n      ...StagePeriodFields\n    }\n  }\n": types.PlanDetailFieldsFragmentDoc,
    "\n  fragment PlanPayloadFields on PlanPayload {\n    ok\n    errors {\n      field\n      message\n    }\n    plan {\n      ...PlanDetailFields\n    }\n  }\n": types.PlanPayloadFieldsFragmentDoc,
    "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      ...PlanDetailFields\n    }\n  }\n": types.PlanDocument,
    "\n  query Plans($ownerId: ID) {\n    plans(ownerId: $ownerId) {\n      ...PlanCardFields\n    }\n  }\n": types.PlansDocument,
    "\n  mutation ReviewPlan($id: ID!, $note: String!) {\n    reviewPlan(id: $id, note: $note) {\n      ...PlanPayloadFields\n    }\n  }\n": types.ReviewPlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: PlanUpdateInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...PlanPayloadFields\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  mutation UpdatePlanStep($stepId: ID!, $status: StepStatus!, $note: String) {\n    updatePlanStep(stepId: $stepId, status: $status, note: $note) {\n      ...PlanPayloadFields\n    }\n  }\n": types.UpdatePlanStepDocument,
    "\n  query NextBestRelationships($scope: ScopeInput!, $first: Int) {\n    nextBestRelationships(scope: $scope, first: $first) {\n      score\n      power\n      ourStage\n      roles\n      reason\n      pathStrength\n      person {\n        id\n        name\n        title\n        category\n      }\n      introducer {\n        id\n        name\n      }\n      viaUser {\n        id\n        name\n      }\n    }\n  }\n": types.NextBestRelationshipsDocument,
    "\n  query DecisionGroup($tenderId: ID!, $asOf: Date) {\n    decisionGroup(tenderId: $tenderId, asOf: $asOf) {\n      coverage\n      uncoveredRoles\n      tender {\n        ...TenderFields\n        specification\n      }\n      roles {\n        role\n        covered\n        bestStage\n        weighs\n        advice\n        members {\n          stage\n          person {\n            id\n            name\n          }\n          contact {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DecisionGroupDocument,
    "\n  query SpecShapers($tenderId: ID!, $maxHops: Int, $asOf: Date, $without: [ID!]) {\n    specShapers(tenderId: $tenderId, maxHops: $maxHops, asOf: $asOf, without: $without, first: 30) {\n      score\n      hops\n      pathStrength\n      drafterRole\n      stance\n      ourStage\n      person {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      drafter {\n        id\n        name\n      }\n      ourContact {\n        id\n        name\n      }\n    }\n  }\n": types.SpecShapersDocument,
    "\n  query PeopleSearch($search: String!) {\n    people(search: $search, first: 8) {\n      nodes {\n        ...PersonBriefFields\n      }\n    }\n  }\n": types.PeopleSearchDocument,
    "\n  fragment PersonBriefFields on Person {\n    id\n    name\n    title\n    category\n    ourStage\n  }\n": types.PersonBriefFieldsFragmentDoc,
    "\n  query PlanningPerson($id: ID!) {\n    person(id: $id) {\n      ...PersonBriefFields\n    }\n  }\n": types.PlanningPersonDocument,
    "\n  fragment TenderFields on Tender {\n    id\n    name\n    date\n    value\n    currency\n    status\n    issuer {\n      id\n      name\n    }\n  }\n": types.TenderFieldsFragmentDoc,
    "\n  query Tenders($territoryId: ID) {\n    tenders(territoryId: $territoryId, first: 100) {\n      ...TenderFields\n    }\n  }\n": types.TendersDocument,
    "\n  query Territories {\n    territories {\n      id\n      name\n    }\n  }\n": types.TerritoriesDocument,
    "\n  query TerritoryCounts {\n    territories {\n      id\n      peopleCount\n      institutionCount\n    }\n  }\n": types.TerritoryCountsDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        name\n        role\n      }\n      seesAllTerritories\n    }\n  }\n": types.MeDocument,
    "\n  query PlanningViewer {\n    me {\n      user {\n        id\n        name\n        role\n      }\n      seesAllTerritories\n      team {\n        id\n        name\n        role\n      }\n      territories {\n        id\n        name\n      }\n    }\n  }\n": types.PlanningViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agenda($userId: ID!, $from: Date!, $to: Date!) {\n    agenda(userId: $userId, from: $from, to: $to) {\n      date\n      kind\n      title\n      subjectId\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query Agenda($userId: ID!, $from: Date!, $to: Date!) {\n    agenda(userId: $userId, from: $from, to: $to) {\n      date\n      kind\n      title\n      subjectId\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmProposal($interactionId: ID!, $on: Date) {\n    confirmProposal(interactionId: $interactionId, on: $on) {\n      ...InteractionPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmProposal($interactionId: ID!, $on: Date) {\n    confirmProposal(interactionId: $interactionId, on: $on) {\n      ...InteractionPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUps($userId: ID) {\n    followUps(userId: $userId) {\n      due\n      overdue\n      advice\n      proposal {\n        ...PlanningInteractionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUps($userId: ID) {\n    followUps(userId: $userId) {\n      due\n      overdue\n      advice\n      proposal {\n        ...PlanningInteractionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanningInteractionFields on Interaction {\n    id\n    name\n    kind\n    date\n    outcome\n    notes\n    validUntil\n    confirmedOn\n    nextContactOn\n    followUpStatus\n    followUpDue\n    participants {\n      id\n      name\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment PlanningInteractionFields on Interaction {\n    id\n    name\n    kind\n    date\n    outcome\n    notes\n    validUntil\n    confirmedOn\n    nextContactOn\n    followUpStatus\n    followUpDue\n    participants {\n      id\n      name\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InteractionPayloadFields on InteractionPayload {\n    ok\n    errors {\n      field\n      message\n    }\n    interaction {\n      ...PlanningInteractionFields\n    }\n  }\n"): (typeof documents)["\n  fragment InteractionPayloadFields on InteractionPayload {\n    ok\n    errors {\n      field\n      message\n    }\n    interaction {\n      ...PlanningInteractionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogInteraction($input: InteractionInput!) {\n    logInteraction(input: $input) {\n      ...InteractionPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogInteraction($input: InteractionInput!) {\n    logInteraction(input: $input) {\n      ...InteractionPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BalanceOfPower($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $without: [ID!], $first: Int) {\n    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, without: $without, first: $first) {\n      asOf\n      peopleInScope\n      modularity\n      ranking {\n        ...PowerScoreFields\n      }\n      whatMayChange {\n        endingTermCount\n        newTieCount\n        endingTerms(first: 6) {\n          person {\n            id\n            name\n          }\n          kind\n          role\n          at\n          until\n        }\n        newTies(first: 6) {\n          from {\n            id\n            name\n          }\n          to {\n            id\n            name\n          }\n          strength\n          since\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BalanceOfPower($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $without: [ID!], $first: Int) {\n    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, without: $without, first: $first) {\n      asOf\n      peopleInScope\n      modularity\n      ranking {\n        ...PowerScoreFields\n      }\n      whatMayChange {\n        endingTermCount\n        newTieCount\n        endingTerms(first: 6) {\n          person {\n            id\n            name\n          }\n          kind\n          role\n          at\n          until\n        }\n        newTies(first: 6) {\n          from {\n            id\n            name\n          }\n          to {\n            id\n            name\n          }\n          strength\n          since\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaselineRanking($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $first: Int) {\n    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, first: $first) {\n      ranking {\n        rank\n        score\n        person {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BaselineRanking($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $first: Int) {\n    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, first: $first) {\n      ranking {\n        rank\n        score\n        person {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PowerExplanation($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $without: [ID!], $first: Int) {\n    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, without: $without, first: $first) {\n      ranking {\n        ...PowerScoreFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PowerExplanation($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $without: [ID!], $first: Int) {\n    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, without: $without, first: $first) {\n      ranking {\n        ...PowerScoreFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PowerScoreFields on PowerScore {\n    rank\n    score\n    person {\n      id\n      name\n      title\n      category\n    }\n    explanation {\n      factor\n      value\n      weight\n      contribution\n      evidence {\n        description\n        value\n        ids\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PowerScoreFields on PowerScore {\n    rank\n    score\n    person {\n      id\n      name\n      title\n      category\n    }\n    explanation {\n      factor\n      value\n      weight\n      contribution\n      evidence {\n        description\n        value\n        ids\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTie($from: ID!, $to: ID!, $type: TieType!, $since: Date) {\n    removeTie(from: $from, to: $to, type: $type, since: $since) {\n      ok\n      id\n      errors {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTie($from: ID!, $to: ID!, $type: TieType!, $since: Date) {\n    removeTie(from: $from, to: $to, type: $type, since: $since) {\n      ok\n      id\n      errors {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStage($userId: ID!, $personId: ID!, $stage: RelationshipStage!, $criteria: [StageCriterionInput!]) {\n    setStage(userId: $userId, personId: $personId, stage: $stage, criteria: $criteria) {\n      ...TiePayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetStage($userId: ID!, $personId: ID!, $stage: RelationshipStage!, $criteria: [StageCriterionInput!]) {\n    setStage(userId: $userId, personId: $personId, stage: $stage, criteria: $criteria) {\n      ...TiePayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStance($personId: ID!, $towardId: ID!, $value: Int!, $source: String) {\n    setStance(personId: $personId, towardId: $towardId, value: $value, source: $source) {\n      ...TiePayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetStance($personId: ID!, $towardId: ID!, $value: Int!, $source: String) {\n    setStance(personId: $personId, towardId: $towardId, value: $value, source: $source) {\n      ...TiePayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTie($input: TieInput!) {\n    setTie(input: $input) {\n      ...TiePayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTie($input: TieInput!) {\n    setTie(input: $input) {\n      ...TiePayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TiePayloadFields on TiePayload {\n    ok\n    errors {\n      field\n      message\n    }\n    tie {\n      from\n      to\n      type\n      strength\n      role\n      position\n      domain\n      basis\n      value\n      stage\n      since\n      until\n      source\n      confidence\n    }\n  }\n"): (typeof documents)["\n  fragment TiePayloadFields on TiePayload {\n    ok\n    errors {\n      field\n      message\n    }\n    tie {\n      from\n      to\n      type\n      strength\n      role\n      position\n      domain\n      basis\n      value\n      stage\n      since\n      until\n      source\n      confidence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphNodeFields on GraphNode {\n    id\n    label\n    name\n    kind\n    power\n    rank\n    coalition\n    stance\n    stage\n    ownerId\n    optedOut\n  }\n"): (typeof documents)["\n  fragment GraphNodeFields on GraphNode {\n    id\n    label\n    name\n    kind\n    power\n    rank\n    coalition\n    stance\n    stage\n    ownerId\n    optedOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphEdgeDrawFields on GraphEdge {\n    id\n    source\n    target\n    type\n    strength\n  }\n"): (typeof documents)["\n  fragment GraphEdgeDrawFields on GraphEdge {\n    id\n    source\n    target\n    type\n    strength\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphEdgeDetailFields on GraphEdge {\n    id\n    role\n    basis\n    domain\n    since\n    until\n    provenance\n    confidence\n  }\n"): (typeof documents)["\n  fragment GraphEdgeDetailFields on GraphEdge {\n    id\n    role\n    basis\n    domain\n    since\n    until\n    provenance\n    confidence\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphEdgeFields on GraphEdge {\n    ...GraphEdgeDrawFields\n    ...GraphEdgeDetailFields\n  }\n"): (typeof documents)["\n  fragment GraphEdgeFields on GraphEdge {\n    ...GraphEdgeDrawFields\n    ...GraphEdgeDetailFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapCoalitionFields on Coalition {\n    power\n    lean\n    leaning\n    memberCount\n  }\n"): (typeof documents)["\n  fragment MapCoalitionFields on Coalition {\n    power\n    lean\n    leaning\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphView(\n    $scope: ScopeInput!\n    $asOf: Date\n    $therapeuticArea: ID\n    $tieTypes: [TieType!]\n    $without: [ID!]\n    $limit: Int\n  ) {\n    graphView(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, tieTypes: $tieTypes, without: $without, limit: $limit) {\n      asOf\n      peopleInScope\n      truncated\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeDrawFields\n      }\n      coalitions {\n        ...MapCoalitionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphView(\n    $scope: ScopeInput!\n    $asOf: Date\n    $therapeuticArea: ID\n    $tieTypes: [TieType!]\n    $without: [ID!]\n    $limit: Int\n  ) {\n    graphView(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, tieTypes: $tieTypes, without: $without, limit: $limit) {\n      asOf\n      peopleInScope\n      truncated\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeDrawFields\n      }\n      coalitions {\n        ...MapCoalitionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphViewTies(\n    $scope: ScopeInput!\n    $asOf: Date\n    $therapeuticArea: ID\n    $tieTypes: [TieType!]\n    $without: [ID!]\n    $limit: Int\n  ) {\n    graphView(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, tieTypes: $tieTypes, without: $without, limit: $limit) {\n      edges {\n        ...GraphEdgeDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphViewTies(\n    $scope: ScopeInput!\n    $asOf: Date\n    $therapeuticArea: ID\n    $tieTypes: [TieType!]\n    $without: [ID!]\n    $limit: Int\n  ) {\n    graphView(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, tieTypes: $tieTypes, without: $without, limit: $limit) {\n      edges {\n        ...GraphEdgeDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeName($territory: ID!, $institution: ID!, $committee: ID!, $tender: ID!) {\n    territory(id: $territory) {\n      id\n      name\n    }\n    institution(id: $institution) {\n      id\n      name\n      kind\n    }\n    committee(id: $committee) {\n      id\n      name\n    }\n    tender(id: $tender) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ScopeName($territory: ID!, $institution: ID!, $committee: ID!, $tender: ID!) {\n    territory(id: $territory) {\n      id\n      name\n    }\n    institution(id: $institution) {\n      id\n      name\n      kind\n    }\n    committee(id: $committee) {\n      id\n      name\n    }\n    tender(id: $tender) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntroductionPaths($fromId: ID!, $toId: ID!, $maxHops: Int, $asOf: Date) {\n    introductionPaths(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: 3, asOf: $asOf) {\n      strength\n      tieTypes\n      viaUser {\n        id\n        name\n      }\n      introducer {\n        id\n        name\n      }\n      people {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntroductionPaths($fromId: ID!, $toId: ID!, $maxHops: Int, $asOf: Date) {\n    introductionPaths(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: 3, asOf: $asOf) {\n      strength\n      tieTypes\n      viaUser {\n        id\n        name\n      }\n      introducer {\n        id\n        name\n      }\n      people {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountStandingFields on AccountStanding {\n    rank\n    revenue\n    profit\n    revenueShare\n    cumulativeShare\n    inTop20\n    keyAccount\n    influence\n    profitability\n    opportunities\n    trust\n    criteriaMet\n    institution {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment AccountStandingFields on AccountStanding {\n    rank\n    revenue\n    profit\n    revenueShare\n    cumulativeShare\n    inTop20\n    keyAccount\n    influence\n    profitability\n    opportunities\n    trust\n    criteriaMet\n    institution {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyAccountHealth($scope: ScopeInput!, $period: String) {\n    keyAccountHealth(scope: $scope, period: $period) {\n      period\n      totalRevenue\n      totalProfit\n      top20RevenueShare\n      top20ProfitShare\n      keyAccountRevenueShare\n      keyAccountStatus\n      monoDependent\n      normalShareMin\n      normalShareMax\n      monoDependenceAbove\n      explanation\n      accounts {\n        ...AccountStandingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query KeyAccountHealth($scope: ScopeInput!, $period: String) {\n    keyAccountHealth(scope: $scope, period: $period) {\n      period\n      totalRevenue\n      totalProfit\n      top20RevenueShare\n      top20ProfitShare\n      keyAccountRevenueShare\n      keyAccountStatus\n      monoDependent\n      normalShareMin\n      normalShareMax\n      monoDependenceAbove\n      explanation\n      accounts {\n        ...AccountStandingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonPositionFields on Position {\n    title\n    head\n    since\n    until\n    institution {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment PersonPositionFields on Position {\n    title\n    head\n    since\n    until\n    institution {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCommitteeFields on CommitteeMembership {\n    role\n    since\n    until\n    committee {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment PersonCommitteeFields on CommitteeMembership {\n    role\n    since\n    until\n    committee {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonStanceFields on Stance {\n    towardId\n    towardName\n    value\n    ours\n    source\n    since\n  }\n"): (typeof documents)["\n  fragment PersonStanceFields on Stance {\n    towardId\n    towardName\n    value\n    ours\n    source\n    since\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonRelationshipFields on Relationship {\n    stage\n    owns\n    since\n    criteria {\n      criterion\n      since\n    }\n    missingCriteria\n    user {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment PersonRelationshipFields on Relationship {\n    stage\n    owns\n    since\n    criteria {\n      criterion\n      since\n    }\n    missingCriteria\n    user {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonDetailsFields on Person {\n    id\n    name\n    title\n    category\n    specialty\n    optedOut\n    stanceTowardUs\n    ourStage\n    owner {\n      id\n      name\n    }\n    positions {\n      ...PersonPositionFields\n    }\n    committees {\n      ...PersonCommitteeFields\n    }\n    stances {\n      ...PersonStanceFields\n    }\n    relationships {\n      ...PersonRelationshipFields\n    }\n    territories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonDetailsFields on Person {\n    id\n    name\n    title\n    category\n    specialty\n    optedOut\n    stanceTowardUs\n    ourStage\n    owner {\n      id\n      name\n    }\n    positions {\n      ...PersonPositionFields\n    }\n    committees {\n      ...PersonCommitteeFields\n    }\n    stances {\n      ...PersonStanceFields\n    }\n    relationships {\n      ...PersonRelationshipFields\n    }\n    territories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonDetails($id: ID!) {\n    person(id: $id) {\n      ...PersonDetailsFields\n    }\n  }\n"): (typeof documents)["\n  query PersonDetails($id: ID!) {\n    person(id: $id) {\n      ...PersonDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonDossier($id: ID!) {\n    person(id: $id) {\n      id\n      consent\n      anonymised\n      dossierAccess\n      dataProtection {\n        lawfulBasis\n        noticeOn\n        noticeMethod\n        effectiveRetentionMonths\n        retainUntil\n      }\n      dossier {\n        birthday\n        hobbies\n        family\n        values\n        communicationStyle\n        characterType\n        source\n        recordedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonDossier($id: ID!) {\n    person(id: $id) {\n      id\n      consent\n      anonymised\n      dossierAccess\n      dataProtection {\n        lawfulBasis\n        noticeOn\n        noticeMethod\n        effectiveRetentionMonths\n        retainUntil\n      }\n      dossier {\n        birthday\n        hobbies\n        family\n        values\n        communicationStyle\n        characterType\n        source\n        recordedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonInteractions($id: ID!) {\n    person(id: $id) {\n      id\n      interactions {\n        id\n        name\n        kind\n        date\n        outcome\n        followUpStatus\n        users {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonInteractions($id: ID!) {\n    person(id: $id) {\n      id\n      interactions {\n        id\n        name\n        kind\n        date\n        outcome\n        followUpStatus\n        users {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($personId: ID!, $reason: String!) {\n    erasePersonalData(personId: $personId, reason: $reason) {\n      ok\n      errors {\n        field\n        message\n      }\n      erased {\n        module\n        items\n      }\n      person {\n        id\n        name\n        anonymised\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ErasePerson($personId: ID!, $reason: String!) {\n    erasePersonalData(personId: $personId, reason: $reason) {\n      ok\n      errors {\n        field\n        message\n      }\n      erased {\n        module\n        items\n      }\n      person {\n        id\n        name\n        anonymised\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanStep($planId: ID!, $input: PlanStepInput!) {\n    addPlanStep(planId: $planId, input: $input) {\n      ...PlanPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanStep($planId: ID!, $input: PlanStepInput!) {\n    addPlanStep(planId: $planId, input: $input) {\n      ...PlanPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: PlanInput!) {\n    createPlan(input: $input) {\n      ...PlanPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($input: PlanInput!) {\n    createPlan(input: $input) {\n      ...PlanPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPlanning($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      ourStage\n      plans {\n        ...PlanCardFields\n      }\n      stageHistory {\n        ...StagePeriodFields\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPlanning($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      title\n      ourStage\n      plans {\n        ...PlanCardFields\n      }\n      stageHistory {\n        ...StagePeriodFields\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanStepFields on PlanStep {\n    id\n    title\n    kind\n    due\n    status\n    doneOn\n    note\n    overdue\n    aboutId\n    aboutName\n    aboutLabel\n  }\n"): (typeof documents)["\n  fragment PlanStepFields on PlanStep {\n    id\n    title\n    kind\n    due\n    status\n    doneOn\n    note\n    overdue\n    aboutId\n    aboutName\n    aboutLabel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StagePeriodFields on StagePeriod {\n    stage\n    since\n    until\n    days\n  }\n"): (typeof documents)["\n  fragment StagePeriodFields on StagePeriod {\n    stage\n    since\n    until\n    days\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanCardFields on Plan {\n    id\n    name\n    status\n    startStage\n    currentStage\n    targetStage\n    targetOn\n    developmentLevel\n    managerStyle\n    budget\n    budgetPurpose\n    goals\n    overdue\n    progress\n    flags\n    reviewOn\n    createdOn\n    lastInteractionOn\n    person {\n      id\n      name\n      title\n      category\n    }\n    owner {\n      id\n      name\n    }\n    steps {\n      ...PlanStepFields\n    }\n  }\n"): (typeof documents)["\n  fragment PlanCardFields on Plan {\n    id\n    name\n    status\n    startStage\n    currentStage\n    targetStage\n    targetOn\n    developmentLevel\n    managerStyle\n    budget\n    budgetPurpose\n    goals\n    overdue\n    progress\n    flags\n    reviewOn\n    createdOn\n    lastInteractionOn\n    person {\n      id\n      name\n      title\n      category\n    }\n    owner {\n      id\n      name\n    }\n    steps {\n      ...PlanStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanDetailFields on Plan {\n    ...PlanCardFields\n    styleMeaning\n    reviewNotes\n    stageHistory {\n      ...StagePeriodFields\n    }\n  }\n"): (typeof documents)["\n  fragment PlanDetailFields on Plan {\n    ...PlanCardFields\n    styleMeaning\n    reviewNotes\n    stageHistory {\n      ...StagePeriodFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanPayloadFields on PlanPayload {\n    ok\n    errors {\n      field\n      message\n    }\n    plan {\n      ...PlanDetailFields\n    }\n  }\n"): (typeof documents)["\n  fragment PlanPayloadFields on PlanPayload {\n    ok\n    errors {\n      field\n      message\n    }\n    plan {\n      ...PlanDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      ...PlanDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      ...PlanDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans($ownerId: ID) {\n    plans(ownerId: $ownerId) {\n      ...PlanCardFields\n    }\n  }\n"): (typeof documents)["\n  query Plans($ownerId: ID) {\n    plans(ownerId: $ownerId) {\n      ...PlanCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPlan($id: ID!, $note: String!) {\n    reviewPlan(id: $id, note: $note) {\n      ...PlanPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewPlan($id: ID!, $note: String!) {\n    reviewPlan(id: $id, note: $note) {\n      ...PlanPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlan($id: ID!, $input: PlanUpdateInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...PlanPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlan($id: ID!, $input: PlanUpdateInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...PlanPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanStep($stepId: ID!, $status: StepStatus!, $note: String) {\n    updatePlanStep(stepId: $stepId, status: $status, note: $note) {\n      ...PlanPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanStep($stepId: ID!, $status: StepStatus!, $note: String) {\n    updatePlanStep(stepId: $stepId, status: $status, note: $note) {\n      ...PlanPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextBestRelationships($scope: ScopeInput!, $first: Int) {\n    nextBestRelationships(scope: $scope, first: $first) {\n      score\n      power\n      ourStage\n      roles\n      reason\n      pathStrength\n      person {\n        id\n        name\n        title\n        category\n      }\n      introducer {\n        id\n        name\n      }\n      viaUser {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NextBestRelationships($scope: ScopeInput!, $first: Int) {\n    nextBestRelationships(scope: $scope, first: $first) {\n      score\n      power\n      ourStage\n      roles\n      reason\n      pathStrength\n      person {\n        id\n        name\n        title\n        category\n      }\n      introducer {\n        id\n        name\n      }\n      viaUser {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionGroup($tenderId: ID!, $asOf: Date) {\n    decisionGroup(tenderId: $tenderId, asOf: $asOf) {\n      coverage\n      uncoveredRoles\n      tender {\n        ...TenderFields\n        specification\n      }\n      roles {\n        role\n        covered\n        bestStage\n        weighs\n        advice\n        members {\n          stage\n          person {\n            id\n            name\n          }\n          contact {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DecisionGroup($tenderId: ID!, $asOf: Date) {\n    decisionGroup(tenderId: $tenderId, asOf: $asOf) {\n      coverage\n      uncoveredRoles\n      tender {\n        ...TenderFields\n        specification\n      }\n      roles {\n        role\n        covered\n        bestStage\n        weighs\n        advice\n        members {\n          stage\n          person {\n            id\n            name\n          }\n          contact {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecShapers($tenderId: ID!, $maxHops: Int, $asOf: Date, $without: [ID!]) {\n    specShapers(tenderId: $tenderId, maxHops: $maxHops, asOf: $asOf, without: $without, first: 30) {\n      score\n      hops\n      pathStrength\n      drafterRole\n      stance\n      ourStage\n      person {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      drafter {\n        id\n        name\n      }\n      ourContact {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpecShapers($tenderId: ID!, $maxHops: Int, $asOf: Date, $without: [ID!]) {\n    specShapers(tenderId: $tenderId, maxHops: $maxHops, asOf: $asOf, without: $without, first: 30) {\n      score\n      hops\n      pathStrength\n      drafterRole\n      stance\n      ourStage\n      person {\n        id\n        name\n      }\n      path {\n        id\n        name\n      }\n      drafter {\n        id\n        name\n      }\n      ourContact {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearch($search: String!) {\n    people(search: $search, first: 8) {\n      nodes {\n        ...PersonBriefFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleSearch($search: String!) {\n    people(search: $search, first: 8) {\n      nodes {\n        ...PersonBriefFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonBriefFields on Person {\n    id\n    name\n    title\n    category\n    ourStage\n  }\n"): (typeof documents)["\n  fragment PersonBriefFields on Person {\n    id\n    name\n    title\n    category\n    ourStage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningPerson($id: ID!) {\n    person(id: $id) {\n      ...PersonBriefFields\n    }\n  }\n"): (typeof documents)["\n  query PlanningPerson($id: ID!) {\n    person(id: $id) {\n      ...PersonBriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenderFields on Tender {\n    id\n    name\n    date\n    value\n    currency\n    status\n    issuer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TenderFields on Tender {\n    id\n    name\n    date\n    value\n    currency\n    status\n    issuer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenders($territoryId: ID) {\n    tenders(territoryId: $territoryId, first: 100) {\n      ...TenderFields\n    }\n  }\n"): (typeof documents)["\n  query Tenders($territoryId: ID) {\n    tenders(territoryId: $territoryId, first: 100) {\n      ...TenderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Territories {\n    territories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Territories {\n    territories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoryCounts {\n    territories {\n      id\n      peopleCount\n      institutionCount\n    }\n  }\n"): (typeof documents)["\n  query TerritoryCounts {\n    territories {\n      id\n      peopleCount\n      institutionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        name\n        role\n      }\n      seesAllTerritories\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      user {\n        id\n        name\n        role\n      }\n      seesAllTerritories\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningViewer {\n    me {\n      user {\n        id\n        name\n        role\n      }\n      seesAllTerritories\n      team {\n        id\n        name\n        role\n      }\n      territories {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanningViewer {\n    me {\n      user {\n        id\n        name\n        role\n      }\n      seesAllTerritories\n      team {\n        id\n        name\n        role\n      }\n      territories {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;