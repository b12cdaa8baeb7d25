// One English label for every value of every closed list the web shows, in one place. Each
// table is a Record over the enum generated from the SDL (web/src/gql/vocabulary.ts), so the
// compiler refuses a missing or unknown value; the order of values is the SDL's, never this
// file's. Components read their words from here (a later step moves them to i18n catalogues).
import type {
  AgendaItemKind,
  ChangeKind,
  CoalitionLeaning,
  CommitteeRole,
  DecisionRole,
  DevelopmentLevel,
  DossierAccess,
  EventKind,
  LawfulBasis,
  NoticeMethod,
  FollowUpStatus,
  InfluenceBasis,
  InstitutionKind,
  InteractionKind,
  KeyAccountStatus,
  KeyClientCriterion,
  ManagerStyle,
  NodeLabel,
  PersonCategory,
  PlanProgress,
  PlanStatus,
  PowerFactor,
  ProgramKind,
  RelationshipStage,
  RoleKind,
  StageCriterion,
  StepKind,
  StepStatus,
  SuggestionStatus,
  TenderStatus,
  TieType,
  UserRole,
} from '../../gql/vocabulary.js';
import type { StanceWord } from './stance.js';

// --- The relationship ladder (docs/domain.md#the-relationship-ladder) ---

export const RELATIONSHIP_STAGE_LABELS: Record<RelationshipStage, string> = {
  CONTACT: 'Contact',
  ACQUAINTANCE: 'Acquaintance',
  LOYALTY: 'Loyalty',
  NEAR_FRIENDLY: 'Near-friendly',
};

/** No stage at all: nobody of ours has a relationship with the person yet. */
export const NO_STAGE_LABEL = 'No stage yet';
export const NO_STAGE_MEANING = 'Nobody of ours has a relationship with them yet.';

/** What each step asks for, in the article's words (the stage form's headings). */
export const RELATIONSHIP_STAGE_MEANINGS: Record<RelationshipStage, string> = {
  CONTACT: 'Contact made: the person and the KAM have met or spoken.',
  ACQUAINTANCE: 'They know the KAM and link them to our company; the KAM knows all they can about them.',
  LOYALTY: 'They know our company and its medicines and speak of them with respect.',
  NEAR_FRIENDLY: 'They talk with the KAM willingly, share information and let the KAM ask for help.',
};

/** Each observable criterion, as the stage form's checkbox says it. */
export const STAGE_CRITERION_LABELS: Record<StageCriterion, string> = {
  KNOWS_KAM_AND_COMPANY: 'They know the KAM and link them to our company',
  KAM_KNOWS_THEM: 'The KAM knows all they can about them',
  KNOWS_OUR_MEDICINES: 'They know our company and its medicines',
  SPEAKS_WITH_RESPECT: 'They speak of our company and medicines with respect',
  TALKS_WILLINGLY: 'They talk with the KAM willingly',
  SHARES_INFORMATION: 'They share professional and personal information',
  LETS_KAM_ASK_FOR_HELP: 'They let the KAM ask for help',
};

// --- Stance toward a company or product, -2..2: a scale apart from the ladder (docs/domain.md#stance) ---

export const STANCE_LABELS: Record<StanceWord, string> = {
  opposed: 'Opposed (−2)',
  sceptical: 'Sceptical (−1)',
  neutral: 'Neutral (0)',
  favourable: 'Favourable (+1)',
  preferring: 'Preferring (+2)',
  unknown: 'Unknown',
};

/** The short word, without the value (chips, pills). */
export const STANCE_WORDS: Record<StanceWord, string> = {
  opposed: 'Opposed',
  sceptical: 'Sceptical',
  neutral: 'Neutral',
  favourable: 'Favourable',
  preferring: 'Preferring',
  unknown: 'Unknown',
};

/** What each stance value means toward its target. */
export const STANCE_MEANINGS: Record<StanceWord, string> = {
  opposed: 'Argues or decides against it',
  sceptical: 'Doubts it, leans elsewhere',
  neutral: 'No lean either way',
  favourable: 'Speaks for it when asked',
  preferring: 'Gives it preference in decisions',
  unknown: 'No stance recorded (not the same as neutral)',
};

// --- Planning (docs/domain.md#development-levels-d1-d4, #planning-a-new-kol-relationship) ---

