/**
 * The ties that shared works imply (the SDL's TieSuggestion states the formulas):
 * co-authors, co-investigators and speakers of one session probably KNOW each other; a
 * senior author over recurring first authors, and a trial's principal investigator over
 * its site investigators, probably INFLUENCE them on science.
 */
import { hashId } from './names.js';
import { recency, type Participation } from './types.js';

export const KNOWS_WEIGHTS = { publication: 0.35, trial: 0.35, session: 0.2 } as const;
/** Articles with more authors propose no KNOWS (consortium papers); up to 10 weigh fully. */
export const MAX_AUTHORS_FOR_KNOWS = 30;
export const FULL_WEIGHT_AUTHORS = 10;
export const SENIOR_WEIGHT = 0.3;
/** A senior author influences a first author of at least this many articles. */
export const MIN_SENIOR_ARTICLES = 2;
export const LEAD_WEIGHT = 0.4;
export const SUGGESTION_HALF_LIFE_YEARS = 5;
/** Roles that lead a trial overall. */
const LEADS = new Set(['principal_investigator', 'study_chair']);

export type ReasonCode = 'co_authored' | 'co_investigated' | 'shared_session' | 'senior_author_over_first_author' | 'principal_investigator_over_site_investigator';

export interface SuggestedTie {
  id: string;
  /** `KNOWS|a|b` (a < b) or `INFLUENCES|from|to`. */
  key: string;
  type: 'KNOWS' | 'INFLUENCES';
  fromId: string;
  toId: string;
  basis: 'science' | null;
  domainId: string | null;
  strength: number;
  confidence: number;
  matchScore: number;
  /** Newest first. */
  workIds: string[];
  reasons: Array<{ code: ReasonCode; count: number }>;
}

interface Accumulator {
  type: 'KNOWS' | 'INFLUENCES';
  fromId: string;
  toId: string;
  weight: number;
  matchScore: number;
  works: Map<string, Participation>;
  /** Distinct works or sessions counted as evidence. */
  items: Set<string>;
  reasons: Map<ReasonCode, Set<string>>;
}

/** confidence's evidence part: one work 0.5, two 0.75, three or more 1. */
export function evidenceFactor(count: number): number {
  return count <= 0 ? 0 : Math.min(1, 0.25 + 0.25 * count);
}

/**
 * Every tie the participations imply, as of a date (recency counts whole years). Only
 * pairs of two different people; `involving`, when given, keeps the suggestions that touch
 * one of those people (an import refreshes only what it changed).
 */
