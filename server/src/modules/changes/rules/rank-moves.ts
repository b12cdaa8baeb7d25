/**
 * Rank moves: everyone whose place in the scope's balance of power differs between two
 * rankings (the balance as of the day before a window and as of its last day, exactly
 * what balanceOfPower answers for those days), explained by the changes of the window
 * that touch them or, when none did, by how each factor of their score moved.
 */
import { ChangeKind } from '../../../__generated__/vocabulary.js';
import type { ChangeModel, EvidenceModel } from '../models.js';
import { baseChange, byWeight, changeId } from './derive.js';
import { scoreMoveWeight } from './weight.js';

/** A person's place in a ranking, with their score's factors when they can be read. */
export interface Ranked {
  personId: string;
  rank: number;
  score: number;
  /** formal / influence / brokerage values (0..1), read when evidence is first asked for. */
  factors?: () => ReadonlyArray<{ factor: string; value: number }>;
}

export interface RankMoveOptions {
  scope: { kind: string; id: string };
  /** The days the two rankings were read as of. */
  beforeDay: string;
  afterDay: string;
  /** The window's changes that touch a person (for evidence). */
  relatedTo: (personId: string) => readonly ChangeModel[];
}

/**
 * A ranking kept as text on the user's watch (`personId rank score`, ids hold no spaces):
 * what the inbox's rank moves compare with after a read.
 */
export function keptEntries(ranking: readonly Pick<Ranked, 'personId' | 'rank' | 'score'>[]): string[] {
  return ranking.map((r) => `${r.personId} ${r.rank} ${r.score}`);
}

/** Reads a kept ranking back; malformed entries are skipped. */
export function parseKept(entries: readonly string[]): Ranked[] {
  const out: Ranked[] = [];
  for (const entry of entries) {
    const [personId, rank, score] = entry.split(' ');
    const r = Number(rank);
    const s = Number(score);
    if (personId && Number.isInteger(r) && r > 0 && Number.isFinite(s)) out.push({ personId, rank: r, score: s });
  }
  return out;
}

/** How many changes or factors explain one move. */
const MAX_EVIDENCE = 5;

export function rankMoves(before: readonly Ranked[], after: readonly Ranked[], options: RankMoveOptions): ChangeModel[] {
  const was = new Map(before.map((r) => [r.personId, r]));
  const now = new Map(after.map((r) => [r.personId, r]));
  const moves: ChangeModel[] = [];
  const scopeKey = `${options.scope.kind}:${options.scope.id}`;
  for (const personId of new Set([...was.keys(), ...now.keys()])) {
    const b = was.get(personId) ?? null;
    const a = now.get(personId) ?? null;
    if (b !== null && a !== null && b.rank === a.rank) continue;
    const everywhere = options.scope.kind === 'everywhere';
    const refs: Record<string, string> = { person: personId, ...(everywhere ? {} : { scope: options.scope.id }) };
    const params = { scope: null, before: b?.rank ?? null, after: a?.rank ?? null, direction: b && a ? (a.rank < b.rank ? 'up' : 'down') : null, scopeKind: options.scope.kind };
    const id = b === null ? 'change.rankEntered' : a === null ? 'change.rankLeft' : 'change.rankMoved';
    let evidence: EvidenceModel[] | undefined;
    const change = baseChange({
      id: changeId(ChangeKind.RANK_MOVED, `${scopeKey}|${personId}|${options.beforeDay}`, options.afterDay),
      kind: ChangeKind.RANK_MOVED,
      on: options.afterDay,
      message: { id, params, refs },
      personIds: [personId],
      entityIds: [personId],
      weight: scoreMoveWeight(b?.score ?? null, a?.score ?? null),
      rankBefore: b?.rank ?? null,
      rankAfter: a?.rank ?? null,
      scoreBefore: b?.score ?? null,
      scoreAfter: a?.score ?? null,
      movedCount: 1,
    });
    change.moves = [{ personId, rankBefore: change.rankBefore, rankAfter: change.rankAfter, scoreBefore: change.scoreBefore, scoreAfter: change.scoreAfter, weight: change.weight }];
    // Built when first read: a 10,000-person feed may move thousands, and shows a page.
    Object.defineProperty(change, 'evidence', {
      enumerable: true,
      get: () => (evidence ??= explainMove(personId, b, a, options)),
    });
    moves.push(change);
  }
  return moves;
}

function explainMove(personId: string, before: Ranked | null, after: Ranked | null, options: RankMoveOptions): EvidenceModel[] {
  const own = options
    .relatedTo(personId)
    .filter((c) => c.grounds !== null)
    .sort(byWeight)
    .slice(0, MAX_EVIDENCE)
    .map((c) => ({ message: c.message, value: c.grounds!.value, ids: c.entityIds, source: c.grounds!.source, confidence: c.grounds!.confidence }));
  const factors = factorMoves(personId, before, after, own.length > 0);
  return [...own, ...factors].slice(0, MAX_EVIDENCE);
}

/** The factors of the score that moved (all of them when none of the person's own ties changed). */
function factorMoves(personId: string, before: Ranked | null, after: Ranked | null, hasOwn: boolean): EvidenceModel[] {
  if (!before?.factors || !after?.factors) return [];
  const was = new Map(before.factors().map((f) => [f.factor, f.value]));
  const out: EvidenceModel[] = [];
  for (const { factor, value } of after.factors()) {
    const old = was.get(factor) ?? 0;
    if (Math.abs(value - old) < 1e-9) continue;
    out.push({
      message: { id: 'evidence.factor', params: { factor, direction: value > old ? 'up' : 'down', before: old, after: value, own: hasOwn ? 'yes' : 'no' }, refs: {} },
      value,
      ids: [personId],
      source: null,
      confidence: null,
    });
  }
  if (out.length === 0 && !hasOwn) {
    out.push({ message: { id: 'evidence.scoreUnchanged', params: { score: after.score }, refs: {} }, value: after.score, ids: [personId], source: null, confidence: null });
  }
  return out;
}
