/**
 * Building a list of changes: read the dated facts of a set of people (and the change
 * log's records), derive the changes with the pure rules, weigh them with the scope's
 * power, add rank moves, and keep only what the viewer may see. Shared by the feed, the
 * inbox, the live stream and webhooks.
 */
import { createHash } from 'node:crypto';
import { ChangeKind } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import { cachedAnswer } from '../../kernel/cache/analytics-cache.js';
import { addDays, addMonths } from '../../kernel/dates.js';
import { keepVisible } from '../graph/questions.js';
import { peopleInScope, resolveScope, type ScopeArgs } from '../power/questions.js';
import type { ScopeKind } from '../power/repository.js';
import type { ChangeModel } from './models.js';
import { chooseRanking } from './rankings.js';
import { recordedFacts, type LogEvent } from './repository.js';
import { byWeight, deriveChanges, TERM_WINDOW_MONTHS, touchesScope, type ScopeSets } from './rules/derive.js';
import { parseFactKeys, type Facts, type TieFact } from './rules/facts.js';
import { keptEntries, rankMoves, type Ranked } from './rules/rank-moves.js';
import type { PowerOf } from './rules/weight.js';

export interface FactWindow {
  since: string;
  until: string;
  /** See DeriveWindow.terms. */
  terms: 'upcoming' | 'entered';
  /** The change log's events that count as written in the window. */
  events: readonly LogEvent[];
}

/** Reads the facts of some people (and of the tenders given) in a window, with what the log recorded. */
export async function readFacts(ctx: GraphContext, people: readonly string[], tenderIds: readonly string[], window: FactWindow): Promise<Facts> {
  const repo = ctx.repositories.changes;
  const recorded = recordedFacts(window.events);
  const named = parseFactKeys(recorded.keys());
  const addedOn = new Map<string, string>();
  for (const id of named.personIds) addedOn.set(id, recorded.get(`added|${id}`)!.on);
  const [ties, added, statuses] = await Promise.all([
    readTieFacts(ctx, people, window, named.tieKeys),
    repo.peopleAdded(people, window.since, window.until, addedOn),
    repo.tenderStatuses(people, tenderIds),
  ]);
  return { ties, added, statuses };
}

/** The ties of some people dated in a window, then those the window's log names (`loggedKeys`: they win, and may lie outside it). */
async function readTieFacts(ctx: GraphContext, people: readonly string[], window: FactWindow, loggedKeys: readonly string[]): Promise<TieFact[]> {
  const repo = ctx.repositories.changes;
  const termTo = addMonths(window.until, TERM_WINDOW_MONTHS);
  const [dated, logged] = await Promise.all([repo.tieFactsOfPeople(people, window.since, window.until, termTo), repo.tieFactsByKeys(loggedKeys)]);
  const ties = new Map<string, TieFact>();
  for (const fact of [...dated, ...logged]) ties.set(fact.key, fact);
  return [...ties.values()];
}

/** Changes of the facts within a window, touching the scope, weighed by `power`. */
export function changesOfFacts(ctx: GraphContext, facts: Facts, window: FactWindow, scope: ScopeSets | null, power: PowerOf): ChangeModel[] {
  const derived = deriveChanges(facts, { since: window.since, until: window.until, today: ctx.today, recorded: recordedFacts(window.events), terms: window.terms }, power);
  const seen = new Set<string>();
  return derived.filter((c) => {
    if (seen.has(c.id) || !touchesScope(c, scope)) return false;
    seen.add(c.id);
    return true;
  });
}

export interface ScopeFeedArgs {
  scope: ScopeArgs;
  since: string;
  until: string;
  terms: 'upcoming' | 'entered';
  /** Rank moves compare the ranking as of this day with the one as of `until` (null: no rank moves). */
  rankedBefore: string | null;
  /**
   * The ranking the user saw when they last read their inbox (kept by markInboxRead): rank
   * moves compare with it instead of a ranking recomputed as of `rankedBefore`, so a write
   * made after the read on the same day, or an edit to the past, still moves a rank.
   */
  kept?: readonly Ranked[] | null;
  events: readonly LogEvent[];
  /** The graph version the reader is at (null: no board; rankings are those of the graph now). */
  version: number | null;
  /** Wait for the rankings of the reader's version rather than answer with the newest ready. */
  waitForRanking?: boolean;
}

/** A scope's changes over a window, and which rankings they were weighed and ranked with. */
export interface ScopeFeed {
  /** Every change in the scope, weightiest first, before visibility. Shared: never mutate. */
  changes: readonly ChangeModel[];
  /**
   * True when a write is still being ranked: the facts are the graph's as the reader sees
   * it, but rank moves and weights come from the newest ranking ready (see rankings.ts).
   */
  rankingPending: boolean;
  /** The ranking as of `until` the changes were compared with (what markInboxRead keeps). */
  rankedAfter: readonly Ranked[];
}