export const DEVELOPMENT_LEVEL_LABELS: Record<DevelopmentLevel, string> = {
  D1: 'D1',
  D2: 'D2',
  D3: 'D3',
  D4: 'D4',
};

/** The KAM on this relationship, at each level. */
export const DEVELOPMENT_LEVEL_MEANINGS: Record<DevelopmentLevel, string> = {
  D1: 'New to this person: little competence with them yet, usually keen. Every new VIP or KOL starts here.',
  D2: 'Some progress, some setbacks; commitment may dip.',
  D3: 'Competent with this person; confidence may vary.',
  D4: 'Competent and committed with this person.',
};

export const MANAGER_STYLE_LABELS: Record<ManagerStyle, string> = {
  DIRECTING: 'Directing',
  COACHING: 'Coaching',
  SUPPORTING: 'Supporting',
  DELEGATING: 'Delegating',
};

/** What the manager does in each style (the plan itself carries the API's styleMeaning). */
export const MANAGER_STYLE_MEANINGS: Record<ManagerStyle, string> = {
  DIRECTING: 'Goals set jointly before the start, the plan discussed in detail, every step agreed and reviewed.',
  COACHING: 'The manager agrees the steps with the KAM and reviews at each milestone.',
  SUPPORTING: 'The KAM plans the steps; the manager reviews results and helps when asked.',
  DELEGATING: 'Tasks, goals, budget and purpose agreed; the KAM acts alone and reports outcomes.',
};

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  ACTIVE: 'Active',
  ACHIEVED: 'Achieved',
  CLOSED: 'Closed',
};

export const PLAN_PROGRESS_LABELS: Record<PlanProgress, string> = {
  ON_TRACK: 'On track',
  NEEDS_ATTENTION: 'Needs attention',
  BEHIND: 'Behind',
  ACHIEVED: 'Achieved',
  CLOSED: 'Closed',
};

/** How each column of the plan board is judged: by the plan's own steps and dates, never by days without a visit. */
export const PLAN_PROGRESS_HINTS: Record<PlanProgress, string> = {
  ON_TRACK: 'Active, with its steps within what the development level allows.',
  NEEDS_ATTENTION: 'A step is later than the development level allows, or a review was missed.',
  BEHIND: 'The target date passed short of the target stage.',
  ACHIEVED: 'The target stage is reached.',
  CLOSED: 'The plan was closed.',
};

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  OPEN: 'Open',
  DONE: 'Done',
  SKIPPED: 'Skipped',
};

export const STEP_KIND_LABELS: Record<StepKind, string> = {
  INTRODUCTION: 'Introduction',
  EVENT: 'Event',
  COMMITTEE: 'Committee',
  TENDER: 'Tender',
  MEETING: 'Meeting',
  PROPOSAL: 'Proposal',
  REVIEW: 'Review',
  CUSTOM: 'Other',
};

// --- Interactions, follow-ups and the agenda ---

export const INTERACTION_KIND_LABELS: Record<InteractionKind, string> = {
  VISIT: 'Visit',
  CALL: 'Call',
  INFORMAL_MEETING: 'Informal meeting',
  EVENT: 'Event',
  PROPOSAL: 'Proposal',
  EMAIL: 'E-mail',
};

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  NONE: 'No follow-up',
  DUE: 'Follow-up due',
  OVERDUE: 'Follow-up overdue',
  DONE: 'Followed up',
  CONFIRMED: 'Confirmed',
};

export const AGENDA_ITEM_KIND_LABELS: Record<AgendaItemKind, string> = {
  BIRTHDAY: 'Birthday',
  PLAN_STEP: 'Plan step',
  FOLLOW_UP: 'Follow-up',
  TENDER_PREPARATION: 'Tender preparation',
  TERM_ENDING: 'Term ending',
  EVENT: 'Event',
  PLAN_REVIEW: 'Plan review',
};

export const AGENDA_ITEM_KIND_HINTS: Record<AgendaItemKind, string> = {
  BIRTHDAY: 'From the dossier of a person you own',
  PLAN_STEP: 'A dated step of one of your plans',
  FOLLOW_UP: 'A proposal without confirmation: call the day after',
  TENDER_PREPARATION: 'Preparation starts about 9 months before the tender',
  TERM_ENDING: 'A committee term ends: the balance of power may change',
  EVENT: 'A conference or round table in your territory',
  PLAN_REVIEW: 'Review of a plan with your manager',
};