export function suggestTies(participations: readonly Participation[], asOf: string, involving?: ReadonlySet<string>): SuggestedTie[] {
  const acc = new Map<string, Accumulator>();
  const touch = (type: 'KNOWS' | 'INFLUENCES', fromId: string, toId: string): Accumulator | null => {
    if (fromId === toId) return null;
    if (involving && !involving.has(fromId) && !involving.has(toId)) return null;
    const [a, b] = type === 'KNOWS' && toId < fromId ? [toId, fromId] : [fromId, toId];
    const key = `${type}|${a}|${b}`;
    let entry = acc.get(key);
    if (!entry) acc.set(key, (entry = { type, fromId: a, toId: b, weight: 0, matchScore: 1, works: new Map(), items: new Set(), reasons: new Map() }));
    return entry;
  };
  const add = (entry: Accumulator | null, reason: ReasonCode, item: string, weight: number, parts: Participation[]) => {
    if (!entry || entry.items.has(`${reason}|${item}`)) return;
    entry.items.add(`${reason}|${item}`);
    entry.weight += weight;
    for (const p of parts) {
      entry.works.set(p.workId, p);
      entry.matchScore = Math.min(entry.matchScore, p.matchScore);
    }
    const set = entry.reasons.get(reason) ?? new Set<string>();
    set.add(item);
    entry.reasons.set(reason, set);
  };
  const age = (p: Participation) => recency(p.date, asOf, SUGGESTION_HALF_LIFE_YEARS, 0.25);

  // Publications and trials: everyone on the same work. Talks: everyone in the same session.
  const groups = new Map<string, Participation[]>();
  for (const p of participations) {
    const group = p.kind === 'talk' ? (p.sessionKey ? `session|${p.sessionKey}` : null) : `work|${p.workId}`;
    if (!group) continue;
    const list = groups.get(group);
    if (list) list.push(p);
    else groups.set(group, [p]);
  }
  const seniorPairs = new Map<string, Array<[Participation, Participation]>>();
  for (const [group, parts] of groups) {
    const kind = parts[0]!.kind;
    const people = uniqueBy(parts, (p) => p.personId);
    if (kind === 'publication') {
      const authors = parts[0]!.authorCount ?? people.length;
      if (authors <= MAX_AUTHORS_FOR_KNOWS) {
        const w = KNOWS_WEIGHTS.publication * Math.min(1, FULL_WEIGHT_AUTHORS / Math.max(1, authors)) * age(parts[0]!);
        forPairs(people, (a, b) => add(touch('KNOWS', a.personId, b.personId), 'co_authored', group, w, [a, b]));
      }
      const senior = people.find((p) => p.last && (p.authorCount ?? 0) >= 2);
      const first = people.find((p) => p.position === 1);
      if (senior && first && senior.personId !== first.personId) {
        const key = `${senior.personId}|${first.personId}`;
        const list = seniorPairs.get(key) ?? [];
        list.push([senior, first]);
        seniorPairs.set(key, list);
      }
    } else if (kind === 'trial') {
      const w = KNOWS_WEIGHTS.trial * age(parts[0]!);
      forPairs(people, (a, b) => add(touch('KNOWS', a.personId, b.personId), 'co_investigated', group, w, [a, b]));
      const leads = parts.filter((p) => p.overall && LEADS.has(p.role ?? ''));
      const sites = parts.filter((p) => p.overall === false);
      for (const lead of leads) {
        for (const site of sites) {
          add(touch('INFLUENCES', lead.personId, site.personId), 'principal_investigator_over_site_investigator', group, LEAD_WEIGHT * age(lead), [lead, site]);
        }
      }
    } else {
      const w = KNOWS_WEIGHTS.session * age(parts[0]!);
      forPairs(people, (a, b) => {
        const both = parts.filter((p) => p.personId === a.personId || p.personId === b.personId);
        add(touch('KNOWS', a.personId, b.personId), 'shared_session', group, w, both);
      });
    }
  }
  for (const pairs of seniorPairs.values()) {
    if (pairs.length < MIN_SENIOR_ARTICLES) continue;
    for (const [senior, first] of pairs) {
      add(touch('INFLUENCES', senior.personId, first.personId), 'senior_author_over_first_author', senior.workId, SENIOR_WEIGHT * age(senior), [senior, first]);
    }
  }

  const out: SuggestedTie[] = [];
  for (const [key, entry] of acc) {
    const works = [...entry.works.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.workId.localeCompare(b.workId));
    const items = new Set([...entry.items].map((i) => i.slice(i.indexOf('|') + 1)));
    out.push({
      id: hashId('suggestion', key),
      key,
      type: entry.type,
      fromId: entry.fromId,
      toId: entry.toId,
      basis: entry.type === 'INFLUENCES' ? 'science' : null,
      domainId: mostCommonArea(works),
      strength: round2(1 - Math.exp(-entry.weight)),
      confidence: round2(evidenceFactor(items.size) * entry.matchScore),
      matchScore: round2(entry.matchScore),
      workIds: works.map((w) => w.workId),
      reasons: [...entry.reasons].map(([code, set]) => ({ code, count: set.size })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    });
  }
  return out.sort((a, b) => b.confidence - a.confidence || b.strength - a.strength || a.id.localeCompare(b.id));
}

/** The area most of the works are in (ties broken by id), or null. */
function mostCommonArea(works: readonly Participation[]): string | null {
  const counts = new Map<string, number>();
  for (const w of works) for (const area of w.areaIds) counts.set(area, (counts.get(area) ?? 0) + 1);
  let best: string | null = null;
  for (const [area, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && area < best)) best = area;
  return best;
}

function forPairs<T>(items: readonly T[], visit: (a: T, b: T) => void): void {
  for (let i = 0; i < items.length; i += 1) for (let j = i + 1; j < items.length; j += 1) visit(items[i]!, items[j]!);
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
