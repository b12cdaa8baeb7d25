/**
 * Rank moves as the inbox tells them. One new tie between two powerful people shifts
 * everyone ranked between them by a place: in a territory of thousands, hundreds of
 * "moves" from a single edit, each of them true and nearly all of them noise. What a KAM
 * needs from the ranking is who really decides and whether that changes (the first
 * question the product answers, docs/domain.md#balance-of-power), and the people they
 * chose to follow. So the inbox groups a watched scope's rank moves into one change, which
 * lists only the moves that matter:
 *
 * - into, out of or within the scope's top `RANKING_TOP` (before or after the move), or
 * - of a person the user watches, wherever they rank.
 *
 * The group counts as one unread change; it is left out when no move matters (the ties
 * and roles behind the moves are in the inbox on their own). Every move, listed or not,
 * stays in the scope's feed (`changes`), one change per person.
 */
import { ChangeKind } from '../../../__generated__/vocabulary.js';
import type { ChangeModel, RankMoveModel } from '../models.js';
import { baseChange, byWeight, changeId } from './derive.js';

/** The top of a ranking a KAM follows by name: the people who really decide in a scope. */
export const RANKING_TOP = 20;

export interface RankGroupOptions {
  scope: { kind: string; id: string };
  /** The days (or read mark) the moves compare. */
  beforeDay: string;
  afterDay: string;
  /** People the user watches: their moves always matter. */
  watched: ReadonlySet<string>;
  top?: number;
}

/** Whether a move is news to a KAM: it touches the top of the ranking, or the person is watched. */
export function moveMatters(move: Pick<RankMoveModel, 'personId' | 'rankBefore' | 'rankAfter'>, top: number, watched: ReadonlySet<string>): boolean {
  const inTop = (rank: number | null) => rank !== null && rank <= top;
  return inTop(move.rankBefore) || inTop(move.rankAfter) || watched.has(move.personId);
}

/**
 * One scope's rank moves (RANK_MOVED changes of that scope) as one change listing the moves
 * that matter, weightiest first; null when none does. The group reads as its weightiest
 * move (rank before and after, evidence, weight) and counts every move in `movedCount`.
 */
export function groupRankMoves(moves: readonly ChangeModel[], options: RankGroupOptions): ChangeModel | null {
  const top = options.top ?? RANKING_TOP;
  const listed = moves.filter((m) => m.kind === ChangeKind.RANK_MOVED && m.moves.every((move) => moveMatters(move, top, options.watched))).sort(byWeight);
  const lead = listed[0];
  if (!lead) return null;
  const everywhere = options.scope.kind === 'everywhere';
  const people = listed.flatMap((m) => m.personIds);
  const direction = lead.rankBefore === null ? 'entered' : lead.rankAfter === null ? 'left' : lead.rankAfter < lead.rankBefore ? 'up' : 'down';
  const group = baseChange({
    id: changeId(ChangeKind.RANK_MOVED, `${options.scope.kind}:${options.scope.id}|${options.beforeDay}`, options.afterDay),
    kind: ChangeKind.RANK_MOVED,
    on: options.afterDay,
    message: {
      id: 'change.rankingMoved',
      params: { scope: null, scopeKind: options.scope.kind, direction, before: lead.rankBefore, after: lead.rankAfter, more: listed.length - 1, top },
      refs: { person: lead.personIds[0]!, ...(everywhere ? {} : { scope: options.scope.id }) },
    },
    personIds: people,
    entityIds: people,
    subjectId: everywhere ? null : options.scope.id,
    weight: lead.weight,
    rankBefore: lead.rankBefore,
    rankAfter: lead.rankAfter,
    scoreBefore: lead.scoreBefore,
    scoreAfter: lead.scoreAfter,
    moves: listed.flatMap((m) => m.moves),
    movedCount: moves.reduce((sum, m) => sum + m.moves.length, 0),
  });
  // The lead's evidence is built when first read, as a single move's is.
  Object.defineProperty(group, 'evidence', { enumerable: true, get: () => lead.evidence });
  return group;
}
