import { afterEach, describe, expect, it } from 'vitest';
import { CRITERIA, formatMoney, formatPct, paretoData, shareBand, shortLabel, statusInfo, type AccountLike } from '../../web/src/features/key-accounts/pareto.js';
import { recommendationChains, recommendationIds } from '../../web/src/features/recommendations/recommendation-highlight.js';
import { setCurrentLocale } from '../../web/src/shared/i18n/intl.js';

function account(rank: number, id: string, revenue: number, over: Partial<AccountLike> = {}): AccountLike {
  return { rank, institution: { id, name: `Account ${id}` }, revenue, profit: revenue / 10, revenueShare: 0, cumulativeShare: 0, inTop20: false, keyAccount: false, ...over };
}

describe('Pareto chart data', () => {
  // The demo's North: 8 accounts, 2 in the top 20%, three flagged key accounts.
  const accounts = [
    account(2, 'distributor-north-1', 596_600, { inTop20: true, keyAccount: true }),
    account(1, 'chain-north-1', 1_197_900, { inTop20: true, keyAccount: true }),
    account(3, 'hospital-north-1', 346_400),
    account(4, 'warehouse-north', 242_600),
    account(5, 'hospital-north-3', 164_600),
    account(6, 'distributor-north-2', 137_500),
    account(7, 'hospital-north-2', 108_000, { keyAccount: true }),
    account(8, 'chain-north-2', 100_800),
  ];

  it('sorts bars by revenue, accumulates the line to 100% and keeps key accounts marked', () => {
    const d = paretoData(accounts);
    expect(d.rows.map((r) => r.id)).toEqual(['chain-north-1', 'distributor-north-1', 'hospital-north-1', 'warehouse-north', 'hospital-north-3', 'distributor-north-2', 'hospital-north-2', 'chain-north-2']);
    expect(d.rows.map((r) => r.cumulativePct)).toEqual([41.4, 62, 74, 82.3, 88, 92.8, 96.5, 100]);
    expect(d.rows[0]!.sharePct).toBe(41.4);
    expect(d.rows.filter((r) => r.keyAccount).map((r) => r.id)).toEqual(['chain-north-1', 'distributor-north-1', 'hospital-north-2']);
  });

  it('marks the top-20% cut and the account at which 80% is reached', () => {
    const d = paretoData(accounts);
    expect(d).toMatchObject({ top20CutId: 'distributor-north-1', top20Count: 2, eightyId: 'warehouse-north', eightyCount: 4 });
  });

  it('copes with no accounts and with zero revenue', () => {
    expect(paretoData([])).toEqual({ rows: [], top20CutId: null, top20Count: 0, eightyId: null, eightyCount: 0 });
    const zero = paretoData([account(1, 'a', 0)]);
    expect(zero.rows[0]).toMatchObject({ sharePct: 0, cumulativePct: 0 });
    expect(zero.eightyId).toBeNull();
  });

  it('shortens long names for the axis', () => {
    expect(shortLabel('Iberfarma Wholesale, Campo Belo branch')).toBe('Iberfarma Wholesale');
    expect(shortLabel('Regional Pharmaceutical Warehouse')).toBe('Regional Pharmaceut…');
    expect(shortLabel('Vitalog')).toBe('Vitalog');
  });

  it('describes the key-account share against the norm and the mono-dependence line the API gives', () => {
    const api = { normalShareMin: 0.3, normalShareMax: 0.55, monoDependenceAbove: 0.75 };
    expect(statusInfo('NORMAL', api)).toEqual({ label: 'Normal', tone: 'ok', advice: 'Key accounts bring 30%-55% of sales, the usual range.' });
    expect(statusInfo('HIGH', api).tone).toBe('warn');
    expect(statusInfo('MONO_DEPENDENT', api)).toMatchObject({ label: 'Mono-dependent', tone: 'danger' });
    expect(statusInfo('MONO_DEPENDENT', api).advice).toMatch(/more than 75% of sales/);
    expect(statusInfo('BELOW_NORMAL', api).label).toBe('Below normal');
    // Other thresholds from the API change the words, not the code.
    expect(statusInfo('BELOW_NORMAL', { normalShareMin: 0.25, normalShareMax: 0.5, monoDependenceAbove: 0.8 }).advice).toMatch(/less than 25% of sales/);
    expect(shareBand(api)).toEqual({ min: '30%', max: '55%', mono: '75%' });
    expect(CRITERIA.map((c) => [c.key, c.field, c.label])).toEqual([
      ['INFLUENCE', 'influence', 'Influence'],
      ['PROFITABILITY', 'profitability', 'Profit'],
      ['OPPORTUNITIES', 'opportunities', 'Opportunities'],
      ['TRUST', 'trust', 'Trust'],
    ]);
    expect(formatPct(0.6573)).toBe('66%');
    expect(formatPct(0.414, 1)).toBe('41.4%');
    expect(formatMoney(2_894_400)).toBe('2.9M');
  });

  afterEach(() => setCurrentLocale('en'));

  it('writes figures and the criteria in the current locale', () => {
    const api = { normalShareMin: 0.3, normalShareMax: 0.55, monoDependenceAbove: 0.75 };
    setCurrentLocale('pt-PT');
    expect(formatPct(0.414, 1)).toBe('41,4%');
    expect(formatMoney(2_894_400)).toMatch(/^2,9\sM$/);
    expect(CRITERIA.map((c) => c.label)).toEqual(['Influência', 'Lucro', 'Oportunidades', 'Confiança']);
    expect(shareBand(api)).toEqual({ min: '30%', max: '55%', mono: '75%' });
    setCurrentLocale('pt-BR');
    expect(formatMoney(2_894_400)).toMatch(/^2,9\smi$/);
    expect(statusInfo('MONO_DEPENDENT', api).label).toBe('Monodependência');
  });
});

describe('recommendations on the map', () => {
  const recs = [
    { person: { id: 'person-00003' }, introducer: { id: 'person-00063' } },
    { person: { id: 'person-00018' }, introducer: { id: 'person-00011' } },
    { person: { id: 'person-00126' }, introducer: { id: 'person-00011' } },
    { person: { id: 'person-00050' }, introducer: null },
  ];

  it('draws each recommendation as introducer -> person', () => {
    expect(recommendationChains(recs)).toEqual([
      ['person-00063', 'person-00003'],
      ['person-00011', 'person-00018'],
      ['person-00011', 'person-00126'],
      ['person-00050'],
    ]);
  });

  it('names everyone once, recommended people first', () => {
    expect(recommendationIds(recs)).toEqual(['person-00003', 'person-00018', 'person-00126', 'person-00050', 'person-00063', 'person-00011']);
  });
});
