import { describe, expect, it } from 'vitest';
import { FootprintMemo, type Patch } from '../../server/src/modules/graph/footprint-memo.js';
import { encodeFootprint, type FootprintItem } from '../../server/src/modules/graph/rules/write-footprint.js';

/** A graph that only counts versions, with the footprints of the writes it was told of. */
function fakeGraph() {
  let version = 0;
  const stored: string[] = [];
  return {
    write(items: FootprintItem[] | null) {
      version += 1;
      if (items) stored.push(`${version}|${encodeFootprint(items)}`);
    },
    footprints: async () => ({ version, footprints: [...stored] }),
  };
}

const tie = (from: string, to: string): FootprintItem => ({ tie: 'INFLUENCES', from, to });
type Value = { people: number; reads: number };

describe('FootprintMemo', () => {
  const patch: Patch<Value> = async (kept, writes) => (writes.some((w) => w.length > 1) ? null : { value: writes.length > 0 ? { ...kept, reads: kept.reads + 1 } : kept, changed: writes.length > 0 });

  it('reads whole first, then patches from the footprints since, and reads whole when a version has none', async () => {
    const graph = fakeGraph();
    const memo = new FootprintMemo<Value>({ maxSize: 100, sizeOf: (v) => v.people });
    const whole = async () => ({ people: 10, reads: 0 });
    expect((await memo.read('a', graph.footprints, patch, whole)).read).toBe('whole');
    expect((await memo.read('a', graph.footprints, patch, whole)).read).toBe('unchanged');
    graph.write([tie('x', 'y')]);
    const patched = await memo.read('a', graph.footprints, patch, whole);
    expect(patched).toEqual({ value: { people: 10, reads: 1 }, read: 'patched' });
    graph.write(null);
    expect((await memo.read('a', graph.footprints, patch, whole)).read).toBe('whole');
    graph.write([tie('x', 'y'), tie('y', 'z')]);
    expect((await memo.read('a', graph.footprints, patch, whole)).read).toBe('whole');
  });

  it('keeps at most maxSize in all, the value used longest ago going first, and never one larger than all of it', async () => {
    const graph = fakeGraph();
    const memo = new FootprintMemo<Value>({ maxSize: 100, sizeOf: (v) => v.people });
    const sized = (people: number) => async () => ({ people, reads: 0 });
    await memo.read('a', graph.footprints, patch, sized(60));
    await memo.read('b', graph.footprints, patch, sized(30));
    await memo.read('a', graph.footprints, patch, sized(60));
    await memo.read('c', graph.footprints, patch, sized(30));
    expect(memo.stats()).toMatchObject({ entries: 2, size: 90 });
    expect((await memo.read('a', graph.footprints, patch, sized(60))).read).toBe('unchanged');
    expect((await memo.read('b', graph.footprints, patch, sized(30))).read).toBe('whole');
    await memo.read('huge', graph.footprints, patch, sized(500));
    expect((await memo.read('huge', graph.footprints, patch, sized(500))).read).toBe('whole');
  });
});
