// Generated from the SDL by codegen/vocabulary-plugin.cjs: do not edit.

export const AgendaItemKind = {
  BIRTHDAY: 'birthday',
  PLAN_STEP: 'plan_step',
  FOLLOW_UP: 'follow_up',
  TENDER_PREPARATION: 'tender_preparation',
  TERM_ENDING: 'term_ending',
  EVENT: 'event',
  PLAN_REVIEW: 'plan_review',
} as const;
export type AgendaItemKind = (typeof AgendaItemKind)[keyof typeof AgendaItemKind];

/**
 * What kind of change a feed item is.
 */
export const ChangeKind = {
  RANK_MOVED: 'rank_moved',
  TIE_STARTED: 'tie_started',
  TIE_ENDED: 'tie_ended',
  STANCE_CHANGED: 'stance_changed',
  STAGE_CHANGED: 'stage_changed',
  ROLE_STARTED: 'role_started',
  ROLE_ENDED: 'role_ended',
  TERM_ENDING: 'term_ending',
  TENDER_STATUS_CHANGED: 'tender_status_changed',
  PERSON_ADDED: 'person_added',
} as const;
export type ChangeKind = (typeof ChangeKind)[keyof typeof ChangeKind];

/**
 * How a list of changes is sorted.
 */
export const ChangeOrder = {
  WEIGHT: 'weight',
  NEWEST: 'newest',
} as const;
export type ChangeOrder = (typeof ChangeOrder)[keyof typeof ChangeOrder];

/**
 * Which side a coalition leans to.
 */
export const CoalitionLeaning = {
  US: 'us',
  COMPETITORS: 'competitors',
  NEUTRAL: 'neutral',
  UNKNOWN: 'unknown',
} as const;
export type CoalitionLeaning = (typeof CoalitionLeaning)[keyof typeof CoalitionLeaning];

/**
 * A seat's role on a committee.
 */
export const CommitteeRole = {
  CHAIR: 'chair',
  SECRETARY: 'secretary',
  MEMBER: 'member',
  EXPERT: 'expert',
} as const;
export type CommitteeRole = (typeof CommitteeRole)[keyof typeof CommitteeRole];

/**
 * A role in a tender's or deal's decision group (docs/domain.md#decision-groups).
 */
export const DecisionRole = {
  DECISION_MAKER: 'decision_maker',
  SPECIFICATION_AUTHOR: 'specification_author',
  INFLUENCER: 'influencer',
  GATEKEEPER: 'gatekeeper',
  FINANCIAL_EVALUATOR: 'financial_evaluator',
  TECHNICAL_EVALUATOR: 'technical_evaluator',
  USER: 'user',
  CHAMPION: 'champion',
  BLOCKER: 'blocker',
} as const;
export type DecisionRole = (typeof DecisionRole)[keyof typeof DecisionRole];

/**
 * Where one delivery of a webhook stands.
 */
export const DeliveryStatus = {
  PENDING: 'pending',
  DELIVERED: 'delivered',
  FAILED: 'failed',
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
  GRANTED: 'granted',
  NOT_OWNER: 'not_owner',
  ROLE_EXCLUDED: 'role_excluded',
} as const;
export type DossierAccess = (typeof DossierAccess)[keyof typeof DossierAccess];

/**
 * What kind of event.
 */
export const EventKind = {
  CONFERENCE: 'conference',
  ROUND_TABLE: 'round_table',
  CONGRESS: 'congress',
  WEBINAR: 'webinar',
} as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

/**
 * Where a proposal's follow-up stands (docs/domain.md#follow-up-discipline).
 */
export const FollowUpStatus = {
  NONE: 'none',
  DUE: 'due',
  OVERDUE: 'overdue',
  DONE: 'done',
  CONFIRMED: 'confirmed',
} as const;
export type FollowUpStatus = (typeof FollowUpStatus)[keyof typeof FollowUpStatus];

/**
 * What an influence tie rests on. Nobody is ever recorded as swayed by money: under the EU,
 * Portuguese and Brazilian industry codes that is a bribery red flag, not a data point
 * (docs/domain.md#informal-influence); distributor and purchasing ties are `COMMERCIAL`.
 */