// --- Key accounts (docs/domain.md#key-clients) ---

export const KEY_ACCOUNT_STATUS_LABELS: Record<KeyAccountStatus, string> = {
  BELOW_NORMAL: 'Below normal',
  NORMAL: 'Normal',
  HIGH: 'High',
  MONO_DEPENDENT: 'Mono-dependent',
};

/** The thresholds come from the API (KeyAccountHealth.normalShareMin and the rest), as percentages. */
export interface ShareBand {
  min: string;
  max: string;
  mono: string;
}

export const KEY_ACCOUNT_STATUS_ADVICE: Record<KeyAccountStatus, (band: ShareBand) => string> = {
  BELOW_NORMAL: (b) => `Key accounts bring less than ${b.min} of sales: grow them, or check which accounts are flagged as key.`,
  NORMAL: (b) => `Key accounts bring ${b.min}-${b.max} of sales, the usual range.`,
  HIGH: (b) => `Key accounts bring ${b.max}-${b.mono} of sales: watch the dependence and widen the base.`,
  MONO_DEPENDENT: (b) => `Key accounts bring more than ${b.mono} of sales: losing one would hurt badly. Develop other accounts.`,
};

export const KEY_CLIENT_CRITERION_LABELS: Record<KeyClientCriterion, string> = {
  INFLUENCE: 'Influence',
  PROFITABILITY: 'Profit',
  OPPORTUNITIES: 'Opportunities',
  TRUST: 'Trust',
};

export const KEY_CLIENT_CRITERION_HINTS: Record<KeyClientCriterion, string> = {
  INFLUENCE: 'Leadership of its people in science or medicine (power in the territory)',
  PROFITABILITY: 'Profit relative to the best account',
  OPPORTUNITIES: 'New opportunities and upcoming tenders',
  TRUST: 'Our best relationship stage with its people',
};

/** The same four criteria weighed for a person (KeyPersonStanding): influence is the person's own leadership. */
export const KEY_PERSON_CRITERION_LABELS: Record<KeyClientCriterion, string> = {
  INFLUENCE: 'Leadership',
  PROFITABILITY: 'Profit',
  OPPORTUNITIES: 'Opportunities',
  TRUST: 'Trust',
};

export const KEY_PERSON_CRITERION_HINTS: Record<KeyClientCriterion, string> = {
  INFLUENCE: 'Lasting leadership in science or medicine: power in the territory, against the most powerful',
  PROFITABILITY: 'Sales booked for the person in the period, against the best',
  OPPORTUNITIES: 'Upcoming tenders in whose decision group they sit, committee seats, talks within a year',
  TRUST: 'Our best stage with them on the ladder (contact 0.25 .. near-friendly 1)',
};

// --- People, institutions, committees, tenders ---

export const PERSON_CATEGORY_LABELS: Record<PersonCategory, string> = {
  KOL: 'KOL',
  VIP: 'VIP',
  OFFICIAL: 'Official',
  DOCTOR: 'Doctor',
  PHARMACIST: 'Pharmacist',
  BUYER: 'Buyer',
  DISTRIBUTOR_MANAGER: 'Distributor manager',
  COMPETITOR_STAFF: 'Competitor staff',
  STAFF: 'Staff',
};

export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, string> = {
  HOSPITAL: 'Hospital',
  CLINIC: 'Clinic',
  DEPARTMENT: 'Department',
  PHARMACY_CHAIN: 'Pharmacy chain',
  PHARMACY: 'Pharmacy',
  DISTRIBUTOR: 'Distributor',
  STATE_WAREHOUSE: 'State warehouse',
  HEALTH_AUTHORITY: 'Health authority',
  INSURANCE_FUND: 'Insurance fund',
  REGIONAL_ADMINISTRATION: 'Regional administration',
  UNIVERSITY: 'University',
  SOCIETY: 'Professional society',
  COMPANY: 'Company',
};

export const COMMITTEE_ROLE_LABELS: Record<CommitteeRole, string> = {
  CHAIR: 'Chair',
  SECRETARY: 'Secretary',
  MEMBER: 'Member',
  EXPERT: 'Expert',
};

export const DECISION_ROLE_LABELS: Record<DecisionRole, string> = {
  DECISION_MAKER: 'Decision maker',
  SPECIFICATION_AUTHOR: 'Specification author',
  INFLUENCER: 'Influencer',
  GATEKEEPER: 'Gatekeeper',
  FINANCIAL_EVALUATOR: 'Financial evaluator',
  TECHNICAL_EVALUATOR: 'Technical evaluator',
  USER: 'User',
  CHAMPION: 'Champion',
  BLOCKER: 'Blocker',
};

