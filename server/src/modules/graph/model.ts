/**
 * The stakeholder graph model: every label, relationship type and typed property the
 * product knows. Import, export, the demo generator and the API all validate against
 * this one allow-list, so a label or type never comes from free text.
 */
import {
  CommitteeRole,
  DecisionRole,
  DevelopmentLevel,
  InfluenceBasis,
  InstitutionKind,
  InteractionKind,
  LawfulBasis,
  NoticeMethod,
  PersonCategory,
  PlanStatus,
  ProgramKind,
  RelationshipStage,
  StageCriterion,
  StepKind,
  StepStatus,
  TenderProcedure,
  TenderStatus,
  InvestigatorRole,
  SpeakerRole,
  TieType as TieTypeEnum,
  UserRole,
} from '../../__generated__/vocabulary.js';
import { LOCALES, type MessageId } from '../../kernel/i18n/catalogue.js';

export const NODE_TYPES = [
  'Person',
  'Institution',
  'Committee',
  'Territory',
  'Tender',
  'Program',
  'Product',
  'TherapeuticArea',
  'Event',
  'Interaction',
  'User',
  'Dossier',
  'Plan',
  'PlanStep',
  'Sales',
  /** Evidence (modules/evidence): works that people authored, led or presented. */
  'Publication',
  'Trial',
  'Talk',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const TIE_TYPES = Object.values(TieTypeEnum);
export type TieType = (typeof TIE_TYPES)[number];

/*
 * The closed word lists, in the SDL's order, as the words stored in the graph. They come
 * from the SDL's enums (server/src/__generated__/vocabulary.ts): one source of truth for
 * what the API accepts, what import accepts, and the order of a ladder.
 */
export const INSTITUTION_KINDS = Object.values(InstitutionKind);
export type { InstitutionKind };

/**
 * The relationship ladder of the source article: contact -> acquaintance -> loyalty ->
 * near-friendly (docs/domain.md#the-relationship-ladder).
 */
export const RELATIONSHIP_STAGES = Object.values(RelationshipStage);
export type { RelationshipStage };

/** A stage's place on the ladder: 0 for no stage at all, 1 for contact ... 4 for near-friendly. */
export function stageRank(stage: string | null | undefined): number {
  return (RELATIONSHIP_STAGES as readonly string[]).indexOf(stage ?? '') + 1;
}

/** The highest of some stages on the ladder (null when there are none). */
export function bestStage(stages: ReadonlyArray<string | null | undefined>): RelationshipStage | null {
  let best = 0;
  for (const stage of stages) best = Math.max(best, stageRank(stage));
  return RELATIONSHIP_STAGES[best - 1] ?? null;
}

export const STAGE_CRITERIA = Object.values(StageCriterion);
export const COMMITTEE_ROLES = Object.values(CommitteeRole);
export const INFLUENCE_BASES = Object.values(InfluenceBasis);
export const DECISION_ROLES = Object.values(DecisionRole);
export const PERSON_CATEGORIES = Object.values(PersonCategory);
export const USER_ROLES = Object.values(UserRole);
export const TENDER_STATUSES = Object.values(TenderStatus);
/** How a tender is procured; a country pack says which of them its country uses (docs/country-packs.md). */
export const TENDER_PROCEDURES = Object.values(TenderProcedure);
export const INTERACTION_KINDS = Object.values(InteractionKind);
export const LAWFUL_BASES = Object.values(LawfulBasis);
export const NOTICE_METHODS = Object.values(NoticeMethod);
export const EVENT_KINDS = ['conference', 'round_table', 'congress', 'webinar'] as const;
export const PROGRAM_KINDS = Object.values(ProgramKind);
export const INVESTIGATOR_ROLES = Object.values(InvestigatorRole);
export const SPEAKER_ROLES = Object.values(SpeakerRole);
/** The KAM's development level on a relationship project (docs/domain.md#development-levels-d1-d4). */
export const DEVELOPMENT_LEVELS = Object.values(DevelopmentLevel);
export const PLAN_STATUSES = Object.values(PlanStatus);
export const STEP_STATUSES = Object.values(StepStatus);
export const STEP_KINDS = Object.values(StepKind);

/**
 * Words that earlier versions stored or imported, and what they mean now. Import accepts
 * them (old CSV files stay importable) and the start-up migrations rewrite stored ones.
 */
export const FORMER_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  stage: { introduced: 'contact', acquainted: 'acquaintance', loyal: 'loyalty', advocate: 'near_friendly' },
};