export const InfluenceBasis = {
  HIERARCHY: 'hierarchy',
  MENTORSHIP: 'mentorship',
  SCIENCE: 'science',
  PERSONAL: 'personal',
  COMMERCIAL: 'commercial',
} as const;
export type InfluenceBasis = (typeof InfluenceBasis)[keyof typeof InfluenceBasis];

/**
 * The kinds of institution.
 */
export const InstitutionKind = {
  HOSPITAL: 'hospital',
  CLINIC: 'clinic',
  DEPARTMENT: 'department',
  PHARMACY_CHAIN: 'pharmacy_chain',
  PHARMACY: 'pharmacy',
  DISTRIBUTOR: 'distributor',
  STATE_WAREHOUSE: 'state_warehouse',
  HEALTH_AUTHORITY: 'health_authority',
  INSURANCE_FUND: 'insurance_fund',
  REGIONAL_ADMINISTRATION: 'regional_administration',
  UNIVERSITY: 'university',
  SOCIETY: 'society',
  COMPANY: 'company',
  MEDICINES_AGENCY: 'medicines_agency',
  HTA_BODY: 'hta_body',
  CENTRAL_PURCHASING_BODY: 'central_purchasing_body',
  LOCAL_HEALTH_UNIT: 'local_health_unit',
  STATE_HEALTH_SECRETARIAT: 'state_health_secretariat',
  MUNICIPAL_HEALTH_SECRETARIAT: 'municipal_health_secretariat',
} as const;
export type InstitutionKind = (typeof InstitutionKind)[keyof typeof InstitutionKind];

export const InteractionKind = {
  VISIT: 'visit',
  CALL: 'call',
  INFORMAL_MEETING: 'informal_meeting',
  EVENT: 'event',
  PROPOSAL: 'proposal',
  EMAIL: 'email',
} as const;
export type InteractionKind = (typeof InteractionKind)[keyof typeof InteractionKind];

/**
 * Roles in a clinical trial, as ClinicalTrials.gov names them.
 */
export const InvestigatorRole = {
  PRINCIPAL_INVESTIGATOR: 'principal_investigator',
  STUDY_CHAIR: 'study_chair',
  STUDY_DIRECTOR: 'study_director',
  SUB_INVESTIGATOR: 'sub_investigator',
} as const;
export type InvestigatorRole = (typeof InvestigatorRole)[keyof typeof InvestigatorRole];

/**
 * The key accounts' share of sales against the article's norm (docs/domain.md#share-and-mono-dependence).
 */
export const KeyAccountStatus = {
  BELOW_NORMAL: 'below_normal',
  NORMAL: 'normal',
  HIGH: 'high',
  MONO_DEPENDENT: 'mono_dependent',
} as const;
export type KeyAccountStatus = (typeof KeyAccountStatus)[keyof typeof KeyAccountStatus];

/**
 * The four criteria of a key client (docs/domain.md#key-clients).
 */
export const KeyClientCriterion = {
  INFLUENCE: 'influence',
  PROFITABILITY: 'profitability',
  OPPORTUNITIES: 'opportunities',
  TRUST: 'trust',
} as const;
export type KeyClientCriterion = (typeof KeyClientCriterion)[keyof typeof KeyClientCriterion];

/**
 * Why we may hold a person's personal data (GDPR art. 6(1), LGPD art. 7).
 */
export const LawfulBasis = {
  CONSENT: 'consent',
  LEGITIMATE_INTEREST: 'legitimate_interest',
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
  EN: 'en',
  PT_PT: 'pt_pt',
  PT_BR: 'pt_br',
} as const;
export type Locale = (typeof Locale)[keyof typeof Locale];

/**
 * The manager's style that follows from a development level.
 */
export const ManagerStyle = {
  DIRECTING: 'directing',
  COACHING: 'coaching',
  SUPPORTING: 'supporting',
  DELEGATING: 'delegating',
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
  IN_PERSON: 'in_person',
  EMAIL: 'email',
  LETTER: 'letter',
  PHONE: 'phone',
} as const;
export type NoticeMethod = (typeof NoticeMethod)[keyof typeof NoticeMethod];

/**
 * How a list of people is ordered.
 */