/**
 * Every change in a scope over a window, weightiest first, before visibility. The people
 * in the scope and their facts are read at the reader's graph version; meanwhile the two
 * rankings are chosen (rankings.ts): a large scope's ranking being recomputed after a write
 * is not waited for. Both parts are kept in the analytics cache per graph version (the
 * changes under the versions of the rankings they used), so an unchanged graph answers
 * from memory.
 */
export async function scopeChanges(ctx: GraphContext, args: ScopeFeedArgs): Promise<ScopeFeed> {
  const scope = resolveScope(args.scope);
  const kept = args.kept ?? null;
  const key = {
    ...scope,
    since: args.since,
    until: args.until,
    terms: args.terms,
    rankedBefore: args.rankedBefore,
    kept: kept ? createHash('sha256').update(keptEntries(kept).join('\n')).digest('base64url') : null,
    log: args.events.map((e) => e.version),
  };
  const window: FactWindow = { since: args.since, until: args.until, terms: args.terms, events: args.events };
  const readWhole = async () => {
    const [earlier, later] = await Promise.all([
      kept ? kept.map((r) => r.personId) : args.rankedBefore !== null && args.rankedBefore !== args.until ? peopleInScope(ctx, { scope: args.scope, asOf: args.rankedBefore }) : [],
      peopleInScope(ctx, { scope: args.scope, asOf: args.until }),
    ]);
    const people = [...new Set([...earlier, ...later])];
    return { people, facts: await readFacts(ctx, people, scope.kind === 'tender' ? [scope.id] : [], window) };
  };
  // After writes of a few ties, only their people's ties are read again (facts-memo.ts).
  // Kept across the log's growth: the key leaves out the events, which the patch reads.
  const memo = ctx.changeServices?.facts ?? null;
  const { log: _events, ...memoKey } = key;
  const read = cachedAnswer(ctx, 'changeFacts', key, async () =>
    memo
      ? memo.read(JSON.stringify(memoKey), ctx.repositories.changes, (people) => readTieFacts(ctx, people, window, parseFactKeys(recordedFacts(window.events).keys()).tieKeys), readWhole)
      : readWhole(),
  );
  const rankMoved = args.rankedBefore !== null && (kept !== null || args.rankedBefore !== args.until);
  // A ranking found stale is computed once this answer is given, not while it is worked out.
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  try {
    const [after, before] = await Promise.all([
      chooseRanking(ctx, args.scope, args.until, args.version, answered, args.waitForRanking),
      rankMoved && !kept ? chooseRanking(ctx, args.scope, args.rankedBefore!, args.version, answered, args.waitForRanking) : null,
    ]);
    const { people, facts } = await read;
    const rankedAt = { after: after.ranking.version, before: before?.ranking.version ?? null };
    const changes = await cachedAnswer(ctx, 'changes', { ...key, rankedAt }, async () => {
      const was: readonly Ranked[] | null = kept ?? before?.ranking.ranking ?? null;
      const now = after.ranking.ranking;
      const scores = new Map<string, number>();
      for (const r of was ?? []) scores.set(r.personId, r.score);
      for (const r of now) scores.set(r.personId, r.score);
      const power: PowerOf = (id) => scores.get(id) ?? 0;
      const sets: ScopeSets = {
        scopeId: scope.kind === 'everywhere' ? null : scope.id,
        people: new Set(people),
        tenders: new Set(facts.statuses.map((s) => s.tenderId)),
      };
      const found = changesOfFacts(ctx, facts, window, scope.kind === 'everywhere' ? null : sets, power);
      // Recomputed as of `until` itself, a ranking cannot have moved; a kept one can.
      if (was && rankMoved) {
        const related = new Map<string, ChangeModel[]>();
        for (const change of found) for (const id of change.personIds) (related.get(id) ?? related.set(id, []).get(id)!).push(change);
        found.push(...rankMoves(was, now, { scope, beforeDay: args.rankedBefore!, afterDay: args.until, relatedTo: (id) => related.get(id) ?? [] }));
      }
      return found.sort(byWeight);
    });
    return { changes, rankingPending: !after.current || (before !== null && !before.current), rankedAfter: after.ranking.ranking };
  } finally {
    answer();
  }
}

/** The changes whose every node the viewer may see: nothing outside their territories leaks through a change. */
export async function visibleChanges(ctx: GraphContext, changes: readonly ChangeModel[]): Promise<ChangeModel[]> {
  const ids = [...new Set(changes.flatMap((c) => c.entityIds))];
  const seen = new Set(await keepVisible(ctx, ids));
  return changes.filter((c) => c.entityIds.every((id) => seen.has(id)));
}

/** The day before a window: what its rank moves compare with. */
export function dayBefore(since: string): string {
  return addDays(since, -1);
}

export const ALL_KINDS: readonly ChangeKind[] = Object.values(ChangeKind);

export function scopeKindOf(scope: ScopeArgs): ScopeKind {
  return resolveScope(scope).kind;
}

