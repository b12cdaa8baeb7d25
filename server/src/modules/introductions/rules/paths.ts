/**
 * Strongest paths through the stakeholder graph, where a path is as strong as the
 * product of its ties: spec shapers (who reaches a tender's drafters, several hops out)
 * and warm introduction paths (who can introduce a KAM to a person).
 *
 * Costs are -log(strength), so the strongest path is the cheapest. Searches are
 * hop-bounded Bellman-Ford (one relaxation round per hop): Dijkstra alone would find
 * the strongest path of any length, and when that one is too long the best path within
 * the limit can run through different nodes altogether.
 */
import type { FoundPath, PathEdge } from './types.js';

interface Arc {
  /** Neighbour in the direction the search walks. */
  node: string;
  cost: number;
  strength: number;
  type: string;
}

type Adjacency = Map<string, Arc[]>;

/** The arcs out of a node, as a search walks them. */
type ArcsOf = (node: string) => Iterable<Arc> | undefined;

interface Step {
  via: string;
  arc: Arc;
}

interface HopBoundedSearch {
  /** Lowest cost per reached node, within the hop limit. */
  cost: Map<string, number>;
  /** improvements[h]: nodes whose cost dropped in round h (a path of exactly h arcs). */
  improvements: Array<Map<string, Step>>;
}

/** False for an edge no path takes (no strength, a loop); throws for a strength out of range. */
function usable(edge: PathEdge): boolean {
  if (Number.isNaN(edge.strength) || edge.strength > 1) {
    throw new RangeError(`Edge ${edge.from} -> ${edge.to} (${edge.type}) has strength ${edge.strength}; strengths must be in (0, 1].`);
  }
  return edge.strength > 0 && edge.from !== edge.to;
}

function arcOf(node: string, edge: PathEdge): Arc {
  return { node, cost: -Math.log(edge.strength), strength: edge.strength, type: edge.type };
}

/**
 * Ties that carry a path both ways (acquaintance, influence: an introduction can travel
 * either way along them), the strongest per ordered pair, each pair's arcs in the order
 * the pair first appears (a tie, then its reverse). `with` adds more ties over a copy of
 * only the nodes they touch, so that many searches share one large part (a KAM's
 * contacts) and each adds its own small part (a target's), exactly as if each had been
 * built from all its ties at once.
 */
export class TwoWayTies {
  private readonly own = new Map<string, Map<string, Arc>>();

  private constructor(private readonly under: TwoWayTies | null) {}

  static of(edges: readonly PathEdge[]): TwoWayTies {
    return new TwoWayTies(null).add(edges);
  }

  /** These ties and `edges` after them. */
  with(edges: readonly PathEdge[]): TwoWayTies {
    return new TwoWayTies(this).add(edges);
  }

  readonly arcsOf: ArcsOf = (node) => this.arcMap(node)?.values();

  private arcMap(node: string): Map<string, Arc> | undefined {
    return this.own.get(node) ?? this.under?.arcMap(node);
  }

  private add(edges: readonly PathEdge[]): this {
    for (const edge of edges) {
      if (!usable(edge)) continue;
      this.keep(edge.from, edge.to, edge);
      this.keep(edge.to, edge.from, edge);
    }
    return this;
  }

  private keep(from: string, to: string, edge: PathEdge): void {
    let arcs = this.own.get(from);
    if (!arcs) {
      const below = this.under?.arcMap(from);
      arcs = below ? new Map(below) : new Map<string, Arc>();
      this.own.set(from, arcs);
    }
    const seen = arcs.get(to);
    if (!seen || edge.strength > seen.strength) arcs.set(to, arcOf(to, edge));
  }
}

/**
 * Keeps the strongest edge per ordered pair (a KNOWS and an INFLUENCES tie between the
 * same people are one way through, not two paths) and drops non-positive strengths.
 * `reverse` indexes edges by their target, for searches that start from the end.
 */
