import { describe, it, expect } from 'vitest';
import { bestPathsToTargets, strongestPaths, TwoWayTies } from '../../server/src/modules/introductions/rules/paths.js';
import type { PathEdge } from '../../server/src/modules/introductions/rules/types.js';

function edge(from: string, to: string, strength: number, type = 'INFLUENCES'): PathEdge {
  return { from, to, strength, type };
}

/** Both directions, as callers add them for symmetric ties such as KNOWS. */
function both(a: string, b: string, strength: number, type = 'KNOWS'): PathEdge[] {
  return [edge(a, b, strength, type), edge(b, a, strength, type)];
}

describe('bestPathsToTargets', () => {
  it('prefers a strong 3-hop chain (0.9^3 = 0.729) to a weak direct tie (0.5)', () => {
    const edges = [edge('x', 'a', 0.9), edge('a', 'b', 0.9), edge('b', 'author', 0.9), edge('x', 'author', 0.5)];
    const paths = bestPathsToTargets(edges, ['author'], 3);
    expect(paths.get('x')?.nodes).toEqual(['x', 'a', 'b', 'author']);
    expect(paths.get('x')?.strength).toBeCloseTo(0.729, 12);
    expect(paths.get('x')?.edgeTypes).toEqual(['INFLUENCES', 'INFLUENCES', 'INFLUENCES']);
    expect(paths.get('b')).toMatchObject({ nodes: ['b', 'author'], strength: 0.9 });
    expect(paths.get('author')).toEqual({ nodes: ['author'], strength: 1, edgeTypes: [] });
  });

  it('falls back to the best path within the hop limit', () => {
    const edges = [edge('x', 'a', 0.9), edge('a', 'b', 0.9), edge('b', 'author', 0.9), edge('x', 'author', 0.5)];
    const paths = bestPathsToTargets(edges, ['author'], 2);
    expect(paths.get('x')).toMatchObject({ nodes: ['x', 'author'], strength: 0.5 });
    expect(bestPathsToTargets(edges, ['author'], 1).has('a')).toBe(false);
  });

  it('uses a neighbour’s shorter, weaker path when its best one would break the limit', () => {
    // y's best is y -> z -> T (0.81) but x -> y -> z -> T is 3 hops: within 2 hops x must
    // go x -> y -> T (0.9 * 0.6 = 0.54), which beats x -> T (0.3).
    const edges = [
      edge('x', 'y', 0.9),
      edge('y', 'z', 0.9),
      edge('z', 'T', 0.9),
      edge('y', 'T', 0.6),
      edge('x', 'T', 0.3),
    ];
    const paths = bestPathsToTargets(edges, ['T'], 2);
    expect(paths.get('y')).toMatchObject({ nodes: ['y', 'z', 'T'] });
    expect(paths.get('y')?.strength).toBeCloseTo(0.81, 12);
    expect(paths.get('x')).toMatchObject({ nodes: ['x', 'y', 'T'] });
    expect(paths.get('x')?.strength).toBeCloseTo(0.54, 12);
    expect(bestPathsToTargets(edges, ['T'], 3).get('x')?.nodes).toEqual(['x', 'y', 'z', 'T']);
  });

  it('goes to the nearest target by strength and follows edge direction', () => {
    const edges = [edge('k', 't1', 0.4), edge('k', 'm', 0.8), edge('m', 't2', 0.8), edge('t1', 'back', 1)];
    const paths = bestPathsToTargets(edges, ['t1', 't2'], 4);
    expect(paths.get('k')?.nodes).toEqual(['k', 'm', 't2']);
    expect(paths.has('back')).toBe(false);
    // Strongest first.
    expect([...paths.keys()]).toEqual(['t1', 't2', 'm', 'k']);
  });

  it('matches brute force on random graphs with two targets', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 't1', 't2'];
    const targets = ['t1', 't2'];
    for (const graphSeed of [3, 5, 8]) {
      let seed = graphSeed;
      const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
      const edges: PathEdge[] = [];
      for (const a of nodes) for (const b of nodes) if (a !== b && random() < 0.3) edges.push(edge(a, b, 0.1 + 0.9 * random()));
      for (const maxHops of [1, 2, 3]) {
        const paths = bestPathsToTargets(edges, targets, maxHops);
        for (const start of nodes.filter((n) => !targets.includes(n))) {
          let best = 0;
          const walk = (path: string[], strength: number) => {
            const last = path[path.length - 1]!;
            if (targets.includes(last)) return void (best = Math.max(best, strength));
            if (path.length > maxHops) return;
            for (const e of edges) if (e.from === last && !path.includes(e.to)) walk([...path, e.to], strength * e.strength);
          };
          walk([start], 1);
          if (best === 0) expect(paths.has(start)).toBe(false);
          else {
            const found = paths.get(start);
            expect(found?.strength).toBeCloseTo(best, 12);
            expect(found!.nodes.length - 1).toBeLessThanOrEqual(maxHops);
            expect(targets).toContain(found!.nodes[found!.nodes.length - 1]);
          }
        }
      }
    }
  });

  it('ignores edges of strength 0 and rejects strengths above 1', () => {
    expect(bestPathsToTargets([edge('a', 't', 0)], ['t'], 3).has('a')).toBe(false);
    expect(() => bestPathsToTargets([edge('a', 't', 1.5)], ['t'], 3)).toThrow(/strengths must be in \(0, 1\]/);
  });
});

