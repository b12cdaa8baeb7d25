/**
 * The dated facts a change feed is derived from, as the repository reads them: ties with
 * their since and until, people with the day they were added, tenders' status history
 * entries. Plain values, so every rule here is tested without a database.
 */
import type { RecordedModel } from '../models.js';

/** Ties between people (and a person drafting a tender): TIE_STARTED / TIE_ENDED. */
export const PEOPLE_TIE_TYPES = ['INFLUENCES', 'KNOWS', 'REPORTS_TO', 'DRAFTS'] as const;
/** Positions, committee seats, decision-group roles: ROLE_STARTED / ROLE_ENDED / TERM_ENDING. */
export const ROLE_TIE_TYPES = ['WORKS_AT', 'MEMBER_OF', 'ROLE_IN'] as const;
/** Every tie type a change can come from. */
export const CHANGE_TIE_TYPES = [...PEOPLE_TIE_TYPES, ...ROLE_TIE_TYPES, 'STANCE', 'RELATES'] as const;
export type ChangeTieType = (typeof CHANGE_TIE_TYPES)[number];

export function isChangeTieType(type: string): type is ChangeTieType {
  return (CHANGE_TIE_TYPES as readonly string[]).includes(type);
}

export interface TieFact {
  /** `type|from|to|since`: the tie's identity (and the map edge's id). */
  key: string;
  type: ChangeTieType;
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  since: string | null;
  until: string | null;
  strength: number | null;
  confidence: number | null;
  source: string | null;
  /** Committee or decision-group role. */
  role: string | null;
  /** Job title (WORKS_AT). */
  position: string | null;
  head: boolean;
  basis: string | null;
  /** STANCE: -2..2. */
  value: number | null;
  /** RELATES: the stage. */
  stage: string | null;
  /**
   * STANCE and RELATES: the value of the tie of the same pair that ended last on or
   * before this one began (null: none was recorded before).
   */
  previous: { value: number | null; stage: string | null } | null;
  /** STANCE and RELATES: another tie of the same pair begins the day this one ends (a new value, not an end). */
  replaced: boolean;
}

export interface AddedFact {
  personId: string;
  on: string;
}

export interface StatusFact {
  tenderId: string;
  on: string;
  status: string;
  /** The status before (the history's previous entry), null for the first. */
  before: string | null;
  /** The tender's decision group on that day. */
  peopleIds: string[];
}

export interface Facts {
  ties: TieFact[];
  added: AddedFact[];
  statuses: StatusFact[];
}

/** The change facts the log names: `start|<tie key>`, `end|<tie key>`, `added|<person id>`, `status|<tender id>|<day>`. */
export type FactKey = string;

export const startFact = (key: string): FactKey => `start|${key}`;
export const endFact = (key: string): FactKey => `end|${key}`;
export const addedFact = (personId: string): FactKey => `added|${personId}`;
export const statusFact = (tenderId: string, on: string): FactKey => `status|${tenderId}|${on}`;

/** What a list of fact keys asks the graph for: tie keys, people, tender status entries. */
export function parseFactKeys(keys: Iterable<FactKey>): { tieKeys: string[]; personIds: string[]; statuses: Array<{ tenderId: string; on: string }> } {
  const tieKeys = new Set<string>();
  const personIds = new Set<string>();
  const statuses = new Map<string, { tenderId: string; on: string }>();
  for (const fact of keys) {
    const bar = fact.indexOf('|');
    const kind = fact.slice(0, bar);
    const rest = fact.slice(bar + 1);
    if (kind === 'start' || kind === 'end') tieKeys.add(rest);
    else if (kind === 'added') personIds.add(rest);
    else if (kind === 'status') {
      const cut = rest.lastIndexOf('|');
      statuses.set(rest, { tenderId: rest.slice(0, cut), on: rest.slice(cut + 1) });
    }
  }
  return { tieKeys: [...tieKeys], personIds: [...personIds], statuses: [...statuses.values()] };
}

/** The change log's records of a window: fact key -> the latest write that recorded it. */
export type RecordedFacts = ReadonlyMap<FactKey, RecordedModel>;
