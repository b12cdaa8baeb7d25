import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../server/src/kernel/i18n/catalogue.js';
import { groupRankMoves, moveMatters, RANKING_TOP } from '../../server/src/modules/changes/rules/rank-groups.js';
import { rankMoves, type Ranked } from '../../server/src/modules/changes/rules/rank-moves.js';

const scope = { kind: 'territory', id: 'T' };
const days = { beforeDay: '2026-11-26', afterDay: '2026-11-27' };

/** A ranking of `n` people, p1 first, with falling scores. */
const ranking = (ids: string[]): Ranked[] => ids.map((personId, i) => ({ personId, rank: i + 1, score: 1 - i / (ids.length + 1) }));
const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

describe('rank moves in the inbox', () => {
  it('matter when they touch the top of the ranking or a watched person', () => {
    const none = new Set<string>();
    expect(moveMatters({ personId: 'x', rankBefore: 40, rankAfter: RANKING_TOP }, RANKING_TOP, none)).toBe(true);
    expect(moveMatters({ personId: 'x', rankBefore: 3, rankAfter: null }, RANKING_TOP, none)).toBe(true);
    expect(moveMatters({ personId: 'x', rankBefore: null, rankAfter: 5 }, RANKING_TOP, none)).toBe(true);
    expect(moveMatters({ personId: 'x', rankBefore: 734, rankAfter: 735 }, RANKING_TOP, none)).toBe(false);
    expect(moveMatters({ personId: 'x', rankBefore: 734, rankAfter: 735 }, RANKING_TOP, new Set(['x']))).toBe(true);
  });

  it('one edit that shifts a thousand people by a place is one change listing the moves that matter, weightiest first', () => {
    // A newcomer enters at #3 of 1,000: everyone from #3 down moves one place.
    const before = ranking(people(1000));
    const ids = people(1000);
    const after = ranking([...ids.slice(0, 2), 'newcomer', ...ids.slice(2)]);
    const moves = rankMoves(before, after, { scope, ...days, relatedTo: () => [] });
    expect(moves.length).toBe(999);
    const group = groupRankMoves(moves, { scope, ...days, watched: new Set(['p900']) })!;
    expect(group.kind).toBe('rank_moved');
    // #3..#20 before or after (18 shifted + the newcomer + p20 that fell to #21), and the watched p900.
    const listed = group.moves.map((m) => m.personId);
    expect(listed).toContain('newcomer');
    expect(listed).toContain('p900');
    expect(listed).not.toContain('p500');
    expect(listed.length).toBe(20);
    expect(group.movedCount).toBe(999);
    expect(group.personIds).toEqual(listed);
    // The newcomer's score moved the most: the group reads as their move.
    expect(group).toMatchObject({ rankBefore: null, rankAfter: 3, subjectId: 'T', on: '2026-11-27', message: { id: 'change.rankingMoved' } });
    expect(group.moves.map((m) => m.weight)).toEqual([...group.moves.map((m) => m.weight)].sort((a, b) => b - a));
    expect(formatMessage(group.message.id, { ...group.message.params, person: 'Dr. New', scope: 'North' }, 'en')).toBe(
      'Ranking of North: Dr. New entered at #3, and 19 more moves in the top 20 or among the people you watch',
    );
    expect(formatMessage(group.message.id, { ...group.message.params, person: 'Dr. New', scope: 'Norte' }, 'pt-PT')).toBe(
      'Classificação de Norte: Dr. New entrou em #3, e mais 19 mudanças entre os 20 primeiros ou as pessoas que acompanha',
    );
  });

  it('is left out when no move matters, and has the same id for the same scope and days', () => {
    const before = ranking(people(100));
    const after = ranking([...people(100).slice(0, 60), 'p62', 'p61', ...people(100).slice(62)]);
    const moves = rankMoves(before, after, { scope, ...days, relatedTo: () => [] });
    expect(moves.map((m) => m.personIds[0]).sort()).toEqual(['p61', 'p62']);
    expect(groupRankMoves(moves, { scope, ...days, watched: new Set() })).toBeNull();
    const watched = groupRankMoves(moves, { scope, ...days, watched: new Set(['p61']) })!;
    expect(watched.moves).toEqual([expect.objectContaining({ personId: 'p61', rankBefore: 61, rankAfter: 62 })]);
    expect(watched.movedCount).toBe(2);
    expect(groupRankMoves(moves, { scope, ...days, watched: new Set(['p62']) })!.id).toBe(watched.id);
  });
});
