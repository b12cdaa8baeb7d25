// Generated from the SDL by codegen/vocabulary-plugin.cjs: do not edit.

export const AgendaItemKind = {
  BIRTHDAY: 'BIRTHDAY',
  PLAN_STEP: 'PLAN_STEP',
  FOLLOW_UP: 'FOLLOW_UP',
  TENDER_PREPARATION: 'TENDER_PREPARATION',
  TERM_ENDING: 'TERM_ENDING',
  EVENT: 'EVENT',
  PLAN_REVIEW: 'PLAN_REVIEW',
} as const;
export type AgendaItemKind = (typeof AgendaItemKind)[keyof typeof AgendaItemKind];

/**
 * What kind of change a feed item is.
 */
export const ChangeKind = {
  RANK_MOVED: 'RANK_MOVED',
  TIE_STARTED: 'TIE_STARTED',
  TIE_ENDED: 'TIE_ENDED',
  STANCE_CHANGED: 'STANCE_CHANGED',
  STAGE_CHANGED: 'STAGE_CHANGED',
  ROLE_STARTED: 'ROLE_STARTED',
  ROLE_ENDED: 'ROLE_ENDED',
  TERM_ENDING: 'TERM_ENDING',
  TENDER_STATUS_CHANGED: 'TENDER_STATUS_CHANGED',
  PERSON_ADDED: 'PERSON_ADDED',
} as const;
export type ChangeKind = (typeof ChangeKind)[keyof typeof ChangeKind];

/**
 * How a list of changes is sorted.
 */
export const ChangeOrder = {
  WEIGHT: 'WEIGHT',
  NEWEST: 'NEWEST',
} as const;
export type ChangeOrder = (typeof ChangeOrder)[keyof typeof ChangeOrder];

/**
 * Which side a coalition leans to.
 */
export const CoalitionLeaning = {
  US: 'US',
  COMPETITORS: 'COMPETITORS',
  NEUTRAL: 'NEUTRAL',
  UNKNOWN: 'UNKNOWN',
} as const;
export type CoalitionLeaning = (typeof CoalitionLeaning)[keyof typeof CoalitionLeaning];

/**
 * A seat's role on a committee.
 */
export const CommitteeRole = {
  CHAIR: 'CHAIR',
  SECRETARY: 'SECRETARY',
  MEMBER: 'MEMBER',
  EXPERT: 'EXPERT',
} as const;
export type CommitteeRole = (typeof CommitteeRole)[keyof typeof CommitteeRole];

/**
 * A role in a tender's or deal's decision group (docs/domain.md#decision-groups).
 */
export const DecisionRole = {
  DECISION_MAKER: 'DECISION_MAKER',
  SPECIFICATION_AUTHOR: 'SPECIFICATION_AUTHOR',
  INFLUENCER: 'INFLUENCER',
  GATEKEEPER: 'GATEKEEPER',
  FINANCIAL_EVALUATOR: 'FINANCIAL_EVALUATOR',
  TECHNICAL_EVALUATOR: 'TECHNICAL_EVALUATOR',
  USER: 'USER',
  CHAMPION: 'CHAMPION',
  BLOCKER: 'BLOCKER',
} as const;
export type DecisionRole = (typeof DecisionRole)[keyof typeof DecisionRole];

/**
 * Where one delivery of a webhook stands.
 */
export const DeliveryStatus = {
  PENDING: 'PENDING',
  DELIVERED: 'DELIVERED',
  FAILED: 'FAILED',
} as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

/**
 * The KAM's development level on one relationship project: how able and how committed
 * they are (docs/domain.md#development-levels-d1-d4).
 */
export const DevelopmentLevel = {
  D1: 'D1',
  D2: 'D2',
  D3: 'D3',
  D4: 'D4',
} as const;
export type DevelopmentLevel = (typeof DevelopmentLevel)[keyof typeof DevelopmentLevel];

/**
 * Why a dossier is or is not shown.
 */
export const DossierAccess = {
  GRANTED: 'GRANTED',
  NOT_OWNER: 'NOT_OWNER',
  ROLE_EXCLUDED: 'ROLE_EXCLUDED',
} as const;
export type DossierAccess = (typeof DossierAccess)[keyof typeof DossierAccess];

/**
 * What kind of event.
 */
export const EventKind = {
  CONFERENCE: 'CONFERENCE',
  ROUND_TABLE: 'ROUND_TABLE',
  CONGRESS: 'CONGRESS',
  WEBINAR: 'WEBINAR',
} as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

/**
 * Where a proposal's follow-up stands (docs/domain.md#follow-up-discipline).
 */
