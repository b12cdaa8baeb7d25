/**
 * A scope's influence ties as flat index arrays (compressed sparse rows), and the two
 * graph measures that walk them: weighted PageRank and Brandes' betweenness.
 *
 * Why not graphology here: its PageRank and Brandes routines first build the same kind of
 * index from a graph of string-keyed nodes and edge objects, and the Brandes routine
 * allocates one predecessor list per person per pivot. On a national graph building the
 * graph and those lists cost more than the arithmetic. These functions do the same
 * arithmetic in the same order on arrays built once: PageRank visits every node's
 * neighbours in the order graphology would (ties in the given order), so the ranks are
 * the same numbers; betweenness accumulates in the same BFS order, so the sums are too
 * (test/unit/power-influence-graph.test.ts compares both with graphology).
 */

/** Ties as indexes into `ids`: tie i says person from[i] sways person to[i], counting weight[i]. */
export interface IndexedTies {
  /** How many people (indexes 0..n-1). */
  n: number;
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

/** For each person p, a slice start[p]..start[p+1] of `other` (and `weight`). */
export interface Adjacency {
  start: Int32Array;
  other: Int32Array;
  weight: Float64Array;
}

/**
 * Groups ties by one end, keeping the ties' order within each group (a counting sort):
 * `byTo` lists, per person, who sways them, in tie order.
 */
export function adjacency(ties: IndexedTies, key: 'from' | 'to'): Adjacency {
  const keys = key === 'from' ? ties.from : ties.to;
  const others = key === 'from' ? ties.to : ties.from;
  const m = keys.length;
  const start = new Int32Array(ties.n + 1);
  for (let i = 0; i < m; i += 1) start[keys[i]! + 1]! += 1;
  for (let p = 0; p < ties.n; p += 1) start[p + 1]! += start[p]!;
  const next = start.slice(0, ties.n);
  const other = new Int32Array(m);
  const weight = new Float64Array(m);
  for (let i = 0; i < m; i += 1) {
    const slot = next[keys[i]!]!++;
    other[slot] = others[i]!;
    weight[slot] = ties.weight[i]!;
  }
  return { start, other, weight };
}

export interface PageRankOptions {
  alpha: number;
  maxIterations: number;
  tolerance: number;
}

/**
 * Weighted PageRank where rank flows from each person to `out`'s neighbours (power
 * iteration with dangling mass spread evenly), as graphology-metrics computes it: the
 * same loop, the same order of additions, the same convergence test.
 */
export function pageRank(n: number, out: Adjacency, options: PageRankOptions): Float64Array {
  const { alpha, maxIterations, tolerance } = options;
  const p = 1 / n;
  const outDegree = new Float64Array(n);
  const normalised = new Float64Array(out.other.length);
  const dangling: number[] = [];
  let x = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    x[i] = p;
    const end = out.start[i + 1]!;
    let degree = 0;
    for (let j = out.start[i]!; j < end; j += 1) degree += out.weight[j]!;
    outDegree[i] = degree;
    if (degree === 0) dangling.push(i);
    for (let j = out.start[i]!; j < end; j += 1) normalised[j] = out.weight[j]! / degree;
  }
  let spare = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const last = x;
    x = spare;
    x.fill(0);
    let dangleSum = 0;
    for (let k = 0; k < dangling.length; k += 1) dangleSum += last[dangling[k]!]!;
    dangleSum *= alpha;
    for (let i = 0; i < n; i += 1) {
      const end = out.start[i + 1]!;
      for (let j = out.start[i]!; j < end; j += 1) {
        const neighbour = out.other[j]!;
        x[neighbour] = x[neighbour]! + alpha * last[i]! * normalised[j]!;
      }
      x[i] = x[i]! + (dangleSum * p + (1 - alpha) * p);
    }
    let error = 0;
    for (let i = 0; i < n; i += 1) error += Math.abs(x[i]! - last[i]!);
    if (error < n * tolerance) return x;
    spare = last;
  }
  throw new Error('PageRank failed to converge.');
}

/**
 * Unnormalised betweenness from the given sources (Brandes 2001): shortest paths in hops
 * along `out`, predecessors found through `into` (the same ties grouped by their other
 * end). Every source is a breadth-first search and a dependency accumulation over arrays
 * reused from one source to the next.
 */
export function betweennessFrom(n: number, out: Adjacency, into: Adjacency, sources: readonly number[]): Float64Array {
  const centrality = new Float64Array(n);
  const delta = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  // The BFS queue doubles as the stack: nodes leave it in the order they were reached.
  const order = new Int32Array(n);
  for (const source of sources) {
    let head = 0;
    let tail = 0;
    sigma[source] = 1;
    distance[source] = 0;
    order[tail++] = source;
    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      const sigmaV = sigma[v]!;
      const end = out.start[v + 1]!;
      for (let j = out.start[v]!; j < end; j += 1) {
        const w = out.other[j]!;
        if (distance[w] === -1) {
          order[tail++] = w;
          distance[w] = next;
        }
        if (distance[w] === next) sigma[w] = sigma[w]! + sigmaV;
      }
    }
    // Dependencies in reverse BFS order (Brandes 2001, eq. 8).
    for (let k = tail - 1; k >= 0; k -= 1) {
      const w = order[k]!;
      if (w !== source) {
        const coefficient = (1 + delta[w]!) / sigma[w]!;
        const previous = distance[w]! - 1;
        const end = into.start[w + 1]!;
        for (let j = into.start[w]!; j < end; j += 1) {
          const v = into.other[j]!;
          if (distance[v] === previous) delta[v] = delta[v]! + sigma[v]! * coefficient;
        }
        centrality[w] = centrality[w]! + delta[w]!;
      }
      delta[w] = 0;
    }
    for (let k = 0; k < tail; k += 1) {
      const v = order[k]!;
      sigma[v] = 0;
      distance[v] = -1;
    }
  }
  return centrality;
}