export const PeopleOrder = {
  NAME: 'name',
  POWER: 'power',
} as const;
export type PeopleOrder = (typeof PeopleOrder)[keyof typeof PeopleOrder];

/**
 * What a person is, professionally.
 */
export const PersonCategory = {
  KOL: 'kol',
  VIP: 'vip',
  OFFICIAL: 'official',
  DOCTOR: 'doctor',
  PHARMACIST: 'pharmacist',
  BUYER: 'buyer',
  DISTRIBUTOR_MANAGER: 'distributor_manager',
  COMPETITOR_STAFF: 'competitor_staff',
  STAFF: 'staff',
} as const;
export type PersonCategory = (typeof PersonCategory)[keyof typeof PersonCategory];

/**
 * How a plan stands against its own dates.
 */
export const PlanProgress = {
  ON_TRACK: 'on_track',
  NEEDS_ATTENTION: 'needs_attention',
  BEHIND: 'behind',
  ACHIEVED: 'achieved',
  CLOSED: 'closed',
} as const;
export type PlanProgress = (typeof PlanProgress)[keyof typeof PlanProgress];

export const PlanStatus = {
  ACTIVE: 'active',
  ACHIEVED: 'achieved',
  CLOSED: 'closed',
} as const;
export type PlanStatus = (typeof PlanStatus)[keyof typeof PlanStatus];

/**
 * The factors of a power score.
 */
export const PowerFactor = {
  FORMAL: 'formal',
  INFLUENCE: 'influence',
  BROKERAGE: 'brokerage',
  STANDING: 'standing',
} as const;
export type PowerFactor = (typeof PowerFactor)[keyof typeof PowerFactor];

/**
 * What kind of programme: a regional benefit or target list, a federal supply list, or a
 * national list. Which of them a country uses is its country pack's (docs/country-packs.md).
 */
export const ProgramKind = {
  REGIONAL_BENEFIT: 'regional_benefit',
  REGIONAL_TARGET: 'regional_target',
  FEDERAL_SUPPLY: 'federal_supply',
  NATIONAL_FORMULARY: 'national_formulary',
  NATIONAL_REIMBURSEMENT: 'national_reimbursement',
  NATIONAL_PROGRAMME: 'national_programme',
  SPECIALISED_COMPONENT: 'specialised_component',
} as const;
export type ProgramKind = (typeof ProgramKind)[keyof typeof ProgramKind];

/**
 * The relationship ladder of the source article, lowest first (docs/domain.md#the-relationship-ladder).
 * No stage at all (null) means nobody of ours has a relationship with the person yet.
 */
export const RelationshipStage = {
  CONTACT: 'contact',
  ACQUAINTANCE: 'acquaintance',
  LOYALTY: 'loyalty',
  NEAR_FRIENDLY: 'near_friendly',
} as const;
export type RelationshipStage = (typeof RelationshipStage)[keyof typeof RelationshipStage];

/**
 * Where formal power comes from.
 */
export const RoleKind = {
  COMMITTEE: 'committee',
  POSITION: 'position',
  DECISION_GROUP: 'decision_group',
} as const;
export type RoleKind = (typeof RoleKind)[keyof typeof RoleKind];

/**
 * Roles at a congress session (the congress CSV's `role` column).
 */
export const SpeakerRole = {
  CHAIR: 'chair',
  MODERATOR: 'moderator',
  SPEAKER: 'speaker',
  PANELIST: 'panelist',
} as const;
export type SpeakerRole = (typeof SpeakerRole)[keyof typeof SpeakerRole];

/**
 * The observable criteria of the ladder's steps.
 */
export const StageCriterion = {
  KNOWS_KAM_AND_COMPANY: 'knows_kam_and_company',
  KAM_KNOWS_THEM: 'kam_knows_them',
  KNOWS_OUR_MEDICINES: 'knows_our_medicines',
  SPEAKS_WITH_RESPECT: 'speaks_with_respect',
  TALKS_WILLINGLY: 'talks_willingly',
  SHARES_INFORMATION: 'shares_information',
  LETS_KAM_ASK_FOR_HELP: 'lets_kam_ask_for_help',
} as const;
export type StageCriterion = (typeof StageCriterion)[keyof typeof StageCriterion];