export type PropertyKind =
  | { kind: 'string' }
  | { kind: 'text' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | {
      kind: 'enum';
      values: readonly string[];
      /** Words earlier versions used, with what they mean now (import still takes them). */
      former?: Readonly<Record<string, string>>;
      /** Words that are refused whatever the file says, with the message that says why. */
      refused?: Readonly<Record<string, MessageId>>;
    }
  | { kind: 'list' };

/**
 * A property that is personal data: erasure removes it, retention expires it, and it is
 * never copied into the audit log. Marked here once, beside its type.
 */
export type Personal<K extends PropertyKind = PropertyKind> = K & { readonly personal: true };
const personal = <K extends PropertyKind>(kind: K): Personal<K> => ({ ...kind, personal: true });

const str = { kind: 'string' } as const;
const text = { kind: 'text' } as const;
const date = { kind: 'date' } as const;
const bool = { kind: 'boolean' } as const;
const unit = { kind: 'number', min: 0, max: 1 } as const;
const amount = { kind: 'number', min: 0 } as const;
const list = { kind: 'list' } as const;
const oneOf = (values: readonly string[], extra: { former?: Record<string, string>; refused?: Record<string, MessageId> } = {}): PropertyKind => ({
  kind: 'enum',
  values,
  ...extra,
});
const stageWord = oneOf(RELATIONSHIP_STAGES, { former: FORMER_WORDS.stage });
/** A DevelopmentLevel is written D1..D4 (`d1` from a CSV means the same). */
const developmentLevel: PropertyKind = { kind: 'enum', values: DEVELOPMENT_LEVELS, former: { d1: 'D1', d2: 'D2', d3: 'D3', d4: 'D4' } };
/** Swayed by money is never recorded (docs/domain.md#informal-influence). */
const basisWord = oneOf(INFLUENCE_BASES, {
  refused: { money: 'value.refusedMoneyBasis' },
});

/** Every node may carry the day it was first added to the graph. */
const NODE_COMMON: Record<string, PropertyKind> = {
  /**
   * The day the node was first written to the graph: the graph writer stamps new nodes
   * with the day of the write unless the record carries one (import files and the demo
   * may give an earlier day). The change feed reports new people on it.
   */
  addedOn: date,
};

/**
 * Typed properties per label. Properties not listed are accepted on import and stored
 * as strings, so a territory's own data is never thrown away.
 */
export const NODE_PROPERTIES: Record<NodeType, Record<string, PropertyKind>> = {
  Person: {
    title: personal(str),
    /** ORCID iD (`0000-0002-1825-0097`): how evidence finds the person first; it names the person, so it is personal. */
    orcid: personal(str),
    category: oneOf(PERSON_CATEGORIES),
    specialty: personal(str),
    email: personal(str),
    phone: personal(str),
    consent: bool,
    optedOut: bool,
    anonymised: bool,
    /** The day the person's personal data was erased on request. */
    erasedOn: date,
    /** Why we hold their data, when and how they were told, how long dossier data is kept. */
    lawfulBasis: oneOf(LAWFUL_BASES),
    noticeOn: date,
    noticeMethod: oneOf(NOTICE_METHODS),
    retentionMonths: { kind: 'integer', min: 1, max: 120 },
  },
  Institution: { kind: oneOf(INSTITUTION_KINDS), city: str, ours: bool, competitor: bool, keyAccount: bool },
  Committee: { kind: str, description: text },
  Territory: { code: str, level: str },
  Tender: {
    date: date,
    value: amount,
    currency: str,
    status: oneOf(TENDER_STATUSES),
    procedure: oneOf(TENDER_PROCEDURES),
    specification: text,
    preparationStart: date,
    /** Each status change as `YYYY-MM-DD status`, oldest first (the API appends to it). */
    statusHistory: list,
  },
  Program: { kind: oneOf(PROGRAM_KINDS), year: { kind: 'integer', min: 1900, max: 2200 } },
  Product: { inn: str, form: str, sku: str, ours: bool },
  TherapeuticArea: { code: str },
  Event: { kind: oneOf(EVENT_KINDS), date: date, city: str },
  Interaction: {
    kind: oneOf(INTERACTION_KINDS),
    date: date,
    outcome: personal(str),
    notes: personal(text),
    /** Proposals: the offer holds until this day. */
    validUntil: date,
    /** Proposals: the day the client confirmed receipt or agreed; no date means a follow-up is due. */
    confirmedOn: date,
    /** The next call or meeting agreed. */
    nextContactOn: date,
  },
  User: {
    role: oneOf(USER_ROLES),
    email: str,
    kamKind: str,
    /** The language the user chose in the app (setPreferredLocale), a BCP 47 tag. */
    preferredLocale: oneOf(LOCALES),
    /** The day and graph version up to which the user read their inbox (markInboxRead): typed here so export and import keep them as they are. */
    inboxReadOn: date,
    inboxReadVersion: { kind: 'integer', min: 0 },
  },
  Dossier: {
    birthday: personal(date),
    hobbies: personal(list),
    family: personal(text),
    values: personal(text),
    communicationStyle: personal(str),
    characterType: personal(str),
    source: personal(str),
    recordedOn: date,
  },
  Plan: {
    startStage: stageWord,
    targetStage: stageWord,
    /** The day the target stage should be reached by: the plan's own deadline. */
    targetOn: date,
    goals: personal(text),
    budget: amount,
    budgetPurpose: personal(text),
    developmentLevel,
    status: oneOf(PLAN_STATUSES),
    createdOn: date,
    reviewOn: date,
    reviewNotes: personal(list),
  },
  PlanStep: {
    kind: oneOf(STEP_KINDS),
    due: date,
    status: oneOf(STEP_STATUSES),
    doneOn: date,
    note: personal(text),
    order: { kind: 'integer', min: 0 },
  },
  Publication: {
    pmid: str,
    doi: str,
    journal: str,
    /** The publication date as PubMed gives it (missing month or day: the first). */
    date: date,
    year: { kind: 'integer', min: 1800, max: 2200 },
    /** MeSH descriptor names. */
    meshTerms: list,
    /** Group authors (a consortium, a study group): named, never matched to people. */
    collectiveAuthors: list,
    authorCount: { kind: 'integer', min: 0 },
    url: str,
  },
  Trial: {
    nctId: str,
    officialTitle: text,
    /** Phases as ClinicalTrials.gov writes them (`PHASE2`, `PHASE3`, `NA`). */
    phases: list,
    overallStatus: str,
    /** The study's start; `date` is what recency counts. */
    date: date,
    completionDate: date,
    conditions: list,
    url: str,
  },
  Talk: {
    /** What was presented; the node's name is the topic, or the session when there is none. */
    topic: str,
    session: str,
    /** The event and session (`<event id>|<session>`): speakers sharing it spoke together. */
    sessionKey: str,
    role: oneOf(SPEAKER_ROLES),
    date: date,
    city: str,
  },
  Sales: {
    /** A year (`2026`) or quarter (`2026-Q3`). */
    period: str,
    revenue: amount,
    profit: { kind: 'number' },
    newOpportunities: { kind: 'integer', min: 0 },
  },
};

/** Every tie may carry its validity window and its provenance. */
const TIE_COMMON: Record<string, PropertyKind> = {
  /** The user who wrote the tie through the API. */
  recordedBy: str,
  since: date,
  until: date,
  /** Who told us: often a person's words, so personal. */
  source: personal(str),
  confidence: unit,
};

export const TIE_PROPERTIES: Record<TieType, Record<string, PropertyKind>> = {
  WORKS_AT: { position: str, head: bool },
  MEMBER_OF: { role: oneOf(COMMITTEE_ROLES) },
  PART_OF: {},
  REPORTS_TO: {},
  LOCATED_IN: {},
  INFLUENCES: { strength: unit, domain: str, basis: basisWord },
  KNOWS: { strength: unit },
  ISSUES: {},
  DRAFTS: {},
  ROLE_IN: { role: oneOf(DECISION_ROLES) },
  INCLUDES: {},
  MAKES: {},
  COMPETES_IN: {},
  STANCE: { value: { kind: 'integer', min: -2, max: 2 }, toward: str },
  OWNS: {},
  /**
   * `criteria`: the ladder's criteria recorded as met, each `criterion YYYY-MM-DD` (the day
   * it was first seen), e.g. `knows_kam_and_company 2026-03-01`.
   */
  RELATES: { stage: stageWord, criteria: list },
  SPOKE_AT: { topic: str, role: oneOf(SPEAKER_ROLES), matchScore: unit, written: personal(str) },
  /** Author of a publication: `position` 1 = first; `last` marks the last (senior) author. */
  AUTHORED: { position: { kind: 'integer', min: 1 }, last: bool, matchScore: unit, written: personal(str) },
  INVESTIGATOR_IN: { role: oneOf(INVESTIGATOR_ROLES), overall: bool, site: str, city: str, matchScore: unit, written: personal(str) },
  HELD_AT: {},
  ATTENDED: {},
  PARTICIPATED_IN: {},
  IN_AREA: {},
  LOTS: { lot: { kind: 'integer', min: 1 }, quantity: amount },
  HAS_DOSSIER: {},
  TARGETS: {},
  HAS_STEP: {},
  ABOUT: {},
  FOR: {},
  FOLLOWS_UP: {},
  AWARDED_TO: { price: amount, currency: str },
  /**
   * `rankingAtRead` (watched scopes): the scope's ranking when the user last marked their
   * inbox read, each `personId rank score`, so the inbox tells rank moves against what
   * the user saw rather than against a ranking recomputed as of that day.
   */
  WATCHES: { rankingAtRead: list },
};

/**
 * Node labels whose `name` is itself personal: a person's name, and the texts written
 * about them (interaction names, plan and step titles may quote a name).
 */
export const PERSONAL_NAMES: readonly NodeType[] = ['Person', 'Dossier', 'Interaction', 'Plan', 'PlanStep'];

/** The personal properties of a label or tie type (the model's `personal(...)` marks). */
export function personalProperties(scope: 'node' | 'tie', type: string): string[] {
  const props = scope === 'node' ? NODE_PROPERTIES[type as NodeType] : { ...TIE_COMMON, ...TIE_PROPERTIES[type as TieType] };
  return Object.entries(props ?? {})
    .filter(([, kind]) => 'personal' in kind && kind.personal === true)
    .map(([key]) => key);
}

export function propertyKind(
  scope: 'node' | 'tie',
  type: string,
  property: string,
): PropertyKind | undefined {
  if (scope === 'node') return NODE_COMMON[property] ?? NODE_PROPERTIES[type as NodeType]?.[property];
  return TIE_COMMON[property] ?? TIE_PROPERTIES[type as TieType]?.[property];
}

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}
export function isTieType(value: string): value is TieType {
  return (TIE_TYPES as readonly string[]).includes(value);
}

