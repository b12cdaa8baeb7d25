// The changes feature's pure pieces: the /changes page's URL, the feed's window, what the map
// marks for a list of changes, and the live notice.
import { describe, expect, it } from 'vitest';
import { changeMarks, liveNotice, MARKED_KINDS } from '../../web/src/features/changes/change-marks.js';
import { changesHref, decodeChangesParams, DEFAULT_CHANGES_PARAMS, encodeChangesParams, feedWindow } from '../../web/src/shared/urls/changes.js';

describe('the changes page URL', () => {
  it('leaves the defaults out and round-trips a full view, kinds in lower case and the SDL order', () => {
    expect(encodeChangesParams(DEFAULT_CHANGES_PARAMS)).toBe('');
    expect(decodeChangesParams('')).toEqual(DEFAULT_CHANGES_PARAMS);
    const view = { tab: 'feed' as const, watch: 'person-00001', scope: { kind: 'territory' as const, id: 'territory-north' }, since: '2026-10-01', until: '2026-11-01', kinds: ['TIE_STARTED' as const, 'RANK_MOVED' as const] };
    const search = encodeChangesParams(view);
    expect(search).toBe('?tab=feed&watch=person-00001&scope=territory:territory-north&since=2026-10-01&until=2026-11-01&kinds=rank_moved,tie_started');
    expect(decodeChangesParams(search)).toEqual({ ...view, kinds: ['RANK_MOVED', 'TIE_STARTED'] });
    expect(changesHref({ tab: 'feed' })).toBe('/changes?tab=feed');
  });

  it('ignores what it cannot read', () => {
    expect(decodeChangesParams('?tab=admin&watch=<x>&since=2026-02-30&kinds=NOPE,Role_Started')).toEqual({ ...DEFAULT_CHANGES_PARAMS, kinds: ['ROLE_STARTED'] });
  });

  it('fills the feed window in: the last 30 days up to today, turned round when given backwards', () => {
    expect(feedWindow({ since: null, until: null }, '2026-12-01')).toEqual({ since: '2026-11-01', until: '2026-12-01' });
    expect(feedWindow({ since: null, until: '2026-06-30' }, '2026-12-01')).toEqual({ since: '2026-05-31', until: '2026-06-30' });
    expect(feedWindow({ since: '2026-11-20', until: '2026-11-10' }, '2026-12-01')).toEqual({ since: '2026-11-10', until: '2026-11-20' });
  });
});

describe('what changed, for the map', () => {
  it('marks each person and tie once, and leaves rank moves to the ranking', () => {
    const marks = changeMarks([
      { kind: 'TIE_STARTED', personIds: ['a', 'b'], tieKeys: ['INFLUENCES|a|b|2026-11-01'] },
      { kind: 'ROLE_STARTED', personIds: ['a'], tieKeys: ['MEMBER_OF|a|c|2026-11-02'] },
      { kind: 'RANK_MOVED', personIds: ['z'], tieKeys: [] },
    ]);
    expect(marks).toEqual({ people: ['a', 'b'], ties: ['INFLUENCES|a|b|2026-11-01', 'MEMBER_OF|a|c|2026-11-02'] });
    expect(MARKED_KINDS).not.toContain('RANK_MOVED');
    expect(MARKED_KINDS).toContain('TIE_STARTED');
  });

  it('says what a live update brought, and how many more came with it', () => {
    const words = { updated: (s: string) => `Updated: ${s}`, more: (n: number) => `(+${n} more)` };
    expect(liveNotice([], words)).toBeNull();
    expect(liveNotice(['A now influences B'], words)).toBe('Updated: A now influences B');
    expect(liveNotice(['A now influences B', 'B chairs C'], words)).toBe('Updated: A now influences B (+1 more)');
  });
});
