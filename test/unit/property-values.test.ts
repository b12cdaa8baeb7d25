import { describe, expect, it } from 'vitest';
import { formatCell, parseCell } from '../../server/src/modules/graph/rules/property-values.js';

describe('CSV cells', () => {
  const list = { kind: 'list' } as const;
  it('round-trips lists, also when an item holds the separator', () => {
    for (const value of [['sailing', 'chess'], ['a; b', 'c'], ['[not json'], ['  padded ']]) {
      expect(parseCell(list, formatCell(value))).toEqual({ ok: true, value });
    }
    expect(formatCell(['sailing', 'chess'])).toBe('sailing;chess');
  });

  it('types and checks values with reasons', () => {
    expect(parseCell({ kind: 'number', min: 0, max: 1 }, '1.5')).toEqual({ ok: false, reason: '1.5 is above 1' });
    expect(parseCell({ kind: 'date' }, '2026-02-29')).toEqual({ ok: false, reason: '"2026-02-29" is not a date (YYYY-MM-DD)' });
    expect(parseCell({ kind: 'boolean' }, 'yes')).toEqual({ ok: true, value: true });
    expect(parseCell({ kind: 'integer' }, '2.5')).toEqual({ ok: false, reason: '2.5 is not a whole number' });
    expect(parseCell(undefined, ' free text ')).toEqual({ ok: true, value: 'free text' });
  });
});
