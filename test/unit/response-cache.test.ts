import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../server/src/kernel/cache/response-cache.js';

describe('ResponseCache: the text sent for an answer', () => {
  it('writes what Apollo writes: the fields in order errors, data, extensions, and a newline', () => {
    const cache = new ResponseCache();
    expect(cache.stringify({ data: { a: 1 } })).toBe('{"data":{"a":1}}\n');
    expect(cache.stringify({ errors: [{ message: 'no' }], data: null })).toBe('{"errors":[{"message":"no"}],"data":null}\n');
    expect(cache.stringify({ errors: [{ message: 'no' }] })).toBe('{"errors":[{"message":"no"}]}\n');
  });

  it('makes the text of a stored answer once and sends that text for every repeat', () => {
    const cache = new ResponseCache();
    const key = ResponseCache.key({ version: 1, viewer: 'u', today: '2026-12-02', locale: 'en', documentHash: 'h', operationName: null, variables: {} });
    const answer = { data: { person: { id: 'p1', name: 'Ana Sousa' } } };
    expect(cache.lookup(1, key)).toBeUndefined();
    cache.store(1, key, answer);
    const first = cache.stringify(answer);
    expect(first).toBe(`${JSON.stringify(answer)}\n`);
    // The stored answer is never changed in place; if it were, the kept text shows it is not remade.
    answer.data.person.name = 'changed';
    expect(cache.stringify(cache.lookup(1, key) as typeof answer)).toBe(first);
  });

  it('makes the text of an answer it does not store every time', () => {
    const cache = new ResponseCache();
    const answer = { data: { n: 1 } };
    expect(cache.stringify(answer)).toBe('{"data":{"n":1}}\n');
    answer.data.n = 2;
    expect(cache.stringify(answer)).toBe('{"data":{"n":2}}\n');
  });
});
