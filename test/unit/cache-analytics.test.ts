import { describe, expect, it } from 'vitest';
import { AnalyticsCache, estimateBytes } from '../../server/src/kernel/cache/analytics-cache.js';
import { cacheKey, stableJson } from '../../server/src/kernel/cache/cache-key.js';

/** A version source the test moves by hand, counting reads. */
function versionSource(start = 1) {
  const source = { version: start, reads: 0, read: async () => {
    source.reads += 1;
    return source.version;
  } };
  return source;
}

function counter<T>(value: (call: number) => T) {
  const fn = { calls: 0, compute: async () => value(++fn.calls) };
  return fn;
}

describe('cache keys', () => {
  it('ignore object key order and undefined fields, keep array order', () => {
    expect(stableJson({ b: 2, a: { d: [1, 2], c: null } })).toBe(stableJson({ a: { c: null, d: [1, 2] }, b: 2, e: undefined }));
    expect(stableJson({ a: [1, 2] })).not.toBe(stableJson({ a: [2, 1] }));
    expect(cacheKey(3, 'q', { x: 1 })).not.toBe(cacheKey(4, 'q', { x: 1 }));
    expect(cacheKey(3, 'q', { x: 1 })).not.toBe(cacheKey(3, 'p', { x: 1 }));
    expect(cacheKey(3, 'q', { x: 'a' })).not.toBe(cacheKey(3, 'q', { x: 'b' }));
  });
});