function buildAdjacency(edges: readonly PathEdge[], reverse: boolean): Adjacency {
  const best = new Map<string, Map<string, Arc>>();
  for (const edge of edges) {
    if (!usable(edge)) continue;
    const [key, node] = reverse ? [edge.to, edge.from] : [edge.from, edge.to];
    let arcs = best.get(key);
    if (!arcs) best.set(key, (arcs = new Map()));
    const seen = arcs.get(node);
    if (!seen || edge.strength > seen.strength) arcs.set(node, arcOf(node, edge));
  }
  const adjacency: Adjacency = new Map();
  for (const [key, arcs] of best) adjacency.set(key, [...arcs.values()]);
  return adjacency;
}

/**
 * Round h relaxes only arcs out of nodes improved in round h-1, reading their cost as
 * it stood at the end of that round, so an improvement in round h always stands for a
 * path of exactly h arcs. Improvements are strict, so zero-cost (strength 1) cycles
 * never enter a path and every path found is simple.
 */
function hopBoundedSearch(
  arcsOf: ArcsOf,
  sources: Iterable<string>,
  maxHops: number,
  blockedNode: (node: string) => boolean = () => false,
  blockedArc: (from: string, to: string) => boolean = () => false,
): HopBoundedSearch {
  const cost = new Map<string, number>();
  let frontier: Array<[string, number]> = [];
  for (const source of sources) {
    if (!cost.has(source)) {
      cost.set(source, 0);
      frontier.push([source, 0]);
    }
  }
  const improvements: Array<Map<string, Step>> = [new Map()];
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop++) {
    const improved = new Map<string, Step>();
    for (const [from, fromCost] of frontier) {
      for (const arc of arcsOf(from) ?? []) {
        if (blockedNode(arc.node) || blockedArc(from, arc.node)) continue;
        const candidate = fromCost + arc.cost;
        if (candidate < (cost.get(arc.node) ?? Infinity)) {
          cost.set(arc.node, candidate);
          improved.set(arc.node, { via: from, arc });
        }
      }
    }
    improvements.push(improved);
    frontier = [...improved.keys()].map((node) => [node, cost.get(node) as number]);
  }
  return { cost, improvements };
}

/** Follows the improvements back from `node` to a source: nodes and arcs, node first. */
function walkBack(search: HopBoundedSearch, node: string, maxHops: number): { nodes: string[]; arcs: Arc[] } {
  const nodes = [node];
  const arcs: Arc[] = [];
  let current = node;
  let hop = Math.min(maxHops, search.improvements.length - 1);
  for (;;) {
    let step: Step | undefined;
    while (hop >= 1 && !(step = search.improvements[hop]?.get(current))) hop--;
    if (!step) break;
    nodes.push(step.via);
    arcs.push(step.arc);
    current = step.via;
    hop--;
  }
  return { nodes, arcs };
}

function toFoundPath(nodes: string[], arcs: Arc[]): FoundPath {
  return {
    nodes,
    strength: arcs.reduce((product, arc) => product * arc.strength, 1),
    edgeTypes: arcs.map((arc) => arc.type),
  };
}

/**
 * For every node that reaches a target within `maxHops` edges, its strongest path to
 * any target (from the node to the target). Targets map to themselves (one node,
 * strength 1) so callers can tell the drafters from the people around them. Entries
 * come strongest first, then by id.
 */
export function bestPathsToTargets(edges: readonly PathEdge[], targets: readonly string[], maxHops: number): Map<string, FoundPath> {
  const result = new Map<string, FoundPath>();
  if (targets.length === 0) return result;
  const hops = Math.max(0, Math.floor(maxHops));
  // Searching backwards from the targets finds every start node in one pass; walking
  // back then yields the path in the caller's direction (node -> ... -> target).
  const adjacency = buildAdjacency(edges, true);
  const search = hopBoundedSearch((node) => adjacency.get(node), targets, hops);
  const found: Array<[string, FoundPath]> = [];
  for (const node of search.cost.keys()) {
    const { nodes, arcs } = walkBack(search, node, hops);
    found.push([node, toFoundPath(nodes, arcs)]);
  }
  found.sort(([a, pa], [b, pb]) => pb.strength - pa.strength || (a < b ? -1 : a > b ? 1 : 0));
  for (const [node, path] of found) result.set(node, path);
  return result;
}