export const TENDER_STATUS_LABELS: Record<TenderStatus, string> = {
  PLANNED: 'Planned',
  PREPARATION: 'In preparation',
  ANNOUNCED: 'Announced',
  HELD: 'Held',
  AWARDED: 'Awarded',
  CANCELLED: 'Cancelled',
};

export const INFLUENCE_BASIS_LABELS: Record<InfluenceBasis, string> = {
  HIERARCHY: 'Hierarchy',
  MENTORSHIP: 'Mentorship',
  SCIENCE: 'Science',
  PERSONAL: 'Personal',
  COMMERCIAL: 'Commercial',
};

/** Where a tie the evidence suggests stands (docs/domain.md, Evidence). */
export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = {
  OPEN: 'Open',
  ACCEPTED: 'Accepted',
  REJECTED: 'Rejected',
};

export const INFLUENCE_BASIS_HINTS: Record<InfluenceBasis, string> = {
  HIERARCHY: 'A superior, a chair: a line of command',
  MENTORSHIP: 'Teacher and former student, supervisor and trainee',
  SCIENCE: 'Scientific authority: publications, trials, guidelines',
  PERSONAL: 'Friendship, family, shared history',
  COMMERCIAL: 'A business tie between their organisations: purchasing, supply, contracts',
};

// --- Programmes, events (the catalogue) ---

export const PROGRAM_KIND_LABELS: Record<ProgramKind, string> = {
  REGIONAL_BENEFIT: 'Regional benefit programme',
  REGIONAL_TARGET: 'Regional target programme',
  FEDERAL_SUPPLY: 'Federal supply list',
};

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  CONFERENCE: 'Conference',
  ROUND_TABLE: 'Round table',
  CONGRESS: 'Congress',
  WEBINAR: 'Webinar',
};

// --- Power and coalitions ---

export const POWER_FACTOR_LABELS: Record<PowerFactor, string> = {
  FORMAL: 'Formal roles',
  INFLUENCE: 'Influence',
  BROKERAGE: 'Brokerage',
  STANDING: 'Scientific standing',
};

export const COALITION_LEANING_LABELS: Record<CoalitionLeaning, string> = {
  US: 'leans to us',
  COMPETITORS: 'leans to competitors',
  NEUTRAL: 'neutral',
  UNKNOWN: 'lean unknown',
};

export const ROLE_KIND_LABELS: Record<RoleKind, string> = {
  COMMITTEE: 'Committee seat',
  POSITION: 'Position',
  DECISION_GROUP: 'Decision-group role',
};

// --- Users, the graph model ---

export const USER_ROLE_LABELS: Record<UserRole, string> = {
  KAM: 'KAM',
  MANAGER: 'Manager',
  STRATEGIST: 'Strategist',
  ADMIN: 'Admin',
};

/** Why a dossier is not shown (GRANTED: shown, or none on file yet). */
export const DOSSIER_ACCESS_TEXT: Record<DossierAccess, string> = {
  GRANTED: 'No dossier on file yet: birthday, hobbies, values and style widen the ways to connect.',
  NOT_OWNER: 'Only the account owner, their manager and admins may read this dossier.',
  ROLE_EXCLUDED: 'Strategists see no dossier fields.',
};

export const LAWFUL_BASIS_LABELS: Record<LawfulBasis, string> = {
  CONSENT: 'Consent',
  LEGITIMATE_INTEREST: 'Legitimate interest',
};

export const NOTICE_METHOD_LABELS: Record<NoticeMethod, string> = {
  IN_PERSON: 'in person',
  EMAIL: 'by e-mail',
  LETTER: 'by letter',
  PHONE: 'by phone',
};

/** The words of the person panel's data-protection block and the admin's erasure. */
export const DATA_PROTECTION_TEXT = {
  title: 'Data protection',
  lawfulBasis: 'Lawful basis',
  noBasis: 'Not recorded: record why we hold this data and when the person was told.',
  informed: 'Informed',
  retention: 'Retention',
  retentionValue: (months: number, until: string | null) => `${months} months${until ? `; dossier data erased after ${until}` : ''}`,
  erased: 'Personal data erased on request.',
  eraseTitle: 'Erase personal data',
  eraseReason: 'Request reference',
  eraseButton: 'Erase everywhere',
  eraseConfirm: 'Erase this person\'s personal data everywhere? This cannot be undone.',
  eraseDone: (items: number) => `Erased: ${items} items changed.`,
} as const;