describe('strongestPaths', () => {
  const network = [
    ...both('kam', 'a', 0.9),
    ...both('a', 'b', 0.9),
    ...both('b', 'target', 0.9),
    ...both('kam', 'c', 0.6),
    ...both('c', 'target', 0.7),
    ...both('kam', 'target', 0.3),
    ...both('a', 'c', 0.5),
  ];

  it('returns distinct simple paths, strongest first, a strong long chain before a weak short one', () => {
    const paths = strongestPaths(network, 'kam', 'target', { maxHops: 4, first: 10 });
    const keys = paths.map((p) => p.nodes.join('>'));
    expect(keys.slice(0, 3)).toEqual(['kam>a>b>target', 'kam>c>target', 'kam>a>c>target']);
    expect(paths[0]?.strength).toBeCloseTo(0.729, 12);
    expect(paths[1]?.strength).toBeCloseTo(0.42, 12);
    expect(paths[2]?.strength).toBeCloseTo(0.315, 12);
    expect(new Set(keys).size).toBe(keys.length);
    for (const path of paths) {
      expect(new Set(path.nodes).size).toBe(path.nodes.length);
      expect(path.nodes.length - 1).toBeLessThanOrEqual(4);
      expect(path.edgeTypes).toHaveLength(path.nodes.length - 1);
    }
    for (let i = 1; i < paths.length; i++) expect(paths[i - 1]!.strength).toBeGreaterThanOrEqual(paths[i]!.strength);
    // Every simple kam -> target path within 4 hops: the five above and kam>c>a>b>target.
    expect(keys.sort()).toEqual(
      ['kam>a>b>target', 'kam>a>c>target', 'kam>c>a>b>target', 'kam>c>target', 'kam>target'].sort(),
    );
  });

  it('stops at `first` paths and respects the hop limit', () => {
    expect(strongestPaths(network, 'kam', 'target', { maxHops: 4, first: 2 }).map((p) => p.nodes.join('>'))).toEqual([
      'kam>a>b>target',
      'kam>c>target',
    ]);
    const short = strongestPaths(network, 'kam', 'target', { maxHops: 2, first: 10 });
    expect(short.map((p) => p.nodes.join('>'))).toEqual(['kam>c>target', 'kam>target']);
  });

  it('never routes through an opted-out person', () => {
    const paths = strongestPaths(network, 'kam', 'target', { maxHops: 4, first: 10, exclude: new Set(['b']) });
    expect(paths.map((p) => p.nodes.join('>'))).toEqual(['kam>c>target', 'kam>a>c>target', 'kam>target']);
    expect(strongestPaths(network, 'kam', 'target', { maxHops: 4, first: 3, exclude: new Set(['target']) })).toEqual([]);
    expect(strongestPaths(network, 'kam', 'target', { maxHops: 4, first: 3, exclude: new Set(['kam']) })).toEqual([]);
  });

  it('keeps the strongest of parallel ties and follows direction', () => {
    const edges = [edge('a', 'b', 0.4, 'INFLUENCES'), edge('a', 'b', 0.8, 'KNOWS'), edge('c', 'a', 1)];
    expect(strongestPaths(edges, 'a', 'b', { maxHops: 3, first: 5 })).toEqual([
      { nodes: ['a', 'b'], strength: 0.8, edgeTypes: ['KNOWS'] },
    ]);
    expect(strongestPaths(edges, 'b', 'a', { maxHops: 3, first: 5 })).toEqual([]);
    expect(strongestPaths(edges, 'a', 'a', { maxHops: 3, first: 5 })).toEqual([]);
  });

  it('matches brute force on dense random graphs, for several hop limits', () => {
    const nodes = ['s', 'p', 'q', 'r', 'u', 'v', 't'];
    for (const graphSeed of [7, 11, 23]) {
      let seed = graphSeed;
      const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
      const edges: PathEdge[] = [];
      for (const a of nodes) for (const b of nodes) if (a !== b && random() < 0.55) edges.push(edge(a, b, 0.2 + 0.8 * random()));
      for (const maxHops of [2, 3, 4]) {
        const all: number[] = [];
        const walk = (path: string[], strength: number) => {
          const last = path[path.length - 1]!;
          if (last === 't') return void all.push(strength);
          if (path.length > maxHops) return;
          for (const e of edges) if (e.from === last && !path.includes(e.to)) walk([...path, e.to], strength * e.strength);
        };
        walk(['s'], 1);
        all.sort((a, b) => b - a);
        const found = strongestPaths(edges, 's', 't', { maxHops, first: 8 });
        expect(found.map((p) => p.strength)).toEqual(all.slice(0, 8).map((v) => expect.closeTo(v, 12)));
        for (const p of found) expect(p.nodes.length - 1).toBeLessThanOrEqual(maxHops);
      }
    }
  });
});

