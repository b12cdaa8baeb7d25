// The pure helpers behind the read model's panels: a person's ties grouped for the side
// panel, a tender's lots folded into one row per lot number, provenance and period words.
import { describe, expect, it } from 'vitest';
import { groupTies, mapEdgeId, tieWeight, type TieLike } from '../../web/src/features/person/tie-groups.js';
import { groupLots, type LotTie } from '../../web/src/features/tender/tender-lots.js';
import { periodText } from '../../web/src/shared/dates.js';
import { formatAmount, formatScore, provenanceText } from '../../web/src/shared/format.js';
import { entityKindLabel, tieNameFrom } from '../../web/src/shared/vocabulary/words.js';

function tie(type: TieLike['tie']['type'], direction: TieLike['direction'], otherName: string, over: Partial<TieLike['tie']> = {}): TieLike {
  const other = { id: `id-${otherName}`, name: otherName };
  const [from, to] = direction === 'OUT' ? ['me', other.id] : [other.id, 'me'];
  return { direction, other, tie: { type, from, to, strength: null, confidence: null, since: null, ...over } };
}

describe('a person’s ties as the side panel groups them', () => {
  it('weighs a tie by strength × confidence, a missing confidence counting as sure', () => {
    expect(tieWeight({ strength: 0.8, confidence: 0.5 })).toBeCloseTo(0.4);
    expect(tieWeight({ strength: 0.8, confidence: null })).toBe(0.8);
    expect(tieWeight({ strength: null, confidence: 0.9 })).toBeNull();
  });

  it('groups by type in the panel’s order, outgoing before incoming, strongest first, the better evidenced among equals', () => {
    const groups = groupTies([
      tie('KNOWS', 'OUT', 'Kay'),
      tie('INFLUENCES', 'IN', 'Ivo', { strength: 0.9 }),
      tie('INFLUENCES', 'OUT', 'Olga', { strength: 0.9, confidence: 0.3 }),
      tie('INFLUENCES', 'OUT', 'Boris', { strength: 0.5 }),
      tie('INFLUENCES', 'OUT', 'Anna'),
      tie('INFLUENCES', 'OUT', 'Vera', { strength: 0.9, confidence: 0.8 }),
      tie('WORKS_AT', 'OUT', 'Hospital'),
    ]);
    expect(groups.map((g) => g.key)).toEqual(['INFLUENCES:OUT', 'INFLUENCES:IN', 'KNOWS:OUT', 'WORKS_AT:OUT']);
    // The row shows the strength, so the list follows it; no strength goes last.
    expect(groups[0]!.ties.map((t) => t.other.name)).toEqual(['Vera', 'Olga', 'Boris', 'Anna']);
  });

  it('puts types outside the listed order after it, and ties without a strength newest first', () => {
    const groups = groupTies([tie('SPOKE_AT', 'OUT', 'Congress'), tie('KNOWS', 'OUT', 'Old', { since: '2020-01-01' }), tie('KNOWS', 'OUT', 'New', { since: '2025-01-01' })]);
    expect(groups.map((g) => g.key)).toEqual(['KNOWS:OUT', 'SPOKE_AT:OUT']);
    expect(groups[0]!.ties.map((t) => t.other.name)).toEqual(['New', 'Old']);
  });

  it('names the map’s edge for a tie as the map does (type, ends, since)', () => {
    expect(mapEdgeId({ type: 'KNOWS', from: 'a', to: 'b', since: null })).toBe('KNOWS|a|b|');
    expect(mapEdgeId({ type: 'KNOWS', from: 'a', to: 'b', since: '2024-01-01' })).toBe('KNOWS|a|b|2024-01-01');
  });

  it('reads a tie from either end', () => {
    expect(tieNameFrom('INFLUENCES', 'OUT')).toBe('Influences');
    expect(tieNameFrom('INFLUENCES', 'IN')).toBe('Influenced by');
  });
});

describe('a tender’s lots', () => {
  const product = (id: string, inn: string, ours: boolean): LotTie['product'] => ({ id, name: id, inn, ours, maker: ours ? null : { id: 'rival', name: 'Rival' } });

  it('folds the products of one lot into a row, ours first, lots by number, unnumbered last', () => {
    const rows = groupLots([
      { lot: 2, quantity: 100, product: product('b-generic', 'bortezomib', false) },
      { lot: null, quantity: null, product: product('x', 'x-inn', false) },
      { lot: 1, quantity: 4800, product: product('r-rival', 'rituximab', false) },
      { lot: 1, quantity: 4800, product: product('r-ours', 'rituximab', true) },
    ]);
    expect(rows.map((r) => r.lot)).toEqual([1, 2, null]);
    expect(rows[0]).toMatchObject({ quantity: 4800, inns: ['rituximab'], ours: true });
    expect(rows[0]!.products.map((p) => p.id)).toEqual(['r-ours', 'r-rival']);
    expect(rows[1]!.ours).toBe(false);
  });

  it('keeps the largest quantity when a lot’s products disagree', () => {
    const rows = groupLots([
      { lot: 1, quantity: 10, product: product('a', 'inn', false) },
      { lot: 1, quantity: 30, product: product('b', 'inn', true) },
    ]);
    expect(rows[0]!.quantity).toBe(30);
  });
});

describe('provenance and period words', () => {
  it('says where a fact comes from and how sure we are, and nothing when neither is known', () => {
    expect(provenanceText('congress 2025', 0.4)).toBe('congress 2025 · confidence 0.4');
    expect(provenanceText(null, 0.456)).toBe('confidence 0.46');
    expect(provenanceText(null, null)).toBe('');
    expect(formatScore(1)).toBe('1');
    expect(formatAmount(1488000, 'EUR')).toBe('1,488,000 EUR');
  });

  it('says a tie’s validity in words', () => {
    expect(periodText('2021-01-01', '2024-06-30')).toBe('2021-01-01 – 2024-06-30');
    expect(periodText('2024-03-01', null)).toBe('since 2024-03-01');
    expect(periodText(null, '2027-01-01')).toBe('until 2027-01-01');
    expect(periodText(null, undefined)).toBe('');
  });

  it('labels what stands at a tie’s end by its kind, else its type', () => {
    expect(entityKindLabel('Event', 'CONGRESS')).toBe('Congress');
    expect(entityKindLabel('Program', null)).toBe('Programme');
  });
});
