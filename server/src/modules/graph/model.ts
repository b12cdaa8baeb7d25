/**
 * The stakeholder graph model: every label, relationship type and typed property the
 * product knows. Import, export, the demo generator and the API all validate against
 * this one allow-list, so a label or type never comes from free text.
 */

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
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const TIE_TYPES = [
  'WORKS_AT',
  'MEMBER_OF',
  'PART_OF',
  'REPORTS_TO',
  'LOCATED_IN',
  'INFLUENCES',
  'KNOWS',
  'ISSUES',
  'DRAFTS',
  'ROLE_IN',
  'INCLUDES',
  'MAKES',
  'COMPETES_IN',
  'STANCE',
  'OWNS',
  'RELATES',
  'SPOKE_AT',
  'ATTENDED',
  'PARTICIPATED_IN',
  'IN_AREA',
  'LOTS',
  'HAS_DOSSIER',
  'TARGETS',
  'HAS_STEP',
  'ABOUT',
  'FOR',
  'FOLLOWS_UP',
] as const;
export type TieType = (typeof TIE_TYPES)[number];

export const INSTITUTION_KINDS = [
  'hospital',
  'clinic',
  'department',
  'pharmacy_chain',
  'pharmacy',
  'distributor',
  'state_warehouse',
  'health_authority',
  'insurance_fund',
  'regional_administration',
  'university',
  'society',
  'company',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** Our path from first contact to a near-friendly relationship (DOMAIN.md). */
export const RELATIONSHIP_STAGES = ['unknown', 'introduced', 'acquainted', 'loyal', 'advocate'] as const;
export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number];

/** A stage's place on the ladder (0 for unknown, and for no stage at all). */
export function stageRank(stage: string | null | undefined): number {
  return Math.max(0, (RELATIONSHIP_STAGES as readonly string[]).indexOf(stage ?? 'unknown'));
}

/** The highest of some stages on the ladder (unknown when there are none). */
export function bestStage(stages: ReadonlyArray<string | null | undefined>): RelationshipStage {
  let best = 0;
  for (const stage of stages) best = Math.max(best, stageRank(stage));
  return RELATIONSHIP_STAGES[best] ?? 'unknown';
}

export const COMMITTEE_ROLES = ['chair', 'secretary', 'member', 'expert'] as const;
export const INFLUENCE_BASES = ['hierarchy', 'mentorship', 'science', 'personal', 'money'] as const;
export const DECISION_ROLES = [
  'decision_maker',
  'specification_author',
  'influencer',
  'gatekeeper',
  'financial_evaluator',
  'technical_evaluator',
  'user',
  'champion',
  'blocker',
] as const;
export const PERSON_CATEGORIES = [
  'kol',
  'vip',
  'official',
  'doctor',
  'pharmacist',
  'buyer',
  'distributor_manager',
  'competitor_staff',
  'staff',
] as const;
export const USER_ROLES = ['kam', 'manager', 'strategist', 'admin'] as const;
export const TENDER_STATUSES = ['planned', 'preparation', 'announced', 'held', 'awarded', 'cancelled'] as const;
export const INTERACTION_KINDS = ['visit', 'call', 'informal_meeting', 'event', 'proposal', 'email'] as const;
export const EVENT_KINDS = ['conference', 'round_table', 'congress', 'webinar'] as const;
export const PROGRAM_KINDS = ['regional_benefit', 'regional_target', 'federal_supply'] as const;
/** A manager's delegation to a KAM for one relationship (situational leadership D1..D4). */
export const DELEGATION_LEVELS = ['D1', 'D2', 'D3', 'D4'] as const;
export const PLAN_STATUSES = ['active', 'achieved', 'closed'] as const;
export const STEP_STATUSES = ['open', 'done', 'skipped'] as const;
export const STEP_KINDS = ['introduction', 'event', 'committee', 'tender', 'meeting', 'proposal', 'review', 'custom'] as const;

