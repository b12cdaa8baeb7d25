/**
 * Brokerage: how much influence has to pass through a person to get from one part of
 * the scope to another (betweenness centrality).
 *
 * The influence graph is taken as DIRECTED: A INFLUENCES B carries sway from A to B,
 * not back. A person that two others both influence is a common target, not a channel
 * between them; counting that as brokerage (as an undirected graph would) would reward
 * being influenced. Callers with symmetric ties add both directions.
 *
 * Paths are counted in hops, not by strength: brokerage is about position (who sits
 * between groups), while the strength of ties is already in the influence factor.
 */
import type { DirectedGraph } from 'graphology';
import { betweennessFrom, type Adjacency } from './influence-graph.js';
import { createSeededRandom, sampleIndices } from './seeded-random.js';

/**
 * Up to this many people betweenness is exact (a breadth-first search from everyone);
 * beyond, it is estimated from sampled pivots. Exact answers are easier to explain.
 */
export const EXACT_BETWEENNESS_LIMIT = 2000;

/**
 * Pivots for the sampled estimate, tuned on the bench graphs against exact betweenness
 * (bench/betweenness-agreement.ts; the README's Performance section has the tables):
 * twice the 256 of before halves the largest brokerage error on the 10,000-person
 * territories and on the whole national graph, where it also lifts the power ranking's
 * top 20 from 85% to 95% agreement. It costs twice the pivots' time, which on a scope of
 * 10,000 runs beside the longer Louvain in the other worker thread.
 */
export const DEFAULT_BETWEENNESS_SAMPLES = 512;

export interface BetweennessOptions {
  /** Pivots when the graph is larger than `exactLimit`. */
  samples?: number;
  seed?: number;
  exactLimit?: number;
}

export interface BetweennessResult<V> {
  /** Unnormalised betweenness (pair dependencies summed), estimated when `exact` is false. */
  values: V;
  exact: boolean;
  /** How many sources were run. */
  sources: number;
}

/**
 * Betweenness over `n` people whose shortest paths follow `out` (`into` holds the same
 * ties grouped by their other end), aligned with the people's indexes.
 */
export function betweennessOf(n: number, out: Adjacency, into: Adjacency, options: BetweennessOptions = {}): BetweennessResult<Float64Array> {
  if (n === 0) return { values: new Float64Array(0), exact: true, sources: 0 };
  const exactLimit = options.exactLimit ?? EXACT_BETWEENNESS_LIMIT;
  const exact = n <= exactLimit;
  const sources = exact
    ? Array.from({ length: n }, (_, i) => i)
    : // Brandes–Pich: uniformly random pivots give an unbiased estimate once scaled by n/k.
      sampleIndices(n, Math.max(1, options.samples ?? DEFAULT_BETWEENNESS_SAMPLES), createSeededRandom(options.seed ?? 1));
  const values = betweennessFrom(n, out, into, sources);
  if (!exact) {
    const scale = n / sources.length;
    for (let i = 0; i < n; i += 1) values[i] = values[i]! * scale;
  }
  return { values, exact, sources: sources.length };
}

/** Betweenness of a graphology graph's nodes along its directed edges, keyed by node. */
export function computeBetweenness(graph: DirectedGraph, options: BetweennessOptions = {}): BetweennessResult<Map<string, number>> {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((node, i) => [node, i]));
  const grouped = (neighbours: (node: string) => string[]): Adjacency => {
    const start = new Int32Array(nodes.length + 1);
    const other: number[] = [];
    nodes.forEach((node, i) => {
      for (const neighbour of neighbours(node)) other.push(index.get(neighbour)!);
      start[i + 1] = other.length;
    });
    return { start, other: Int32Array.from(other), weight: new Float64Array(other.length) };
  };
  const result = betweennessOf(nodes.length, grouped((node) => graph.outNeighbors(node)), grouped((node) => graph.inNeighbors(node)), options);
  const values = new Map<string, number>();
  nodes.forEach((node, i) => values.set(node, result.values[i]!));
  return { ...result, values };
}
