import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveChanges, touchesScope } from '../../server/src/modules/changes/rules/derive.js';
import { CHANGE_TIE_TYPES, type TieFact } from '../../server/src/modules/changes/rules/facts.js';
import { keptEntries, parseKept, rankMoves } from '../../server/src/modules/changes/rules/rank-moves.js';
import { checkWebhookUrl, signature } from '../../server/src/modules/changes/webhooks.js';
import { renderMessage } from '../../server/src/kernel/i18n/catalogue.js';

const tie = (fields: Partial<TieFact>): TieFact => ({
  key: 'INFLUENCES|a|b|2026-11-05', type: 'INFLUENCES', from: 'a', to: 'b', fromLabel: 'Person', toLabel: 'Person',
  since: '2026-11-05', until: null, strength: 0.8, confidence: null, source: null, role: null, position: null, head: false,
  basis: null, value: null, stage: null, previous: null, replaced: false, ...fields,
});
const window = { since: '2026-11-01', until: '2026-11-30', today: '2026-11-27', recorded: new Map(), terms: 'upcoming' as const };

describe('change rules', () => {
  it('a tie begun in the window is TIE_STARTED on its own day, weighed by the more powerful end', () => {
    const [change] = deriveChanges({ ties: [tie({})], added: [], statuses: [] }, window, (id) => (id === 'b' ? 0.5 : 0.1));
    expect(change).toMatchObject({ kind: 'tie_started', on: '2026-11-05', personIds: ['a', 'b'], weight: 0.4, message: { id: 'change.tieStarted.influences' } });
  });

  it('a tie begun before the window is news only when it was written in it (an edit to the past)', () => {
    const old = tie({ since: '2026-10-01', key: 'INFLUENCES|a|b|2026-10-01' });
    expect(deriveChanges({ ties: [old], added: [], statuses: [] }, window, () => 0)).toEqual([]);
    const recorded = new Map([[`start|${old.key}`, { on: '2026-11-20', by: 'u', version: 7 }]]);
    expect(deriveChanges({ ties: [old], added: [], statuses: [] }, { ...window, recorded }, () => 0)[0]).toMatchObject({ on: '2026-10-01', recorded: { on: '2026-11-20', by: 'u' } });
  });

  it('a seat ending within six months after the window is TERM_ENDING; a stance replaced is one STANCE_CHANGED', () => {
    const seat = tie({ type: 'MEMBER_OF', to: 'C', toLabel: 'Committee', role: 'chair', since: '2020-01-01', until: '2027-02-01', key: 'MEMBER_OF|a|C|2020-01-01' });
    const stance = tie({ type: 'STANCE', to: 'rival', toLabel: 'Institution', value: 1, since: '2026-11-10', previous: { value: -1, stage: null }, key: 'STANCE|a|rival|2026-11-10' });
    const kinds = deriveChanges({ ties: [seat, stance], added: [], statuses: [] }, window, () => 1).map((c) => c.kind);
    expect(kinds.sort()).toEqual(['stance_changed', 'term_ending']);
  });

  it('rank moves name who rose, fell, entered and left', () => {
    const moves = rankMoves(
      [{ personId: 'a', rank: 1, score: 0.9 }, { personId: 'b', rank: 2, score: 0.5 }, { personId: 'c', rank: 3, score: 0.1 }],
      [{ personId: 'b', rank: 1, score: 0.95 }, { personId: 'a', rank: 2, score: 0.9 }, { personId: 'd', rank: 3, score: 0.2 }],
      { scope: { kind: 'territory', id: 'T' }, beforeDay: '2026-10-31', afterDay: '2026-11-30', relatedTo: () => [] },
    );
    const byPerson = Object.fromEntries(moves.map((m) => [m.personIds[0], m.message.id]));
    expect(byPerson).toEqual({ a: 'change.rankMoved', b: 'change.rankMoved', c: 'change.rankLeft', d: 'change.rankEntered' });
  });

  it('the facts query expands exactly the tie types changes come from', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../server/src/modules/changes/cypher/tie-facts-of-people.cypher'), 'utf8');
    const typed = /MATCH \(p:Person \{id: id\}\)-\[r:([A-Z_|]+)\]-\(\)/.exec(text)?.[1]?.split('|');
    expect(typed?.sort()).toEqual([...CHANGE_TIE_TYPES].sort());
  });

  it('a change touches a scope through its people or its subject', () => {
    const scope = { scopeId: 'X', people: new Set(['a']), tenders: new Set<string>() };
    expect(touchesScope({ personIds: ['z'], subjectId: 'X' }, scope)).toBe(true);
    expect(touchesScope({ personIds: ['z'], subjectId: null }, scope)).toBe(false);
  });
});

describe('the ranking kept at an inbox read', () => {
  it('round-trips as text, skips what it cannot read, and compares like any ranking', () => {
    const ranking = [
      { personId: 'person-1', rank: 1, score: 0.8125 },
      { personId: 'person-2', rank: 2, score: 0.5 },
    ];
    const entries = keptEntries(ranking);
    expect(entries).toEqual(['person-1 1 0.8125', 'person-2 2 0.5']);
    expect(parseKept([...entries, 'broken', 'person-3 x 0.1', 'person-4 0 0.2'])).toEqual(ranking);
    const moves = rankMoves(parseKept(entries), [{ personId: 'person-2', rank: 1, score: 0.9 }, { personId: 'person-1', rank: 2, score: 0.7 }], {
      scope: { kind: 'territory', id: 't' },
      beforeDay: '2026-11-27',
      afterDay: '2026-11-27',
      relatedTo: () => [],
    });
    expect(moves.map((m) => [m.personIds[0], m.rankBefore, m.rankAfter])).toEqual([['person-1', 1, 2], ['person-2', 2, 1]]);
  });
});

describe('webhooks', () => {
  it('sign the raw body with HMAC-SHA256 under the secret', () => {
    expect(signature('s3cret', '{"a":1}')).toBe(`sha256=${createHmac('sha256', 's3cret').update('{"a":1}').digest('hex')}`);
  });

  it('refuse URLs that are not http(s) or point at this server', () => {
    const self = { ports: () => [4000] };
    expect(checkWebhookUrl('ftp://example.org', self)?.field).toBe('input.url');
    expect(checkWebhookUrl('not a url', self)?.field).toBe('input.url');
    const itself = checkWebhookUrl('http://localhost:4000/graphql', self)!.message;
    expect(renderMessage(itself)).toMatch(/this KAMgraph server itself/);
    expect(renderMessage(itself, 'pt-PT')).toMatch(/aponta para este próprio servidor KAMgraph; indique o endereço do recetor/);
    expect(checkWebhookUrl('http://127.0.0.1:4001/hook', self)).toBeNull();
    expect(checkWebhookUrl('https://crm.example.org/kamgraph', self)).toBeNull();
  });
});
