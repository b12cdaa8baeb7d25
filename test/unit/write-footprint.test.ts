import { describe, expect, it } from 'vitest';
import { encodeFootprint, footprintsBetween, MAX_FOOTPRINT_ITEMS, type FootprintItem } from '../../server/src/modules/graph/rules/write-footprint.js';
import { tiesWritten } from '../../server/src/modules/changes/rules/patch-facts.js';
import { touchedPeople } from '../../server/src/modules/power/rules/patch-projection.js';

const tie = (from: string, to: string, type: 'INFLUENCES' | 'STANCE' | 'WORKS_AT' = 'INFLUENCES'): FootprintItem => ({ tie: type, from, to });
const stored = (version: number, items: FootprintItem[]) => `${version}|${encodeFootprint(items)}`;

describe('write footprints', () => {
  it('reads back what was stored, one per version, null where a version left none', () => {
    const entries = [stored(4, [tie('a', 'b')]), stored(6, [{ node: 'Person', id: 'c', created: false }])];
    expect(footprintsBetween(entries, 3, 7)).toEqual([[tie('a', 'b')], null, [{ node: 'Person', id: 'c', created: false }], null]);
    expect(footprintsBetween(entries, 6, 6)).toEqual([]);
  });

  it('treats an entry it cannot read as no footprint', () => {
    expect(footprintsBetween(['5|not json', '6|[["tie","INFLUENCES",1,2]]', '7|{}'], 4, 7)).toEqual([null, null, null]);
  });

  it('leaves none for a write too large to name', () => {
    const many = Array.from({ length: MAX_FOOTPRINT_ITEMS + 1 }, (_, i) => tie(`p${i}`, 'q'));
    expect(encodeFootprint(many)).toBeNull();
    expect(encodeFootprint(many.slice(1))).not.toBeNull();
  });
});

describe('the people a projection patch re-reads', () => {
  it('names both ends of influence ties, a stance’s person and people whose own properties changed', () => {
    expect(touchedPeople([[tie('a', 'b')], [tie('c', 'product', 'STANCE'), { node: 'Person', id: 'd', created: false }]])).toEqual(new Set(['a', 'b', 'c', 'd']));
    expect(touchedPeople([])).toEqual(new Set());
  });

  it('gives up on anything that may move people into or out of a scope, or change more than their own part', () => {
    expect(touchedPeople([[tie('a', 'b')], null])).toBeNull();
    expect(touchedPeople([[tie('a', 'inst', 'WORKS_AT')]])).toBeNull();
    expect(touchedPeople([[{ node: 'Person', id: 'new', created: true }]])).toBeNull();
    expect(touchedPeople([[{ node: 'Institution', id: 'i', created: false }]])).toBeNull();
  });
});

describe('the ties a feed’s facts patch re-reads', () => {
  it('names the pairs and ends of ties that move nobody; an existing person’s edit changes no fact', () => {
    const written = tiesWritten([[tie('a', 'b'), { node: 'Person', id: 'c', created: false }], [tie('d', 'product', 'STANCE')]]);
    expect(written).toEqual({ pairs: new Set(['a|b', 'd|product']), ends: new Set(['a', 'b', 'd', 'product']) });
  });

  it('gives up on a position, a new person, another kind of node or a write without a footprint', () => {
    expect(tiesWritten([[tie('a', 'inst', 'WORKS_AT')]])).toBeNull();
    expect(tiesWritten([[{ node: 'Person', id: 'new', created: true }]])).toBeNull();
    expect(tiesWritten([[{ node: 'Tender', id: 't', created: false }]])).toBeNull();
    expect(tiesWritten([null])).toBeNull();
  });
});
