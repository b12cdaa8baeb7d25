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
      stages: ['loyal', 'advocate'],
      stances: ['hostile', 'unknown'],
      kinds: ['hospital', 'clinic'],
      search: 'Ana Rib',
      selected: 'person-00012',
      without: ['person-00001', 'person-00002'],
      tab: 'reach',
      tender: 'tender-north-1',
      shapers: true,
      reach: 'person-00009',
      groups: true,
    };
    const search = encodeViewState(view);
    expect(search).toBe(
      '?scope=tender:tender-north-1&asOf=2026-06-01&area=area-oncology&ties=INFLUENCES,KNOWS&min=0.35&stage=loyal,advocate' +
        '&stance=hostile,unknown&kind=clinic,hospital&q=Ana+Rib&node=person-00012&without=person-00001,person-00002&tab=reach' +
        '&tender=tender-north-1&shapers=1&reach=person-00009&groups=1',
    );
    expect(decodeViewState(search)).toEqual({ ...view, kinds: ['clinic', 'hospital'] });
  });

  it('orders lists canonically so equal views give equal URLs', () => {
    const a = encodeViewState({ ...DEFAULT_VIEW, stages: ['advocate', 'loyal'], ties: ['KNOWS', 'INFLUENCES'] });
    const b = encodeViewState({ ...DEFAULT_VIEW, stages: ['loyal', 'advocate'], ties: ['INFLUENCES', 'KNOWS'] });
    expect(a).toBe(b);
  });

  it('ignores malformed or hostile values instead of failing', () => {
    const view = decodeViewState(
      '?scope=planet:mars&asOf=2026-02-30&min=7&stage=best,loyal&stance=angry&ties=DROP,KNOWS&node=<script>&tab=admin&kind=Hospital;DROP&without=a b,ok-1',
    );
    expect(view.scope).toBeNull();
    expect(view.asOf).toBeNull();
    expect(view.minStrength).toBe(0);
    expect(view.stages).toEqual(['loyal']);
    expect(view.stances).toEqual([]);
    expect(view.ties).toEqual(['KNOWS']);
    expect(view.selected).toBeNull();
    expect(view.tab).toBe('power');
    expect(view.kinds).toEqual([]);
    expect(view.without).toEqual(['ok-1']);
  });

  it('keeps an explicit empty tie list (everything hidden) apart from the default', () => {
    const none = encodeViewState({ ...DEFAULT_VIEW, ties: [] });
    expect(none).toBe('?ties=');
    expect(decodeViewState(none).ties).toEqual([]);
    expect(decodeViewState('').ties).toEqual([...DEFAULT_VISIBLE_TIES]);
  });

  it('counts and clears only the filters, not scope, date or selection', () => {
    const view = { ...DEFAULT_VIEW, scope: { kind: 'territory' as const, id: 't' }, asOf: '2025-01-01', minStrength: 0.5, stances: ['advocate' as const], selected: 'p' };
    expect(activeFilterCount(view)).toBe(2);
    expect(clearFilters(view)).toEqual({ ...view, minStrength: 0, stances: [] });
  });

  it('maps a scope to exactly one ScopeInput id', () => {
    expect(scopeInput({ kind: 'committee', id: 'committee-north-formulary' })).toEqual({ committeeId: 'committee-north-formulary' });
  });
});