describe('AnalyticsCache', () => {
  it('answers a repeat question at the same version from memory, reading the version once per lookup', async () => {
    const source = versionSource();
    const cache = new AnalyticsCache(source.read);
    const work = counter((n) => ({ answer: n }));
    expect(await cache.get('power', { id: 't1' }, work.compute)).toEqual({ answer: 1 });
    expect(await cache.get('power', { id: 't1' }, work.compute)).toEqual({ answer: 1 });
    expect(work.calls).toBe(1);
    expect(source.reads).toBe(2);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1, version: 1 });
  });

  it('shares one version read between lookups that arrive together, never one that started before them', async () => {
    const source = versionSource(1);
    const cache = new AnalyticsCache(source.read);
    const work = counter((n) => n);
    await cache.get('power', {}, work.compute);
    expect(source.reads).toBe(1);
    // Three lookups in the same turn: one read, sent after all three began.
    await Promise.all([cache.get('power', {}, work.compute), cache.get('power', {}, work.compute), cache.get('power', {}, work.compute)]);
    expect(source.reads).toBe(2);
    expect(cache.stats().versionReads).toBe(2);

    // A lookup that begins while a read is already on its way waits for a read of its own.
    let release!: () => void;
    const slowSource = { version: 1, reads: 0 };
    const slow = new AnalyticsCache(async () => {
      slowSource.reads += 1;
      const seen = slowSource.version;
      await new Promise<void>((resolve) => (release = resolve));
      return seen;
    });
    const early = slow.get('power', {}, async () => 'at version 1');
    await new Promise((resolve) => setImmediate(resolve)); // the first read is now sent
    slowSource.version = 2; // a write is acknowledged...
    const late = slow.get('power', {}, async () => 'at version 2'); // ...before this lookup begins
    release();
    expect(await early).toBe('at version 1');
    await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await late).toBe('at version 2');
    expect(slowSource.reads).toBe(2);
  });

  it('keeps different arguments and questions apart', async () => {
    const cache = new AnalyticsCache(versionSource().read);
    const work = counter((n) => n);
    await cache.get('power', { id: 't1' }, work.compute);
    await cache.get('power', { id: 't2' }, work.compute);
    await cache.get('map', { id: 't1' }, work.compute);
    expect(work.calls).toBe(3);
    expect(await cache.get('power', { id: 't2' }, work.compute)).toBe(2);
  });

  it('recomputes after a write bumps the version, and drops the old entries', async () => {
    const source = versionSource(7);
    const cache = new AnalyticsCache(source.read);
    const work = counter((n) => `computed at call ${n}`);
    await cache.get('power', { id: 't1' }, work.compute);
    await cache.get('power', { id: 't2' }, work.compute);
    source.version = 8;
    expect(await cache.get('power', { id: 't1' }, work.compute)).toBe('computed at call 3');
    expect(cache.stats()).toMatchObject({ entries: 1, version: 8, versionChanges: 1 });
  });

  it('also starts over when the version goes down (the database was reset)', async () => {
    const source = versionSource(40);
    const cache = new AnalyticsCache(source.read);
    const work = counter((n) => n);
    await cache.get('power', {}, work.compute);
    source.version = 2;
    expect(await cache.get('power', {}, work.compute)).toBe(2);
  });

  it('uses the version a request read at its start without reading again', async () => {
    const source = versionSource(5);
    const cache = new AnalyticsCache(source.read);
    const work = counter((n) => n);
    expect(await cache.get('power', {}, work.compute, undefined, 5)).toBe(1);
    expect(await cache.get('power', {}, work.compute, undefined, 5)).toBe(1);
    expect(source.reads).toBe(0);
    // A request that started after a write knows the newer version: it recomputes.
    expect(await cache.get('power', {}, work.compute, undefined, 6)).toBe(2);
    expect(cache.stats()).toMatchObject({ version: 6, versionChanges: 1, versionReads: 0 });
  });

  it('reads the version when a request knows an older one than the cache, never moving back', async () => {
    const source = versionSource(9);
    const cache = new AnalyticsCache(source.read);
    const work = counter((n) => n);
    expect(await cache.get('power', {}, work.compute, undefined, 9)).toBe(1);
    // Began before the write to 9 (knows 8): the database says 9, the entry at 9 serves.
    expect(await cache.get('power', {}, work.compute, undefined, 8)).toBe(1);
    expect(source.reads).toBe(1);
    expect(cache.stats()).toMatchObject({ version: 9, versionChanges: 0, entries: 1 });
    // After a reset the database itself says the lower version: the cache starts over.
    source.version = 1;
    expect(await cache.get('power', {}, work.compute, undefined, 1)).toBe(2);
    expect(cache.stats()).toMatchObject({ version: 1, versionChanges: 1 });
  });

  it('shares one computation between concurrent askers of the same key', async () => {
    const cache = new AnalyticsCache(versionSource().read);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const compute = async () => {
      calls += 1;
      await gate;
      return 'slow answer';
    };
    const askers = Promise.all([cache.get('power', { id: 'x' }, compute), cache.get('power', { id: 'x' }, compute), cache.get('power', { id: 'x' }, compute)]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    expect(await askers).toEqual(['slow answer', 'slow answer', 'slow answer']);
    expect(calls).toBe(1);
    expect(cache.stats()).toMatchObject({ misses: 1, joined: 2 });
  });

  it('does not keep failures: the next asker computes again', async () => {
    const cache = new AnalyticsCache(versionSource().read);
    let calls = 0;
    const compute = async () => {
      calls += 1;
      if (calls === 1) throw new Error('database went away');
      return 'ok';
    };
    await expect(cache.get('power', {}, compute)).rejects.toThrow('database went away');
    expect(await cache.get('power', {}, compute)).toBe('ok');
    expect(calls).toBe(2);
  });

  it('does not store an answer computed while a write changed the version', async () => {
    const source = versionSource(1);
    const cache = new AnalyticsCache(source.read);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = cache.get('power', {}, async () => {
      await gate;
      return 'old';
    });
    await new Promise((resolve) => setTimeout(resolve, 1));
    source.version = 2;
    expect(await cache.get('other', {}, async () => 'new')).toBe('new');
    release();
    expect(await slow).toBe('old');
    source.version = 1; // even if some request still read the old version, nothing is stored under it
    const work = counter(() => 'recomputed');
    expect(await cache.get('power', {}, work.compute)).toBe('recomputed');
    expect(work.calls).toBe(1);
  });

  it('fails when the version cannot be read, without computing', async () => {
    const cache = new AnalyticsCache(async () => {
      throw new Error('ServiceUnavailable');
    });
    const work = counter(() => 1);
    await expect(cache.get('power', {}, work.compute)).rejects.toThrow('ServiceUnavailable');
    expect(work.calls).toBe(0);
  });

  it('evicts least recently used entries beyond maxEntries and beyond the byte budget', async () => {
    const byCount = new AnalyticsCache(versionSource().read, { maxEntries: 2 });
    const work = counter((n) => n);
    await byCount.get('q', 1, work.compute);
    await byCount.get('q', 2, work.compute);
    await byCount.get('q', 1, work.compute); // 1 is now the most recent
    await byCount.get('q', 3, work.compute); // evicts 2
    expect(byCount.stats().entries).toBe(2);
    await byCount.get('q', 1, work.compute);
    expect(work.calls).toBe(3);
    await byCount.get('q', 2, work.compute);
    expect(work.calls).toBe(4);

    const byBytes = new AnalyticsCache(versionSource().read, { maxBytes: 1000 });
    await byBytes.get('q', 'a', async () => 'a', () => 600);
    await byBytes.get('q', 'b', async () => 'b', () => 600);
    expect(byBytes.stats()).toMatchObject({ entries: 1, bytes: 600 });
    await byBytes.get('q', 'huge', async () => 'huge', () => 5000);
    expect(byBytes.stats().entries).toBe(1);
  });
});

describe('estimateBytes', () => {
  it('grows with the data and samples long arrays', () => {
    const person = (i: number) => ({ id: `person-${i}`, name: 'Dr. Somebody Long-Name', score: i / 10, flags: [true, false] });
    const small = estimateBytes(Array.from({ length: 10 }, (_, i) => person(i)));
    const large = estimateBytes(Array.from({ length: 10_000 }, (_, i) => person(i)));
    expect(small).toBeGreaterThan(10 * 50);
    expect(large / small).toBeGreaterThan(800);
    expect(large / small).toBeLessThan(1200);
    expect(estimateBytes(null)).toBe(8);
    expect(estimateBytes('abcd')).toBe(24);
  });
});
