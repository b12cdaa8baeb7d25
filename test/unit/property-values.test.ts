import { describe, expect, it } from 'vitest';
import { renderMessage, type Locale } from '../../server/src/kernel/i18n/catalogue.js';
import { formatCell, parseCell, type Parsed } from '../../server/src/modules/graph/rules/property-values.js';

/** A parse with its reason worded, as the API and the import give it. */
const worded = (parsed: Parsed, locale: Locale = 'en') => (parsed.ok ? parsed : { ok: false, reason: renderMessage(parsed.reason, locale) });

describe('CSV cells', () => {
  const list = { kind: 'list' } as const;
  it('round-trips lists, also when an item holds the separator', () => {
    for (const value of [['sailing', 'chess'], ['a; b', 'c'], ['[not json'], ['  padded ']]) {
      expect(parseCell(list, formatCell(value))).toEqual({ ok: true, value });
    }
    expect(formatCell(['sailing', 'chess'])).toBe('sailing;chess');
  });

  it('types and checks values with reasons', () => {
    expect(worded(parseCell({ kind: 'number', min: 0, max: 1 }, '1.5'))).toEqual({ ok: false, reason: '1.5 is above 1' });
    expect(worded(parseCell({ kind: 'date' }, '2026-02-29'))).toEqual({ ok: false, reason: '"2026-02-29" is not a date (YYYY-MM-DD)' });
    expect(parseCell({ kind: 'boolean' }, 'yes')).toEqual({ ok: true, value: true });
    expect(worded(parseCell({ kind: 'integer' }, '2.5'))).toEqual({ ok: false, reason: '2.5 is not a whole number' });
    expect(parseCell(undefined, ' free text ')).toEqual({ ok: true, value: 'free text' });
  });

  it('says why in the reader\'s language, quoting what the cell holds and the words it may hold as written', () => {
    const stage = { kind: 'enum', values: ['contact', 'loyalty'] } as const;
    expect(worded(parseCell(stage, 'friend'), 'pt-PT')).toEqual({ ok: false, reason: '"friend" não é nenhum de contact, loyalty' });
    expect(worded(parseCell({ kind: 'date' }, '31/12/2026'), 'pt-BR')).toEqual({ ok: false, reason: '"31/12/2026" não é uma data (AAAA-MM-DD)' });
    expect(worded(parseCell({ kind: 'number', min: 0, max: 1 }, '1.5'), 'pt-PT')).toEqual({ ok: false, reason: '1.5 é superior a 1' });
  });
});