export type PropertyKind =
  | { kind: 'string' }
  | { kind: 'text' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list' };

const str = { kind: 'string' } as const;
const text = { kind: 'text' } as const;
const date = { kind: 'date' } as const;
const bool = { kind: 'boolean' } as const;
const unit = { kind: 'number', min: 0, max: 1 } as const;
const money = { kind: 'number', min: 0 } as const;
const list = { kind: 'list' } as const;
const oneOf = (values: readonly string[]): PropertyKind => ({ kind: 'enum', values });

/**
 * Typed properties per label. Properties not listed are accepted on import and stored
 * as strings, so a territory's own data is never thrown away.
 */
export const NODE_PROPERTIES: Record<NodeType, Record<string, PropertyKind>> = {
  Person: {
    title: str,
    category: oneOf(PERSON_CATEGORIES),
    specialty: str,
    email: str,
    phone: str,
    consent: bool,
    optedOut: bool,
    anonymised: bool,
    /** The day the person's personal data was erased on request. */
    erasedOn: date,
  },
  Institution: { kind: oneOf(INSTITUTION_KINDS), city: str, ours: bool, competitor: bool, keyAccount: bool },
  Committee: { kind: str, description: text },
  Territory: { code: str, level: str },
  Tender: {
    date: date,
    value: money,
    currency: str,
    status: oneOf(TENDER_STATUSES),
    specification: text,
    preparationStart: date,
  },
  Program: { kind: oneOf(PROGRAM_KINDS), year: { kind: 'integer', min: 1900, max: 2200 } },
  Product: { inn: str, form: str, sku: str, ours: bool },
  TherapeuticArea: { code: str },
  Event: { kind: oneOf(EVENT_KINDS), date: date, city: str },
  Interaction: {
    kind: oneOf(INTERACTION_KINDS),
    date: date,
    outcome: str,
    notes: text,
    /** Proposals: the offer holds until this day. */
    validUntil: date,
    /** Proposals: the day the client confirmed receipt or agreed; no date means a follow-up is due. */
    confirmedOn: date,
    /** The next call or meeting agreed. */
    nextContactOn: date,
  },
  User: { role: oneOf(USER_ROLES), email: str, kamKind: str },
  Dossier: {
    birthday: date,
    hobbies: list,
    family: text,
    values: text,
    communicationStyle: str,
    characterType: str,
    source: str,
    recordedOn: date,
  },
  Plan: {
    startStage: oneOf(RELATIONSHIP_STAGES),
    targetStage: oneOf(RELATIONSHIP_STAGES),
    goals: text,
    budget: money,
    budgetPurpose: text,
    delegation: oneOf(DELEGATION_LEVELS),
    status: oneOf(PLAN_STATUSES),
    createdOn: date,
    reviewOn: date,
    reviewNotes: list,
  },
  PlanStep: {
    kind: oneOf(STEP_KINDS),
    due: date,
    status: oneOf(STEP_STATUSES),
    doneOn: date,
    note: text,
    order: { kind: 'integer', min: 0 },
  },
  Sales: {
    /** A year (`2026`) or quarter (`2026-Q3`). */
    period: str,
    revenue: money,
    profit: { kind: 'number' },
    newOpportunities: { kind: 'integer', min: 0 },
  },
};

/** Every tie may carry its validity window and its provenance. */
const TIE_COMMON: Record<string, PropertyKind> = {
  since: date,
  until: date,
  source: str,
  confidence: unit,
};

export const TIE_PROPERTIES: Record<TieType, Record<string, PropertyKind>> = {
  WORKS_AT: { position: str, head: bool },
  MEMBER_OF: { role: oneOf(COMMITTEE_ROLES) },
  PART_OF: {},
  REPORTS_TO: {},
  LOCATED_IN: {},
  INFLUENCES: { strength: unit, domain: str, basis: oneOf(INFLUENCE_BASES) },
  KNOWS: { strength: unit },
  ISSUES: {},
  DRAFTS: {},
  ROLE_IN: { role: oneOf(DECISION_ROLES) },
  INCLUDES: {},
  MAKES: {},
  COMPETES_IN: {},
  STANCE: { value: { kind: 'integer', min: -2, max: 2 }, toward: str },
  OWNS: {},
  RELATES: { stage: oneOf(RELATIONSHIP_STAGES) },
  SPOKE_AT: { topic: str },
  ATTENDED: {},
  PARTICIPATED_IN: {},
  IN_AREA: {},
  LOTS: { lot: { kind: 'integer', min: 1 }, quantity: money },
  HAS_DOSSIER: {},
  TARGETS: {},
  HAS_STEP: {},
  ABOUT: {},
  FOR: {},
  FOLLOWS_UP: {},
};

export function propertyKind(
  scope: 'node' | 'tie',
  type: string,
  property: string,
): PropertyKind | undefined {
  if (scope === 'node') return NODE_PROPERTIES[type as NodeType]?.[property];
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
  SPOKE_AT: { from: PEOPLE, to: ['Event'] },
  ATTENDED: { from: PEOPLE, to: ['Event'] },
  PARTICIPATED_IN: { from: PEOPLE, to: ['Interaction'] },
  IN_AREA: { from: ['Product', 'Event', 'Committee', 'Program', 'Person', 'Tender', 'Institution'], to: ['TherapeuticArea'] },
  LOTS: { from: ['Tender'], to: ['Product'] },
  HAS_DOSSIER: { from: ['Person'], to: ['Dossier'] },
  TARGETS: { from: ['Plan'], to: ['Person'] },
  HAS_STEP: { from: ['Plan'], to: ['PlanStep'] },
  ABOUT: { from: ['PlanStep', 'Interaction'], to: ['Person', 'Event', 'Committee', 'Tender', 'Institution', 'Interaction'] },
  FOR: { from: ['Sales'], to: ['Institution', 'Person'] },
  FOLLOWS_UP: { from: ['Interaction'], to: ['Interaction'] },
};