export const FollowUpStatus = {
  NONE: 'NONE',
  DUE: 'DUE',
  OVERDUE: 'OVERDUE',
  DONE: 'DONE',
  CONFIRMED: 'CONFIRMED',
} as const;
export type FollowUpStatus = (typeof FollowUpStatus)[keyof typeof FollowUpStatus];

/**
 * What an influence tie rests on. Nobody is ever recorded as swayed by money: under the EU,
 * Portuguese and Brazilian industry codes that is a bribery red flag, not a data point
 * (docs/domain.md#informal-influence); distributor and purchasing ties are `COMMERCIAL`.
 */
export const InfluenceBasis = {
  HIERARCHY: 'HIERARCHY',
  MENTORSHIP: 'MENTORSHIP',
  SCIENCE: 'SCIENCE',
  PERSONAL: 'PERSONAL',
  COMMERCIAL: 'COMMERCIAL',
} as const;
export type InfluenceBasis = (typeof InfluenceBasis)[keyof typeof InfluenceBasis];

/**
 * The kinds of institution.
 */
export const InstitutionKind = {
  HOSPITAL: 'HOSPITAL',
  CLINIC: 'CLINIC',
  DEPARTMENT: 'DEPARTMENT',
  PHARMACY_CHAIN: 'PHARMACY_CHAIN',
  PHARMACY: 'PHARMACY',
  DISTRIBUTOR: 'DISTRIBUTOR',
  STATE_WAREHOUSE: 'STATE_WAREHOUSE',
  HEALTH_AUTHORITY: 'HEALTH_AUTHORITY',
  INSURANCE_FUND: 'INSURANCE_FUND',
  REGIONAL_ADMINISTRATION: 'REGIONAL_ADMINISTRATION',
  UNIVERSITY: 'UNIVERSITY',
  SOCIETY: 'SOCIETY',
  COMPANY: 'COMPANY',
  MEDICINES_AGENCY: 'MEDICINES_AGENCY',
  HTA_BODY: 'HTA_BODY',
  CENTRAL_PURCHASING_BODY: 'CENTRAL_PURCHASING_BODY',
  LOCAL_HEALTH_UNIT: 'LOCAL_HEALTH_UNIT',
  STATE_HEALTH_SECRETARIAT: 'STATE_HEALTH_SECRETARIAT',
  MUNICIPAL_HEALTH_SECRETARIAT: 'MUNICIPAL_HEALTH_SECRETARIAT',
} as const;
export type InstitutionKind = (typeof InstitutionKind)[keyof typeof InstitutionKind];

export const InteractionKind = {
  VISIT: 'VISIT',
  CALL: 'CALL',
  INFORMAL_MEETING: 'INFORMAL_MEETING',
  EVENT: 'EVENT',
  PROPOSAL: 'PROPOSAL',
  EMAIL: 'EMAIL',
} as const;
export type InteractionKind = (typeof InteractionKind)[keyof typeof InteractionKind];

/**
 * Roles in a clinical trial, as ClinicalTrials.gov names them.
 */
export const InvestigatorRole = {
  PRINCIPAL_INVESTIGATOR: 'PRINCIPAL_INVESTIGATOR',
  STUDY_CHAIR: 'STUDY_CHAIR',
  STUDY_DIRECTOR: 'STUDY_DIRECTOR',
  SUB_INVESTIGATOR: 'SUB_INVESTIGATOR',
} as const;
export type InvestigatorRole = (typeof InvestigatorRole)[keyof typeof InvestigatorRole];

/**
 * The key accounts' share of sales against the article's norm (docs/domain.md#share-and-mono-dependence).
 */
export const KeyAccountStatus = {
  BELOW_NORMAL: 'BELOW_NORMAL',
  NORMAL: 'NORMAL',
  HIGH: 'HIGH',
  MONO_DEPENDENT: 'MONO_DEPENDENT',
} as const;
export type KeyAccountStatus = (typeof KeyAccountStatus)[keyof typeof KeyAccountStatus];

/**
 * The four criteria of a key client (docs/domain.md#key-clients).
 */
export const KeyClientCriterion = {
  INFLUENCE: 'INFLUENCE',
  PROFITABILITY: 'PROFITABILITY',
  OPPORTUNITIES: 'OPPORTUNITIES',
  TRUST: 'TRUST',
} as const;
export type KeyClientCriterion = (typeof KeyClientCriterion)[keyof typeof KeyClientCriterion];

/**
 * Why we may hold a person's personal data (GDPR art. 6(1), LGPD art. 7).
 */
