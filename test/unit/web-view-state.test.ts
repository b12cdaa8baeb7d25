import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  DEFAULT_VISIBLE_TIES,
  activeFilterCount,
  clearFilters,
  decodeViewState,
  encodeViewState,
  scopeInput,
  type ViewState,
} from '../../web/src/shared/urls/map-view.js';

describe('URL view state', () => {
  it('writes nothing for the default view and reads it back', () => {
    expect(encodeViewState(DEFAULT_VIEW)).toBe('');
    expect(decodeViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips a full view with a readable, stable query string', () => {
    const view: ViewState = {
      scope: { kind: 'tender', id: 'tender-north-1' },
      asOf: '2026-06-01',
      area: 'area-oncology',
      ties: ['INFLUENCES', 'KNOWS'],
      minStrength: 0.35,
      stages: ['NEAR_FRIENDLY', 'LOYALTY', 'NONE'],
      stances: ['opposed', 'unknown'],
      kinds: ['HOSPITAL', 'CLINIC'],
      search: 'Ana Rib',
      selected: 'person-00012',
      item: { kind: 'event', id: 'event-north-1' },
      without: ['person-00001', 'person-00002'],
      tab: 'reach',
      tender: 'tender-north-1',
      shapers: true,
      reach: 'person-00009',
      groups: true,
      changed: 'since-last-read',
      proposed: true,
      everyone: true,
      open: [-1, 0, 12],
    };
    const search = encodeViewState(view);
    expect(search).toBe(
      '?scope=tender:tender-north-1&asOf=2026-06-01&area=area-oncology&ties=INFLUENCES,KNOWS&min=0.35&stage=none,loyalty,near_friendly' +
        '&stance=opposed,unknown&kind=hospital,clinic&q=Ana+Rib&node=person-00012&item=event:event-north-1&without=person-00001,person-00002&tab=reach' +
        '&tender=tender-north-1&shapers=1&reach=person-00009&groups=1&changed=since-last-read&proposed=1&all=1&open=none,0,12',
    );
    // Closed lists come back in their own order (no stage first, then the ladder; kinds in the SDL's order).
    expect(decodeViewState(search)).toEqual({ ...view, stages: ['NONE', 'LOYALTY', 'NEAR_FRIENDLY'] });
    // Upper case is read too.
    expect(decodeViewState('?stage=LOYALTY&kind=PHARMACY_CHAIN')).toMatchObject({ stages: ['LOYALTY'], kinds: ['PHARMACY_CHAIN'] });
  });

  it('keeps the overview’s opened coalitions sorted, once each, and skips anything else', () => {
    expect(decodeViewState('?open=7,none,3,7,x,-2,99999').open).toEqual([-1, 3, 7]);
    expect(encodeViewState({ ...DEFAULT_VIEW, open: [5, -1, 5, 2] })).toBe('?open=none,2,5');
    expect(decodeViewState('?all=1').everyone).toBe(true);
    expect(decodeViewState('?all=yes').everyone).toBe(false);
  });

  it('orders lists canonically so equal views give equal URLs', () => {
    const a = encodeViewState({ ...DEFAULT_VIEW, stages: ['NEAR_FRIENDLY', 'LOYALTY'], ties: ['KNOWS', 'INFLUENCES'] });
    const b = encodeViewState({ ...DEFAULT_VIEW, stages: ['LOYALTY', 'NEAR_FRIENDLY'], ties: ['INFLUENCES', 'KNOWS'] });
    expect(a).toBe(b);
  });

  it('ignores malformed or hostile values instead of failing', () => {
    const view = decodeViewState(
      '?scope=planet:mars&asOf=2026-02-30&min=7&stage=best,loyalty,loyal&stance=angry,hostile&ties=DROP,KNOWS&node=<script>&tab=admin&kind=Hospital;DROP,money&without=a b,ok-1',
    );
    expect(view.scope).toBeNull();
    expect(view.asOf).toBeNull();
    expect(view.minStrength).toBe(0);
    // The old words (`loyal`, `hostile`) are not the new ones and are dropped like any other.
    expect(view.stages).toEqual(['LOYALTY']);
    expect(view.stances).toEqual([]);
    expect(view.ties).toEqual(['KNOWS']);
    expect(view.selected).toBeNull();
    expect(view.tab).toBe('power');
    expect(view.kinds).toEqual([]);
    expect(view.without).toEqual(['ok-1']);
  });

  it('opens a programme, event or product in the details tab; any other kind or a bad id is dropped', () => {
    expect(encodeViewState({ ...DEFAULT_VIEW, selected: 'committee-north-program-board', tab: 'person', item: { kind: 'program', id: 'program-north-benefit-2027' } })).toBe(
      '?node=committee-north-program-board&item=program:program-north-benefit-2027&tab=person',
    );
    expect(decodeViewState('?item=product:product-ours-rituximab').item).toEqual({ kind: 'product', id: 'product-ours-rituximab' });
    for (const bad of ['tender:tender-north-1', 'event:', 'event', 'event:<script>', 'Event:event-north-1']) expect(decodeViewState(`?item=${bad}`).item, bad).toBeNull();
  });

  it('keeps an explicit empty tie list (everything hidden) apart from the default', () => {
    const none = encodeViewState({ ...DEFAULT_VIEW, ties: [] });
    expect(none).toBe('?ties=');
    expect(decodeViewState(none).ties).toEqual([]);
    expect(decodeViewState('').ties).toEqual([...DEFAULT_VISIBLE_TIES]);
  });

  it('counts and clears only the filters, not scope, date or selection', () => {
    const view = { ...DEFAULT_VIEW, scope: { kind: 'territory' as const, id: 't' }, asOf: '2025-01-01', minStrength: 0.5, stances: ['preferring' as const], selected: 'p' };
    expect(activeFilterCount(view)).toBe(2);
    expect(clearFilters(view)).toEqual({ ...view, minStrength: 0, stances: [] });
  });

  it('maps a scope to exactly one ScopeInput id', () => {
    expect(scopeInput({ kind: 'committee', id: 'committee-north-formulary' })).toEqual({ committeeId: 'committee-north-formulary' });
  });
});