export const StepKind = {
  INTRODUCTION: 'introduction',
  EVENT: 'event',
  COMMITTEE: 'committee',
  TENDER: 'tender',
  MEETING: 'meeting',
  PROPOSAL: 'proposal',
  REVIEW: 'review',
  CUSTOM: 'custom',
} as const;
export type StepKind = (typeof StepKind)[keyof typeof StepKind];

export const StepStatus = {
  OPEN: 'open',
  DONE: 'done',
  SKIPPED: 'skipped',
} as const;
export type StepStatus = (typeof StepStatus)[keyof typeof StepStatus];

/**
 * Why the evidence suggests a tie.
 */
export const SuggestionReasonCode = {
  CO_AUTHORED: 'co_authored',
  CO_INVESTIGATED: 'co_investigated',
  SHARED_SESSION: 'shared_session',
  SENIOR_AUTHOR_OVER_FIRST_AUTHOR: 'senior_author_over_first_author',
  PRINCIPAL_INVESTIGATOR_OVER_SITE_INVESTIGATOR: 'principal_investigator_over_site_investigator',
} as const;
export type SuggestionReasonCode = (typeof SuggestionReasonCode)[keyof typeof SuggestionReasonCode];

/**
 * Where a suggestion stands.
 */
export const SuggestionStatus = {
  OPEN: 'open',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
} as const;
export type SuggestionStatus = (typeof SuggestionStatus)[keyof typeof SuggestionStatus];

/**
 * How a tender is procured. A country pack (COUNTRY_PACK, docs/country-packs.md) says which
 * of these its country uses and what they are called there.
 */
export const TenderProcedure = {
  OPEN_TENDER: 'open_tender',
  RESTRICTED_TENDER: 'restricted_tender',
  NEGOTIATED_PROCEDURE: 'negotiated_procedure',
  FRAMEWORK_CALL_OFF: 'framework_call_off',
  DIRECT_AWARD: 'direct_award',
  ELECTRONIC_REVERSE_AUCTION: 'electronic_reverse_auction',
  PRICE_REGISTRATION: 'price_registration',
  BIDDING_WAIVER: 'bidding_waiver',
} as const;
export type TenderProcedure = (typeof TenderProcedure)[keyof typeof TenderProcedure];

/**
 * Where a tender stands.
 */
export const TenderStatus = {
  PLANNED: 'planned',
  PREPARATION: 'preparation',
  ANNOUNCED: 'announced',
  HELD: 'held',
  AWARDED: 'awarded',
  CANCELLED: 'cancelled',
} as const;
export type TenderStatus = (typeof TenderStatus)[keyof typeof TenderStatus];

/**
 * Which way a tie points, seen from the node it is asked for.
 */
export const TieDirection = {
  OUT: 'out',
  IN: 'in',
  BOTH: 'both',
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
  PENDING: 'pending',
  IGNORED: 'ignored',
  MERGED: 'merged',
  CREATED: 'created',
} as const;
export type UnmatchedStatus = (typeof UnmatchedStatus)[keyof typeof UnmatchedStatus];

/**
 * What a user may do (README, Security).
 */
export const UserRole = {
  KAM: 'kam',
  MANAGER: 'manager',
  STRATEGIST: 'strategist',
  ADMIN: 'admin',
} as const;
export type UserRole = (typeof UserRole)[keyof typeof UserRole];

/**
 * The closed word lists a country pack restricts (docs/country-packs.md). The values of each
 * are the API's: enum names for the enum-backed lists, the stored word for committee kinds.
 */
export const VocabularyKind = {
  INSTITUTION_KIND: 'institution_kind',
  COMMITTEE_KIND: 'committee_kind',
  PROGRAM_KIND: 'program_kind',
  TENDER_PROCEDURE: 'tender_procedure',
  TENDER_STATUS: 'tender_status',
  DECISION_ROLE: 'decision_role',
} as const;
export type VocabularyKind = (typeof VocabularyKind)[keyof typeof VocabularyKind];

/**
 * What kind of work.
 */
export const WorkKind = {
  PUBLICATION: 'publication',
  TRIAL: 'trial',
  TALK: 'talk',
} as const;
export type WorkKind = (typeof WorkKind)[keyof typeof WorkKind];