export const LawfulBasis = {
  CONSENT: 'CONSENT',
  LEGITIMATE_INTEREST: 'LEGITIMATE_INTEREST',
} as const;
export type LawfulBasis = (typeof LawfulBasis)[keyof typeof LawfulBasis];

/**
 * The language of the texts the server writes for a reader: score explanations, advice,
 * change summaries, the digest, field errors. Each request's language is its
 * `Accept-Language` header (q-values honoured: `pt-BR` reads PT_BR, any other Portuguese
 * PT_PT, anything else EN), unless the operation names one with `@locale`. Enum values and
 * field names stay English in every language.
 */
export const Locale = {
  EN: 'EN',
  PT_PT: 'PT_PT',
  PT_BR: 'PT_BR',
} as const;
export type Locale = (typeof Locale)[keyof typeof Locale];

/**
 * The manager's style that follows from a development level.
 */
export const ManagerStyle = {
  DIRECTING: 'DIRECTING',
  COACHING: 'COACHING',
  SUPPORTING: 'SUPPORTING',
  DELEGATING: 'DELEGATING',
} as const;
export type ManagerStyle = (typeof ManagerStyle)[keyof typeof ManagerStyle];

/**
 * The kinds of node in the graph.
 */
export const NodeLabel = {
  Person: 'Person',
  Institution: 'Institution',
  Committee: 'Committee',
  Territory: 'Territory',
  Tender: 'Tender',
  Program: 'Program',
  Product: 'Product',
  TherapeuticArea: 'TherapeuticArea',
  Event: 'Event',
  Interaction: 'Interaction',
  User: 'User',
  Plan: 'Plan',
  PlanStep: 'PlanStep',
  Sales: 'Sales',
  Publication: 'Publication',
  Trial: 'Trial',
  Talk: 'Talk',
} as const;
export type NodeLabel = (typeof NodeLabel)[keyof typeof NodeLabel];

/**
 * How the person was told that we hold their data (GDPR arts. 13-14, LGPD art. 9).
 */
export const NoticeMethod = {
  IN_PERSON: 'IN_PERSON',
  EMAIL: 'EMAIL',
  LETTER: 'LETTER',
  PHONE: 'PHONE',
} as const;
export type NoticeMethod = (typeof NoticeMethod)[keyof typeof NoticeMethod];

/**
 * How a list of people is ordered.
 */
export const PeopleOrder = {
  NAME: 'NAME',
  POWER: 'POWER',
} as const;
export type PeopleOrder = (typeof PeopleOrder)[keyof typeof PeopleOrder];

/**
 * What a person is, professionally.
 */
export const PersonCategory = {
  KOL: 'KOL',
  VIP: 'VIP',
  OFFICIAL: 'OFFICIAL',
  DOCTOR: 'DOCTOR',
  PHARMACIST: 'PHARMACIST',
  BUYER: 'BUYER',
  DISTRIBUTOR_MANAGER: 'DISTRIBUTOR_MANAGER',
  COMPETITOR_STAFF: 'COMPETITOR_STAFF',
  STAFF: 'STAFF',
} as const;
export type PersonCategory = (typeof PersonCategory)[keyof typeof PersonCategory];

/**
 * How a plan stands against its own dates.
 */
export const PlanProgress = {
  ON_TRACK: 'ON_TRACK',
  NEEDS_ATTENTION: 'NEEDS_ATTENTION',
  BEHIND: 'BEHIND',
  ACHIEVED: 'ACHIEVED',
  CLOSED: 'CLOSED',
} as const;
export type PlanProgress = (typeof PlanProgress)[keyof typeof PlanProgress];

export const PlanStatus = {
  ACTIVE: 'ACTIVE',
  ACHIEVED: 'ACHIEVED',
  CLOSED: 'CLOSED',
} as const;
export type PlanStatus = (typeof PlanStatus)[keyof typeof PlanStatus];

/**
 * The factors of a power score.
 */
export const PowerFactor = {
  FORMAL: 'FORMAL',
  INFLUENCE: 'INFLUENCE',
  BROKERAGE: 'BROKERAGE',
  STANDING: 'STANDING',
} as const;
export type PowerFactor = (typeof PowerFactor)[keyof typeof PowerFactor];

/**
 * What kind of programme: a regional benefit or target list, a federal supply list, or a
 * national list. Which of them a country uses is its country pack's (docs/country-packs.md).
 */