export const NODE_LABEL_LABELS: Record<NodeLabel, string> = {
  Person: 'Person',
  Institution: 'Institution',
  Committee: 'Committee',
  Territory: 'Territory',
  Tender: 'Tender',
  Program: 'Programme',
  Product: 'Product',
  TherapeuticArea: 'Therapeutic area',
  Event: 'Event',
  Interaction: 'Interaction',
  User: 'User',
  Plan: 'Plan',
  PlanStep: 'Plan step',
  Sales: 'Sales',
  Publication: 'Publication',
  Trial: 'Clinical trial',
  Talk: 'Talk',
};

export const TIE_TYPE_LABELS: Record<TieType, string> = {
  WORKS_AT: 'Works at',
  MEMBER_OF: 'Committee member',
  PART_OF: 'Part of',
  REPORTS_TO: 'Reports to',
  LOCATED_IN: 'Located in',
  INFLUENCES: 'Influences',
  KNOWS: 'Knows',
  ISSUES: 'Issues tender',
  DRAFTS: 'Drafts specification',
  ROLE_IN: 'Decision-group role',
  INCLUDES: 'Includes',
  MAKES: 'Makes',
  COMPETES_IN: 'Competes in',
  STANCE: 'Stance',
  OWNS: 'Owns',
  RELATES: 'Relationship',
  SPOKE_AT: 'Spoke at',
  ATTENDED: 'Attended',
  PARTICIPATED_IN: 'Took part in',
  IN_AREA: 'In area',
  LOTS: 'Lot',
  HAS_DOSSIER: 'Dossier',
  TARGETS: 'Plan for',
  HAS_STEP: 'Plan step',
  ABOUT: 'About',
  FOR: 'Sales for',
  FOLLOWS_UP: 'Follows up',
  AWARDED_TO: 'Awarded to',
  AUTHORED: 'Authored',
  INVESTIGATOR_IN: 'Investigator in',
  HELD_AT: 'Held at',
  WATCHES: 'Watches',
};

/** A tie type read from its other end (`to`): a person's incoming ties in the side panel. */
export const TIE_TYPE_INVERSE_LABELS: Record<TieType, string> = {
  WORKS_AT: 'Employs',
  MEMBER_OF: 'Has as member',
  PART_OF: 'Has as part',
  REPORTS_TO: 'Direct reports',
  LOCATED_IN: 'Location of',
  INFLUENCES: 'Influenced by',
  KNOWS: 'Known by',
  ISSUES: 'Issued by',
  DRAFTS: 'Drafted by',
  ROLE_IN: 'Decision group',
  INCLUDES: 'Included in',
  MAKES: 'Made by',
  COMPETES_IN: 'Competitors',
  STANCE: 'Stance of',
  OWNS: 'Owned by',
  RELATES: 'Relationship with',
  SPOKE_AT: 'Speakers',
  ATTENDED: 'Attendees',
  PARTICIPATED_IN: 'Participants',
  IN_AREA: 'Area of',
  LOTS: 'Lot of',
  HAS_DOSSIER: 'Dossier of',
  TARGETS: 'Targeted by plan',
  HAS_STEP: 'Step of',
  ABOUT: 'Subject of',
  FOR: 'Sales booked',
  FOLLOWS_UP: 'Followed up by',
  AWARDED_TO: 'Won',
  AUTHORED: 'Authors',
  INVESTIGATOR_IN: 'Investigators',
  HELD_AT: 'Talks held',
  WATCHES: 'Watched by',
};

/** What kind of change a feed item is (the changes page's filter and each item's tag). */
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  RANK_MOVED: 'Rank moved',
  TIE_STARTED: 'Tie began',
  TIE_ENDED: 'Tie ended',
  STANCE_CHANGED: 'Stance',
  STAGE_CHANGED: 'Stage',
  ROLE_STARTED: 'Role began',
  ROLE_ENDED: 'Role ended',
  TERM_ENDING: 'Term ending',
  TENDER_STATUS_CHANGED: 'Tender status',
  PERSON_ADDED: 'New person',
};
