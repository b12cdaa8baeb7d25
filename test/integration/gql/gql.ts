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
    "query AccessPerson($id: ID!) { person(id: $id) { id name dossierAccess dossier { hobbies birthday family } } }": typeof types.AccessPersonDocument,
    "query AccessMe { me { user { id role } territories { id } } }": typeof types.AccessMeDocument,
    "query AccessTerritories { territories { id } }": typeof types.AccessTerritoriesDocument,
    "query AccessPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { peopleInScope } }": typeof types.AccessPowerDocument,
    "query AccessPeople($s: String!) { people(search: $s) { nodes { id } } }": typeof types.AccessPeopleDocument,
    "mutation AccessSetTie($from: ID!, $to: ID!) { setTie(input: { from: $from, to: $to, type: KNOWS, strength: 0.5 }) { ok } }": typeof types.AccessSetTieDocument,
    "mutation AccessSetStage($u: ID!, $p: ID!) { setStage(userId: $u, personId: $p, stage: CONTACT) { ok } }": typeof types.AccessSetStageDocument,
    "mutation AccessOrphan { upsertPerson(input: { name: \"Orphan\" }) { ok } }": typeof types.AccessOrphanDocument,
    "mutation AccessConsent($p: ID!) { setConsent(personId: $p, optedOut: true) { ok } }": typeof types.AccessConsentDocument,
    "query AccessAudit($t: ID) { auditLog(targetId: $t) { userId action targetId detail } }": typeof types.AccessAuditDocument,
    "mutation AccessUpdateDossier($p: ID!, $input: DossierInput!) { updateDossier(personId: $p, input: $input) { ok dossier { hobbies values } } }": typeof types.AccessUpdateDossierDocument,
    "query AccessExport($p: ID!) { personDataExport(personId: $p) }": typeof types.AccessExportDocument,
    "\n  mutation AccessErase($p: ID!) { erasePersonalData(personId: $p, reason: \"request 2026-117\") { ok dossiersRemoved notesRemoved person { name anonymised } } }\n": typeof types.AccessEraseDocument,
    "\n  query WorkersPower($t: ID!) {\n    balanceOfPower(scope: { territoryId: $t }, first: 500) { peopleInScope modularity ranking { rank score person { id } explanation { factor value evidence { description } } } coalitions { memberIds power lean } }\n  }\n": typeof types.WorkersPowerDocument,
    "query WorkersPersonDetail($id: ID!) { person(id: $id) { id name positions { title } territories { id } } }": typeof types.WorkersPersonDetailDocument,
    "mutation BackupPerson($id: ID!, $t: ID!) { upsertPerson(input: { id: $id, name: \"Backed up\", territoryId: $t }) { ok } }": typeof types.BackupPersonDocument,
    "\n  mutation BackupTie($a: ID!, $b: ID!) { setTie(input: { from: $a, to: $b, type: INFLUENCES, strength: 0.5, since: \"2026-01-01\" }) { ok } }\n": typeof types.BackupTieDocument,
    "\n  query CachePower($t: ID!) {\n    balanceOfPower(scope: { territoryId: $t }) { peopleInScope ranking { rank score person { id } } whatMayChange { newTies { from { id } to { id } strength } } }\n  }\n": typeof types.CachePowerDocument,
    "query CacheMapRanks($t: ID!) { graphView(scope: { territoryId: $t }) { nodes { id rank } } }": typeof types.CacheMapRanksDocument,
    "query CacheMap($t: ID!) { graphView(scope: { territoryId: $t }, tieTypes: [INFLUENCES, WORKS_AT]) { edges { source target type strength } } }": typeof types.CacheMapDocument,
    "mutation CacheSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": typeof types.CacheSetTieDocument,
    "\n  query CachePeopleInScope($t: ID!, $d: Date, $w: [ID!]) { balanceOfPower(scope: { territoryId: $t }, asOf: $d, without: $w) { peopleInScope } }\n": typeof types.CachePeopleInScopeDocument,
    "\n  query ChangesFeed($t: ID!, $since: Date!, $until: Date, $kinds: [ChangeKind!], $first: Int, $after: String) {\n    changes(scope: { territoryId: $t }, since: $since, until: $until, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      rankingPending\n      countsByKind { kind count }\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id kind on summary weight personIds entityIds tieKeys rankBefore rankAfter\n          people { id name }\n          evidence { description value ids }\n          stanceBefore stanceAfter stageBefore stageAfter statusBefore statusAfter\n          recordedOn recordedBy { id }\n          message { id params { name value entityId } }\n        }\n      }\n    }\n  }\n": typeof types.ChangesFeedDocument,
    "\n  mutation ChangesSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }\n": typeof types.ChangesSetTieDocument,
    "\n  mutation ChangesSetStance($p: ID!, $t: ID!, $v: Int!) { setStance(personId: $p, towardId: $t, value: $v) { ok errors { field message } } }\n": typeof types.ChangesSetStanceDocument,
    "\n  mutation ChangesTender($id: ID!, $name: String!, $status: TenderStatus) { upsertTender(input: { id: $id, name: $name, status: $status }) { ok errors { field message } } }\n": typeof types.ChangesTenderDocument,
    "mutation ChangesWatch($id: ID!) { watch(id: $id) { ok errors { field message } watch { since entity { id } } } }": typeof types.ChangesWatchDocument,
    "mutation ChangesUnwatch($id: ID!) { unwatch(id: $id) { ok errors { field message } } }": typeof types.ChangesUnwatchDocument,
    "\n  query ChangesInbox {\n    me {\n      watches { since entity { id __typename } }\n      inbox {\n        readOn since until unreadCount\n        countsByKind { kind count }\n        countsByWatch { count entity { id } }\n        changes(first: 100) { totalCount nodes { id kind on summary personIds } }\n      }\n    }\n  }\n": typeof types.ChangesInboxDocument,
    "mutation ChangesRead { markInboxRead { ok inbox { unreadCount readOn } } }": typeof types.ChangesReadDocument,
    "\n  query ChangesInboxWeights($watch: ID) {\n    me {\n      inbox {\n        unreadCount rankingPending countsByWatch { count entity { id } }\n        changes(watch: $watch, first: 100) { totalCount nodes { id kind weight personIds rankBefore rankAfter movedCount moves { personId rankBefore rankAfter } } }\n      }\n    }\n  }\n": typeof types.ChangesInboxWeightsDocument,
    "\n  query ChangesRanks($t: ID!) { balanceOfPower(scope: { territoryId: $t }, first: 100) { ranking { rank person { id } } } }\n": typeof types.ChangesRanksDocument,
    "\n  subscription ChangesLive($t: ID!) { changed(scope: { territoryId: $t }) { id kind on summary personIds tieKeys recordedBy { id } retracted } }\n": typeof types.ChangesLiveDocument,
    "\n  mutation ChangesCreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) { ok errors { field message } secret webhook { id url kinds scopeKind scopeId secretHint } }\n  }\n": typeof types.ChangesCreateWebhookDocument,
    "\n  query ChangesDeliveries($id: ID!) { webhook(id: $id) { id deliveries { changeId kind status attempts lastStatus lastError deliveredAt } } }\n": typeof types.ChangesDeliveriesDocument,
    "query DemoCountryTerritories { territories { id name peopleCount } }": typeof types.DemoCountryTerritoriesDocument,
    "query DemoCountryMe { me { user { id role } seesAllTerritories territories { id } } }": typeof types.DemoCountryMeDocument,
    "query DemoCountryPower($scope: ScopeInput!) { balanceOfPower(scope: $scope) { peopleInScope } }": typeof types.DemoCountryPowerDocument,
    "query DemoCountryTenders($t: ID) { tenders(territoryId: $t, first: 100) { id procedure currency issuer { id } } }": typeof types.DemoCountryTendersDocument,
    "query DemoCountryAgency($id: ID!) { institution(id: $id) { id kind } }": typeof types.DemoCountryAgencyDocument,
    "\n  mutation CountryInstitution($id: ID!, $kind: InstitutionKind!) {\n    upsertInstitution(input: { id: $id, name: \"Some institution\", kind: $kind }) { ok errors { field message } institution { id kind } }\n  }\n": typeof types.CountryInstitutionDocument,
    "\n  mutation CountryCommittee($id: ID!, $kind: String!) {\n    upsertCommittee(input: { id: $id, name: \"Some committee\", kind: $kind }) { ok errors { field message } committee { id kind } }\n  }\n": typeof types.CountryCommitteeDocument,
    "\n  mutation CountryTender($id: ID!, $procedure: TenderProcedure, $status: TenderStatus) {\n    upsertTender(input: { id: $id, name: \"Some tender\", date: \"2027-03-01\", value: 100000, procedure: $procedure, status: $status }) {\n      ok errors { field message } tender { id procedure status currency }\n    }\n  }\n": typeof types.CountryTenderDocument,
    "\n  query CountryPackWords($kind: VocabularyKind) {\n    countryPack {\n      code currency language\n      name { label local en }\n      healthSystem { medicinesAgency { label local } }\n      vocabularies(kind: $kind) { kind values { value label local en pt: label(locale: PT_PT) br: label(locale: PT_BR) } }\n    }\n  }\n": typeof types.CountryPackWordsDocument,
    "\n  mutation ErasureUpsertPerson($input: PersonInput!) { upsertPerson(input: $input) { ok errors { field message } person { id } } }\n": typeof types.ErasureUpsertPersonDocument,
    "\n  mutation ErasureDossier($p: ID!, $input: DossierInput!) { updateDossier(personId: $p, input: $input) { ok errors { field message } } }\n": typeof types.ErasureDossierDocument,
    "mutation ErasureConsent($p: ID!) { setConsent(personId: $p, consent: true, optedOut: false) { ok } }": typeof types.ErasureConsentDocument,
    "\n  mutation ErasureProtection($p: ID!, $on: Date!) {\n    setDataProtection(personId: $p, input: { lawfulBasis: CONSENT, noticeOn: $on, noticeMethod: IN_PERSON, retentionMonths: 12 }) { ok errors { field message } }\n  }\n": typeof types.ErasureProtectionDocument,
    "mutation ErasureTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": typeof types.ErasureTieDocument,
    "\n  mutation ErasureStance($p: ID!, $t: ID!, $source: String!) { setStance(personId: $p, towardId: $t, value: 1, source: $source) { ok errors { field message } } }\n": typeof types.ErasureStanceDocument,
    "\n  mutation ErasureStage($u: ID!, $p: ID!) { setStage(userId: $u, personId: $p, stage: CONTACT) { ok errors { field message } } }\n": typeof types.ErasureStageDocument,
    "\n  mutation ErasureLog($input: InteractionInput!) { logInteraction(input: $input) { ok errors { field message } interaction { id name } } }\n": typeof types.ErasureLogDocument,
    "mutation ErasureConfirm($i: ID!) { confirmProposal(interactionId: $i) { ok errors { field message } } }": typeof types.ErasureConfirmDocument,
    "\n  mutation ErasureCreatePlan($input: PlanInput!) { createPlan(input: $input) { ok errors { field message } plan { id steps { id title } } } }\n": typeof types.ErasureCreatePlanDocument,
    "\n  mutation ErasureUpdatePlan($id: ID!, $goals: String!) { updatePlan(id: $id, input: { goals: $goals }) { ok errors { field message } } }\n": typeof types.ErasureUpdatePlanDocument,
    "mutation ErasureReviewPlan($id: ID!, $note: String!) { reviewPlan(id: $id, note: $note) { ok errors { field message } } }": typeof types.ErasureReviewPlanDocument,
    "\n  mutation ErasureAddStep($id: ID!, $input: PlanStepInput!) { addPlanStep(planId: $id, input: $input) { ok errors { field message } plan { steps { id title } } } }\n": typeof types.ErasureAddStepDocument,
    "\n  mutation ErasureUpdateStep($s: ID!, $note: String!) { updatePlanStep(stepId: $s, status: DONE, note: $note) { ok errors { field message } } }\n": typeof types.ErasureUpdateStepDocument,
    "\n  mutation ErasureRemoveTie($from: ID!, $to: ID!) { removeTie(from: $from, to: $to, type: INFLUENCES) { ok errors { field message } } }\n": typeof types.ErasureRemoveTieDocument,
    "mutation ErasureWatch($id: ID!) { watch(id: $id) { ok errors { field message } } }": typeof types.ErasureWatchDocument,
    "\n  mutation ErasureCreateWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id } } }\n": typeof types.ErasureCreateWebhookDocument,
    "mutation ErasureDeleteWebhook($id: ID!) { deleteWebhook(id: $id) { ok } }": typeof types.ErasureDeleteWebhookDocument,
    "query ErasureDeliveries($id: ID!) { webhook(id: $id) { deliveries { changeId status } } }": typeof types.ErasureDeliveriesDocument,
    "query ErasureUnmatched($s: String) { unmatchedPeople(search: $s) { nodes { id name } } }": typeof types.ErasureUnmatchedDocument,
    "\n  mutation ErasureMergeUnmatched($id: ID!, $p: ID!) { mergeUnmatchedPerson(id: $id, personId: $p) { ok errors { field message } } }\n": typeof types.ErasureMergeUnmatchedDocument,
    "\n  mutation ErasureErase($p: ID!, $reason: String!) {\n    erasePersonalData(personId: $p, reason: $reason) { ok errors { field message } dossiersRemoved erased { module items } person { name anonymised } }\n  }\n": typeof types.ErasureEraseDocument,
    "query ErasureExport($p: ID!) { personDataExport(personId: $p) }": typeof types.ErasureExportDocument,
    "query ErasureAudit { auditLog(first: 1000) { action targetId detail } }": typeof types.ErasureAuditDocument,
    "query ErasurePerson($p: ID!) { person(id: $p) { name dossier { family } dataProtection { lawfulBasis noticeOn } } }": typeof types.ErasurePersonDocument,
    "\n  fragment EvidenceApiWork on Work {\n    __typename id title date url\n    ... on Publication { pmid journal }\n    ... on Trial { nctId phases }\n    ... on Talk { session role event { name } }\n  }\n": typeof types.EvidenceApiWorkFragmentDoc,
    "\n  fragment EvidenceApiSuggestion on TieSuggestion {\n    id type fromId toId strength confidence status basis reasons { code count message } works { ...EvidenceApiWork }\n  }\n": typeof types.EvidenceApiSuggestionFragmentDoc,
    "\n  query EvidenceApiSuggestionsOf($p: ID!, $first: Int, $after: String) {\n    tieSuggestions(personId: $p, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...EvidenceApiSuggestion } } }\n  }\n": typeof types.EvidenceApiSuggestionsOfDocument,
    "\n  query EvidenceApiInTerritory($t: ID!) { tieSuggestions(scope: { territoryId: $t }, minConfidence: 0.5) { totalCount edges { node { fromId toId confidence } } } }\n": typeof types.EvidenceApiInTerritoryDocument,
    "\n  query EvidenceApiWithin($i: ID!, $within: Boolean) { tieSuggestions(scope: { institutionId: $i }, withinScope: $within, first: 500) { totalCount nodes { fromId toId } } }\n": typeof types.EvidenceApiWithinDocument,
    "query EvidenceApiWithinNoScope { tieSuggestions(withinScope: true) { totalCount } }": typeof types.EvidenceApiWithinNoScopeDocument,
    "query EvidenceApiCountOf($p: ID!) { tieSuggestions(personId: $p) { totalCount nodes { id } } }": typeof types.EvidenceApiCountOfDocument,
    "\n  mutation EvidenceApiAccept($id: ID!, $strength: Float) {\n    acceptTieSuggestion(id: $id, strength: $strength) { ok errors { field message } tie { type strength basis confidence source works { id } } }\n  }\n": typeof types.EvidenceApiAcceptDocument,
    "mutation EvidenceApiReject($id: ID!, $reason: String) { rejectTieSuggestion(id: $id, reason: $reason) { ok id errors { field message } } }": typeof types.EvidenceApiRejectDocument,
    "query EvidenceApiDecided($id: ID!) { tieSuggestion(id: $id) { status rejectReason decidedBy { id } } }": typeof types.EvidenceApiDecidedDocument,
    "\n  query EvidenceApiPerson($p: ID!) {\n    person(id: $p) {\n      orcid evidence { ...EvidenceApiWork } talks { id title person { id } }\n      scientificStanding { raw level publications seniorPublications trialsLed talks evidence { description work { id } } }\n    }\n  }\n": typeof types.EvidenceApiPersonDocument,
    "\n  query EvidenceApiPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { ranking { person { id } explanation { factor weight value evidence { description source } } } } }\n": typeof types.EvidenceApiPowerDocument,
    "\n  query EvidenceApiQueue($s: String, $st: UnmatchedStatus) {\n    unmatchedPeople(search: $s, status: $st) { totalCount nodes { id name workCount affiliations candidates { person { id } score } works { ...EvidenceApiWork } } }\n  }\n": typeof types.EvidenceApiQueueDocument,
    "\n  mutation EvidenceApiCreate($id: ID!, $input: PersonInput!) {\n    createPersonFromUnmatched(id: $id, input: $input) { ok errors { field message } person { id name evidence { id } } unmatched { status } openSuggestions }\n  }\n": typeof types.EvidenceApiCreateDocument,
    "\n  mutation EvidenceApiCreateAt($id: ID!, $input: PersonInput!, $institutionId: ID, $position: String) {\n    createPersonFromUnmatched(id: $id, input: $input, institutionId: $institutionId, position: $position) {\n      ok errors { field message } person { id name orcid positions { title institution { id } } evidence { id } } unmatched { status }\n    }\n  }\n": typeof types.EvidenceApiCreateAtDocument,
    "mutation EvidenceApiMerge($id: ID!, $p: ID!) { mergeUnmatchedPerson(id: $id, personId: $p) { ok errors { field message } person { id evidence { id } } } }": typeof types.EvidenceApiMergeDocument,
    "mutation EvidenceApiIgnore($id: ID!, $reason: String) { ignoreUnmatchedPerson(id: $id, reason: $reason) { ok unmatched { status } } }": typeof types.EvidenceApiIgnoreDocument,
    "query EvidenceApiStatus($id: ID!) { tieSuggestion(id: $id) { status } }": typeof types.EvidenceApiStatusDocument,
    "mutation FaultsUnderLoad($id: ID!) { upsertPerson(input: { id: $id, name: \"Under load\", territoryId: \"fault-t\" }) { ok } }": typeof types.FaultsUnderLoadDocument,
    "mutation FaultsTwoPeople($a: ID!, $b: ID!) { a: upsertPerson(input: { id: $a, name: \"A\" }) { ok } b: upsertPerson(input: { id: $b, name: \"B\" }) { ok } }": typeof types.FaultsTwoPeopleDocument,
    "\n  mutation FaultsInfluence($a: ID!, $b: ID!, $s: Float!) { setTie(input: { from: $a, to: $b, type: INFLUENCES, strength: $s, since: \"2026-01-01\" }) { ok } }\n": typeof types.FaultsInfluenceDocument,
    "mutation FaultsRename($id: ID!, $name: String!) { upsertPerson(input: { id: $id, name: $name }) { ok } }": typeof types.FaultsRenameDocument,
    "\n  mutation FaultsStage($p: ID!, $s: RelationshipStage!, $c: [StageCriterionInput!]) { setStage(userId: \"test-admin\", personId: $p, stage: $s, criteria: $c) { ok } }\n": typeof types.FaultsStageDocument,
    "query SkeletonTerritories { territories { id name peopleCount institutionCount } }": typeof types.SkeletonTerritoriesDocument,
    "\n  query SkeletonPerson($id: ID!) {\n    person(id: $id) { id name title category positions { title head since until institution { id kind } } territories { name } }\n  }\n": typeof types.SkeletonPersonDocument,
    "query SkeletonGraphVersion { graphVersion }": typeof types.SkeletonGraphVersionDocument,
    "mutation I18nErrTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": typeof types.I18nErrTieDocument,
    "mutation I18nErrRole($u: ID!) { setUserRole(userId: $u, role: KAM) { ok errors { field message } } }": typeof types.I18nErrRoleDocument,
    "query I18nErrMap($t: ID!, $s: Float) { graphView(scope: { territoryId: $t }, minStrength: $s) { peopleInScope } }": typeof types.I18nErrMapDocument,
    "query I18nErrMapBr($t: ID!, $s: Float) @locale(is: PT_BR) { graphView(scope: { territoryId: $t }, minStrength: $s) { peopleInScope } }": typeof types.I18nErrMapBrDocument,
    "query I18nErrGroup($x: ID!, $d: Date) { decisionGroup(tenderId: $x, asOf: $d) { roles { role } } }": typeof types.I18nErrGroupDocument,
    "mutation I18nErrPerson($t: ID!) { upsertPerson(input: { name: \"Ana\", territoryId: $t }) { ok } }": typeof types.I18nErrPersonDocument,
    "\n  mutation I18nErrWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id locale } } }\n": typeof types.I18nErrWebhookDocument,
    "query I18nErrDeliveries($id: ID!) { webhook(id: $id) { deliveries { status lastError } } }": typeof types.I18nErrDeliveriesDocument,
    "subscription I18nErrLive { changed(scope: { everywhere: true }) { id } }": typeof types.I18nErrLiveDocument,
    "mutation I18nErrTender($id: ID!, $name: String!) { upsertTender(input: { id: $id, name: $name, status: ANNOUNCED }) { ok } }": typeof types.I18nErrTenderDocument,
    "\n  query I18nExplained($c: ID!, $d: Date) {\n    balanceOfPower(scope: { committeeId: $c }, asOf: $d) { ranking { person { id } explanation { factor evidence { description } } } }\n  }\n": typeof types.I18nExplainedDocument,
    "\n  query I18nAdvice($x: ID!) { decisionGroup(tenderId: $x) { roles { role weighs advice } } }\n": typeof types.I18nAdviceDocument,
    "\n  query I18nSummaries($t: ID!) { changes(scope: { territoryId: $t }, since: \"2026-10-01\", kinds: [TIE_STARTED]) { nodes { kind summary } } }\n": typeof types.I18nSummariesDocument,
    "\n  query I18nDirective($x: ID!) @locale(is: PT_BR) { decisionGroup(tenderId: $x) { roles { role advice } } }\n": typeof types.I18nDirectiveDocument,
    "query I18nMe { me { locale } }": typeof types.I18nMeDocument,
    "\n  query KarateClub($t: ID!) {\n    balanceOfPower(scope: { territoryId: $t }, first: 34) { peopleInScope modularity ranking { person { id } explanation { factor value } } coalitions { members { id } } }\n  }\n": typeof types.KarateClubDocument,
    "mutation MutationsPerson($input: PersonInput!) { upsertPerson(input: $input) { ok errors { field message } person { id name category territories { id } } } }": typeof types.MutationsPersonDocument,
    "\n  mutation MutationsTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } tie { from to type strength since until source confidence } } }\n": typeof types.MutationsTieDocument,
    "\n  mutation MutationsStage($u: ID!, $p: ID!, $s: RelationshipStage!, $c: [StageCriterionInput!]) {\n    setStage(userId: $u, personId: $p, stage: $s, criteria: $c) { ok errors { field message } tie { stage since until } }\n  }\n": typeof types.MutationsStageDocument,
    "\n  query MutationsRelationships($id: ID!) { person(id: $id) { ourStage relationships { stage user { id } criteria { criterion since } missingCriteria } } }\n": typeof types.MutationsRelationshipsDocument,
    "\n  mutation MutationsStance($p: ID!, $c: ID!, $v: Int!) { setStance(personId: $p, towardId: $c, value: $v, source: \"visit\") { ok errors { field } tie { value since until source } } }\n": typeof types.MutationsStanceDocument,
    "query MutationsStanceTowardUs($id: ID!) { person(id: $id) { stanceTowardUs } }": typeof types.MutationsStanceTowardUsDocument,
    "query OidcMe { me { user { id name role email } } }": typeof types.OidcMeDocument,
    "\n  mutation OidcSetRole($u: ID!, $role: UserRole!) { setUserRole(userId: $u, role: $role) { ok errors { field message } user { id role } } }\n": typeof types.OidcSetRoleDocument,
    "query OidcUsers($s: String) { users(filter: { search: $s }) { nodes { id name } } }": typeof types.OidcUsersDocument,
    "\n  mutation PlanningCreatePlan($k: ID!, $on: Date!) {\n    createPlan(input: { personId: $k, targetStage: LOYALTY, targetOn: $on, goals: \"Listing in the formulary\", budget: 4000, budgetPurpose: \"Round table\" }) {\n      ok errors { field message } plan { id startStage targetOn developmentLevel managerStyle styleMeaning progress flags owner { id } steps { id kind aboutId title } }\n    }\n  }\n": typeof types.PlanningCreatePlanDocument,
    "mutation PlanningStepDone($s: ID!) { updatePlanStep(stepId: $s, status: DONE, note: \"Introduced at lunch\") { ok plan { steps { id status doneOn } } } }": typeof types.PlanningStepDoneDocument,
    "mutation PlanningContact($u: ID!, $k: ID!) { setStage(userId: $u, personId: $k, stage: CONTACT) { ok errors { field message } } }": typeof types.PlanningContactDocument,
    "mutation PlanningReview($id: ID!) { reviewPlan(id: $id, note: \"Good start\") { ok plan { reviewNotes currentStage stageHistory { stage since days } } } }": typeof types.PlanningReviewDocument,
    "fragment PlanningHealth on PlanPayload { ok errors { field message } plan { progress flags overdue managerStyle } }": typeof types.PlanningHealthFragmentDoc,
    "\n  mutation PlanningLateStep($id: ID!, $due: Date!) {\n    addPlanStep(planId: $id, input: { title: \"Send the round-table programme\", kind: CUSTOM, due: $due }) { ...PlanningHealth }\n  }\n": typeof types.PlanningLateStepDocument,
    "mutation PlanningLevel($id: ID!, $level: DevelopmentLevel!) { updatePlan(id: $id, input: { developmentLevel: $level }) { ...PlanningHealth } }": typeof types.PlanningLevelDocument,
    "query PlanningPlan($id: ID!) { plan(id: $id) { progress flags currentStage } }": typeof types.PlanningPlanDocument,
    "\n  mutation PlanningPlanFor($k: ID!, $stage: RelationshipStage!, $on: Date) { createPlan(input: { personId: $k, targetStage: $stage, targetOn: $on }) { ok errors { field message } } }\n": typeof types.PlanningPlanForDocument,
    "\n  mutation PlanningLoyalty($u: ID!, $k: ID!) {\n    setStage(\n      userId: $u\n      personId: $k\n      stage: LOYALTY\n      criteria: [{ criterion: KNOWS_KAM_AND_COMPANY }, { criterion: KAM_KNOWS_THEM }, { criterion: KNOWS_OUR_MEDICINES }, { criterion: SPEAKS_WITH_RESPECT }]\n    ) { ok errors { field message } }\n  }\n": typeof types.PlanningLoyaltyDocument,
    "\n  mutation PlanningProposal($k: ID!, $x: ID!, $d: Date!) {\n    logInteraction(input: { kind: PROPOSAL, date: $d, personIds: [$k], tenderId: $x, outcome: \"sent\" }) { ok errors { field message } interaction { id followUpStatus followUpDue validUntil } }\n  }\n": typeof types.PlanningProposalDocument,
    "query PlanningFollowUps { followUps { overdue due proposal { id } } }": typeof types.PlanningFollowUpsDocument,
    "query PlanningAgenda($u: ID!, $f: Date!, $t: Date!) { agenda(userId: $u, from: $f, to: $t) { kind subjectId date overdue } }": typeof types.PlanningAgendaDocument,
    "\n  mutation PlanningFollowUpCall($k: ID!, $p: ID!, $d: Date!) {\n    logInteraction(input: { kind: CALL, date: $d, personIds: [$k], followsUpId: $p, outcome: \"decision in January\", nextContactOn: \"2027-01-10\" }) { ok errors { field message } }\n  }\n": typeof types.PlanningFollowUpCallDocument,
    "mutation PlanningVisitNobody { logInteraction(input: { kind: VISIT, date: \"2026-11-01\", personIds: [\"nobody\"] }) { ok errors { field } } }": typeof types.PlanningVisitNobodyDocument,
    "\n  query PlanningBriefing($k: ID!) {\n    briefing(personId: $k) { person { name } power { rank } interactions { kind } openSteps { title } mutualContacts { contact { name } stage user { name } } talkingPoints }\n  }\n": typeof types.PlanningBriefingDocument,
    "\n  query PlanningAccounts($t: ID!) {\n    keyAccountHealth(scope: { territoryId: $t }) { period totalRevenue keyAccountRevenueShare keyAccountStatus monoDependent accounts { institution { name } rank keyAccount criteriaMet } }\n  }\n": typeof types.PlanningAccountsDocument,
    "query PlanningRevenue($t: ID!, $period: String) { keyAccountHealth(scope: { territoryId: $t }, period: $period) { totalRevenue } }": typeof types.PlanningRevenueDocument,
    "\n  query PlanningNextBest($x: ID!) { nextBestRelationships(scope: { tenderId: $x }, first: 3) { person { name } reason roles introducer { name } viaUser { name } } }\n": typeof types.PlanningNextBestDocument,
    "\n  query PlanningNextBestIn($scope: ScopeInput!) { nextBestRelationships(scope: $scope, first: 3) { person { name } introducer { name } viaUser { name } } }\n": typeof types.PlanningNextBestInDocument,
    "query PreferredMe { me { locale preferredLocale } }": typeof types.PreferredMeDocument,
    "\n  mutation PreferredSet($locale: Locale) {\n    setPreferredLocale(locale: $locale) { ok errors { field message } viewer { preferredLocale locale } }\n  }\n": typeof types.PreferredSetDocument,
    "mutation PreferredAdminOnly($id: ID!) { setUserRole(userId: $id, role: KAM) { ok } }": typeof types.PreferredAdminOnlyDocument,
    "\n  query QuestionsCommitteePower($c: ID!, $d: Date) {\n    balanceOfPower(scope: { committeeId: $c }, asOf: $d) { peopleInScope ranking { rank score person { name } explanation { factor value weight evidence { description } } } }\n  }\n": typeof types.QuestionsCommitteePowerDocument,
    "\n  query QuestionsBalance($t: ID!, $d: Date, $w: [ID!]) {\n    balanceOfPower(scope: { territoryId: $t }, asOf: $d, without: $w) {\n      peopleInScope\n      ranking { person { id } }\n      coalitions { members { id } lean leaning }\n      whatMayChange { endingTerms { person { name } kind role at until } newTies { from { name } to { name } strength since } }\n    }\n  }\n": typeof types.QuestionsBalanceDocument,
    "\n  query QuestionsSpecShapers($x: ID!, $h: Int, $d: Date, $w: [ID!]) {\n    specShapers(tenderId: $x, maxHops: $h, asOf: $d, without: $w) { person { name } score hops pathStrength path { name } drafter { name } drafterRole ourStage stance }\n  }\n": typeof types.QuestionsSpecShapersDocument,
    "\n  query QuestionsPaths($f: ID!, $t: ID!, $d: Date) {\n    introductionPaths(fromId: $f, toId: $t, maxHops: 4, first: 3, asOf: $d) { strength tieTypes people { name } introducer { name } viaUser { name } }\n  }\n": typeof types.QuestionsPathsDocument,
    "\n  query QuestionsDecisionGroup($x: ID!) {\n    decisionGroup(tenderId: $x) { coverage uncoveredRoles roles { role covered bestStage weighs members { person { name } stage contact { name } } } }\n  }\n": typeof types.QuestionsDecisionGroupDocument,
    "\n  query QuestionsCompetitors($t: ID!) {\n    competitorActivity(scope: { territoryId: $t }, first: 50) { person { name } rank towardUs towardCompetitors competitorStances { towardName value } }\n  }\n": typeof types.QuestionsCompetitorsDocument,
    "query QuestionsNoScope { balanceOfPower(scope: {}) { peopleInScope } }": typeof types.QuestionsNoScopeDocument,
    "query QuestionsCommitteeScope($t: ID!) { balanceOfPower(scope: { committeeId: $t }) { peopleInScope } }": typeof types.QuestionsCommitteeScopeDocument,
    "query QuestionsTooManyHops($x: ID!) { specShapers(tenderId: $x, maxHops: 7) { score } }": typeof types.QuestionsTooManyHopsDocument,
    "query QuestionsToNobody($x: ID!) { introductionPaths(fromId: $x, toId: \"nobody\") { strength } }": typeof types.QuestionsToNobodyDocument,
    "query QuestionsBadDate($x: ID!) { decisionGroup(tenderId: $x, asOf: \"2026-13-01\") { coverage } }": typeof types.QuestionsBadDateDocument,
    "query QuestionsNoneFirst($t: ID!) { competitorActivity(scope: { territoryId: $t }, first: 0) { rank } }": typeof types.QuestionsNoneFirstDocument,
    "\n  query ReadModelTies($id: ID!) { person(id: $id) { ties { direction other { __typename id name } tie { type strength source confidence position } } } }\n": typeof types.ReadModelTiesDocument,
    "\n  query ReadModelStrongInfluence($id: ID!) { person(id: $id) { ties(types: [INFLUENCES], minStrength: 0.85) { direction other { name } tie { type strength } } } }\n": typeof types.ReadModelStrongInfluenceDocument,
    "\n  query ReadModelFormerStances($id: ID!) { person(id: $id) { ties(types: [STANCE], direction: OUT, asOf: \"2026-01-01\") { other { name } } } }\n": typeof types.ReadModelFormerStancesDocument,
    "query ReadModelDossierTies($id: ID!) { person(id: $id) { ties(types: [HAS_DOSSIER]) { direction } } }": typeof types.ReadModelDossierTiesDocument,
    "mutation ReadModelStance($p: ID!, $t: ID!) { setStance(personId: $p, towardId: $t, value: 1, source: \"call\") { ok } }": typeof types.ReadModelStanceDocument,
    "\n  query ReadModelPersonRead($a: ID!, $b: ID!) {\n    ana: person(id: $a) {\n      influences { to { name } strength confidence source basis domain domainName }\n      influencedBy { from { name } }\n      decisionRoles { tender { name } role source }\n      talks { event { name } topic }\n      stanceHistory { toward { name } value since until source }\n    }\n    bia: person(id: $b) { eventsAttended { name } stanceHistory { value recordedBy { name } } }\n  }\n": typeof types.ReadModelPersonReadDocument,
    "\n  query ReadModelTender($x: ID!) {\n    tender(id: $x) {\n      status preparationStart statusHistory { status on }\n      lots { lot quantity product { name inn } } competitors { name } draftingCommittees { name } draftingPeople { name }\n      outcome { winner { name } price currency on source }\n    }\n  }\n": typeof types.ReadModelTenderDocument,
    "\n  mutation ReadModelNewTender($i: ID!) { upsertTender(input: { name: \"API tender\", date: \"2027-09-01\", status: PLANNED, issuerId: $i }) { ok tender { id } } }\n": typeof types.ReadModelNewTenderDocument,
    "mutation ReadModelAnnounce($t: ID!) { upsertTender(input: { id: $t, name: \"API tender\", status: ANNOUNCED }) { ok } }": typeof types.ReadModelAnnounceDocument,
    "mutation ReadModelLot($t: ID!, $d: ID!) { setTie(input: { from: $t, to: $d, type: LOTS, lot: 1, quantity: 50 }) { ok } }": typeof types.ReadModelLotDocument,
    "\n  mutation ReadModelBadOutcome($t: ID!, $w: ID!) { recordTenderOutcome(tenderId: $t, winnerId: $w, price: -1, on: \"2099-01-01\") { ok errors { field } } }\n": typeof types.ReadModelBadOutcomeDocument,
    "\n  mutation ReadModelOutcome($t: ID!, $w: ID!) {\n    recordTenderOutcome(tenderId: $t, winnerId: $w, price: 9000, currency: \"EUR\") { ok tender { status statusHistory { status on } outcome { winner { name } price } } }\n  }\n": typeof types.ReadModelOutcomeDocument,
    "\n  query ReadModelCatalog($pr: ID!, $d: ID!, $e: ID!) {\n    program(id: $pr) { name kind year territories { name } products { name } old: products(asOf: \"2025-01-01\") { name } draftingCommittees { name } }\n    product(id: $d) { name ours maker { name } programs { name } tenderLots { lot tender { name } } therapeuticAreas { name } }\n    event(id: $e) { name kind date speakers { person { name } topic } attendees { name } }\n  }\n": typeof types.ReadModelCatalogDocument,
    "\n  query ReadModelCatalogLists($t: ID!, $a: ID!, $s: String!) {\n    programs(filter: { territoryId: $t, kind: REGIONAL_TARGET }) { totalCount nodes { name } }\n    products(filter: { therapeuticAreaId: $a, ours: true }) { totalCount nodes { name } }\n    events(filter: { search: $s, from: \"2026-10-01\", to: \"2026-10-31\" }) { totalCount nodes { name } }\n  }\n": typeof types.ReadModelCatalogListsDocument,
    "\n  query ReadModelStructure($c: ID!, $h: ID!, $t: ID!) {\n    committee(id: $c) {\n      description institution { name }\n      members { person { name } role since until }\n      history: members(includeFormer: true) { person { name } role until }\n      draftedTenders { name } draftedPrograms { name }\n    }\n    institution(id: $h) { city parts { name } committees { name } people { person { name } position head } tendersIssued { name } }\n    territory(id: $t) { level institutions(kind: HOSPITAL) { totalCount nodes { name } } users { name } }\n  }\n": typeof types.ReadModelStructureDocument,
    "\n  query ReadModelSearch($f: PeopleFilter, $s: String, $o: PeopleOrder, $n: Int, $a: String) {\n    people(search: $s, filter: $f, orderBy: $o, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { name } }\n  }\n": typeof types.ReadModelSearchDocument,
    "query ReadModelPeopleNamed($s: String) { people(search: $s) { nodes { name } } }": typeof types.ReadModelPeopleNamedDocument,
    "query ReadModelPersonName($id: ID!) { person(id: $id) { name } }": typeof types.ReadModelPersonNameDocument,
    "query ReadModelInfluencedBy($id: ID!) { person(id: $id) { influencedBy { from { name } } } }": typeof types.ReadModelInfluencedByDocument,
    "query ReadModelEverywhere { balanceOfPower(scope: { everywhere: true }, first: 3) { peopleInScope ranking { rank } } }": typeof types.ReadModelEverywhereDocument,
    "query ReadModelProduct($id: ID!) { product(id: $id) { name } }": typeof types.ReadModelProductDocument,
    "query ReadModelUsers($s: String) { users(filter: { search: $s }) { nodes { name email kamKind manager { name } } } }": typeof types.ReadModelUsersDocument,
    "query ReadModelMyEmail { me { user { email } } }": typeof types.ReadModelMyEmailDocument,
    "query ReadModelNode($id: ID!) { node(id: $id) { __typename id name ... on Tender { status } ... on Person { category } } }": typeof types.ReadModelNodeDocument,
    "query ReadModelKeyPeople($t: ID!) { keyPeople(scope: { territoryId: $t }, first: 5) { person { name } rank trust criteriaMet keyClient } }": typeof types.ReadModelKeyPeopleDocument,
    "\n  query ReadModelEvidence($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { ranking { person { name } explanation { factor evidence { description source confidence } } } } }\n": typeof types.ReadModelEvidenceDocument,
    "query ReadmeTerritories { territories { id name peopleCount } }": typeof types.ReadmeTerritoriesDocument,
    "\n  query ResponseCacheDetail($id: ID!) {\n    person(id: $id) { id name positions { institution { id } title } territories { id } committees { committee { id } role } stances { towardId value } }\n  }\n": typeof types.ResponseCacheDetailDocument,
    "query ResponseCachePeople($s: String!) { people(search: $s, first: 50) { nodes { id name } } }": typeof types.ResponseCachePeopleDocument,
    "mutation ResponseCacheSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": typeof types.ResponseCacheSetTieDocument,
    "query ResponseCacheAudit($t: ID) { auditLog(targetId: $t) { action } }": typeof types.ResponseCacheAuditDocument,
    "query ResponseCacheDossier($id: ID!) { person(id: $id) { id dossier { hobbies } } }": typeof types.ResponseCacheDossierDocument,
    "\n  mutation RetentionProtection($p: ID!, $input: DataProtectionInput!) {\n    setDataProtection(personId: $p, input: $input) {\n      ok errors { field message }\n      person { dataProtection { lawfulBasis noticeOn noticeMethod retentionMonths effectiveRetentionMonths retainUntil } }\n    }\n  }\n": typeof types.RetentionProtectionDocument,
    "\n  query RetentionPerson($p: ID!) { person(id: $p) { name dossier { family } dataProtection { lawfulBasis retentionMonths retainUntil } } }\n": typeof types.RetentionPersonDocument,
    "query RetentionAudit($t: ID!) { auditLog(targetId: $t) { userId action detail } }": typeof types.RetentionAuditDocument,
    "\n  fragment RoundTripPerson on Person {\n    id name title category\n    positions { institution { id name } title head }\n    territories { id name }\n    committees { committee { id name } role }\n    stances { towardId value ours }\n    stanceTowardUs ourStage\n    relationships { user { id name } stage owns }\n    owner { id name }\n  }\n": typeof types.RoundTripPersonFragmentDoc,
    "\n  query RoundTripRanking($t: ID!, $first: Int) {\n    balanceOfPower(scope: { territoryId: $t }, first: $first) {\n      ranking { rank person { ...RoundTripPerson } }\n      coalitions { members { id name ourStage } }\n      whatMayChange { endingTerms { person { id name } } newTies { from { name } to { name } } }\n    }\n  }\n": typeof types.RoundTripRankingDocument,
    "\n  query RoundTripWhatMayChange($t: ID!, $n: Int) {\n    balanceOfPower(scope: { territoryId: $t }) {\n      whatMayChange { endingTermCount newTieCount endingTerms(first: $n) { person { id } until } newTies(first: $n) { from { id } since } }\n    }\n  }\n": typeof types.RoundTripWhatMayChangeDocument,
    "\n  query RoundTripMap($scope: ScopeInput!) {\n    graphView(scope: $scope) {\n      nodes { id label name power rank coalition stance stage ownerId }\n      edges { id source target type strength }\n      coalitions { power leaning members { id name } }\n    }\n  }\n": typeof types.RoundTripMapDocument,
    "query RoundTripMemberIds($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { coalitions { memberIds memberCount } } }": typeof types.RoundTripMemberIdsDocument,
    "query RoundTripMembers($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { coalitions { members { id } } } }": typeof types.RoundTripMembersDocument,
    "\n  query RoundTripMapFields($scope: ScopeInput!) {\n    graphView(scope: $scope) { nodes { id label name kind optedOut ours competitor } edges { source target type strength role basis since until } }\n  }\n": typeof types.RoundTripMapFieldsDocument,
    "\n  query RoundTripSpecShapers($x: ID!, $first: Int) {\n    specShapers(tenderId: $x, maxHops: 3, first: $first) {\n      score person { ...RoundTripPerson } path { id name ourStage } drafter { id name } stance ourStage ourContact { id name }\n    }\n  }\n": typeof types.RoundTripSpecShapersDocument,
    "\n  query RoundTripDecisionGroup($x: ID!) {\n    decisionGroup(tenderId: $x) {\n      tender { id issuer { id } }\n      roles { role members { person { ...RoundTripPerson } stage contact { id name } owners { id name } } }\n    }\n  }\n": typeof types.RoundTripDecisionGroupDocument,
    "query RoundTripPeople($q: String!, $first: Int) { people(search: $q, first: $first) { nodes { ...RoundTripPerson } } }": typeof types.RoundTripPeopleDocument,
    "query RoundTripPersonDetail($id: ID!) { person(id: $id) { ...RoundTripPerson } }": typeof types.RoundTripPersonDetailDocument,
    "\n  query RoundTripPeopleFiltered($filter: PeopleFilter!, $first: Int) {\n    people(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        ...RoundTripPerson\n        ties(types: [INFLUENCES, KNOWS, WORKS_AT, MEMBER_OF]) { direction other { id name } tie { type strength source confidence since } }\n        influences { to { id name } strength }\n        influencedBy { from { id name } strength }\n        decisionRoles { tender { id name } role }\n        talks { event { id name } topic }\n        eventsAttended { id name }\n        stanceHistory { toward { id name } value recordedBy { id name } }\n      }\n    }\n  }\n": typeof types.RoundTripPeopleFilteredDocument,
    "\n  query RoundTripPrograms($t: ID!, $first: Int) {\n    programs(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes { id name kind year territories { id name } products { id name maker { id name } } drafters { id name } draftingCommittees { id name } therapeuticAreas { id name } }\n    }\n  }\n": typeof types.RoundTripProgramsDocument,
    "\n  query RoundTripProducts($q: String!, $first: Int) {\n    products(filter: { search: $q }, first: $first) {\n      totalCount\n      nodes { id name ours maker { id name } programs { id name } tenderLots { lot quantity tender { id name } } therapeuticAreas { id name } }\n    }\n  }\n": typeof types.RoundTripProductsDocument,
    "\n  query RoundTripEvents($t: ID!, $first: Int) {\n    events(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes { id name kind date territories { id } speakers { topic person { id name ourStage } } attendees { id name } therapeuticAreas { id name } }\n    }\n  }\n": typeof types.RoundTripEventsDocument,
    "\n  query RoundTripTenders($t: ID!, $first: Int) {\n    tenders(territoryId: $t, first: $first) {\n      id name status preparationStart\n      issuer { id name }\n      statusHistory { status on }\n      lots { lot quantity product { id name maker { id name } } }\n      competitors { id name }\n      draftingPeople { id name }\n      draftingCommittees { id name }\n      outcome { winner { id } price }\n    }\n  }\n": typeof types.RoundTripTendersDocument,
    "\n  query RoundTripInstitutions($t: ID!, $first: Int) {\n    institutions(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes {\n        id name kind ours competitor\n        parent { id name } parts { id name } committees { id name }\n        people { person { id name } position head source confidence }\n        territories { id } tendersIssued { id } products { id }\n      }\n    }\n  }\n": typeof types.RoundTripInstitutionsDocument,
    "\n  query RoundTripCommittees($t: ID!, $first: Int) {\n    committees(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes { id name institution { id name } members(includeFormer: true) { role since until person { id name ourStage } } draftedTenders { id } draftedPrograms { id } therapeuticAreas { id } }\n    }\n  }\n": typeof types.RoundTripCommitteesDocument,
    "\n  query RoundTripUsers($q: String!, $first: Int) {\n    users(filter: { search: $q }, first: $first) { totalCount nodes { id name role territories { id name } manager { id } team { id } } }\n  }\n": typeof types.RoundTripUsersDocument,
    "\n  query RoundTripTerritory($t: ID!, $first: Int) {\n    territory(id: $t) { id name peopleCount users { id name } institutions(first: $first) { totalCount nodes { id name parts { id } people { person { id } } } } }\n  }\n": typeof types.RoundTripTerritoryDocument,
    "query StartSeeded { graphVersion territories { id peopleCount } }": typeof types.StartSeededDocument,
    "mutation SupervisedWrite($id: ID!) { upsertPerson(input: { id: $id, name: \"Written under load\", territoryId: \"sup-t\" }) { ok } }": typeof types.SupervisedWriteDocument,
    "mutation ReceiverDeleteWebhook($id: ID!) { deleteWebhook(id: $id) { ok } }": typeof types.ReceiverDeleteWebhookDocument,
    "query ViewerSourceDetail($id: ID!) { person(id: $id) { id positions { institution { id } title } } }": typeof types.ViewerSourceDetailDocument,
    "mutation ViewerSourceSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": typeof types.ViewerSourceSetTieDocument,
    "query WarmUpPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { peopleInScope ranking { person { id } } } }": typeof types.WarmUpPowerDocument,
    "\n  mutation CursorCreateWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id } } }\n": typeof types.CursorCreateWebhookDocument,
    "mutation CursorSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": typeof types.CursorSetTieDocument,
    "\n  query WholeGraphCountry { balanceOfPower(scope: { everywhere: true }, first: 500) { asOf computedAt upToDate peopleInScope ranking { person { id } } } }\n": typeof types.WholeGraphCountryDocument,
    "\n  query WholeGraphScore($id: ID!) { powerScore(scope: { everywhere: true }, personId: $id) { explanation { factor evidence { description } } } }\n": typeof types.WholeGraphScoreDocument,
    "mutation WholeGraphSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": typeof types.WholeGraphSetTieDocument,
    "query WorkersDetail($id: ID!) { person(id: $id) { id positions { title institution { id } } } }": typeof types.WorkersDetailDocument,
    "query WorkersPack { countryPack { code } }": typeof types.WorkersPackDocument,
    "mutation WorkersSetTie($input: TieInput!) { setTie(input: $input) { ok } }": typeof types.WorkersSetTieDocument,
};
const documents: Documents = {
    "query AccessPerson($id: ID!) { person(id: $id) { id name dossierAccess dossier { hobbies birthday family } } }": types.AccessPersonDocument,
    "query AccessMe { me { user { id role } territories { id } } }": types.AccessMeDocument,
    "query AccessTerritories { territories { id } }": types.AccessTerritoriesDocument,
    "query AccessPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { peopleInScope } }": types.AccessPowerDocument,
    "query AccessPeople($s: String!) { people(search: $s) { nodes { id } } }": types.AccessPeopleDocument,
    "mutation AccessSetTie($from: ID!, $to: ID!) { setTie(input: { from: $from, to: $to, type: KNOWS, strength: 0.5 }) { ok } }": types.AccessSetTieDocument,
    "mutation AccessSetStage($u: ID!, $p: ID!) { setStage(userId: $u, personId: $p, stage: CONTACT) { ok } }": types.AccessSetStageDocument,
    "mutation AccessOrphan { upsertPerson(input: { name: \"Orphan\" }) { ok } }": types.AccessOrphanDocument,
    "mutation AccessConsent($p: ID!) { setConsent(personId: $p, optedOut: true) { ok } }": types.AccessConsentDocument,
    "query AccessAudit($t: ID) { auditLog(targetId: $t) { userId action targetId detail } }": types.AccessAuditDocument,
    "mutation AccessUpdateDossier($p: ID!, $input: DossierInput!) { updateDossier(personId: $p, input: $input) { ok dossier { hobbies values } } }": types.AccessUpdateDossierDocument,
    "query AccessExport($p: ID!) { personDataExport(personId: $p) }": types.AccessExportDocument,
    "\n  mutation AccessErase($p: ID!) { erasePersonalData(personId: $p, reason: \"request 2026-117\") { ok dossiersRemoved notesRemoved person { name anonymised } } }\n": types.AccessEraseDocument,
    "\n  query WorkersPower($t: ID!) {\n    balanceOfPower(scope: { territoryId: $t }, first: 500) { peopleInScope modularity ranking { rank score person { id } explanation { factor value evidence { description } } } coalitions { memberIds power lean } }\n  }\n": types.WorkersPowerDocument,
    "query WorkersPersonDetail($id: ID!) { person(id: $id) { id name positions { title } territories { id } } }": types.WorkersPersonDetailDocument,
    "mutation BackupPerson($id: ID!, $t: ID!) { upsertPerson(input: { id: $id, name: \"Backed up\", territoryId: $t }) { ok } }": types.BackupPersonDocument,
    "\n  mutation BackupTie($a: ID!, $b: ID!) { setTie(input: { from: $a, to: $b, type: INFLUENCES, strength: 0.5, since: \"2026-01-01\" }) { ok } }\n": types.BackupTieDocument,
    "\n  query CachePower($t: ID!) {\n    balanceOfPower(scope: { territoryId: $t }) { peopleInScope ranking { rank score person { id } } whatMayChange { newTies { from { id } to { id } strength } } }\n  }\n": types.CachePowerDocument,
    "query CacheMapRanks($t: ID!) { graphView(scope: { territoryId: $t }) { nodes { id rank } } }": types.CacheMapRanksDocument,
    "query CacheMap($t: ID!) { graphView(scope: { territoryId: $t }, tieTypes: [INFLUENCES, WORKS_AT]) { edges { source target type strength } } }": types.CacheMapDocument,
    "mutation CacheSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": types.CacheSetTieDocument,
    "\n  query CachePeopleInScope($t: ID!, $d: Date, $w: [ID!]) { balanceOfPower(scope: { territoryId: $t }, asOf: $d, without: $w) { peopleInScope } }\n": types.CachePeopleInScopeDocument,
    "\n  query ChangesFeed($t: ID!, $since: Date!, $until: Date, $kinds: [ChangeKind!], $first: Int, $after: String) {\n    changes(scope: { territoryId: $t }, since: $since, until: $until, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      rankingPending\n      countsByKind { kind count }\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id kind on summary weight personIds entityIds tieKeys rankBefore rankAfter\n          people { id name }\n          evidence { description value ids }\n          stanceBefore stanceAfter stageBefore stageAfter statusBefore statusAfter\n          recordedOn recordedBy { id }\n          message { id params { name value entityId } }\n        }\n      }\n    }\n  }\n": types.ChangesFeedDocument,
    "\n  mutation ChangesSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }\n": types.ChangesSetTieDocument,
    "\n  mutation ChangesSetStance($p: ID!, $t: ID!, $v: Int!) { setStance(personId: $p, towardId: $t, value: $v) { ok errors { field message } } }\n": types.ChangesSetStanceDocument,
    "\n  mutation ChangesTender($id: ID!, $name: String!, $status: TenderStatus) { upsertTender(input: { id: $id, name: $name, status: $status }) { ok errors { field message } } }\n": types.ChangesTenderDocument,
    "mutation ChangesWatch($id: ID!) { watch(id: $id) { ok errors { field message } watch { since entity { id } } } }": types.ChangesWatchDocument,
    "mutation ChangesUnwatch($id: ID!) { unwatch(id: $id) { ok errors { field message } } }": types.ChangesUnwatchDocument,
    "\n  query ChangesInbox {\n    me {\n      watches { since entity { id __typename } }\n      inbox {\n        readOn since until unreadCount\n        countsByKind { kind count }\n        countsByWatch { count entity { id } }\n        changes(first: 100) { totalCount nodes { id kind on summary personIds } }\n      }\n    }\n  }\n": types.ChangesInboxDocument,
    "mutation ChangesRead { markInboxRead { ok inbox { unreadCount readOn } } }": types.ChangesReadDocument,
    "\n  query ChangesInboxWeights($watch: ID) {\n    me {\n      inbox {\n        unreadCount rankingPending countsByWatch { count entity { id } }\n        changes(watch: $watch, first: 100) { totalCount nodes { id kind weight personIds rankBefore rankAfter movedCount moves { personId rankBefore rankAfter } } }\n      }\n    }\n  }\n": types.ChangesInboxWeightsDocument,
    "\n  query ChangesRanks($t: ID!) { balanceOfPower(scope: { territoryId: $t }, first: 100) { ranking { rank person { id } } } }\n": types.ChangesRanksDocument,
    "\n  subscription ChangesLive($t: ID!) { changed(scope: { territoryId: $t }) { id kind on summary personIds tieKeys recordedBy { id } retracted } }\n": types.ChangesLiveDocument,
    "\n  mutation ChangesCreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) { ok errors { field message } secret webhook { id url kinds scopeKind scopeId secretHint } }\n  }\n": types.ChangesCreateWebhookDocument,
    "\n  query ChangesDeliveries($id: ID!) { webhook(id: $id) { id deliveries { changeId kind status attempts lastStatus lastError deliveredAt } } }\n": types.ChangesDeliveriesDocument,
    "query DemoCountryTerritories { territories { id name peopleCount } }": types.DemoCountryTerritoriesDocument,
    "query DemoCountryMe { me { user { id role } seesAllTerritories territories { id } } }": types.DemoCountryMeDocument,
    "query DemoCountryPower($scope: ScopeInput!) { balanceOfPower(scope: $scope) { peopleInScope } }": types.DemoCountryPowerDocument,
    "query DemoCountryTenders($t: ID) { tenders(territoryId: $t, first: 100) { id procedure currency issuer { id } } }": types.DemoCountryTendersDocument,
    "query DemoCountryAgency($id: ID!) { institution(id: $id) { id kind } }": types.DemoCountryAgencyDocument,
    "\n  mutation CountryInstitution($id: ID!, $kind: InstitutionKind!) {\n    upsertInstitution(input: { id: $id, name: \"Some institution\", kind: $kind }) { ok errors { field message } institution { id kind } }\n  }\n": types.CountryInstitutionDocument,
    "\n  mutation CountryCommittee($id: ID!, $kind: String!) {\n    upsertCommittee(input: { id: $id, name: \"Some committee\", kind: $kind }) { ok errors { field message } committee { id kind } }\n  }\n": types.CountryCommitteeDocument,
    "\n  mutation CountryTender($id: ID!, $procedure: TenderProcedure, $status: TenderStatus) {\n    upsertTender(input: { id: $id, name: \"Some tender\", date: \"2027-03-01\", value: 100000, procedure: $procedure, status: $status }) {\n      ok errors { field message } tender { id procedure status currency }\n    }\n  }\n": types.CountryTenderDocument,
    "\n  query CountryPackWords($kind: VocabularyKind) {\n    countryPack {\n      code currency language\n      name { label local en }\n      healthSystem { medicinesAgency { label local } }\n      vocabularies(kind: $kind) { kind values { value label local en pt: label(locale: PT_PT) br: label(locale: PT_BR) } }\n    }\n  }\n": types.CountryPackWordsDocument,
    "\n  mutation ErasureUpsertPerson($input: PersonInput!) { upsertPerson(input: $input) { ok errors { field message } person { id } } }\n": types.ErasureUpsertPersonDocument,
    "\n  mutation ErasureDossier($p: ID!, $input: DossierInput!) { updateDossier(personId: $p, input: $input) { ok errors { field message } } }\n": types.ErasureDossierDocument,
    "mutation ErasureConsent($p: ID!) { setConsent(personId: $p, consent: true, optedOut: false) { ok } }": types.ErasureConsentDocument,
    "\n  mutation ErasureProtection($p: ID!, $on: Date!) {\n    setDataProtection(personId: $p, input: { lawfulBasis: CONSENT, noticeOn: $on, noticeMethod: IN_PERSON, retentionMonths: 12 }) { ok errors { field message } }\n  }\n": types.ErasureProtectionDocument,
    "mutation ErasureTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": types.ErasureTieDocument,
    "\n  mutation ErasureStance($p: ID!, $t: ID!, $source: String!) { setStance(personId: $p, towardId: $t, value: 1, source: $source) { ok errors { field message } } }\n": types.ErasureStanceDocument,
    "\n  mutation ErasureStage($u: ID!, $p: ID!) { setStage(userId: $u, personId: $p, stage: CONTACT) { ok errors { field message } } }\n": types.ErasureStageDocument,
    "\n  mutation ErasureLog($input: InteractionInput!) { logInteraction(input: $input) { ok errors { field message } interaction { id name } } }\n": types.ErasureLogDocument,
    "mutation ErasureConfirm($i: ID!) { confirmProposal(interactionId: $i) { ok errors { field message } } }": types.ErasureConfirmDocument,
    "\n  mutation ErasureCreatePlan($input: PlanInput!) { createPlan(input: $input) { ok errors { field message } plan { id steps { id title } } } }\n": types.ErasureCreatePlanDocument,
    "\n  mutation ErasureUpdatePlan($id: ID!, $goals: String!) { updatePlan(id: $id, input: { goals: $goals }) { ok errors { field message } } }\n": types.ErasureUpdatePlanDocument,
    "mutation ErasureReviewPlan($id: ID!, $note: String!) { reviewPlan(id: $id, note: $note) { ok errors { field message } } }": types.ErasureReviewPlanDocument,
    "\n  mutation ErasureAddStep($id: ID!, $input: PlanStepInput!) { addPlanStep(planId: $id, input: $input) { ok errors { field message } plan { steps { id title } } } }\n": types.ErasureAddStepDocument,
    "\n  mutation ErasureUpdateStep($s: ID!, $note: String!) { updatePlanStep(stepId: $s, status: DONE, note: $note) { ok errors { field message } } }\n": types.ErasureUpdateStepDocument,
    "\n  mutation ErasureRemoveTie($from: ID!, $to: ID!) { removeTie(from: $from, to: $to, type: INFLUENCES) { ok errors { field message } } }\n": types.ErasureRemoveTieDocument,
    "mutation ErasureWatch($id: ID!) { watch(id: $id) { ok errors { field message } } }": types.ErasureWatchDocument,
    "\n  mutation ErasureCreateWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id } } }\n": types.ErasureCreateWebhookDocument,
    "mutation ErasureDeleteWebhook($id: ID!) { deleteWebhook(id: $id) { ok } }": types.ErasureDeleteWebhookDocument,
    "query ErasureDeliveries($id: ID!) { webhook(id: $id) { deliveries { changeId status } } }": types.ErasureDeliveriesDocument,
    "query ErasureUnmatched($s: String) { unmatchedPeople(search: $s) { nodes { id name } } }": types.ErasureUnmatchedDocument,
    "\n  mutation ErasureMergeUnmatched($id: ID!, $p: ID!) { mergeUnmatchedPerson(id: $id, personId: $p) { ok errors { field message } } }\n": types.ErasureMergeUnmatchedDocument,
    "\n  mutation ErasureErase($p: ID!, $reason: String!) {\n    erasePersonalData(personId: $p, reason: $reason) { ok errors { field message } dossiersRemoved erased { module items } person { name anonymised } }\n  }\n": types.ErasureEraseDocument,
    "query ErasureExport($p: ID!) { personDataExport(personId: $p) }": types.ErasureExportDocument,
    "query ErasureAudit { auditLog(first: 1000) { action targetId detail } }": types.ErasureAuditDocument,
    "query ErasurePerson($p: ID!) { person(id: $p) { name dossier { family } dataProtection { lawfulBasis noticeOn } } }": types.ErasurePersonDocument,
    "\n  fragment EvidenceApiWork on Work {\n    __typename id title date url\n    ... on Publication { pmid journal }\n    ... on Trial { nctId phases }\n    ... on Talk { session role event { name } }\n  }\n": types.EvidenceApiWorkFragmentDoc,
    "\n  fragment EvidenceApiSuggestion on TieSuggestion {\n    id type fromId toId strength confidence status basis reasons { code count message } works { ...EvidenceApiWork }\n  }\n": types.EvidenceApiSuggestionFragmentDoc,
    "\n  query EvidenceApiSuggestionsOf($p: ID!, $first: Int, $after: String) {\n    tieSuggestions(personId: $p, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...EvidenceApiSuggestion } } }\n  }\n": types.EvidenceApiSuggestionsOfDocument,
    "\n  query EvidenceApiInTerritory($t: ID!) { tieSuggestions(scope: { territoryId: $t }, minConfidence: 0.5) { totalCount edges { node { fromId toId confidence } } } }\n": types.EvidenceApiInTerritoryDocument,
    "\n  query EvidenceApiWithin($i: ID!, $within: Boolean) { tieSuggestions(scope: { institutionId: $i }, withinScope: $within, first: 500) { totalCount nodes { fromId toId } } }\n": types.EvidenceApiWithinDocument,
    "query EvidenceApiWithinNoScope { tieSuggestions(withinScope: true) { totalCount } }": types.EvidenceApiWithinNoScopeDocument,
    "query EvidenceApiCountOf($p: ID!) { tieSuggestions(personId: $p) { totalCount nodes { id } } }": types.EvidenceApiCountOfDocument,
    "\n  mutation EvidenceApiAccept($id: ID!, $strength: Float) {\n    acceptTieSuggestion(id: $id, strength: $strength) { ok errors { field message } tie { type strength basis confidence source works { id } } }\n  }\n": types.EvidenceApiAcceptDocument,
    "mutation EvidenceApiReject($id: ID!, $reason: String) { rejectTieSuggestion(id: $id, reason: $reason) { ok id errors { field message } } }": types.EvidenceApiRejectDocument,
    "query EvidenceApiDecided($id: ID!) { tieSuggestion(id: $id) { status rejectReason decidedBy { id } } }": types.EvidenceApiDecidedDocument,
    "\n  query EvidenceApiPerson($p: ID!) {\n    person(id: $p) {\n      orcid evidence { ...EvidenceApiWork } talks { id title person { id } }\n      scientificStanding { raw level publications seniorPublications trialsLed talks evidence { description work { id } } }\n    }\n  }\n": types.EvidenceApiPersonDocument,
    "\n  query EvidenceApiPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { ranking { person { id } explanation { factor weight value evidence { description source } } } } }\n": types.EvidenceApiPowerDocument,
    "\n  query EvidenceApiQueue($s: String, $st: UnmatchedStatus) {\n    unmatchedPeople(search: $s, status: $st) { totalCount nodes { id name workCount affiliations candidates { person { id } score } works { ...EvidenceApiWork } } }\n  }\n": types.EvidenceApiQueueDocument,
    "\n  mutation EvidenceApiCreate($id: ID!, $input: PersonInput!) {\n    createPersonFromUnmatched(id: $id, input: $input) { ok errors { field message } person { id name evidence { id } } unmatched { status } openSuggestions }\n  }\n": types.EvidenceApiCreateDocument,
    "\n  mutation EvidenceApiCreateAt($id: ID!, $input: PersonInput!, $institutionId: ID, $position: String) {\n    createPersonFromUnmatched(id: $id, input: $input, institutionId: $institutionId, position: $position) {\n      ok errors { field message } person { id name orcid positions { title institution { id } } evidence { id } } unmatched { status }\n    }\n  }\n": types.EvidenceApiCreateAtDocument,
    "mutation EvidenceApiMerge($id: ID!, $p: ID!) { mergeUnmatchedPerson(id: $id, personId: $p) { ok errors { field message } person { id evidence { id } } } }": types.EvidenceApiMergeDocument,
    "mutation EvidenceApiIgnore($id: ID!, $reason: String) { ignoreUnmatchedPerson(id: $id, reason: $reason) { ok unmatched { status } } }": types.EvidenceApiIgnoreDocument,
    "query EvidenceApiStatus($id: ID!) { tieSuggestion(id: $id) { status } }": types.EvidenceApiStatusDocument,
    "mutation FaultsUnderLoad($id: ID!) { upsertPerson(input: { id: $id, name: \"Under load\", territoryId: \"fault-t\" }) { ok } }": types.FaultsUnderLoadDocument,
    "mutation FaultsTwoPeople($a: ID!, $b: ID!) { a: upsertPerson(input: { id: $a, name: \"A\" }) { ok } b: upsertPerson(input: { id: $b, name: \"B\" }) { ok } }": types.FaultsTwoPeopleDocument,
    "\n  mutation FaultsInfluence($a: ID!, $b: ID!, $s: Float!) { setTie(input: { from: $a, to: $b, type: INFLUENCES, strength: $s, since: \"2026-01-01\" }) { ok } }\n": types.FaultsInfluenceDocument,
    "mutation FaultsRename($id: ID!, $name: String!) { upsertPerson(input: { id: $id, name: $name }) { ok } }": types.FaultsRenameDocument,
    "\n  mutation FaultsStage($p: ID!, $s: RelationshipStage!, $c: [StageCriterionInput!]) { setStage(userId: \"test-admin\", personId: $p, stage: $s, criteria: $c) { ok } }\n": types.FaultsStageDocument,
    "query SkeletonTerritories { territories { id name peopleCount institutionCount } }": types.SkeletonTerritoriesDocument,
    "\n  query SkeletonPerson($id: ID!) {\n    person(id: $id) { id name title category positions { title head since until institution { id kind } } territories { name } }\n  }\n": types.SkeletonPersonDocument,
    "query SkeletonGraphVersion { graphVersion }": types.SkeletonGraphVersionDocument,
    "mutation I18nErrTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": types.I18nErrTieDocument,
    "mutation I18nErrRole($u: ID!) { setUserRole(userId: $u, role: KAM) { ok errors { field message } } }": types.I18nErrRoleDocument,
    "query I18nErrMap($t: ID!, $s: Float) { graphView(scope: { territoryId: $t }, minStrength: $s) { peopleInScope } }": types.I18nErrMapDocument,
    "query I18nErrMapBr($t: ID!, $s: Float) @locale(is: PT_BR) { graphView(scope: { territoryId: $t }, minStrength: $s) { peopleInScope } }": types.I18nErrMapBrDocument,
    "query I18nErrGroup($x: ID!, $d: Date) { decisionGroup(tenderId: $x, asOf: $d) { roles { role } } }": types.I18nErrGroupDocument,
    "mutation I18nErrPerson($t: ID!) { upsertPerson(input: { name: \"Ana\", territoryId: $t }) { ok } }": types.I18nErrPersonDocument,
    "\n  mutation I18nErrWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id locale } } }\n": types.I18nErrWebhookDocument,
    "query I18nErrDeliveries($id: ID!) { webhook(id: $id) { deliveries { status lastError } } }": types.I18nErrDeliveriesDocument,
    "subscription I18nErrLive { changed(scope: { everywhere: true }) { id } }": types.I18nErrLiveDocument,
    "mutation I18nErrTender($id: ID!, $name: String!) { upsertTender(input: { id: $id, name: $name, status: ANNOUNCED }) { ok } }": types.I18nErrTenderDocument,
    "\n  query I18nExplained($c: ID!, $d: Date) {\n    balanceOfPower(scope: { committeeId: $c }, asOf: $d) { ranking { person { id } explanation { factor evidence { description } } } }\n  }\n": types.I18nExplainedDocument,
    "\n  query I18nAdvice($x: ID!) { decisionGroup(tenderId: $x) { roles { role weighs advice } } }\n": types.I18nAdviceDocument,
    "\n  query I18nSummaries($t: ID!) { changes(scope: { territoryId: $t }, since: \"2026-10-01\", kinds: [TIE_STARTED]) { nodes { kind summary } } }\n": types.I18nSummariesDocument,
    "\n  query I18nDirective($x: ID!) @locale(is: PT_BR) { decisionGroup(tenderId: $x) { roles { role advice } } }\n": types.I18nDirectiveDocument,
    "query I18nMe { me { locale } }": types.I18nMeDocument,
    "\n  query KarateClub($t: ID!) {\n    balanceOfPower(scope: { territoryId: $t }, first: 34) { peopleInScope modularity ranking { person { id } explanation { factor value } } coalitions { members { id } } }\n  }\n": types.KarateClubDocument,
    "mutation MutationsPerson($input: PersonInput!) { upsertPerson(input: $input) { ok errors { field message } person { id name category territories { id } } } }": types.MutationsPersonDocument,
    "\n  mutation MutationsTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } tie { from to type strength since until source confidence } } }\n": types.MutationsTieDocument,
    "\n  mutation MutationsStage($u: ID!, $p: ID!, $s: RelationshipStage!, $c: [StageCriterionInput!]) {\n    setStage(userId: $u, personId: $p, stage: $s, criteria: $c) { ok errors { field message } tie { stage since until } }\n  }\n": types.MutationsStageDocument,
    "\n  query MutationsRelationships($id: ID!) { person(id: $id) { ourStage relationships { stage user { id } criteria { criterion since } missingCriteria } } }\n": types.MutationsRelationshipsDocument,
    "\n  mutation MutationsStance($p: ID!, $c: ID!, $v: Int!) { setStance(personId: $p, towardId: $c, value: $v, source: \"visit\") { ok errors { field } tie { value since until source } } }\n": types.MutationsStanceDocument,
    "query MutationsStanceTowardUs($id: ID!) { person(id: $id) { stanceTowardUs } }": types.MutationsStanceTowardUsDocument,
    "query OidcMe { me { user { id name role email } } }": types.OidcMeDocument,
    "\n  mutation OidcSetRole($u: ID!, $role: UserRole!) { setUserRole(userId: $u, role: $role) { ok errors { field message } user { id role } } }\n": types.OidcSetRoleDocument,
    "query OidcUsers($s: String) { users(filter: { search: $s }) { nodes { id name } } }": types.OidcUsersDocument,
    "\n  mutation PlanningCreatePlan($k: ID!, $on: Date!) {\n    createPlan(input: { personId: $k, targetStage: LOYALTY, targetOn: $on, goals: \"Listing in the formulary\", budget: 4000, budgetPurpose: \"Round table\" }) {\n      ok errors { field message } plan { id startStage targetOn developmentLevel managerStyle styleMeaning progress flags owner { id } steps { id kind aboutId title } }\n    }\n  }\n": types.PlanningCreatePlanDocument,
    "mutation PlanningStepDone($s: ID!) { updatePlanStep(stepId: $s, status: DONE, note: \"Introduced at lunch\") { ok plan { steps { id status doneOn } } } }": types.PlanningStepDoneDocument,
    "mutation PlanningContact($u: ID!, $k: ID!) { setStage(userId: $u, personId: $k, stage: CONTACT) { ok errors { field message } } }": types.PlanningContactDocument,
    "mutation PlanningReview($id: ID!) { reviewPlan(id: $id, note: \"Good start\") { ok plan { reviewNotes currentStage stageHistory { stage since days } } } }": types.PlanningReviewDocument,
    "fragment PlanningHealth on PlanPayload { ok errors { field message } plan { progress flags overdue managerStyle } }": types.PlanningHealthFragmentDoc,
    "\n  mutation PlanningLateStep($id: ID!, $due: Date!) {\n    addPlanStep(planId: $id, input: { title: \"Send the round-table programme\", kind: CUSTOM, due: $due }) { ...PlanningHealth }\n  }\n": types.PlanningLateStepDocument,
    "mutation PlanningLevel($id: ID!, $level: DevelopmentLevel!) { updatePlan(id: $id, input: { developmentLevel: $level }) { ...PlanningHealth } }": types.PlanningLevelDocument,
    "query PlanningPlan($id: ID!) { plan(id: $id) { progress flags currentStage } }": types.PlanningPlanDocument,
    "\n  mutation PlanningPlanFor($k: ID!, $stage: RelationshipStage!, $on: Date) { createPlan(input: { personId: $k, targetStage: $stage, targetOn: $on }) { ok errors { field message } } }\n": types.PlanningPlanForDocument,
    "\n  mutation PlanningLoyalty($u: ID!, $k: ID!) {\n    setStage(\n      userId: $u\n      personId: $k\n      stage: LOYALTY\n      criteria: [{ criterion: KNOWS_KAM_AND_COMPANY }, { criterion: KAM_KNOWS_THEM }, { criterion: KNOWS_OUR_MEDICINES }, { criterion: SPEAKS_WITH_RESPECT }]\n    ) { ok errors { field message } }\n  }\n": types.PlanningLoyaltyDocument,
    "\n  mutation PlanningProposal($k: ID!, $x: ID!, $d: Date!) {\n    logInteraction(input: { kind: PROPOSAL, date: $d, personIds: [$k], tenderId: $x, outcome: \"sent\" }) { ok errors { field message } interaction { id followUpStatus followUpDue validUntil } }\n  }\n": types.PlanningProposalDocument,
    "query PlanningFollowUps { followUps { overdue due proposal { id } } }": types.PlanningFollowUpsDocument,
    "query PlanningAgenda($u: ID!, $f: Date!, $t: Date!) { agenda(userId: $u, from: $f, to: $t) { kind subjectId date overdue } }": types.PlanningAgendaDocument,
    "\n  mutation PlanningFollowUpCall($k: ID!, $p: ID!, $d: Date!) {\n    logInteraction(input: { kind: CALL, date: $d, personIds: [$k], followsUpId: $p, outcome: \"decision in January\", nextContactOn: \"2027-01-10\" }) { ok errors { field message } }\n  }\n": types.PlanningFollowUpCallDocument,
    "mutation PlanningVisitNobody { logInteraction(input: { kind: VISIT, date: \"2026-11-01\", personIds: [\"nobody\"] }) { ok errors { field } } }": types.PlanningVisitNobodyDocument,
    "\n  query PlanningBriefing($k: ID!) {\n    briefing(personId: $k) { person { name } power { rank } interactions { kind } openSteps { title } mutualContacts { contact { name } stage user { name } } talkingPoints }\n  }\n": types.PlanningBriefingDocument,
    "\n  query PlanningAccounts($t: ID!) {\n    keyAccountHealth(scope: { territoryId: $t }) { period totalRevenue keyAccountRevenueShare keyAccountStatus monoDependent accounts { institution { name } rank keyAccount criteriaMet } }\n  }\n": types.PlanningAccountsDocument,
    "query PlanningRevenue($t: ID!, $period: String) { keyAccountHealth(scope: { territoryId: $t }, period: $period) { totalRevenue } }": types.PlanningRevenueDocument,
    "\n  query PlanningNextBest($x: ID!) { nextBestRelationships(scope: { tenderId: $x }, first: 3) { person { name } reason roles introducer { name } viaUser { name } } }\n": types.PlanningNextBestDocument,
    "\n  query PlanningNextBestIn($scope: ScopeInput!) { nextBestRelationships(scope: $scope, first: 3) { person { name } introducer { name } viaUser { name } } }\n": types.PlanningNextBestInDocument,
    "query PreferredMe { me { locale preferredLocale } }": types.PreferredMeDocument,
    "\n  mutation PreferredSet($locale: Locale) {\n    setPreferredLocale(locale: $locale) { ok errors { field message } viewer { preferredLocale locale } }\n  }\n": types.PreferredSetDocument,
    "mutation PreferredAdminOnly($id: ID!) { setUserRole(userId: $id, role: KAM) { ok } }": types.PreferredAdminOnlyDocument,
    "\n  query QuestionsCommitteePower($c: ID!, $d: Date) {\n    balanceOfPower(scope: { committeeId: $c }, asOf: $d) { peopleInScope ranking { rank score person { name } explanation { factor value weight evidence { description } } } }\n  }\n": types.QuestionsCommitteePowerDocument,
    "\n  query QuestionsBalance($t: ID!, $d: Date, $w: [ID!]) {\n    balanceOfPower(scope: { territoryId: $t }, asOf: $d, without: $w) {\n      peopleInScope\n      ranking { person { id } }\n      coalitions { members { id } lean leaning }\n      whatMayChange { endingTerms { person { name } kind role at until } newTies { from { name } to { name } strength since } }\n    }\n  }\n": types.QuestionsBalanceDocument,
    "\n  query QuestionsSpecShapers($x: ID!, $h: Int, $d: Date, $w: [ID!]) {\n    specShapers(tenderId: $x, maxHops: $h, asOf: $d, without: $w) { person { name } score hops pathStrength path { name } drafter { name } drafterRole ourStage stance }\n  }\n": types.QuestionsSpecShapersDocument,
    "\n  query QuestionsPaths($f: ID!, $t: ID!, $d: Date) {\n    introductionPaths(fromId: $f, toId: $t, maxHops: 4, first: 3, asOf: $d) { strength tieTypes people { name } introducer { name } viaUser { name } }\n  }\n": types.QuestionsPathsDocument,
    "\n  query QuestionsDecisionGroup($x: ID!) {\n    decisionGroup(tenderId: $x) { coverage uncoveredRoles roles { role covered bestStage weighs members { person { name } stage contact { name } } } }\n  }\n": types.QuestionsDecisionGroupDocument,
    "\n  query QuestionsCompetitors($t: ID!) {\n    competitorActivity(scope: { territoryId: $t }, first: 50) { person { name } rank towardUs towardCompetitors competitorStances { towardName value } }\n  }\n": types.QuestionsCompetitorsDocument,
    "query QuestionsNoScope { balanceOfPower(scope: {}) { peopleInScope } }": types.QuestionsNoScopeDocument,
    "query QuestionsCommitteeScope($t: ID!) { balanceOfPower(scope: { committeeId: $t }) { peopleInScope } }": types.QuestionsCommitteeScopeDocument,
    "query QuestionsTooManyHops($x: ID!) { specShapers(tenderId: $x, maxHops: 7) { score } }": types.QuestionsTooManyHopsDocument,
    "query QuestionsToNobody($x: ID!) { introductionPaths(fromId: $x, toId: \"nobody\") { strength } }": types.QuestionsToNobodyDocument,
    "query QuestionsBadDate($x: ID!) { decisionGroup(tenderId: $x, asOf: \"2026-13-01\") { coverage } }": types.QuestionsBadDateDocument,
    "query QuestionsNoneFirst($t: ID!) { competitorActivity(scope: { territoryId: $t }, first: 0) { rank } }": types.QuestionsNoneFirstDocument,
    "\n  query ReadModelTies($id: ID!) { person(id: $id) { ties { direction other { __typename id name } tie { type strength source confidence position } } } }\n": types.ReadModelTiesDocument,
    "\n  query ReadModelStrongInfluence($id: ID!) { person(id: $id) { ties(types: [INFLUENCES], minStrength: 0.85) { direction other { name } tie { type strength } } } }\n": types.ReadModelStrongInfluenceDocument,
    "\n  query ReadModelFormerStances($id: ID!) { person(id: $id) { ties(types: [STANCE], direction: OUT, asOf: \"2026-01-01\") { other { name } } } }\n": types.ReadModelFormerStancesDocument,
    "query ReadModelDossierTies($id: ID!) { person(id: $id) { ties(types: [HAS_DOSSIER]) { direction } } }": types.ReadModelDossierTiesDocument,
    "mutation ReadModelStance($p: ID!, $t: ID!) { setStance(personId: $p, towardId: $t, value: 1, source: \"call\") { ok } }": types.ReadModelStanceDocument,
    "\n  query ReadModelPersonRead($a: ID!, $b: ID!) {\n    ana: person(id: $a) {\n      influences { to { name } strength confidence source basis domain domainName }\n      influencedBy { from { name } }\n      decisionRoles { tender { name } role source }\n      talks { event { name } topic }\n      stanceHistory { toward { name } value since until source }\n    }\n    bia: person(id: $b) { eventsAttended { name } stanceHistory { value recordedBy { name } } }\n  }\n": types.ReadModelPersonReadDocument,
    "\n  query ReadModelTender($x: ID!) {\n    tender(id: $x) {\n      status preparationStart statusHistory { status on }\n      lots { lot quantity product { name inn } } competitors { name } draftingCommittees { name } draftingPeople { name }\n      outcome { winner { name } price currency on source }\n    }\n  }\n": types.ReadModelTenderDocument,
    "\n  mutation ReadModelNewTender($i: ID!) { upsertTender(input: { name: \"API tender\", date: \"2027-09-01\", status: PLANNED, issuerId: $i }) { ok tender { id } } }\n": types.ReadModelNewTenderDocument,
    "mutation ReadModelAnnounce($t: ID!) { upsertTender(input: { id: $t, name: \"API tender\", status: ANNOUNCED }) { ok } }": types.ReadModelAnnounceDocument,
    "mutation ReadModelLot($t: ID!, $d: ID!) { setTie(input: { from: $t, to: $d, type: LOTS, lot: 1, quantity: 50 }) { ok } }": types.ReadModelLotDocument,
    "\n  mutation ReadModelBadOutcome($t: ID!, $w: ID!) { recordTenderOutcome(tenderId: $t, winnerId: $w, price: -1, on: \"2099-01-01\") { ok errors { field } } }\n": types.ReadModelBadOutcomeDocument,
    "\n  mutation ReadModelOutcome($t: ID!, $w: ID!) {\n    recordTenderOutcome(tenderId: $t, winnerId: $w, price: 9000, currency: \"EUR\") { ok tender { status statusHistory { status on } outcome { winner { name } price } } }\n  }\n": types.ReadModelOutcomeDocument,
    "\n  query ReadModelCatalog($pr: ID!, $d: ID!, $e: ID!) {\n    program(id: $pr) { name kind year territories { name } products { name } old: products(asOf: \"2025-01-01\") { name } draftingCommittees { name } }\n    product(id: $d) { name ours maker { name } programs { name } tenderLots { lot tender { name } } therapeuticAreas { name } }\n    event(id: $e) { name kind date speakers { person { name } topic } attendees { name } }\n  }\n": types.ReadModelCatalogDocument,
    "\n  query ReadModelCatalogLists($t: ID!, $a: ID!, $s: String!) {\n    programs(filter: { territoryId: $t, kind: REGIONAL_TARGET }) { totalCount nodes { name } }\n    products(filter: { therapeuticAreaId: $a, ours: true }) { totalCount nodes { name } }\n    events(filter: { search: $s, from: \"2026-10-01\", to: \"2026-10-31\" }) { totalCount nodes { name } }\n  }\n": types.ReadModelCatalogListsDocument,
    "\n  query ReadModelStructure($c: ID!, $h: ID!, $t: ID!) {\n    committee(id: $c) {\n      description institution { name }\n      members { person { name } role since until }\n      history: members(includeFormer: true) { person { name } role until }\n      draftedTenders { name } draftedPrograms { name }\n    }\n    institution(id: $h) { city parts { name } committees { name } people { person { name } position head } tendersIssued { name } }\n    territory(id: $t) { level institutions(kind: HOSPITAL) { totalCount nodes { name } } users { name } }\n  }\n": types.ReadModelStructureDocument,
    "\n  query ReadModelSearch($f: PeopleFilter, $s: String, $o: PeopleOrder, $n: Int, $a: String) {\n    people(search: $s, filter: $f, orderBy: $o, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { name } }\n  }\n": types.ReadModelSearchDocument,
    "query ReadModelPeopleNamed($s: String) { people(search: $s) { nodes { name } } }": types.ReadModelPeopleNamedDocument,
    "query ReadModelPersonName($id: ID!) { person(id: $id) { name } }": types.ReadModelPersonNameDocument,
    "query ReadModelInfluencedBy($id: ID!) { person(id: $id) { influencedBy { from { name } } } }": types.ReadModelInfluencedByDocument,
    "query ReadModelEverywhere { balanceOfPower(scope: { everywhere: true }, first: 3) { peopleInScope ranking { rank } } }": types.ReadModelEverywhereDocument,
    "query ReadModelProduct($id: ID!) { product(id: $id) { name } }": types.ReadModelProductDocument,
    "query ReadModelUsers($s: String) { users(filter: { search: $s }) { nodes { name email kamKind manager { name } } } }": types.ReadModelUsersDocument,
    "query ReadModelMyEmail { me { user { email } } }": types.ReadModelMyEmailDocument,
    "query ReadModelNode($id: ID!) { node(id: $id) { __typename id name ... on Tender { status } ... on Person { category } } }": types.ReadModelNodeDocument,
    "query ReadModelKeyPeople($t: ID!) { keyPeople(scope: { territoryId: $t }, first: 5) { person { name } rank trust criteriaMet keyClient } }": types.ReadModelKeyPeopleDocument,
    "\n  query ReadModelEvidence($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { ranking { person { name } explanation { factor evidence { description source confidence } } } } }\n": types.ReadModelEvidenceDocument,
    "query ReadmeTerritories { territories { id name peopleCount } }": types.ReadmeTerritoriesDocument,
    "\n  query ResponseCacheDetail($id: ID!) {\n    person(id: $id) { id name positions { institution { id } title } territories { id } committees { committee { id } role } stances { towardId value } }\n  }\n": types.ResponseCacheDetailDocument,
    "query ResponseCachePeople($s: String!) { people(search: $s, first: 50) { nodes { id name } } }": types.ResponseCachePeopleDocument,
    "mutation ResponseCacheSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": types.ResponseCacheSetTieDocument,
    "query ResponseCacheAudit($t: ID) { auditLog(targetId: $t) { action } }": types.ResponseCacheAuditDocument,
    "query ResponseCacheDossier($id: ID!) { person(id: $id) { id dossier { hobbies } } }": types.ResponseCacheDossierDocument,
    "\n  mutation RetentionProtection($p: ID!, $input: DataProtectionInput!) {\n    setDataProtection(personId: $p, input: $input) {\n      ok errors { field message }\n      person { dataProtection { lawfulBasis noticeOn noticeMethod retentionMonths effectiveRetentionMonths retainUntil } }\n    }\n  }\n": types.RetentionProtectionDocument,
    "\n  query RetentionPerson($p: ID!) { person(id: $p) { name dossier { family } dataProtection { lawfulBasis retentionMonths retainUntil } } }\n": types.RetentionPersonDocument,
    "query RetentionAudit($t: ID!) { auditLog(targetId: $t) { userId action detail } }": types.RetentionAuditDocument,
    "\n  fragment RoundTripPerson on Person {\n    id name title category\n    positions { institution { id name } title head }\n    territories { id name }\n    committees { committee { id name } role }\n    stances { towardId value ours }\n    stanceTowardUs ourStage\n    relationships { user { id name } stage owns }\n    owner { id name }\n  }\n": types.RoundTripPersonFragmentDoc,
    "\n  query RoundTripRanking($t: ID!, $first: Int) {\n    balanceOfPower(scope: { territoryId: $t }, first: $first) {\n      ranking { rank person { ...RoundTripPerson } }\n      coalitions { members { id name ourStage } }\n      whatMayChange { endingTerms { person { id name } } newTies { from { name } to { name } } }\n    }\n  }\n": types.RoundTripRankingDocument,
    "\n  query RoundTripWhatMayChange($t: ID!, $n: Int) {\n    balanceOfPower(scope: { territoryId: $t }) {\n      whatMayChange { endingTermCount newTieCount endingTerms(first: $n) { person { id } until } newTies(first: $n) { from { id } since } }\n    }\n  }\n": types.RoundTripWhatMayChangeDocument,
    "\n  query RoundTripMap($scope: ScopeInput!) {\n    graphView(scope: $scope) {\n      nodes { id label name power rank coalition stance stage ownerId }\n      edges { id source target type strength }\n      coalitions { power leaning members { id name } }\n    }\n  }\n": types.RoundTripMapDocument,
    "query RoundTripMemberIds($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { coalitions { memberIds memberCount } } }": types.RoundTripMemberIdsDocument,
    "query RoundTripMembers($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { coalitions { members { id } } } }": types.RoundTripMembersDocument,
    "\n  query RoundTripMapFields($scope: ScopeInput!) {\n    graphView(scope: $scope) { nodes { id label name kind optedOut ours competitor } edges { source target type strength role basis since until } }\n  }\n": types.RoundTripMapFieldsDocument,
    "\n  query RoundTripSpecShapers($x: ID!, $first: Int) {\n    specShapers(tenderId: $x, maxHops: 3, first: $first) {\n      score person { ...RoundTripPerson } path { id name ourStage } drafter { id name } stance ourStage ourContact { id name }\n    }\n  }\n": types.RoundTripSpecShapersDocument,
    "\n  query RoundTripDecisionGroup($x: ID!) {\n    decisionGroup(tenderId: $x) {\n      tender { id issuer { id } }\n      roles { role members { person { ...RoundTripPerson } stage contact { id name } owners { id name } } }\n    }\n  }\n": types.RoundTripDecisionGroupDocument,
    "query RoundTripPeople($q: String!, $first: Int) { people(search: $q, first: $first) { nodes { ...RoundTripPerson } } }": types.RoundTripPeopleDocument,
    "query RoundTripPersonDetail($id: ID!) { person(id: $id) { ...RoundTripPerson } }": types.RoundTripPersonDetailDocument,
    "\n  query RoundTripPeopleFiltered($filter: PeopleFilter!, $first: Int) {\n    people(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        ...RoundTripPerson\n        ties(types: [INFLUENCES, KNOWS, WORKS_AT, MEMBER_OF]) { direction other { id name } tie { type strength source confidence since } }\n        influences { to { id name } strength }\n        influencedBy { from { id name } strength }\n        decisionRoles { tender { id name } role }\n        talks { event { id name } topic }\n        eventsAttended { id name }\n        stanceHistory { toward { id name } value recordedBy { id name } }\n      }\n    }\n  }\n": types.RoundTripPeopleFilteredDocument,
    "\n  query RoundTripPrograms($t: ID!, $first: Int) {\n    programs(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes { id name kind year territories { id name } products { id name maker { id name } } drafters { id name } draftingCommittees { id name } therapeuticAreas { id name } }\n    }\n  }\n": types.RoundTripProgramsDocument,
    "\n  query RoundTripProducts($q: String!, $first: Int) {\n    products(filter: { search: $q }, first: $first) {\n      totalCount\n      nodes { id name ours maker { id name } programs { id name } tenderLots { lot quantity tender { id name } } therapeuticAreas { id name } }\n    }\n  }\n": types.RoundTripProductsDocument,
    "\n  query RoundTripEvents($t: ID!, $first: Int) {\n    events(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes { id name kind date territories { id } speakers { topic person { id name ourStage } } attendees { id name } therapeuticAreas { id name } }\n    }\n  }\n": types.RoundTripEventsDocument,
    "\n  query RoundTripTenders($t: ID!, $first: Int) {\n    tenders(territoryId: $t, first: $first) {\n      id name status preparationStart\n      issuer { id name }\n      statusHistory { status on }\n      lots { lot quantity product { id name maker { id name } } }\n      competitors { id name }\n      draftingPeople { id name }\n      draftingCommittees { id name }\n      outcome { winner { id } price }\n    }\n  }\n": types.RoundTripTendersDocument,
    "\n  query RoundTripInstitutions($t: ID!, $first: Int) {\n    institutions(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes {\n        id name kind ours competitor\n        parent { id name } parts { id name } committees { id name }\n        people { person { id name } position head source confidence }\n        territories { id } tendersIssued { id } products { id }\n      }\n    }\n  }\n": types.RoundTripInstitutionsDocument,
    "\n  query RoundTripCommittees($t: ID!, $first: Int) {\n    committees(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes { id name institution { id name } members(includeFormer: true) { role since until person { id name ourStage } } draftedTenders { id } draftedPrograms { id } therapeuticAreas { id } }\n    }\n  }\n": types.RoundTripCommitteesDocument,
    "\n  query RoundTripUsers($q: String!, $first: Int) {\n    users(filter: { search: $q }, first: $first) { totalCount nodes { id name role territories { id name } manager { id } team { id } } }\n  }\n": types.RoundTripUsersDocument,
    "\n  query RoundTripTerritory($t: ID!, $first: Int) {\n    territory(id: $t) { id name peopleCount users { id name } institutions(first: $first) { totalCount nodes { id name parts { id } people { person { id } } } } }\n  }\n": types.RoundTripTerritoryDocument,
    "query StartSeeded { graphVersion territories { id peopleCount } }": types.StartSeededDocument,
    "mutation SupervisedWrite($id: ID!) { upsertPerson(input: { id: $id, name: \"Written under load\", territoryId: \"sup-t\" }) { ok } }": types.SupervisedWriteDocument,
    "mutation ReceiverDeleteWebhook($id: ID!) { deleteWebhook(id: $id) { ok } }": types.ReceiverDeleteWebhookDocument,
    "query ViewerSourceDetail($id: ID!) { person(id: $id) { id positions { institution { id } title } } }": types.ViewerSourceDetailDocument,
    "mutation ViewerSourceSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": types.ViewerSourceSetTieDocument,
    "query WarmUpPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { peopleInScope ranking { person { id } } } }": types.WarmUpPowerDocument,
    "\n  mutation CursorCreateWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id } } }\n": types.CursorCreateWebhookDocument,
    "mutation CursorSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": types.CursorSetTieDocument,
    "\n  query WholeGraphCountry { balanceOfPower(scope: { everywhere: true }, first: 500) { asOf computedAt upToDate peopleInScope ranking { person { id } } } }\n": types.WholeGraphCountryDocument,
    "\n  query WholeGraphScore($id: ID!) { powerScore(scope: { everywhere: true }, personId: $id) { explanation { factor evidence { description } } } }\n": types.WholeGraphScoreDocument,
    "mutation WholeGraphSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }": types.WholeGraphSetTieDocument,
    "query WorkersDetail($id: ID!) { person(id: $id) { id positions { title institution { id } } } }": types.WorkersDetailDocument,
    "query WorkersPack { countryPack { code } }": types.WorkersPackDocument,
    "mutation WorkersSetTie($input: TieInput!) { setTie(input: $input) { ok } }": types.WorkersSetTieDocument,
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
export function graphql(source: "query AccessPerson($id: ID!) { person(id: $id) { id name dossierAccess dossier { hobbies birthday family } } }"): (typeof documents)["query AccessPerson($id: ID!) { person(id: $id) { id name dossierAccess dossier { hobbies birthday family } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessMe { me { user { id role } territories { id } } }"): (typeof documents)["query AccessMe { me { user { id role } territories { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessTerritories { territories { id } }"): (typeof documents)["query AccessTerritories { territories { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { peopleInScope } }"): (typeof documents)["query AccessPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { peopleInScope } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessPeople($s: String!) { people(search: $s) { nodes { id } } }"): (typeof documents)["query AccessPeople($s: String!) { people(search: $s) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessSetTie($from: ID!, $to: ID!) { setTie(input: { from: $from, to: $to, type: KNOWS, strength: 0.5 }) { ok } }"): (typeof documents)["mutation AccessSetTie($from: ID!, $to: ID!) { setTie(input: { from: $from, to: $to, type: KNOWS, strength: 0.5 }) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessSetStage($u: ID!, $p: ID!) { setStage(userId: $u, personId: $p, stage: CONTACT) { ok } }"): (typeof documents)["mutation AccessSetStage($u: ID!, $p: ID!) { setStage(userId: $u, personId: $p, stage: CONTACT) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessOrphan { upsertPerson(input: { name: \"Orphan\" }) { ok } }"): (typeof documents)["mutation AccessOrphan { upsertPerson(input: { name: \"Orphan\" }) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessConsent($p: ID!) { setConsent(personId: $p, optedOut: true) { ok } }"): (typeof documents)["mutation AccessConsent($p: ID!) { setConsent(personId: $p, optedOut: true) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAudit($t: ID) { auditLog(targetId: $t) { userId action targetId detail } }"): (typeof documents)["query AccessAudit($t: ID) { auditLog(targetId: $t) { userId action targetId detail } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessUpdateDossier($p: ID!, $input: DossierInput!) { updateDossier(personId: $p, input: $input) { ok dossier { hobbies values } } }"): (typeof documents)["mutation AccessUpdateDossier($p: ID!, $input: DossierInput!) { updateDossier(personId: $p, input: $input) { ok dossier { hobbies values } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessExport($p: ID!) { personDataExport(personId: $p) }"): (typeof documents)["query AccessExport($p: ID!) { personDataExport(personId: $p) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessErase($p: ID!) { erasePersonalData(personId: $p, reason: \"request 2026-117\") { ok dossiersRemoved notesRemoved person { name anonymised } } }\n"): (typeof documents)["\n  mutation AccessErase($p: ID!) { erasePersonalData(personId: $p, reason: \"request 2026-117\") { ok dossiersRemoved notesRemoved person { name anonymised } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkersPower($t: ID!) {\n    balanceOfPower(scope: { territoryId: $t }, first: 500) { peopleInScope modularity ranking { rank score person { id } explanation { factor value evidence { description } } } coalitions { memberIds power lean } }\n  }\n"): (typeof documents)["\n  query WorkersPower($t: ID!) {\n    balanceOfPower(scope: { territoryId: $t }, first: 500) { peopleInScope modularity ranking { rank score person { id } explanation { factor value evidence { description } } } coalitions { memberIds power lean } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkersPersonDetail($id: ID!) { person(id: $id) { id name positions { title } territories { id } } }"): (typeof documents)["query WorkersPersonDetail($id: ID!) { person(id: $id) { id name positions { title } territories { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BackupPerson($id: ID!, $t: ID!) { upsertPerson(input: { id: $id, name: \"Backed up\", territoryId: $t }) { ok } }"): (typeof documents)["mutation BackupPerson($id: ID!, $t: ID!) { upsertPerson(input: { id: $id, name: \"Backed up\", territoryId: $t }) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackupTie($a: ID!, $b: ID!) { setTie(input: { from: $a, to: $b, type: INFLUENCES, strength: 0.5, since: \"2026-01-01\" }) { ok } }\n"): (typeof documents)["\n  mutation BackupTie($a: ID!, $b: ID!) { setTie(input: { from: $a, to: $b, type: INFLUENCES, strength: 0.5, since: \"2026-01-01\" }) { ok } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachePower($t: ID!) {\n    balanceOfPower(scope: { territoryId: $t }) { peopleInScope ranking { rank score person { id } } whatMayChange { newTies { from { id } to { id } strength } } }\n  }\n"): (typeof documents)["\n  query CachePower($t: ID!) {\n    balanceOfPower(scope: { territoryId: $t }) { peopleInScope ranking { rank score person { id } } whatMayChange { newTies { from { id } to { id } strength } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheMapRanks($t: ID!) { graphView(scope: { territoryId: $t }) { nodes { id rank } } }"): (typeof documents)["query CacheMapRanks($t: ID!) { graphView(scope: { territoryId: $t }) { nodes { id rank } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheMap($t: ID!) { graphView(scope: { territoryId: $t }, tieTypes: [INFLUENCES, WORKS_AT]) { edges { source target type strength } } }"): (typeof documents)["query CacheMap($t: ID!) { graphView(scope: { territoryId: $t }, tieTypes: [INFLUENCES, WORKS_AT]) { edges { source target type strength } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CacheSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"): (typeof documents)["mutation CacheSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachePeopleInScope($t: ID!, $d: Date, $w: [ID!]) { balanceOfPower(scope: { territoryId: $t }, asOf: $d, without: $w) { peopleInScope } }\n"): (typeof documents)["\n  query CachePeopleInScope($t: ID!, $d: Date, $w: [ID!]) { balanceOfPower(scope: { territoryId: $t }, asOf: $d, without: $w) { peopleInScope } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesFeed($t: ID!, $since: Date!, $until: Date, $kinds: [ChangeKind!], $first: Int, $after: String) {\n    changes(scope: { territoryId: $t }, since: $since, until: $until, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      rankingPending\n      countsByKind { kind count }\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id kind on summary weight personIds entityIds tieKeys rankBefore rankAfter\n          people { id name }\n          evidence { description value ids }\n          stanceBefore stanceAfter stageBefore stageAfter statusBefore statusAfter\n          recordedOn recordedBy { id }\n          message { id params { name value entityId } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangesFeed($t: ID!, $since: Date!, $until: Date, $kinds: [ChangeKind!], $first: Int, $after: String) {\n    changes(scope: { territoryId: $t }, since: $since, until: $until, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      rankingPending\n      countsByKind { kind count }\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id kind on summary weight personIds entityIds tieKeys rankBefore rankAfter\n          people { id name }\n          evidence { description value ids }\n          stanceBefore stanceAfter stageBefore stageAfter statusBefore statusAfter\n          recordedOn recordedBy { id }\n          message { id params { name value entityId } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangesSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }\n"): (typeof documents)["\n  mutation ChangesSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangesSetStance($p: ID!, $t: ID!, $v: Int!) { setStance(personId: $p, towardId: $t, value: $v) { ok errors { field message } } }\n"): (typeof documents)["\n  mutation ChangesSetStance($p: ID!, $t: ID!, $v: Int!) { setStance(personId: $p, towardId: $t, value: $v) { ok errors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangesTender($id: ID!, $name: String!, $status: TenderStatus) { upsertTender(input: { id: $id, name: $name, status: $status }) { ok errors { field message } } }\n"): (typeof documents)["\n  mutation ChangesTender($id: ID!, $name: String!, $status: TenderStatus) { upsertTender(input: { id: $id, name: $name, status: $status }) { ok errors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangesWatch($id: ID!) { watch(id: $id) { ok errors { field message } watch { since entity { id } } } }"): (typeof documents)["mutation ChangesWatch($id: ID!) { watch(id: $id) { ok errors { field message } watch { since entity { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangesUnwatch($id: ID!) { unwatch(id: $id) { ok errors { field message } } }"): (typeof documents)["mutation ChangesUnwatch($id: ID!) { unwatch(id: $id) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesInbox {\n    me {\n      watches { since entity { id __typename } }\n      inbox {\n        readOn since until unreadCount\n        countsByKind { kind count }\n        countsByWatch { count entity { id } }\n        changes(first: 100) { totalCount nodes { id kind on summary personIds } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangesInbox {\n    me {\n      watches { since entity { id __typename } }\n      inbox {\n        readOn since until unreadCount\n        countsByKind { kind count }\n        countsByWatch { count entity { id } }\n        changes(first: 100) { totalCount nodes { id kind on summary personIds } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangesRead { markInboxRead { ok inbox { unreadCount readOn } } }"): (typeof documents)["mutation ChangesRead { markInboxRead { ok inbox { unreadCount readOn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesInboxWeights($watch: ID) {\n    me {\n      inbox {\n        unreadCount rankingPending countsByWatch { count entity { id } }\n        changes(watch: $watch, first: 100) { totalCount nodes { id kind weight personIds rankBefore rankAfter movedCount moves { personId rankBefore rankAfter } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangesInboxWeights($watch: ID) {\n    me {\n      inbox {\n        unreadCount rankingPending countsByWatch { count entity { id } }\n        changes(watch: $watch, first: 100) { totalCount nodes { id kind weight personIds rankBefore rankAfter movedCount moves { personId rankBefore rankAfter } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesRanks($t: ID!) { balanceOfPower(scope: { territoryId: $t }, first: 100) { ranking { rank person { id } } } }\n"): (typeof documents)["\n  query ChangesRanks($t: ID!) { balanceOfPower(scope: { territoryId: $t }, first: 100) { ranking { rank person { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChangesLive($t: ID!) { changed(scope: { territoryId: $t }) { id kind on summary personIds tieKeys recordedBy { id } retracted } }\n"): (typeof documents)["\n  subscription ChangesLive($t: ID!) { changed(scope: { territoryId: $t }) { id kind on summary personIds tieKeys recordedBy { id } retracted } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangesCreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) { ok errors { field message } secret webhook { id url kinds scopeKind scopeId secretHint } }\n  }\n"): (typeof documents)["\n  mutation ChangesCreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) { ok errors { field message } secret webhook { id url kinds scopeKind scopeId secretHint } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesDeliveries($id: ID!) { webhook(id: $id) { id deliveries { changeId kind status attempts lastStatus lastError deliveredAt } } }\n"): (typeof documents)["\n  query ChangesDeliveries($id: ID!) { webhook(id: $id) { id deliveries { changeId kind status attempts lastStatus lastError deliveredAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoCountryTerritories { territories { id name peopleCount } }"): (typeof documents)["query DemoCountryTerritories { territories { id name peopleCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoCountryMe { me { user { id role } seesAllTerritories territories { id } } }"): (typeof documents)["query DemoCountryMe { me { user { id role } seesAllTerritories territories { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoCountryPower($scope: ScopeInput!) { balanceOfPower(scope: $scope) { peopleInScope } }"): (typeof documents)["query DemoCountryPower($scope: ScopeInput!) { balanceOfPower(scope: $scope) { peopleInScope } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoCountryTenders($t: ID) { tenders(territoryId: $t, first: 100) { id procedure currency issuer { id } } }"): (typeof documents)["query DemoCountryTenders($t: ID) { tenders(territoryId: $t, first: 100) { id procedure currency issuer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoCountryAgency($id: ID!) { institution(id: $id) { id kind } }"): (typeof documents)["query DemoCountryAgency($id: ID!) { institution(id: $id) { id kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountryInstitution($id: ID!, $kind: InstitutionKind!) {\n    upsertInstitution(input: { id: $id, name: \"Some institution\", kind: $kind }) { ok errors { field message } institution { id kind } }\n  }\n"): (typeof documents)["\n  mutation CountryInstitution($id: ID!, $kind: InstitutionKind!) {\n    upsertInstitution(input: { id: $id, name: \"Some institution\", kind: $kind }) { ok errors { field message } institution { id kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountryCommittee($id: ID!, $kind: String!) {\n    upsertCommittee(input: { id: $id, name: \"Some committee\", kind: $kind }) { ok errors { field message } committee { id kind } }\n  }\n"): (typeof documents)["\n  mutation CountryCommittee($id: ID!, $kind: String!) {\n    upsertCommittee(input: { id: $id, name: \"Some committee\", kind: $kind }) { ok errors { field message } committee { id kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountryTender($id: ID!, $procedure: TenderProcedure, $status: TenderStatus) {\n    upsertTender(input: { id: $id, name: \"Some tender\", date: \"2027-03-01\", value: 100000, procedure: $procedure, status: $status }) {\n      ok errors { field message } tender { id procedure status currency }\n    }\n  }\n"): (typeof documents)["\n  mutation CountryTender($id: ID!, $procedure: TenderProcedure, $status: TenderStatus) {\n    upsertTender(input: { id: $id, name: \"Some tender\", date: \"2027-03-01\", value: 100000, procedure: $procedure, status: $status }) {\n      ok errors { field message } tender { id procedure status currency }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryPackWords($kind: VocabularyKind) {\n    countryPack {\n      code currency language\n      name { label local en }\n      healthSystem { medicinesAgency { label local } }\n      vocabularies(kind: $kind) { kind values { value label local en pt: label(locale: PT_PT) br: label(locale: PT_BR) } }\n    }\n  }\n"): (typeof documents)["\n  query CountryPackWords($kind: VocabularyKind) {\n    countryPack {\n      code currency language\n      name { label local en }\n      healthSystem { medicinesAgency { label local } }\n      vocabularies(kind: $kind) { kind values { value label local en pt: label(locale: PT_PT) br: label(locale: PT_BR) } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureUpsertPerson($input: PersonInput!) { upsertPerson(input: $input) { ok errors { field message } person { id } } }\n"): (typeof documents)["\n  mutation ErasureUpsertPerson($input: PersonInput!) { upsertPerson(input: $input) { ok errors { field message } person { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureDossier($p: ID!, $input: DossierInput!) { updateDossier(personId: $p, input: $input) { ok errors { field message } } }\n"): (typeof documents)["\n  mutation ErasureDossier($p: ID!, $input: DossierInput!) { updateDossier(personId: $p, input: $input) { ok errors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureConsent($p: ID!) { setConsent(personId: $p, consent: true, optedOut: false) { ok } }"): (typeof documents)["mutation ErasureConsent($p: ID!) { setConsent(personId: $p, consent: true, optedOut: false) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureProtection($p: ID!, $on: Date!) {\n    setDataProtection(personId: $p, input: { lawfulBasis: CONSENT, noticeOn: $on, noticeMethod: IN_PERSON, retentionMonths: 12 }) { ok errors { field message } }\n  }\n"): (typeof documents)["\n  mutation ErasureProtection($p: ID!, $on: Date!) {\n    setDataProtection(personId: $p, input: { lawfulBasis: CONSENT, noticeOn: $on, noticeMethod: IN_PERSON, retentionMonths: 12 }) { ok errors { field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"): (typeof documents)["mutation ErasureTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureStance($p: ID!, $t: ID!, $source: String!) { setStance(personId: $p, towardId: $t, value: 1, source: $source) { ok errors { field message } } }\n"): (typeof documents)["\n  mutation ErasureStance($p: ID!, $t: ID!, $source: String!) { setStance(personId: $p, towardId: $t, value: 1, source: $source) { ok errors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureStage($u: ID!, $p: ID!) { setStage(userId: $u, personId: $p, stage: CONTACT) { ok errors { field message } } }\n"): (typeof documents)["\n  mutation ErasureStage($u: ID!, $p: ID!) { setStage(userId: $u, personId: $p, stage: CONTACT) { ok errors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureLog($input: InteractionInput!) { logInteraction(input: $input) { ok errors { field message } interaction { id name } } }\n"): (typeof documents)["\n  mutation ErasureLog($input: InteractionInput!) { logInteraction(input: $input) { ok errors { field message } interaction { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureConfirm($i: ID!) { confirmProposal(interactionId: $i) { ok errors { field message } } }"): (typeof documents)["mutation ErasureConfirm($i: ID!) { confirmProposal(interactionId: $i) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureCreatePlan($input: PlanInput!) { createPlan(input: $input) { ok errors { field message } plan { id steps { id title } } } }\n"): (typeof documents)["\n  mutation ErasureCreatePlan($input: PlanInput!) { createPlan(input: $input) { ok errors { field message } plan { id steps { id title } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureUpdatePlan($id: ID!, $goals: String!) { updatePlan(id: $id, input: { goals: $goals }) { ok errors { field message } } }\n"): (typeof documents)["\n  mutation ErasureUpdatePlan($id: ID!, $goals: String!) { updatePlan(id: $id, input: { goals: $goals }) { ok errors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureReviewPlan($id: ID!, $note: String!) { reviewPlan(id: $id, note: $note) { ok errors { field message } } }"): (typeof documents)["mutation ErasureReviewPlan($id: ID!, $note: String!) { reviewPlan(id: $id, note: $note) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureAddStep($id: ID!, $input: PlanStepInput!) { addPlanStep(planId: $id, input: $input) { ok errors { field message } plan { steps { id title } } } }\n"): (typeof documents)["\n  mutation ErasureAddStep($id: ID!, $input: PlanStepInput!) { addPlanStep(planId: $id, input: $input) { ok errors { field message } plan { steps { id title } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureUpdateStep($s: ID!, $note: String!) { updatePlanStep(stepId: $s, status: DONE, note: $note) { ok errors { field message } } }\n"): (typeof documents)["\n  mutation ErasureUpdateStep($s: ID!, $note: String!) { updatePlanStep(stepId: $s, status: DONE, note: $note) { ok errors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureRemoveTie($from: ID!, $to: ID!) { removeTie(from: $from, to: $to, type: INFLUENCES) { ok errors { field message } } }\n"): (typeof documents)["\n  mutation ErasureRemoveTie($from: ID!, $to: ID!) { removeTie(from: $from, to: $to, type: INFLUENCES) { ok errors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureWatch($id: ID!) { watch(id: $id) { ok errors { field message } } }"): (typeof documents)["mutation ErasureWatch($id: ID!) { watch(id: $id) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureCreateWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id } } }\n"): (typeof documents)["\n  mutation ErasureCreateWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureDeleteWebhook($id: ID!) { deleteWebhook(id: $id) { ok } }"): (typeof documents)["mutation ErasureDeleteWebhook($id: ID!) { deleteWebhook(id: $id) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureDeliveries($id: ID!) { webhook(id: $id) { deliveries { changeId status } } }"): (typeof documents)["query ErasureDeliveries($id: ID!) { webhook(id: $id) { deliveries { changeId status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureUnmatched($s: String) { unmatchedPeople(search: $s) { nodes { id name } } }"): (typeof documents)["query ErasureUnmatched($s: String) { unmatchedPeople(search: $s) { nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureMergeUnmatched($id: ID!, $p: ID!) { mergeUnmatchedPerson(id: $id, personId: $p) { ok errors { field message } } }\n"): (typeof documents)["\n  mutation ErasureMergeUnmatched($id: ID!, $p: ID!) { mergeUnmatchedPerson(id: $id, personId: $p) { ok errors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasureErase($p: ID!, $reason: String!) {\n    erasePersonalData(personId: $p, reason: $reason) { ok errors { field message } dossiersRemoved erased { module items } person { name anonymised } }\n  }\n"): (typeof documents)["\n  mutation ErasureErase($p: ID!, $reason: String!) {\n    erasePersonalData(personId: $p, reason: $reason) { ok errors { field message } dossiersRemoved erased { module items } person { name anonymised } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureExport($p: ID!) { personDataExport(personId: $p) }"): (typeof documents)["query ErasureExport($p: ID!) { personDataExport(personId: $p) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureAudit { auditLog(first: 1000) { action targetId detail } }"): (typeof documents)["query ErasureAudit { auditLog(first: 1000) { action targetId detail } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasurePerson($p: ID!) { person(id: $p) { name dossier { family } dataProtection { lawfulBasis noticeOn } } }"): (typeof documents)["query ErasurePerson($p: ID!) { person(id: $p) { name dossier { family } dataProtection { lawfulBasis noticeOn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceApiWork on Work {\n    __typename id title date url\n    ... on Publication { pmid journal }\n    ... on Trial { nctId phases }\n    ... on Talk { session role event { name } }\n  }\n"): (typeof documents)["\n  fragment EvidenceApiWork on Work {\n    __typename id title date url\n    ... on Publication { pmid journal }\n    ... on Trial { nctId phases }\n    ... on Talk { session role event { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceApiSuggestion on TieSuggestion {\n    id type fromId toId strength confidence status basis reasons { code count message } works { ...EvidenceApiWork }\n  }\n"): (typeof documents)["\n  fragment EvidenceApiSuggestion on TieSuggestion {\n    id type fromId toId strength confidence status basis reasons { code count message } works { ...EvidenceApiWork }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceApiSuggestionsOf($p: ID!, $first: Int, $after: String) {\n    tieSuggestions(personId: $p, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...EvidenceApiSuggestion } } }\n  }\n"): (typeof documents)["\n  query EvidenceApiSuggestionsOf($p: ID!, $first: Int, $after: String) {\n    tieSuggestions(personId: $p, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...EvidenceApiSuggestion } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceApiInTerritory($t: ID!) { tieSuggestions(scope: { territoryId: $t }, minConfidence: 0.5) { totalCount edges { node { fromId toId confidence } } } }\n"): (typeof documents)["\n  query EvidenceApiInTerritory($t: ID!) { tieSuggestions(scope: { territoryId: $t }, minConfidence: 0.5) { totalCount edges { node { fromId toId confidence } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceApiWithin($i: ID!, $within: Boolean) { tieSuggestions(scope: { institutionId: $i }, withinScope: $within, first: 500) { totalCount nodes { fromId toId } } }\n"): (typeof documents)["\n  query EvidenceApiWithin($i: ID!, $within: Boolean) { tieSuggestions(scope: { institutionId: $i }, withinScope: $within, first: 500) { totalCount nodes { fromId toId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceApiWithinNoScope { tieSuggestions(withinScope: true) { totalCount } }"): (typeof documents)["query EvidenceApiWithinNoScope { tieSuggestions(withinScope: true) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceApiCountOf($p: ID!) { tieSuggestions(personId: $p) { totalCount nodes { id } } }"): (typeof documents)["query EvidenceApiCountOf($p: ID!) { tieSuggestions(personId: $p) { totalCount nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceApiAccept($id: ID!, $strength: Float) {\n    acceptTieSuggestion(id: $id, strength: $strength) { ok errors { field message } tie { type strength basis confidence source works { id } } }\n  }\n"): (typeof documents)["\n  mutation EvidenceApiAccept($id: ID!, $strength: Float) {\n    acceptTieSuggestion(id: $id, strength: $strength) { ok errors { field message } tie { type strength basis confidence source works { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvidenceApiReject($id: ID!, $reason: String) { rejectTieSuggestion(id: $id, reason: $reason) { ok id errors { field message } } }"): (typeof documents)["mutation EvidenceApiReject($id: ID!, $reason: String) { rejectTieSuggestion(id: $id, reason: $reason) { ok id errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceApiDecided($id: ID!) { tieSuggestion(id: $id) { status rejectReason decidedBy { id } } }"): (typeof documents)["query EvidenceApiDecided($id: ID!) { tieSuggestion(id: $id) { status rejectReason decidedBy { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceApiPerson($p: ID!) {\n    person(id: $p) {\n      orcid evidence { ...EvidenceApiWork } talks { id title person { id } }\n      scientificStanding { raw level publications seniorPublications trialsLed talks evidence { description work { id } } }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceApiPerson($p: ID!) {\n    person(id: $p) {\n      orcid evidence { ...EvidenceApiWork } talks { id title person { id } }\n      scientificStanding { raw level publications seniorPublications trialsLed talks evidence { description work { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceApiPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { ranking { person { id } explanation { factor weight value evidence { description source } } } } }\n"): (typeof documents)["\n  query EvidenceApiPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { ranking { person { id } explanation { factor weight value evidence { description source } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceApiQueue($s: String, $st: UnmatchedStatus) {\n    unmatchedPeople(search: $s, status: $st) { totalCount nodes { id name workCount affiliations candidates { person { id } score } works { ...EvidenceApiWork } } }\n  }\n"): (typeof documents)["\n  query EvidenceApiQueue($s: String, $st: UnmatchedStatus) {\n    unmatchedPeople(search: $s, status: $st) { totalCount nodes { id name workCount affiliations candidates { person { id } score } works { ...EvidenceApiWork } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceApiCreate($id: ID!, $input: PersonInput!) {\n    createPersonFromUnmatched(id: $id, input: $input) { ok errors { field message } person { id name evidence { id } } unmatched { status } openSuggestions }\n  }\n"): (typeof documents)["\n  mutation EvidenceApiCreate($id: ID!, $input: PersonInput!) {\n    createPersonFromUnmatched(id: $id, input: $input) { ok errors { field message } person { id name evidence { id } } unmatched { status } openSuggestions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceApiCreateAt($id: ID!, $input: PersonInput!, $institutionId: ID, $position: String) {\n    createPersonFromUnmatched(id: $id, input: $input, institutionId: $institutionId, position: $position) {\n      ok errors { field message } person { id name orcid positions { title institution { id } } evidence { id } } unmatched { status }\n    }\n  }\n"): (typeof documents)["\n  mutation EvidenceApiCreateAt($id: ID!, $input: PersonInput!, $institutionId: ID, $position: String) {\n    createPersonFromUnmatched(id: $id, input: $input, institutionId: $institutionId, position: $position) {\n      ok errors { field message } person { id name orcid positions { title institution { id } } evidence { id } } unmatched { status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvidenceApiMerge($id: ID!, $p: ID!) { mergeUnmatchedPerson(id: $id, personId: $p) { ok errors { field message } person { id evidence { id } } } }"): (typeof documents)["mutation EvidenceApiMerge($id: ID!, $p: ID!) { mergeUnmatchedPerson(id: $id, personId: $p) { ok errors { field message } person { id evidence { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvidenceApiIgnore($id: ID!, $reason: String) { ignoreUnmatchedPerson(id: $id, reason: $reason) { ok unmatched { status } } }"): (typeof documents)["mutation EvidenceApiIgnore($id: ID!, $reason: String) { ignoreUnmatchedPerson(id: $id, reason: $reason) { ok unmatched { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceApiStatus($id: ID!) { tieSuggestion(id: $id) { status } }"): (typeof documents)["query EvidenceApiStatus($id: ID!) { tieSuggestion(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsUnderLoad($id: ID!) { upsertPerson(input: { id: $id, name: \"Under load\", territoryId: \"fault-t\" }) { ok } }"): (typeof documents)["mutation FaultsUnderLoad($id: ID!) { upsertPerson(input: { id: $id, name: \"Under load\", territoryId: \"fault-t\" }) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsTwoPeople($a: ID!, $b: ID!) { a: upsertPerson(input: { id: $a, name: \"A\" }) { ok } b: upsertPerson(input: { id: $b, name: \"B\" }) { ok } }"): (typeof documents)["mutation FaultsTwoPeople($a: ID!, $b: ID!) { a: upsertPerson(input: { id: $a, name: \"A\" }) { ok } b: upsertPerson(input: { id: $b, name: \"B\" }) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsInfluence($a: ID!, $b: ID!, $s: Float!) { setTie(input: { from: $a, to: $b, type: INFLUENCES, strength: $s, since: \"2026-01-01\" }) { ok } }\n"): (typeof documents)["\n  mutation FaultsInfluence($a: ID!, $b: ID!, $s: Float!) { setTie(input: { from: $a, to: $b, type: INFLUENCES, strength: $s, since: \"2026-01-01\" }) { ok } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsRename($id: ID!, $name: String!) { upsertPerson(input: { id: $id, name: $name }) { ok } }"): (typeof documents)["mutation FaultsRename($id: ID!, $name: String!) { upsertPerson(input: { id: $id, name: $name }) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsStage($p: ID!, $s: RelationshipStage!, $c: [StageCriterionInput!]) { setStage(userId: \"test-admin\", personId: $p, stage: $s, criteria: $c) { ok } }\n"): (typeof documents)["\n  mutation FaultsStage($p: ID!, $s: RelationshipStage!, $c: [StageCriterionInput!]) { setStage(userId: \"test-admin\", personId: $p, stage: $s, criteria: $c) { ok } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SkeletonTerritories { territories { id name peopleCount institutionCount } }"): (typeof documents)["query SkeletonTerritories { territories { id name peopleCount institutionCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkeletonPerson($id: ID!) {\n    person(id: $id) { id name title category positions { title head since until institution { id kind } } territories { name } }\n  }\n"): (typeof documents)["\n  query SkeletonPerson($id: ID!) {\n    person(id: $id) { id name title category positions { title head since until institution { id kind } } territories { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SkeletonGraphVersion { graphVersion }"): (typeof documents)["query SkeletonGraphVersion { graphVersion }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation I18nErrTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"): (typeof documents)["mutation I18nErrTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation I18nErrRole($u: ID!) { setUserRole(userId: $u, role: KAM) { ok errors { field message } } }"): (typeof documents)["mutation I18nErrRole($u: ID!) { setUserRole(userId: $u, role: KAM) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query I18nErrMap($t: ID!, $s: Float) { graphView(scope: { territoryId: $t }, minStrength: $s) { peopleInScope } }"): (typeof documents)["query I18nErrMap($t: ID!, $s: Float) { graphView(scope: { territoryId: $t }, minStrength: $s) { peopleInScope } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query I18nErrMapBr($t: ID!, $s: Float) @locale(is: PT_BR) { graphView(scope: { territoryId: $t }, minStrength: $s) { peopleInScope } }"): (typeof documents)["query I18nErrMapBr($t: ID!, $s: Float) @locale(is: PT_BR) { graphView(scope: { territoryId: $t }, minStrength: $s) { peopleInScope } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query I18nErrGroup($x: ID!, $d: Date) { decisionGroup(tenderId: $x, asOf: $d) { roles { role } } }"): (typeof documents)["query I18nErrGroup($x: ID!, $d: Date) { decisionGroup(tenderId: $x, asOf: $d) { roles { role } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation I18nErrPerson($t: ID!) { upsertPerson(input: { name: \"Ana\", territoryId: $t }) { ok } }"): (typeof documents)["mutation I18nErrPerson($t: ID!) { upsertPerson(input: { name: \"Ana\", territoryId: $t }) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation I18nErrWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id locale } } }\n"): (typeof documents)["\n  mutation I18nErrWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id locale } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query I18nErrDeliveries($id: ID!) { webhook(id: $id) { deliveries { status lastError } } }"): (typeof documents)["query I18nErrDeliveries($id: ID!) { webhook(id: $id) { deliveries { status lastError } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription I18nErrLive { changed(scope: { everywhere: true }) { id } }"): (typeof documents)["subscription I18nErrLive { changed(scope: { everywhere: true }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation I18nErrTender($id: ID!, $name: String!) { upsertTender(input: { id: $id, name: $name, status: ANNOUNCED }) { ok } }"): (typeof documents)["mutation I18nErrTender($id: ID!, $name: String!) { upsertTender(input: { id: $id, name: $name, status: ANNOUNCED }) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query I18nExplained($c: ID!, $d: Date) {\n    balanceOfPower(scope: { committeeId: $c }, asOf: $d) { ranking { person { id } explanation { factor evidence { description } } } }\n  }\n"): (typeof documents)["\n  query I18nExplained($c: ID!, $d: Date) {\n    balanceOfPower(scope: { committeeId: $c }, asOf: $d) { ranking { person { id } explanation { factor evidence { description } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query I18nAdvice($x: ID!) { decisionGroup(tenderId: $x) { roles { role weighs advice } } }\n"): (typeof documents)["\n  query I18nAdvice($x: ID!) { decisionGroup(tenderId: $x) { roles { role weighs advice } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query I18nSummaries($t: ID!) { changes(scope: { territoryId: $t }, since: \"2026-10-01\", kinds: [TIE_STARTED]) { nodes { kind summary } } }\n"): (typeof documents)["\n  query I18nSummaries($t: ID!) { changes(scope: { territoryId: $t }, since: \"2026-10-01\", kinds: [TIE_STARTED]) { nodes { kind summary } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query I18nDirective($x: ID!) @locale(is: PT_BR) { decisionGroup(tenderId: $x) { roles { role advice } } }\n"): (typeof documents)["\n  query I18nDirective($x: ID!) @locale(is: PT_BR) { decisionGroup(tenderId: $x) { roles { role advice } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query I18nMe { me { locale } }"): (typeof documents)["query I18nMe { me { locale } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KarateClub($t: ID!) {\n    balanceOfPower(scope: { territoryId: $t }, first: 34) { peopleInScope modularity ranking { person { id } explanation { factor value } } coalitions { members { id } } }\n  }\n"): (typeof documents)["\n  query KarateClub($t: ID!) {\n    balanceOfPower(scope: { territoryId: $t }, first: 34) { peopleInScope modularity ranking { person { id } explanation { factor value } } coalitions { members { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationsPerson($input: PersonInput!) { upsertPerson(input: $input) { ok errors { field message } person { id name category territories { id } } } }"): (typeof documents)["mutation MutationsPerson($input: PersonInput!) { upsertPerson(input: $input) { ok errors { field message } person { id name category territories { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } tie { from to type strength since until source confidence } } }\n"): (typeof documents)["\n  mutation MutationsTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } tie { from to type strength since until source confidence } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsStage($u: ID!, $p: ID!, $s: RelationshipStage!, $c: [StageCriterionInput!]) {\n    setStage(userId: $u, personId: $p, stage: $s, criteria: $c) { ok errors { field message } tie { stage since until } }\n  }\n"): (typeof documents)["\n  mutation MutationsStage($u: ID!, $p: ID!, $s: RelationshipStage!, $c: [StageCriterionInput!]) {\n    setStage(userId: $u, personId: $p, stage: $s, criteria: $c) { ok errors { field message } tie { stage since until } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsRelationships($id: ID!) { person(id: $id) { ourStage relationships { stage user { id } criteria { criterion since } missingCriteria } } }\n"): (typeof documents)["\n  query MutationsRelationships($id: ID!) { person(id: $id) { ourStage relationships { stage user { id } criteria { criterion since } missingCriteria } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsStance($p: ID!, $c: ID!, $v: Int!) { setStance(personId: $p, towardId: $c, value: $v, source: \"visit\") { ok errors { field } tie { value since until source } } }\n"): (typeof documents)["\n  mutation MutationsStance($p: ID!, $c: ID!, $v: Int!) { setStance(personId: $p, towardId: $c, value: $v, source: \"visit\") { ok errors { field } tie { value since until source } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationsStanceTowardUs($id: ID!) { person(id: $id) { stanceTowardUs } }"): (typeof documents)["query MutationsStanceTowardUs($id: ID!) { person(id: $id) { stanceTowardUs } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OidcMe { me { user { id name role email } } }"): (typeof documents)["query OidcMe { me { user { id name role email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OidcSetRole($u: ID!, $role: UserRole!) { setUserRole(userId: $u, role: $role) { ok errors { field message } user { id role } } }\n"): (typeof documents)["\n  mutation OidcSetRole($u: ID!, $role: UserRole!) { setUserRole(userId: $u, role: $role) { ok errors { field message } user { id role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OidcUsers($s: String) { users(filter: { search: $s }) { nodes { id name } } }"): (typeof documents)["query OidcUsers($s: String) { users(filter: { search: $s }) { nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningCreatePlan($k: ID!, $on: Date!) {\n    createPlan(input: { personId: $k, targetStage: LOYALTY, targetOn: $on, goals: \"Listing in the formulary\", budget: 4000, budgetPurpose: \"Round table\" }) {\n      ok errors { field message } plan { id startStage targetOn developmentLevel managerStyle styleMeaning progress flags owner { id } steps { id kind aboutId title } }\n    }\n  }\n"): (typeof documents)["\n  mutation PlanningCreatePlan($k: ID!, $on: Date!) {\n    createPlan(input: { personId: $k, targetStage: LOYALTY, targetOn: $on, goals: \"Listing in the formulary\", budget: 4000, budgetPurpose: \"Round table\" }) {\n      ok errors { field message } plan { id startStage targetOn developmentLevel managerStyle styleMeaning progress flags owner { id } steps { id kind aboutId title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningStepDone($s: ID!) { updatePlanStep(stepId: $s, status: DONE, note: \"Introduced at lunch\") { ok plan { steps { id status doneOn } } } }"): (typeof documents)["mutation PlanningStepDone($s: ID!) { updatePlanStep(stepId: $s, status: DONE, note: \"Introduced at lunch\") { ok plan { steps { id status doneOn } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningContact($u: ID!, $k: ID!) { setStage(userId: $u, personId: $k, stage: CONTACT) { ok errors { field message } } }"): (typeof documents)["mutation PlanningContact($u: ID!, $k: ID!) { setStage(userId: $u, personId: $k, stage: CONTACT) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningReview($id: ID!) { reviewPlan(id: $id, note: \"Good start\") { ok plan { reviewNotes currentStage stageHistory { stage since days } } } }"): (typeof documents)["mutation PlanningReview($id: ID!) { reviewPlan(id: $id, note: \"Good start\") { ok plan { reviewNotes currentStage stageHistory { stage since days } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlanningHealth on PlanPayload { ok errors { field message } plan { progress flags overdue managerStyle } }"): (typeof documents)["fragment PlanningHealth on PlanPayload { ok errors { field message } plan { progress flags overdue managerStyle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningLateStep($id: ID!, $due: Date!) {\n    addPlanStep(planId: $id, input: { title: \"Send the round-table programme\", kind: CUSTOM, due: $due }) { ...PlanningHealth }\n  }\n"): (typeof documents)["\n  mutation PlanningLateStep($id: ID!, $due: Date!) {\n    addPlanStep(planId: $id, input: { title: \"Send the round-table programme\", kind: CUSTOM, due: $due }) { ...PlanningHealth }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningLevel($id: ID!, $level: DevelopmentLevel!) { updatePlan(id: $id, input: { developmentLevel: $level }) { ...PlanningHealth } }"): (typeof documents)["mutation PlanningLevel($id: ID!, $level: DevelopmentLevel!) { updatePlan(id: $id, input: { developmentLevel: $level }) { ...PlanningHealth } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningPlan($id: ID!) { plan(id: $id) { progress flags currentStage } }"): (typeof documents)["query PlanningPlan($id: ID!) { plan(id: $id) { progress flags currentStage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningPlanFor($k: ID!, $stage: RelationshipStage!, $on: Date) { createPlan(input: { personId: $k, targetStage: $stage, targetOn: $on }) { ok errors { field message } } }\n"): (typeof documents)["\n  mutation PlanningPlanFor($k: ID!, $stage: RelationshipStage!, $on: Date) { createPlan(input: { personId: $k, targetStage: $stage, targetOn: $on }) { ok errors { field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningLoyalty($u: ID!, $k: ID!) {\n    setStage(\n      userId: $u\n      personId: $k\n      stage: LOYALTY\n      criteria: [{ criterion: KNOWS_KAM_AND_COMPANY }, { criterion: KAM_KNOWS_THEM }, { criterion: KNOWS_OUR_MEDICINES }, { criterion: SPEAKS_WITH_RESPECT }]\n    ) { ok errors { field message } }\n  }\n"): (typeof documents)["\n  mutation PlanningLoyalty($u: ID!, $k: ID!) {\n    setStage(\n      userId: $u\n      personId: $k\n      stage: LOYALTY\n      criteria: [{ criterion: KNOWS_KAM_AND_COMPANY }, { criterion: KAM_KNOWS_THEM }, { criterion: KNOWS_OUR_MEDICINES }, { criterion: SPEAKS_WITH_RESPECT }]\n    ) { ok errors { field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningProposal($k: ID!, $x: ID!, $d: Date!) {\n    logInteraction(input: { kind: PROPOSAL, date: $d, personIds: [$k], tenderId: $x, outcome: \"sent\" }) { ok errors { field message } interaction { id followUpStatus followUpDue validUntil } }\n  }\n"): (typeof documents)["\n  mutation PlanningProposal($k: ID!, $x: ID!, $d: Date!) {\n    logInteraction(input: { kind: PROPOSAL, date: $d, personIds: [$k], tenderId: $x, outcome: \"sent\" }) { ok errors { field message } interaction { id followUpStatus followUpDue validUntil } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningFollowUps { followUps { overdue due proposal { id } } }"): (typeof documents)["query PlanningFollowUps { followUps { overdue due proposal { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningAgenda($u: ID!, $f: Date!, $t: Date!) { agenda(userId: $u, from: $f, to: $t) { kind subjectId date overdue } }"): (typeof documents)["query PlanningAgenda($u: ID!, $f: Date!, $t: Date!) { agenda(userId: $u, from: $f, to: $t) { kind subjectId date overdue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningFollowUpCall($k: ID!, $p: ID!, $d: Date!) {\n    logInteraction(input: { kind: CALL, date: $d, personIds: [$k], followsUpId: $p, outcome: \"decision in January\", nextContactOn: \"2027-01-10\" }) { ok errors { field message } }\n  }\n"): (typeof documents)["\n  mutation PlanningFollowUpCall($k: ID!, $p: ID!, $d: Date!) {\n    logInteraction(input: { kind: CALL, date: $d, personIds: [$k], followsUpId: $p, outcome: \"decision in January\", nextContactOn: \"2027-01-10\" }) { ok errors { field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningVisitNobody { logInteraction(input: { kind: VISIT, date: \"2026-11-01\", personIds: [\"nobody\"] }) { ok errors { field } } }"): (typeof documents)["mutation PlanningVisitNobody { logInteraction(input: { kind: VISIT, date: \"2026-11-01\", personIds: [\"nobody\"] }) { ok errors { field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningBriefing($k: ID!) {\n    briefing(personId: $k) { person { name } power { rank } interactions { kind } openSteps { title } mutualContacts { contact { name } stage user { name } } talkingPoints }\n  }\n"): (typeof documents)["\n  query PlanningBriefing($k: ID!) {\n    briefing(personId: $k) { person { name } power { rank } interactions { kind } openSteps { title } mutualContacts { contact { name } stage user { name } } talkingPoints }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningAccounts($t: ID!) {\n    keyAccountHealth(scope: { territoryId: $t }) { period totalRevenue keyAccountRevenueShare keyAccountStatus monoDependent accounts { institution { name } rank keyAccount criteriaMet } }\n  }\n"): (typeof documents)["\n  query PlanningAccounts($t: ID!) {\n    keyAccountHealth(scope: { territoryId: $t }) { period totalRevenue keyAccountRevenueShare keyAccountStatus monoDependent accounts { institution { name } rank keyAccount criteriaMet } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningRevenue($t: ID!, $period: String) { keyAccountHealth(scope: { territoryId: $t }, period: $period) { totalRevenue } }"): (typeof documents)["query PlanningRevenue($t: ID!, $period: String) { keyAccountHealth(scope: { territoryId: $t }, period: $period) { totalRevenue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningNextBest($x: ID!) { nextBestRelationships(scope: { tenderId: $x }, first: 3) { person { name } reason roles introducer { name } viaUser { name } } }\n"): (typeof documents)["\n  query PlanningNextBest($x: ID!) { nextBestRelationships(scope: { tenderId: $x }, first: 3) { person { name } reason roles introducer { name } viaUser { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningNextBestIn($scope: ScopeInput!) { nextBestRelationships(scope: $scope, first: 3) { person { name } introducer { name } viaUser { name } } }\n"): (typeof documents)["\n  query PlanningNextBestIn($scope: ScopeInput!) { nextBestRelationships(scope: $scope, first: 3) { person { name } introducer { name } viaUser { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreferredMe { me { locale preferredLocale } }"): (typeof documents)["query PreferredMe { me { locale preferredLocale } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferredSet($locale: Locale) {\n    setPreferredLocale(locale: $locale) { ok errors { field message } viewer { preferredLocale locale } }\n  }\n"): (typeof documents)["\n  mutation PreferredSet($locale: Locale) {\n    setPreferredLocale(locale: $locale) { ok errors { field message } viewer { preferredLocale locale } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PreferredAdminOnly($id: ID!) { setUserRole(userId: $id, role: KAM) { ok } }"): (typeof documents)["mutation PreferredAdminOnly($id: ID!) { setUserRole(userId: $id, role: KAM) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionsCommitteePower($c: ID!, $d: Date) {\n    balanceOfPower(scope: { committeeId: $c }, asOf: $d) { peopleInScope ranking { rank score person { name } explanation { factor value weight evidence { description } } } }\n  }\n"): (typeof documents)["\n  query QuestionsCommitteePower($c: ID!, $d: Date) {\n    balanceOfPower(scope: { committeeId: $c }, asOf: $d) { peopleInScope ranking { rank score person { name } explanation { factor value weight evidence { description } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionsBalance($t: ID!, $d: Date, $w: [ID!]) {\n    balanceOfPower(scope: { territoryId: $t }, asOf: $d, without: $w) {\n      peopleInScope\n      ranking { person { id } }\n      coalitions { members { id } lean leaning }\n      whatMayChange { endingTerms { person { name } kind role at until } newTies { from { name } to { name } strength since } }\n    }\n  }\n"): (typeof documents)["\n  query QuestionsBalance($t: ID!, $d: Date, $w: [ID!]) {\n    balanceOfPower(scope: { territoryId: $t }, asOf: $d, without: $w) {\n      peopleInScope\n      ranking { person { id } }\n      coalitions { members { id } lean leaning }\n      whatMayChange { endingTerms { person { name } kind role at until } newTies { from { name } to { name } strength since } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionsSpecShapers($x: ID!, $h: Int, $d: Date, $w: [ID!]) {\n    specShapers(tenderId: $x, maxHops: $h, asOf: $d, without: $w) { person { name } score hops pathStrength path { name } drafter { name } drafterRole ourStage stance }\n  }\n"): (typeof documents)["\n  query QuestionsSpecShapers($x: ID!, $h: Int, $d: Date, $w: [ID!]) {\n    specShapers(tenderId: $x, maxHops: $h, asOf: $d, without: $w) { person { name } score hops pathStrength path { name } drafter { name } drafterRole ourStage stance }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionsPaths($f: ID!, $t: ID!, $d: Date) {\n    introductionPaths(fromId: $f, toId: $t, maxHops: 4, first: 3, asOf: $d) { strength tieTypes people { name } introducer { name } viaUser { name } }\n  }\n"): (typeof documents)["\n  query QuestionsPaths($f: ID!, $t: ID!, $d: Date) {\n    introductionPaths(fromId: $f, toId: $t, maxHops: 4, first: 3, asOf: $d) { strength tieTypes people { name } introducer { name } viaUser { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionsDecisionGroup($x: ID!) {\n    decisionGroup(tenderId: $x) { coverage uncoveredRoles roles { role covered bestStage weighs members { person { name } stage contact { name } } } }\n  }\n"): (typeof documents)["\n  query QuestionsDecisionGroup($x: ID!) {\n    decisionGroup(tenderId: $x) { coverage uncoveredRoles roles { role covered bestStage weighs members { person { name } stage contact { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionsCompetitors($t: ID!) {\n    competitorActivity(scope: { territoryId: $t }, first: 50) { person { name } rank towardUs towardCompetitors competitorStances { towardName value } }\n  }\n"): (typeof documents)["\n  query QuestionsCompetitors($t: ID!) {\n    competitorActivity(scope: { territoryId: $t }, first: 50) { person { name } rank towardUs towardCompetitors competitorStances { towardName value } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionsNoScope { balanceOfPower(scope: {}) { peopleInScope } }"): (typeof documents)["query QuestionsNoScope { balanceOfPower(scope: {}) { peopleInScope } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionsCommitteeScope($t: ID!) { balanceOfPower(scope: { committeeId: $t }) { peopleInScope } }"): (typeof documents)["query QuestionsCommitteeScope($t: ID!) { balanceOfPower(scope: { committeeId: $t }) { peopleInScope } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionsTooManyHops($x: ID!) { specShapers(tenderId: $x, maxHops: 7) { score } }"): (typeof documents)["query QuestionsTooManyHops($x: ID!) { specShapers(tenderId: $x, maxHops: 7) { score } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionsToNobody($x: ID!) { introductionPaths(fromId: $x, toId: \"nobody\") { strength } }"): (typeof documents)["query QuestionsToNobody($x: ID!) { introductionPaths(fromId: $x, toId: \"nobody\") { strength } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionsBadDate($x: ID!) { decisionGroup(tenderId: $x, asOf: \"2026-13-01\") { coverage } }"): (typeof documents)["query QuestionsBadDate($x: ID!) { decisionGroup(tenderId: $x, asOf: \"2026-13-01\") { coverage } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionsNoneFirst($t: ID!) { competitorActivity(scope: { territoryId: $t }, first: 0) { rank } }"): (typeof documents)["query QuestionsNoneFirst($t: ID!) { competitorActivity(scope: { territoryId: $t }, first: 0) { rank } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadModelTies($id: ID!) { person(id: $id) { ties { direction other { __typename id name } tie { type strength source confidence position } } } }\n"): (typeof documents)["\n  query ReadModelTies($id: ID!) { person(id: $id) { ties { direction other { __typename id name } tie { type strength source confidence position } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadModelStrongInfluence($id: ID!) { person(id: $id) { ties(types: [INFLUENCES], minStrength: 0.85) { direction other { name } tie { type strength } } } }\n"): (typeof documents)["\n  query ReadModelStrongInfluence($id: ID!) { person(id: $id) { ties(types: [INFLUENCES], minStrength: 0.85) { direction other { name } tie { type strength } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadModelFormerStances($id: ID!) { person(id: $id) { ties(types: [STANCE], direction: OUT, asOf: \"2026-01-01\") { other { name } } } }\n"): (typeof documents)["\n  query ReadModelFormerStances($id: ID!) { person(id: $id) { ties(types: [STANCE], direction: OUT, asOf: \"2026-01-01\") { other { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadModelDossierTies($id: ID!) { person(id: $id) { ties(types: [HAS_DOSSIER]) { direction } } }"): (typeof documents)["query ReadModelDossierTies($id: ID!) { person(id: $id) { ties(types: [HAS_DOSSIER]) { direction } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadModelStance($p: ID!, $t: ID!) { setStance(personId: $p, towardId: $t, value: 1, source: \"call\") { ok } }"): (typeof documents)["mutation ReadModelStance($p: ID!, $t: ID!) { setStance(personId: $p, towardId: $t, value: 1, source: \"call\") { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadModelPersonRead($a: ID!, $b: ID!) {\n    ana: person(id: $a) {\n      influences { to { name } strength confidence source basis domain domainName }\n      influencedBy { from { name } }\n      decisionRoles { tender { name } role source }\n      talks { event { name } topic }\n      stanceHistory { toward { name } value since until source }\n    }\n    bia: person(id: $b) { eventsAttended { name } stanceHistory { value recordedBy { name } } }\n  }\n"): (typeof documents)["\n  query ReadModelPersonRead($a: ID!, $b: ID!) {\n    ana: person(id: $a) {\n      influences { to { name } strength confidence source basis domain domainName }\n      influencedBy { from { name } }\n      decisionRoles { tender { name } role source }\n      talks { event { name } topic }\n      stanceHistory { toward { name } value since until source }\n    }\n    bia: person(id: $b) { eventsAttended { name } stanceHistory { value recordedBy { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadModelTender($x: ID!) {\n    tender(id: $x) {\n      status preparationStart statusHistory { status on }\n      lots { lot quantity product { name inn } } competitors { name } draftingCommittees { name } draftingPeople { name }\n      outcome { winner { name } price currency on source }\n    }\n  }\n"): (typeof documents)["\n  query ReadModelTender($x: ID!) {\n    tender(id: $x) {\n      status preparationStart statusHistory { status on }\n      lots { lot quantity product { name inn } } competitors { name } draftingCommittees { name } draftingPeople { name }\n      outcome { winner { name } price currency on source }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadModelNewTender($i: ID!) { upsertTender(input: { name: \"API tender\", date: \"2027-09-01\", status: PLANNED, issuerId: $i }) { ok tender { id } } }\n"): (typeof documents)["\n  mutation ReadModelNewTender($i: ID!) { upsertTender(input: { name: \"API tender\", date: \"2027-09-01\", status: PLANNED, issuerId: $i }) { ok tender { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadModelAnnounce($t: ID!) { upsertTender(input: { id: $t, name: \"API tender\", status: ANNOUNCED }) { ok } }"): (typeof documents)["mutation ReadModelAnnounce($t: ID!) { upsertTender(input: { id: $t, name: \"API tender\", status: ANNOUNCED }) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadModelLot($t: ID!, $d: ID!) { setTie(input: { from: $t, to: $d, type: LOTS, lot: 1, quantity: 50 }) { ok } }"): (typeof documents)["mutation ReadModelLot($t: ID!, $d: ID!) { setTie(input: { from: $t, to: $d, type: LOTS, lot: 1, quantity: 50 }) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadModelBadOutcome($t: ID!, $w: ID!) { recordTenderOutcome(tenderId: $t, winnerId: $w, price: -1, on: \"2099-01-01\") { ok errors { field } } }\n"): (typeof documents)["\n  mutation ReadModelBadOutcome($t: ID!, $w: ID!) { recordTenderOutcome(tenderId: $t, winnerId: $w, price: -1, on: \"2099-01-01\") { ok errors { field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadModelOutcome($t: ID!, $w: ID!) {\n    recordTenderOutcome(tenderId: $t, winnerId: $w, price: 9000, currency: \"EUR\") { ok tender { status statusHistory { status on } outcome { winner { name } price } } }\n  }\n"): (typeof documents)["\n  mutation ReadModelOutcome($t: ID!, $w: ID!) {\n    recordTenderOutcome(tenderId: $t, winnerId: $w, price: 9000, currency: \"EUR\") { ok tender { status statusHistory { status on } outcome { winner { name } price } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadModelCatalog($pr: ID!, $d: ID!, $e: ID!) {\n    program(id: $pr) { name kind year territories { name } products { name } old: products(asOf: \"2025-01-01\") { name } draftingCommittees { name } }\n    product(id: $d) { name ours maker { name } programs { name } tenderLots { lot tender { name } } therapeuticAreas { name } }\n    event(id: $e) { name kind date speakers { person { name } topic } attendees { name } }\n  }\n"): (typeof documents)["\n  query ReadModelCatalog($pr: ID!, $d: ID!, $e: ID!) {\n    program(id: $pr) { name kind year territories { name } products { name } old: products(asOf: \"2025-01-01\") { name } draftingCommittees { name } }\n    product(id: $d) { name ours maker { name } programs { name } tenderLots { lot tender { name } } therapeuticAreas { name } }\n    event(id: $e) { name kind date speakers { person { name } topic } attendees { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadModelCatalogLists($t: ID!, $a: ID!, $s: String!) {\n    programs(filter: { territoryId: $t, kind: REGIONAL_TARGET }) { totalCount nodes { name } }\n    products(filter: { therapeuticAreaId: $a, ours: true }) { totalCount nodes { name } }\n    events(filter: { search: $s, from: \"2026-10-01\", to: \"2026-10-31\" }) { totalCount nodes { name } }\n  }\n"): (typeof documents)["\n  query ReadModelCatalogLists($t: ID!, $a: ID!, $s: String!) {\n    programs(filter: { territoryId: $t, kind: REGIONAL_TARGET }) { totalCount nodes { name } }\n    products(filter: { therapeuticAreaId: $a, ours: true }) { totalCount nodes { name } }\n    events(filter: { search: $s, from: \"2026-10-01\", to: \"2026-10-31\" }) { totalCount nodes { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadModelStructure($c: ID!, $h: ID!, $t: ID!) {\n    committee(id: $c) {\n      description institution { name }\n      members { person { name } role since until }\n      history: members(includeFormer: true) { person { name } role until }\n      draftedTenders { name } draftedPrograms { name }\n    }\n    institution(id: $h) { city parts { name } committees { name } people { person { name } position head } tendersIssued { name } }\n    territory(id: $t) { level institutions(kind: HOSPITAL) { totalCount nodes { name } } users { name } }\n  }\n"): (typeof documents)["\n  query ReadModelStructure($c: ID!, $h: ID!, $t: ID!) {\n    committee(id: $c) {\n      description institution { name }\n      members { person { name } role since until }\n      history: members(includeFormer: true) { person { name } role until }\n      draftedTenders { name } draftedPrograms { name }\n    }\n    institution(id: $h) { city parts { name } committees { name } people { person { name } position head } tendersIssued { name } }\n    territory(id: $t) { level institutions(kind: HOSPITAL) { totalCount nodes { name } } users { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadModelSearch($f: PeopleFilter, $s: String, $o: PeopleOrder, $n: Int, $a: String) {\n    people(search: $s, filter: $f, orderBy: $o, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { name } }\n  }\n"): (typeof documents)["\n  query ReadModelSearch($f: PeopleFilter, $s: String, $o: PeopleOrder, $n: Int, $a: String) {\n    people(search: $s, filter: $f, orderBy: $o, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadModelPeopleNamed($s: String) { people(search: $s) { nodes { name } } }"): (typeof documents)["query ReadModelPeopleNamed($s: String) { people(search: $s) { nodes { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadModelPersonName($id: ID!) { person(id: $id) { name } }"): (typeof documents)["query ReadModelPersonName($id: ID!) { person(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadModelInfluencedBy($id: ID!) { person(id: $id) { influencedBy { from { name } } } }"): (typeof documents)["query ReadModelInfluencedBy($id: ID!) { person(id: $id) { influencedBy { from { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadModelEverywhere { balanceOfPower(scope: { everywhere: true }, first: 3) { peopleInScope ranking { rank } } }"): (typeof documents)["query ReadModelEverywhere { balanceOfPower(scope: { everywhere: true }, first: 3) { peopleInScope ranking { rank } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadModelProduct($id: ID!) { product(id: $id) { name } }"): (typeof documents)["query ReadModelProduct($id: ID!) { product(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadModelUsers($s: String) { users(filter: { search: $s }) { nodes { name email kamKind manager { name } } } }"): (typeof documents)["query ReadModelUsers($s: String) { users(filter: { search: $s }) { nodes { name email kamKind manager { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadModelMyEmail { me { user { email } } }"): (typeof documents)["query ReadModelMyEmail { me { user { email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadModelNode($id: ID!) { node(id: $id) { __typename id name ... on Tender { status } ... on Person { category } } }"): (typeof documents)["query ReadModelNode($id: ID!) { node(id: $id) { __typename id name ... on Tender { status } ... on Person { category } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadModelKeyPeople($t: ID!) { keyPeople(scope: { territoryId: $t }, first: 5) { person { name } rank trust criteriaMet keyClient } }"): (typeof documents)["query ReadModelKeyPeople($t: ID!) { keyPeople(scope: { territoryId: $t }, first: 5) { person { name } rank trust criteriaMet keyClient } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadModelEvidence($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { ranking { person { name } explanation { factor evidence { description source confidence } } } } }\n"): (typeof documents)["\n  query ReadModelEvidence($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { ranking { person { name } explanation { factor evidence { description source confidence } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadmeTerritories { territories { id name peopleCount } }"): (typeof documents)["query ReadmeTerritories { territories { id name peopleCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheDetail($id: ID!) {\n    person(id: $id) { id name positions { institution { id } title } territories { id } committees { committee { id } role } stances { towardId value } }\n  }\n"): (typeof documents)["\n  query ResponseCacheDetail($id: ID!) {\n    person(id: $id) { id name positions { institution { id } title } territories { id } committees { committee { id } role } stances { towardId value } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCachePeople($s: String!) { people(search: $s, first: 50) { nodes { id name } } }"): (typeof documents)["query ResponseCachePeople($s: String!) { people(search: $s, first: 50) { nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"): (typeof documents)["mutation ResponseCacheSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheAudit($t: ID) { auditLog(targetId: $t) { action } }"): (typeof documents)["query ResponseCacheAudit($t: ID) { auditLog(targetId: $t) { action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheDossier($id: ID!) { person(id: $id) { id dossier { hobbies } } }"): (typeof documents)["query ResponseCacheDossier($id: ID!) { person(id: $id) { id dossier { hobbies } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionProtection($p: ID!, $input: DataProtectionInput!) {\n    setDataProtection(personId: $p, input: $input) {\n      ok errors { field message }\n      person { dataProtection { lawfulBasis noticeOn noticeMethod retentionMonths effectiveRetentionMonths retainUntil } }\n    }\n  }\n"): (typeof documents)["\n  mutation RetentionProtection($p: ID!, $input: DataProtectionInput!) {\n    setDataProtection(personId: $p, input: $input) {\n      ok errors { field message }\n      person { dataProtection { lawfulBasis noticeOn noticeMethod retentionMonths effectiveRetentionMonths retainUntil } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionPerson($p: ID!) { person(id: $p) { name dossier { family } dataProtection { lawfulBasis retentionMonths retainUntil } } }\n"): (typeof documents)["\n  query RetentionPerson($p: ID!) { person(id: $p) { name dossier { family } dataProtection { lawfulBasis retentionMonths retainUntil } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RetentionAudit($t: ID!) { auditLog(targetId: $t) { userId action detail } }"): (typeof documents)["query RetentionAudit($t: ID!) { auditLog(targetId: $t) { userId action detail } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundTripPerson on Person {\n    id name title category\n    positions { institution { id name } title head }\n    territories { id name }\n    committees { committee { id name } role }\n    stances { towardId value ours }\n    stanceTowardUs ourStage\n    relationships { user { id name } stage owns }\n    owner { id name }\n  }\n"): (typeof documents)["\n  fragment RoundTripPerson on Person {\n    id name title category\n    positions { institution { id name } title head }\n    territories { id name }\n    committees { committee { id name } role }\n    stances { towardId value ours }\n    stanceTowardUs ourStage\n    relationships { user { id name } stage owns }\n    owner { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripRanking($t: ID!, $first: Int) {\n    balanceOfPower(scope: { territoryId: $t }, first: $first) {\n      ranking { rank person { ...RoundTripPerson } }\n      coalitions { members { id name ourStage } }\n      whatMayChange { endingTerms { person { id name } } newTies { from { name } to { name } } }\n    }\n  }\n"): (typeof documents)["\n  query RoundTripRanking($t: ID!, $first: Int) {\n    balanceOfPower(scope: { territoryId: $t }, first: $first) {\n      ranking { rank person { ...RoundTripPerson } }\n      coalitions { members { id name ourStage } }\n      whatMayChange { endingTerms { person { id name } } newTies { from { name } to { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripWhatMayChange($t: ID!, $n: Int) {\n    balanceOfPower(scope: { territoryId: $t }) {\n      whatMayChange { endingTermCount newTieCount endingTerms(first: $n) { person { id } until } newTies(first: $n) { from { id } since } }\n    }\n  }\n"): (typeof documents)["\n  query RoundTripWhatMayChange($t: ID!, $n: Int) {\n    balanceOfPower(scope: { territoryId: $t }) {\n      whatMayChange { endingTermCount newTieCount endingTerms(first: $n) { person { id } until } newTies(first: $n) { from { id } since } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripMap($scope: ScopeInput!) {\n    graphView(scope: $scope) {\n      nodes { id label name power rank coalition stance stage ownerId }\n      edges { id source target type strength }\n      coalitions { power leaning members { id name } }\n    }\n  }\n"): (typeof documents)["\n  query RoundTripMap($scope: ScopeInput!) {\n    graphView(scope: $scope) {\n      nodes { id label name power rank coalition stance stage ownerId }\n      edges { id source target type strength }\n      coalitions { power leaning members { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundTripMemberIds($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { coalitions { memberIds memberCount } } }"): (typeof documents)["query RoundTripMemberIds($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { coalitions { memberIds memberCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundTripMembers($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { coalitions { members { id } } } }"): (typeof documents)["query RoundTripMembers($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { coalitions { members { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripMapFields($scope: ScopeInput!) {\n    graphView(scope: $scope) { nodes { id label name kind optedOut ours competitor } edges { source target type strength role basis since until } }\n  }\n"): (typeof documents)["\n  query RoundTripMapFields($scope: ScopeInput!) {\n    graphView(scope: $scope) { nodes { id label name kind optedOut ours competitor } edges { source target type strength role basis since until } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripSpecShapers($x: ID!, $first: Int) {\n    specShapers(tenderId: $x, maxHops: 3, first: $first) {\n      score person { ...RoundTripPerson } path { id name ourStage } drafter { id name } stance ourStage ourContact { id name }\n    }\n  }\n"): (typeof documents)["\n  query RoundTripSpecShapers($x: ID!, $first: Int) {\n    specShapers(tenderId: $x, maxHops: 3, first: $first) {\n      score person { ...RoundTripPerson } path { id name ourStage } drafter { id name } stance ourStage ourContact { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripDecisionGroup($x: ID!) {\n    decisionGroup(tenderId: $x) {\n      tender { id issuer { id } }\n      roles { role members { person { ...RoundTripPerson } stage contact { id name } owners { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query RoundTripDecisionGroup($x: ID!) {\n    decisionGroup(tenderId: $x) {\n      tender { id issuer { id } }\n      roles { role members { person { ...RoundTripPerson } stage contact { id name } owners { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundTripPeople($q: String!, $first: Int) { people(search: $q, first: $first) { nodes { ...RoundTripPerson } } }"): (typeof documents)["query RoundTripPeople($q: String!, $first: Int) { people(search: $q, first: $first) { nodes { ...RoundTripPerson } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundTripPersonDetail($id: ID!) { person(id: $id) { ...RoundTripPerson } }"): (typeof documents)["query RoundTripPersonDetail($id: ID!) { person(id: $id) { ...RoundTripPerson } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripPeopleFiltered($filter: PeopleFilter!, $first: Int) {\n    people(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        ...RoundTripPerson\n        ties(types: [INFLUENCES, KNOWS, WORKS_AT, MEMBER_OF]) { direction other { id name } tie { type strength source confidence since } }\n        influences { to { id name } strength }\n        influencedBy { from { id name } strength }\n        decisionRoles { tender { id name } role }\n        talks { event { id name } topic }\n        eventsAttended { id name }\n        stanceHistory { toward { id name } value recordedBy { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundTripPeopleFiltered($filter: PeopleFilter!, $first: Int) {\n    people(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        ...RoundTripPerson\n        ties(types: [INFLUENCES, KNOWS, WORKS_AT, MEMBER_OF]) { direction other { id name } tie { type strength source confidence since } }\n        influences { to { id name } strength }\n        influencedBy { from { id name } strength }\n        decisionRoles { tender { id name } role }\n        talks { event { id name } topic }\n        eventsAttended { id name }\n        stanceHistory { toward { id name } value recordedBy { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripPrograms($t: ID!, $first: Int) {\n    programs(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes { id name kind year territories { id name } products { id name maker { id name } } drafters { id name } draftingCommittees { id name } therapeuticAreas { id name } }\n    }\n  }\n"): (typeof documents)["\n  query RoundTripPrograms($t: ID!, $first: Int) {\n    programs(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes { id name kind year territories { id name } products { id name maker { id name } } drafters { id name } draftingCommittees { id name } therapeuticAreas { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripProducts($q: String!, $first: Int) {\n    products(filter: { search: $q }, first: $first) {\n      totalCount\n      nodes { id name ours maker { id name } programs { id name } tenderLots { lot quantity tender { id name } } therapeuticAreas { id name } }\n    }\n  }\n"): (typeof documents)["\n  query RoundTripProducts($q: String!, $first: Int) {\n    products(filter: { search: $q }, first: $first) {\n      totalCount\n      nodes { id name ours maker { id name } programs { id name } tenderLots { lot quantity tender { id name } } therapeuticAreas { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripEvents($t: ID!, $first: Int) {\n    events(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes { id name kind date territories { id } speakers { topic person { id name ourStage } } attendees { id name } therapeuticAreas { id name } }\n    }\n  }\n"): (typeof documents)["\n  query RoundTripEvents($t: ID!, $first: Int) {\n    events(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes { id name kind date territories { id } speakers { topic person { id name ourStage } } attendees { id name } therapeuticAreas { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripTenders($t: ID!, $first: Int) {\n    tenders(territoryId: $t, first: $first) {\n      id name status preparationStart\n      issuer { id name }\n      statusHistory { status on }\n      lots { lot quantity product { id name maker { id name } } }\n      competitors { id name }\n      draftingPeople { id name }\n      draftingCommittees { id name }\n      outcome { winner { id } price }\n    }\n  }\n"): (typeof documents)["\n  query RoundTripTenders($t: ID!, $first: Int) {\n    tenders(territoryId: $t, first: $first) {\n      id name status preparationStart\n      issuer { id name }\n      statusHistory { status on }\n      lots { lot quantity product { id name maker { id name } } }\n      competitors { id name }\n      draftingPeople { id name }\n      draftingCommittees { id name }\n      outcome { winner { id } price }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripInstitutions($t: ID!, $first: Int) {\n    institutions(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes {\n        id name kind ours competitor\n        parent { id name } parts { id name } committees { id name }\n        people { person { id name } position head source confidence }\n        territories { id } tendersIssued { id } products { id }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundTripInstitutions($t: ID!, $first: Int) {\n    institutions(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes {\n        id name kind ours competitor\n        parent { id name } parts { id name } committees { id name }\n        people { person { id name } position head source confidence }\n        territories { id } tendersIssued { id } products { id }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripCommittees($t: ID!, $first: Int) {\n    committees(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes { id name institution { id name } members(includeFormer: true) { role since until person { id name ourStage } } draftedTenders { id } draftedPrograms { id } therapeuticAreas { id } }\n    }\n  }\n"): (typeof documents)["\n  query RoundTripCommittees($t: ID!, $first: Int) {\n    committees(filter: { territoryId: $t }, first: $first) {\n      totalCount\n      nodes { id name institution { id name } members(includeFormer: true) { role since until person { id name ourStage } } draftedTenders { id } draftedPrograms { id } therapeuticAreas { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripUsers($q: String!, $first: Int) {\n    users(filter: { search: $q }, first: $first) { totalCount nodes { id name role territories { id name } manager { id } team { id } } }\n  }\n"): (typeof documents)["\n  query RoundTripUsers($q: String!, $first: Int) {\n    users(filter: { search: $q }, first: $first) { totalCount nodes { id name role territories { id name } manager { id } team { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripTerritory($t: ID!, $first: Int) {\n    territory(id: $t) { id name peopleCount users { id name } institutions(first: $first) { totalCount nodes { id name parts { id } people { person { id } } } } }\n  }\n"): (typeof documents)["\n  query RoundTripTerritory($t: ID!, $first: Int) {\n    territory(id: $t) { id name peopleCount users { id name } institutions(first: $first) { totalCount nodes { id name parts { id } people { person { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StartSeeded { graphVersion territories { id peopleCount } }"): (typeof documents)["query StartSeeded { graphVersion territories { id peopleCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupervisedWrite($id: ID!) { upsertPerson(input: { id: $id, name: \"Written under load\", territoryId: \"sup-t\" }) { ok } }"): (typeof documents)["mutation SupervisedWrite($id: ID!) { upsertPerson(input: { id: $id, name: \"Written under load\", territoryId: \"sup-t\" }) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReceiverDeleteWebhook($id: ID!) { deleteWebhook(id: $id) { ok } }"): (typeof documents)["mutation ReceiverDeleteWebhook($id: ID!) { deleteWebhook(id: $id) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerSourceDetail($id: ID!) { person(id: $id) { id positions { institution { id } title } } }"): (typeof documents)["query ViewerSourceDetail($id: ID!) { person(id: $id) { id positions { institution { id } title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerSourceSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"): (typeof documents)["mutation ViewerSourceSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WarmUpPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { peopleInScope ranking { person { id } } } }"): (typeof documents)["query WarmUpPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { peopleInScope ranking { person { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CursorCreateWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id } } }\n"): (typeof documents)["\n  mutation CursorCreateWebhook($input: WebhookInput!) { createWebhook(input: $input) { ok errors { field message } webhook { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CursorSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"): (typeof documents)["mutation CursorSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WholeGraphCountry { balanceOfPower(scope: { everywhere: true }, first: 500) { asOf computedAt upToDate peopleInScope ranking { person { id } } } }\n"): (typeof documents)["\n  query WholeGraphCountry { balanceOfPower(scope: { everywhere: true }, first: 500) { asOf computedAt upToDate peopleInScope ranking { person { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WholeGraphScore($id: ID!) { powerScore(scope: { everywhere: true }, personId: $id) { explanation { factor evidence { description } } } }\n"): (typeof documents)["\n  query WholeGraphScore($id: ID!) { powerScore(scope: { everywhere: true }, personId: $id) { explanation { factor evidence { description } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WholeGraphSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"): (typeof documents)["mutation WholeGraphSetTie($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkersDetail($id: ID!) { person(id: $id) { id positions { title institution { id } } } }"): (typeof documents)["query WorkersDetail($id: ID!) { person(id: $id) { id positions { title institution { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkersPack { countryPack { code } }"): (typeof documents)["query WorkersPack { countryPack { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkersSetTie($input: TieInput!) { setTie(input: $input) { ok } }"): (typeof documents)["mutation WorkersSetTie($input: TieInput!) { setTie(input: $input) { ok } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;