/** A node as import, export and the demo generator exchange it. */
export interface NodeRecord {
  id: string;
  type: NodeType;
  name: string;
  props: Record<string, PropertyValue>;
}

/** A tie as import, export and the demo generator exchange it. */
export interface TieRecord {
  from: string;
  to: string;
  type: TieType;
  props: Record<string, PropertyValue>;
}

/** Dates travel as ISO `YYYY-MM-DD` strings and are stored as Neo4j `Date`. */
export type PropertyValue = string | number | boolean | string[] | null;

/**
 * One tie per (type, from, to, since): the same pair can hold a tie again after it
 * ended, and re-importing the same row finds the same tie.
 */
export function tieKey(tie: Pick<TieRecord, 'from' | 'to' | 'type'> & { since?: string | null }): string {
  return `${tie.type}|${tie.from}|${tie.to}|${tie.since ?? ''}`;
}

const ANY_NODE = NODE_TYPES;
const PEOPLE = ['Person', 'User'] as const;

/** Which labels each tie may join (from -> to); import rejects anything else. */
export const TIE_ENDPOINTS: Record<TieType, { from: readonly NodeType[]; to: readonly NodeType[] }> = {
  WORKS_AT: { from: PEOPLE, to: ['Institution'] },
  MEMBER_OF: { from: ['Person', 'Institution'], to: ['Committee', 'Institution'] },
  PART_OF: { from: ['Institution', 'Committee', 'Territory'], to: ['Institution', 'Territory'] },
  REPORTS_TO: { from: PEOPLE, to: PEOPLE },
  LOCATED_IN: { from: ANY_NODE, to: ['Territory'] },
  INFLUENCES: { from: ['Person'], to: ['Person'] },
  KNOWS: { from: PEOPLE, to: PEOPLE },
  ISSUES: { from: ['Institution', 'Committee'], to: ['Tender'] },
  DRAFTS: { from: ['Committee', 'Person'], to: ['Tender', 'Program'] },
  ROLE_IN: { from: ['Person'], to: ['Tender'] },
  INCLUDES: { from: ['Program'], to: ['Product'] },
  MAKES: { from: ['Institution'], to: ['Product'] },
  COMPETES_IN: { from: ['Institution'], to: ['Tender'] },
  STANCE: { from: ['Person'], to: ['Institution', 'Product'] },
  OWNS: { from: ['User'], to: ['Person', 'Institution', 'Plan'] },
  RELATES: { from: ['User'], to: ['Person'] },
  SPOKE_AT: { from: PEOPLE, to: ['Event', 'Talk'] },
  AUTHORED: { from: ['Person'], to: ['Publication'] },
  INVESTIGATOR_IN: { from: ['Person'], to: ['Trial'] },
  HELD_AT: { from: ['Talk'], to: ['Event'] },
  ATTENDED: { from: PEOPLE, to: ['Event'] },
  PARTICIPATED_IN: { from: PEOPLE, to: ['Interaction'] },
  IN_AREA: { from: ['Product', 'Event', 'Committee', 'Program', 'Person', 'Tender', 'Institution', 'Publication', 'Trial', 'Talk'], to: ['TherapeuticArea'] },
  LOTS: { from: ['Tender'], to: ['Product'] },
  HAS_DOSSIER: { from: ['Person'], to: ['Dossier'] },
  TARGETS: { from: ['Plan'], to: ['Person'] },
  HAS_STEP: { from: ['Plan'], to: ['PlanStep'] },
  ABOUT: { from: ['PlanStep', 'Interaction'], to: ['Person', 'Event', 'Committee', 'Tender', 'Institution', 'Interaction'] },
  FOR: { from: ['Sales'], to: ['Institution', 'Person'] },
  FOLLOWS_UP: { from: ['Interaction'], to: ['Interaction'] },
  AWARDED_TO: { from: ['Tender'], to: ['Institution'] },
  WATCHES: { from: ['User'], to: ['Person', 'Institution', 'Committee', 'Tender', 'Territory'] },
};