export const ProgramKind = {
  REGIONAL_BENEFIT: 'REGIONAL_BENEFIT',
  REGIONAL_TARGET: 'REGIONAL_TARGET',
  FEDERAL_SUPPLY: 'FEDERAL_SUPPLY',
  NATIONAL_FORMULARY: 'NATIONAL_FORMULARY',
  NATIONAL_REIMBURSEMENT: 'NATIONAL_REIMBURSEMENT',
  NATIONAL_PROGRAMME: 'NATIONAL_PROGRAMME',
  SPECIALISED_COMPONENT: 'SPECIALISED_COMPONENT',
} as const;
export type ProgramKind = (typeof ProgramKind)[keyof typeof ProgramKind];

/**
 * The relationship ladder of the source article, lowest first (docs/domain.md#the-relationship-ladder).
 * No stage at all (null) means nobody of ours has a relationship with the person yet.
 */
export const RelationshipStage = {
  CONTACT: 'CONTACT',
  ACQUAINTANCE: 'ACQUAINTANCE',
  LOYALTY: 'LOYALTY',
  NEAR_FRIENDLY: 'NEAR_FRIENDLY',
} as const;
export type RelationshipStage = (typeof RelationshipStage)[keyof typeof RelationshipStage];

/**
 * Where formal power comes from.
 */
export const RoleKind = {
  COMMITTEE: 'COMMITTEE',
  POSITION: 'POSITION',
  DECISION_GROUP: 'DECISION_GROUP',
} as const;
export type RoleKind = (typeof RoleKind)[keyof typeof RoleKind];

/**
 * Roles at a congress session (the congress CSV's `role` column).
 */
export const SpeakerRole = {
  CHAIR: 'CHAIR',
  MODERATOR: 'MODERATOR',
  SPEAKER: 'SPEAKER',
  PANELIST: 'PANELIST',
} as const;
export type SpeakerRole = (typeof SpeakerRole)[keyof typeof SpeakerRole];

/**
 * The observable criteria of the ladder's steps.
 */
export const StageCriterion = {
  KNOWS_KAM_AND_COMPANY: 'KNOWS_KAM_AND_COMPANY',
  KAM_KNOWS_THEM: 'KAM_KNOWS_THEM',
  KNOWS_OUR_MEDICINES: 'KNOWS_OUR_MEDICINES',
  SPEAKS_WITH_RESPECT: 'SPEAKS_WITH_RESPECT',
  TALKS_WILLINGLY: 'TALKS_WILLINGLY',
  SHARES_INFORMATION: 'SHARES_INFORMATION',
  LETS_KAM_ASK_FOR_HELP: 'LETS_KAM_ASK_FOR_HELP',
} as const;
export type StageCriterion = (typeof StageCriterion)[keyof typeof StageCriterion];

export const StepKind = {
  INTRODUCTION: 'INTRODUCTION',
  EVENT: 'EVENT',
  COMMITTEE: 'COMMITTEE',
  TENDER: 'TENDER',
  MEETING: 'MEETING',
  PROPOSAL: 'PROPOSAL',
  REVIEW: 'REVIEW',
  CUSTOM: 'CUSTOM',
} as const;
export type StepKind = (typeof StepKind)[keyof typeof StepKind];

export const StepStatus = {
  OPEN: 'OPEN',
  DONE: 'DONE',
  SKIPPED: 'SKIPPED',
} as const;
export type StepStatus = (typeof StepStatus)[keyof typeof StepStatus];

/**
 * Why the evidence suggests a tie.
 */
export const SuggestionReasonCode = {
  CO_AUTHORED: 'CO_AUTHORED',
  CO_INVESTIGATED: 'CO_INVESTIGATED',
  SHARED_SESSION: 'SHARED_SESSION',
  SENIOR_AUTHOR_OVER_FIRST_AUTHOR: 'SENIOR_AUTHOR_OVER_FIRST_AUTHOR',
  PRINCIPAL_INVESTIGATOR_OVER_SITE_INVESTIGATOR: 'PRINCIPAL_INVESTIGATOR_OVER_SITE_INVESTIGATOR',
} as const;
export type SuggestionReasonCode = (typeof SuggestionReasonCode)[keyof typeof SuggestionReasonCode];

/**
 * Where a suggestion stands.
 */
export const SuggestionStatus = {
  OPEN: 'OPEN',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
} as const;
export type SuggestionStatus = (typeof SuggestionStatus)[keyof typeof SuggestionStatus];

/**
 * How a tender is procured. A country pack (COUNTRY_PACK, docs/country-packs.md) says which
 * of these its country uses and what they are called there.
 */