export interface StrongestPathsOptions {
  /** Longest path allowed, in edges. */
  maxHops: number;
  /** How many paths to return. */
  first: number;
  /** People never used on a path (opted out of contact). */
  exclude?: Set<string>;
}

interface Candidate {
  nodes: string[];
  arcs: Arc[];
  cost: number;
  key: string;
}

function candidate(nodes: string[], arcs: Arc[]): Candidate {
  return { nodes, arcs, cost: arcs.reduce((sum, arc) => sum + arc.cost, 0), key: nodes.join('\u0000') };
}

/** Cheapest first; then fewer hops (a shorter chain is easier to ask for); then by ids. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return a.cost - b.cost || a.nodes.length - b.nodes.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The `first` strongest simple paths from `from` to `to` with at most `maxHops` edges,
 * strongest first (Yen's k shortest loopless paths, with a hop-bounded search for each
 * spur). Edges are directed as given, or go both ways as `TwoWayTies`. Excluded people are
 * never on a path; when `from` or `to` is excluded there is nothing to propose.
 */
export function strongestPaths(
  edges: PathEdge[] | TwoWayTies,
  from: string,
  to: string,
  options: StrongestPathsOptions,
): FoundPath[] {
  const exclude = options.exclude ?? new Set<string>();
  const maxHops = Math.floor(options.maxHops);
  const first = Math.floor(options.first);
  if (from === to || exclude.has(from) || exclude.has(to) || maxHops < 1 || first < 1) return [];

  let arcsOf: ArcsOf;
  if (edges instanceof TwoWayTies) arcsOf = edges.arcsOf;
  else {
    const adjacency = buildAdjacency(edges, false);
    arcsOf = (node) => adjacency.get(node);
  }
  const pathTo = (search: HopBoundedSearch, hops: number) => {
    if (!search.cost.has(to)) return null;
    const { nodes, arcs } = walkBack(search, to, hops);
    return { nodes: nodes.reverse(), arcs: arcs.reverse() };
  };

  const shortest = pathTo(hopBoundedSearch(arcsOf, [from], maxHops, (n) => exclude.has(n)), maxHops);
  if (!shortest) return [];
  const accepted: Candidate[] = [candidate(shortest.nodes, shortest.arcs)];
  const seen = new Set<string>([accepted[0]?.key ?? '']);
  const pending: Candidate[] = [];

  while (accepted.length < first) {
    const last = accepted[accepted.length - 1] as Candidate;
    // Each spur deviates from the last accepted path at node i, keeping its first i arcs.
    for (let i = 0; i < last.nodes.length - 1; i++) {
      const spur = last.nodes[i] as string;
      const rootNodes = last.nodes.slice(0, i + 1);
      const rootKey = rootNodes.join('\u0000');
      const onRoot = new Set(rootNodes.slice(0, i));
      // Arcs already used by accepted paths sharing this root are off limits, so every
      // spur found is a path not yet accepted.
      const usedNext = new Set<string>();
      for (const path of accepted) {
        if (path.nodes.length > i + 1 && path.nodes.slice(0, i + 1).join('\u0000') === rootKey) {
          usedNext.add(path.nodes[i + 1] as string);
        }
      }
      const hopsLeft = maxHops - i;
      const search = hopBoundedSearch(
        arcsOf,
        [spur],
        hopsLeft,
        (n) => onRoot.has(n) || exclude.has(n),
        (a, b) => a === spur && usedNext.has(b),
      );
      const spurPath = pathTo(search, hopsLeft);
      if (!spurPath) continue;
      const found = candidate(
        [...rootNodes, ...spurPath.nodes.slice(1)],
        [...last.arcs.slice(0, i), ...spurPath.arcs],
      );
      if (seen.has(found.key)) continue;
      seen.add(found.key);
      pending.push(found);
    }
    if (pending.length === 0) break;
    pending.sort(compareCandidates);
    accepted.push(pending.shift() as Candidate);
  }
  return accepted.map((c) => toFoundPath(c.nodes, c.arcs));
}