describe('TwoWayTies', () => {
  /** Every tie and its reverse, the strongest per ordered pair, each pair where it first appears: what searches read. */
  function bothWays(edges: readonly PathEdge[]): PathEdge[] {
    const best = new Map<string, PathEdge>();
    const keep = (e: PathEdge) => {
      const key = `${e.from}\u0000${e.to}`;
      const current = best.get(key);
      if (!current || e.strength > current.strength) best.set(key, e);
    };
    for (const e of edges) {
      keep(e);
      keep({ ...e, from: e.to, to: e.from });
    }
    return [...best.values()];
  }

  it('finds, over a shared part and each search’s own, exactly the paths found over all the ties at once, ties between equal paths broken alike', () => {
    const nodes = ['s', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 't1', 't2', 't3'];
    // Few strengths, so that many paths are equally strong and the order of the ties decides.
    const strengths = [0.5, 0.6, 0.8, 1];
    for (const graphSeed of [3, 5, 17, 29, 41]) {
      let seed = graphSeed;
      const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
      const pick = () => nodes[Math.floor(random() * nodes.length)]!;
      const randomEdges = (count: number) =>
        Array.from({ length: count }, () => edge(pick(), pick(), strengths[Math.floor(random() * strengths.length)]!, random() < 0.5 ? 'KNOWS' : 'INFLUENCES'));
      const shared = randomEdges(18);
      const shared2 = TwoWayTies.of(shared);
      for (const to of ['t1', 't2', 't3']) {
        const own = randomEdges(8);
        for (const maxHops of [2, 3, 4]) {
          const options = { maxHops, first: 4, exclude: new Set(['g']) };
          expect(strongestPaths(shared2.with(own), 's', to, options)).toEqual(strongestPaths(bothWays([...shared, ...own]), 's', to, options));
        }
      }
    }
  });

  it('leaves the shared part as it was, and refuses a strength above 1', () => {
    const shared = TwoWayTies.of([edge('s', 'a', 0.5)]);
    expect(strongestPaths(shared.with([edge('a', 't', 0.9)]), 's', 't', { maxHops: 3, first: 1 })).toHaveLength(1);
    expect(strongestPaths(shared, 's', 't', { maxHops: 3, first: 1 })).toEqual([]);
    // Both ways: t reaches s over the same ties.
    expect(strongestPaths(shared.with([edge('a', 't', 0.9)]), 't', 's', { maxHops: 3, first: 1 })[0]).toMatchObject({ nodes: ['t', 'a', 's'] });
    expect(() => shared.with([edge('a', 't', 1.5)])).toThrow(RangeError);
  });
});