export const TenderProcedure = {
  OPEN_TENDER: 'OPEN_TENDER',
  RESTRICTED_TENDER: 'RESTRICTED_TENDER',
  NEGOTIATED_PROCEDURE: 'NEGOTIATED_PROCEDURE',
  FRAMEWORK_CALL_OFF: 'FRAMEWORK_CALL_OFF',
  DIRECT_AWARD: 'DIRECT_AWARD',
  ELECTRONIC_REVERSE_AUCTION: 'ELECTRONIC_REVERSE_AUCTION',
  PRICE_REGISTRATION: 'PRICE_REGISTRATION',
  BIDDING_WAIVER: 'BIDDING_WAIVER',
} as const;
export type TenderProcedure = (typeof TenderProcedure)[keyof typeof TenderProcedure];

/**
 * Where a tender stands.
 */
export const TenderStatus = {
  PLANNED: 'PLANNED',
  PREPARATION: 'PREPARATION',
  ANNOUNCED: 'ANNOUNCED',
  HELD: 'HELD',
  AWARDED: 'AWARDED',
  CANCELLED: 'CANCELLED',
} as const;
export type TenderStatus = (typeof TenderStatus)[keyof typeof TenderStatus];

/**
 * Which way a tie points, seen from the node it is asked for.
 */
export const TieDirection = {
  OUT: 'OUT',
  IN: 'IN',
  BOTH: 'BOTH',
} as const;
export type TieDirection = (typeof TieDirection)[keyof typeof TieDirection];

/**
 * Relationship types, as in the graph model (README, The graph model).
 */
export const TieType = {
  WORKS_AT: 'WORKS_AT',
  MEMBER_OF: 'MEMBER_OF',
  PART_OF: 'PART_OF',
  REPORTS_TO: 'REPORTS_TO',
  LOCATED_IN: 'LOCATED_IN',
  INFLUENCES: 'INFLUENCES',
  KNOWS: 'KNOWS',
  ISSUES: 'ISSUES',
  DRAFTS: 'DRAFTS',
  ROLE_IN: 'ROLE_IN',
  INCLUDES: 'INCLUDES',
  MAKES: 'MAKES',
  COMPETES_IN: 'COMPETES_IN',
  STANCE: 'STANCE',
  OWNS: 'OWNS',
  RELATES: 'RELATES',
  SPOKE_AT: 'SPOKE_AT',
  ATTENDED: 'ATTENDED',
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  IN_AREA: 'IN_AREA',
  LOTS: 'LOTS',
  HAS_DOSSIER: 'HAS_DOSSIER',
  TARGETS: 'TARGETS',
  HAS_STEP: 'HAS_STEP',
  ABOUT: 'ABOUT',
  FOR: 'FOR',
  FOLLOWS_UP: 'FOLLOWS_UP',
  AWARDED_TO: 'AWARDED_TO',
  AUTHORED: 'AUTHORED',
  INVESTIGATOR_IN: 'INVESTIGATOR_IN',
  HELD_AT: 'HELD_AT',
  WATCHES: 'WATCHES',
} as const;
export type TieType = (typeof TieType)[keyof typeof TieType];

/**
 * Where an unmatched name stands.
 */
export const UnmatchedStatus = {
  PENDING: 'PENDING',
  IGNORED: 'IGNORED',
  MERGED: 'MERGED',
  CREATED: 'CREATED',
} as const;
export type UnmatchedStatus = (typeof UnmatchedStatus)[keyof typeof UnmatchedStatus];

/**
 * What a user may do (README, Security).
 */
export const UserRole = {
  KAM: 'KAM',
  MANAGER: 'MANAGER',
  STRATEGIST: 'STRATEGIST',
  ADMIN: 'ADMIN',
} as const;
export type UserRole = (typeof UserRole)[keyof typeof UserRole];

/**
 * The closed word lists a country pack restricts (docs/country-packs.md). The values of each
 * are the API's: enum names for the enum-backed lists, the stored word for committee kinds.
 */
export const VocabularyKind = {
  INSTITUTION_KIND: 'INSTITUTION_KIND',
  COMMITTEE_KIND: 'COMMITTEE_KIND',
  PROGRAM_KIND: 'PROGRAM_KIND',
  TENDER_PROCEDURE: 'TENDER_PROCEDURE',
  TENDER_STATUS: 'TENDER_STATUS',
  DECISION_ROLE: 'DECISION_ROLE',
} as const;
export type VocabularyKind = (typeof VocabularyKind)[keyof typeof VocabularyKind];

/**
 * What kind of work.
 */
export const WorkKind = {
  PUBLICATION: 'PUBLICATION',
  TRIAL: 'TRIAL',
  TALK: 'TALK',
} as const;
export type WorkKind = (typeof WorkKind)[keyof typeof WorkKind];
