import { describe, expect, it } from 'vitest';
import { decodeAccountsParams, encodeAccountsParams } from '../../web/src/shared/urls/accounts.js';
import { agendaRange, decodeAgendaParams, encodeAgendaParams, logInteractionHref, type AgendaParams } from '../../web/src/shared/urls/agenda.js';
import { DEFAULT_PLANS_PARAMS, createPlanHref, decodePlansParams, encodePlansParams, planHref } from '../../web/src/shared/urls/plans.js';
import { toSearch } from '../../web/src/shared/urls/query-string.js';

describe('/plans URL state', () => {
  it('writes nothing by default and round-trips a selection', () => {
    expect(encodePlansParams(DEFAULT_PLANS_PARAMS)).toBe('');
    expect(decodePlansParams('')).toEqual(DEFAULT_PLANS_PARAMS);
    const s = { plan: 'plan-2', owner: 'user-kam', create: false, createPlanFor: null };
    expect(encodePlansParams(s)).toBe('?owner=user-kam&plan=plan-2');
    expect(decodePlansParams('?owner=user-kam&plan=plan-2')).toEqual(s);
  });

  it('opens the create form from ?createPlanFor= (which wins over an open plan)', () => {
    expect(decodePlansParams('?createPlanFor=person-00001&plan=plan-1')).toEqual({ plan: null, owner: null, create: true, createPlanFor: 'person-00001' });
    expect(decodePlansParams('?new=1')).toMatchObject({ create: true, createPlanFor: null });
    expect(createPlanHref('person-00001')).toBe('/plans?createPlanFor=person-00001');
    expect(planHref('plan-7')).toBe('/plans?plan=plan-7');
  });

  it('ignores ids that are not ids', () => {
    expect(decodePlansParams('?plan=%3Cscript%3E&owner=a%20b')).toEqual(DEFAULT_PLANS_PARAMS);
  });
});

describe('/agenda URL state', () => {
  const today = '2026-11-27';

  it('defaults to today .. +30 days, kept out of the URL', () => {
    const p = decodeAgendaParams('');
    expect(p).toEqual({ user: null, from: null, to: null, kinds: [], log: false, logFor: null });
    expect(encodeAgendaParams(p)).toBe('');
    expect(agendaRange(p, today)).toEqual({ from: '2026-11-27', to: '2026-12-27', problem: null });
  });

  it('round-trips a range, kinds and the interaction form for a person', () => {
    const p: AgendaParams = { user: 'user-kam', from: '2026-12-01', to: '2027-02-28', kinds: ['EVENT', 'BIRTHDAY', 'FOLLOW_UP'], log: true, logFor: 'person-00017' };
    const search = encodeAgendaParams(p);
    // Kinds in lower case, in the SDL's order.
    expect(search).toBe('?user=user-kam&from=2026-12-01&to=2027-02-28&kinds=birthday,follow_up,event&logFor=person-00017');
    expect(decodeAgendaParams(search)).toEqual({ ...p, kinds: ['BIRTHDAY', 'FOLLOW_UP', 'EVENT'] });
    expect(logInteractionHref('person-00017')).toBe('/agenda?logFor=person-00017');
  });

  it('drops invalid dates and unknown kinds, and repairs ranges the API refuses', () => {
    expect(decodeAgendaParams('?from=2026-02-30&to=soon&kinds=birthday,nonsense,BIRTHDAY')).toMatchObject({ from: null, to: null, kinds: ['BIRTHDAY'] });
    expect(agendaRange({ from: '2026-12-01', to: '2026-11-01' }, today)).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect(agendaRange({ from: '2026-12-01', to: '2026-11-01' }, today).problem).toMatch(/before the start/);
    const long = agendaRange({ from: '2026-01-01', to: '2028-01-01' }, today);
    expect(long).toMatchObject({ from: '2026-01-01', to: '2027-01-02' });
    expect(long.problem).toMatch(/366 days/);
  });
});

describe('/accounts URL state', () => {
  it('round-trips territory and period', () => {
    expect(encodeAccountsParams({ territory: null, period: null })).toBe('');
    expect(encodeAccountsParams({ territory: 'territory-north', period: '2026' })).toBe('?territory=territory-north&period=2026');
    expect(decodeAccountsParams('?territory=territory-north&period=2026')).toEqual({ territory: 'territory-north', period: '2026' });
    expect(decodeAccountsParams('?period=../../x')).toEqual({ territory: null, period: null });
  });

  it('writes only keys with values, commas and colons readable', () => {
    expect(toSearch([['a', 'x,y'], ['b', null], ['c', 'k:v'], ['d', false]])).toBe('?a=x,y&c=k:v');
  });
});
