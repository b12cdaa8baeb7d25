/**
 * Balance of power in a scope (territory, institution, committee): who really decides,
 * formally and informally, which coalitions exist and how they lean. Every score comes
 * with the roles and ties that produced it.
 */
import { message } from '../../../kernel/i18n/catalogue.js';
import type { Standing } from '../../evidence/rules/standing.js';
import { betweennessOf } from './brokerage.js';
import { coalitionsOf, describeCoalitions, type CoalitionPartition } from './coalitions.js';
import { computeFormalPower } from './formal-power.js';
import { adjacency, pageRank, type Adjacency, type IndexedTies } from './influence-graph.js';
import { mergeInfluenceTies } from './influence-ties.js';
import type {
  BalanceOfPowerResult,
  InfluenceTie,
  PowerProjection,
  PowerScoreResult,
  ScoreEvidence,
  ScoreFactorResult,
} from './types.js';

export interface PowerWeights {
  formal: number;
  influence: number;
  brokerage: number;
}

/**
 * Scientific standing's share of the score when anyone in the scope has works; formal,
 * influence and brokerage then share the rest in their own proportions. Where nobody has
 * works, the factor is left out and scores are as they were without evidence.
 */
export const STANDING_WEIGHT = 0.15;

/** Formal and informal power count alike; brokerage refines, it rarely decides alone. */
export const DEFAULT_POWER_WEIGHTS: Readonly<PowerWeights> = Object.freeze({
  formal: 0.4,
  influence: 0.4,
  brokerage: 0.2,
});

export interface BalanceOfPowerOptions {
  /** Relative weights; rescaled to sum to 1 so a score stays within 0..1. */
  weights?: PowerWeights;
  /** Pivots for sampled betweenness on large scopes (see brokerage.ts). */
  betweennessSamples?: number;
  /** Seed for betweenness pivots and Louvain, so the same data gives the same answer. */
  seed?: number;
  /** Each person's scientific standing (modules/evidence); people without works count 0. */
  standing?: ReadonlyMap<string, Standing>;
  /** Standing's share when anyone has works (default STANDING_WEIGHT). */
  standingWeight?: number;
}

const MAX_EVIDENCE = 5;
/** PageRank damping: the usual 0.85, i.e. sway travels a few hops before it fades. */
const DAMPING = 0.85;

export function computeBalanceOfPower(
  projection: PowerProjection,
  options: BalanceOfPowerOptions = {},
): BalanceOfPowerResult {
  const prepared = prepareBalanceOfPower(projection);
  return finishBalanceOfPower(prepared, computePowerMeasures(prepared.personIds, prepared.ties, options), options);
}

/** The scope's people (first name wins) and its merged influence ties: what the measures run on. */
export interface PreparedScope {
  projection: PowerProjection;
  names: Map<string, string>;
  personIds: Set<string>;
  ties: InfluenceTie[];
}

export function prepareBalanceOfPower(projection: PowerProjection): PreparedScope {
  const names = new Map<string, string>();
  for (const person of projection.people) if (!names.has(person.id)) names.set(person.id, person.name);
  const personIds = new Set(names.keys());
  return { projection, names, personIds, ties: mergeInfluenceTies(projection.influence, personIds) };
}

/** The graph measures of a scope: the CPU-heavy part, which may run in a worker thread (power-workers.ts). */
export interface PowerMeasures {
  influence: Map<string, number>;
  betweenness: Map<string, number>;
  partition: CoalitionPartition;
}

/**
 * PageRank, betweenness and Louvain. Reads only each tie's `from`, `to` and `weight`, so
 * a worker given those (in the same order) computes exactly the same measures.
 */
export function computePowerMeasures(
  personIds: Iterable<string>,
  ties: ReadonlyArray<Pick<InfluenceTie, 'from' | 'to' | 'weight' | 'strength'>>,
  options: Pick<BalanceOfPowerOptions, 'betweennessSamples' | 'seed'> = {},
): PowerMeasures {
  const ids = [...personIds];
  const indexed = indexInfluenceTies(ids, ties);
  const { influence, betweenness } = computeCentrality(indexed, options);
  return { influence: byId(ids, influence), betweenness: byId(ids, betweenness), partition: coalitionsOf(ids, indexed, options.seed ?? 1) };
}

/** The ties as indexes into `ids` (every tie's ends must be among them). */
export function indexInfluenceTies(ids: readonly string[], ties: ReadonlyArray<Pick<InfluenceTie, 'from' | 'to' | 'weight'>>, buffer: (bytes: number) => ArrayBufferLike = (bytes) => new ArrayBuffer(bytes)): IndexedTies {
  const index = new Map(ids.map((id, i) => [id, i]));
  const m = ties.length;
  const indexed: IndexedTies = {
    n: ids.length,
    from: new Int32Array(buffer(4 * m)),
    to: new Int32Array(buffer(4 * m)),
    weight: new Float64Array(buffer(8 * m)),
  };
  for (let i = 0; i < m; i += 1) {
    const tie = ties[i]!;
    indexed.from[i] = index.get(tie.from)!;
    indexed.to[i] = index.get(tie.to)!;
    indexed.weight[i] = tie.weight!;
  }
  return indexed;
}

/** Influence (PageRank) and brokerage (betweenness), aligned with the people's indexes. */
export function computeCentrality(
  ties: IndexedTies,
  options: Pick<BalanceOfPowerOptions, 'betweennessSamples' | 'seed'> = {},
): { influence: Float64Array; betweenness: Float64Array } {
  // Both walk the ties reversed (B -> A for "A influences B"): PageRank so that rank flows
  // to whoever holds sway; betweenness is the same either way round (each s->t shortest
  // path becomes a t->s one), and reversed it samples the same pivots as it always has.
  const swayedBy = adjacency(ties, 'to');
  const sways = adjacency(ties, 'from');
  const influence = informalInfluence(ties.n, swayedBy, sways);
  const betweenness = betweennessOf(ties.n, swayedBy, sways, {
    seed: options.seed ?? 1,
    ...(options.betweennessSamples !== undefined ? { samples: options.betweennessSamples } : {}),
  }).values;
  return { influence, betweenness };
}

function byId(ids: readonly string[], values: Float64Array): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 1) map.set(ids[i]!, values[i]!);
  return map;
}

/** Scores, ranking and coalitions from the measures; explanations are built on first read. */
export function finishBalanceOfPower(
  prepared: PreparedScope,
  measures: PowerMeasures,
  options: Pick<BalanceOfPowerOptions, 'weights' | 'standing' | 'standingWeight'> = {},
): BalanceOfPowerResult {
  const steps = finishBalanceOfPowerInSteps(prepared, measures, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** People scored between two pauses of finishBalanceOfPowerInSteps. */
const PEOPLE_PER_STEP = 2_500;

/**
 * finishBalanceOfPower, pausing (`yield`) between its steps and every few thousand
 * people: on a 10,000-person scope it takes about a tenth of a second in all, and a
 * server lets other requests run at each pause. The answer is the same.
 */
export function* finishBalanceOfPowerInSteps(
  prepared: PreparedScope,
  measures: PowerMeasures,
  options: Pick<BalanceOfPowerOptions, 'weights' | 'standing' | 'standingWeight'> = {},
): Generator<void, BalanceOfPowerResult> {
  const base = normaliseWeights(options.weights ?? DEFAULT_POWER_WEIGHTS);
  const { projection, names, personIds, ties } = prepared;
  const { influence, betweenness, partition } = measures;
  const formal = computeFormalPower(projection.roles, personIds);
  yield;
  let maxStanding = 0;
  for (const id of personIds) maxStanding = Math.max(maxStanding, options.standing?.get(id)?.raw ?? 0);
  const standingShare = maxStanding > 0 ? (options.standingWeight ?? STANDING_WEIGHT) : 0;
  const weights = {
    formal: base.formal * (1 - standingShare),
    influence: base.influence * (1 - standingShare),
    brokerage: base.brokerage * (1 - standingShare),
    standing: standingShare,
  };
  const maxBetweenness = maxOf(betweenness.values());
  // Explanations are built on first read: a 10,000-person territory shows a few dozen,
  // and building all of them took a fifth of a cold answer (README, Performance).
  let index: TieIndex | undefined;
  const tieIndex = () => (index ??= indexTies(ties, personIds));

  const results: PowerScoreResult[] = [];
  for (const id of personIds) {
    if (results.length > 0 && results.length % PEOPLE_PER_STEP === 0) yield;
    const formalValue = formal.max > 0 ? round12((formal.raw.get(id) ?? 0) / formal.max) : 0;
    const influenceValue = round12(influence.get(id) ?? 0);
    const brokerageValue = maxBetweenness > 0 ? round12((betweenness.get(id) ?? 0) / maxBetweenness) : 0;
    const standing = options.standing?.get(id);
    const standingValue = maxStanding > 0 ? round12((standing?.raw ?? 0) / maxStanding) : 0;
    const score =
      0 + formalValue * weights.formal + influenceValue * weights.influence + brokerageValue * weights.brokerage + standingValue * weights.standing;
    const explain = (): ScoreFactorResult[] => [
      factor('formal', formalValue, weights.formal, formal.evidenceOf(id).slice(0, MAX_EVIDENCE)),
      factor('influence', influenceValue, weights.influence, influenceEvidence(id, tieIndex(), names)),
      factor(
        'brokerage',
        brokerageValue,
        weights.brokerage,
        brokerageValue > 0 ? brokerageEvidence(id, brokerageValue, tieIndex(), names, partition) : [],
      ),
      // Listed only where the scope has evidence: answers without any stay as they were.
      ...(standingShare > 0 ? [factor('standing', standingValue, weights.standing, standingEvidence(id, standing))] : []),
    ];
    results.push(lazyExplanation({ rank: 0, personId: id, score }, explain));
  }
  yield;
  results.sort((a, b) => b.score - a.score || compareIds(a.personId, b.personId));
  results.forEach((result, index) => {
    result.rank = index + 1;
  });

  yield;
  const scores = new Map(results.map((r) => [r.personId, r.score]));
  return {
    ranking: results,
    coalitions: describeCoalitions(partition, scores, projection.stances),
    modularity: partition.modularity,
  };
}

/**
 * Weighted PageRank over the reversed ties (B -> A for "A influences B"), so rank flows
 * to whoever holds sway. Each person's teleport-and-dangling baseline is subtracted
 * before normalising by the max: someone who influences nobody gets 0, not the share
 * of rank every node receives by construction, which no tie could explain.
 */
export function informalInfluence(n: number, swayedBy: Adjacency, sways: Adjacency): Float64Array {
  const values = new Float64Array(n);
  if (swayedBy.other.length === 0) return values;
  const rank = pageRank(n, swayedBy, { alpha: DAMPING, maxIterations: 1000, tolerance: 1e-6 });
  const degree = (a: Adjacency, i: number) => a.start[i + 1]! - a.start[i]!;

  let danglingSum = 0;
  for (let i = 0; i < n; i += 1) if (degree(swayedBy, i) === 0) danglingSum += rank[i]!;
  const baseline = (1 - DAMPING) / n + (DAMPING * danglingSum) / n;

  let max = 0;
  for (let i = 0; i < n; i += 1) {
    const earned = degree(sways, i) === 0 ? 0 : Math.max(0, rank[i]! - baseline);
    values[i] = earned;
    if (earned > max) max = earned;
  }
  for (let i = 0; i < n; i += 1) values[i] = max > 0 ? values[i]! / max : 0;
  return values;
}

/** Each person's ties, strongest first, put in order when first asked for. */
interface TieIndex {
  outgoing(id: string): InfluenceTie[];
  incoming(id: string): InfluenceTie[];
  /** The people `id` influences directly, to tell a bridged pair from a tied one. */
  targets(id: string): ReadonlySet<string>;
}

function indexTies(ties: InfluenceTie[], personIds: ReadonlySet<string>): TieIndex {
  const position = new Map<string, number>();
  for (const id of personIds) position.set(id, position.size);
  const byEnd = (end: 'from' | 'to') => {
    // A counting sort of the ties by one end: per person, a slice of `list`.
    const start = new Int32Array(position.size + 1);
    for (const tie of ties) start[position.get(tie[end])! + 1]! += 1;
    for (let p = 0; p < position.size; p += 1) start[p + 1]! += start[p]!;
    const next = start.slice(0, position.size);
    const list = new Array<InfluenceTie>(ties.length);
    for (const tie of ties) list[next[position.get(tie[end])!]!++] = tie;
    const sorted = new Map<string, InfluenceTie[]>();
    return (id: string): InfluenceTie[] => {
      const known = sorted.get(id);
      if (known) return known;
      const p = position.get(id);
      const mine = p === undefined ? [] : list.slice(start[p]!, start[p + 1]!).sort(strongestFirst);
      sorted.set(id, mine);
      return mine;
    };
  };
  const outgoing = byEnd('from');
  const incoming = byEnd('to');
  const targets = new Map<string, Set<string>>();
  return {
    outgoing,
    incoming,
    targets: (id) => {
      let set = targets.get(id);
      if (!set) targets.set(id, (set = new Set(outgoing(id).map((tie) => tie.to))));
      return set;
    },
  };
}

function strongestFirst(a: InfluenceTie, b: InfluenceTie): number {
  return b.weight! - a.weight! || compareIds(a.from, b.from) || compareIds(a.to, b.to);
}

function influenceEvidence(id: string, index: TieIndex, names: Map<string, string>): ScoreEvidence[] {
  const incoming = index.incoming(id);
  const outgoing = index.outgoing(id);
  const room = incoming.length > 0 ? MAX_EVIDENCE - 1 : MAX_EVIDENCE;
  const evidence: ScoreEvidence[] = outgoing.slice(0, room).map((tie) => {
    return {
      // The strength rounded as toFixed(2) rounds, so that the catalogue's `.00` shows the same digits.
      message: message('power.influences', {
        name: names.get(tie.to) ?? tie.to,
        strength: Number(tie.strength.toFixed(2)),
        basis: tie.basis || null,
        area: tie.domainName || tie.domain || null,
      }),
      value: tie.strength,
      ids: [id, tie.to],
      source: tie.source ?? null,
      confidence: tie.confidence ?? null,
    };
  });
  if (incoming.length > 0) {
    evidence.push({
      message: message('power.influencedBy', { count: incoming.length, n: String(incoming.length) }),
      value: incoming.length,
      ids: [id, ...incoming.map((tie) => tie.from)],
    });
  }
  return evidence;
}

/** The works that weigh most in a person's standing, naming them (PMIDs, NCT ids, talks). */
function standingEvidence(id: string, standing: Standing | undefined): ScoreEvidence[] {
  return (standing?.evidence ?? []).slice(0, MAX_EVIDENCE).map((line) => ({
    message: message(line.messageId, line.params),
    value: line.contribution,
    ids: [id, line.workId],
    source: line.workId,
    confidence: null,
  }));
}

/** How many strongest in- and out-ties are paired when looking for bridged pairs. */
/** How many strongest in- and out-ties are paired when looking for bridged pairs. */
const BRIDGE_CANDIDATES = 10;

/**
 * Brokerage is explained by the people the person stands between: a summary of whom
 * they connect across coalitions, then pairs A -> person -> B with no direct A -> B tie,
 * cross-coalition pairs first, then by the strength of the two ties.
 */
function brokerageEvidence(
  id: string,
  value: number,
  index: TieIndex,
  names: Map<string, string>,
  partition: CoalitionPartition,
): ScoreEvidence[] {
  const incoming = index.incoming(id);
  const outgoing = index.outgoing(id);
  const neighbours = new Set<string>();
  for (const tie of incoming) neighbours.add(tie.from);
  for (const tie of outgoing) neighbours.add(tie.to);
  const coalitions = new Set<number>();
  for (const n of neighbours) {
    const c = partition.coalitionOf.get(n);
    if (c !== undefined) coalitions.add(c);
  }
  const evidence: ScoreEvidence[] = [
    {
      message: message('power.bridges', { count: neighbours.size, n: String(neighbours.size), coalitions: coalitions.size, c: String(coalitions.size) }),
      value,
      ids: [id, ...neighbours],
    },
  ];

  const bridged: Array<{ from: InfluenceTie; to: InfluenceTie; cross: boolean; strength: number }> = [];
  const inCount = Math.min(incoming.length, BRIDGE_CANDIDATES);
  const outCount = Math.min(outgoing.length, BRIDGE_CANDIDATES);
  for (let i = 0; i < inCount; i++) {
    const a = incoming[i] as InfluenceTie;
    const direct = index.targets(a.from);
    for (let j = 0; j < outCount; j++) {
      const b = outgoing[j] as InfluenceTie;
      if (a.from === b.to || direct?.has(b.to)) continue;
      const ca = partition.coalitionOf.get(a.from);
      const cb = partition.coalitionOf.get(b.to);
      bridged.push({ from: a, to: b, cross: ca !== cb, strength: a.weight! * b.weight! });
    }
  }
  bridged.sort(
    (x, y) =>
      Number(y.cross) - Number(x.cross) ||
      y.strength - x.strength ||
      compareIds(x.from.from, y.from.from) ||
      compareIds(x.to.to, y.to.to),
  );
  for (const pair of bridged.slice(0, MAX_EVIDENCE - 1)) {
    const a = pair.from.from;
    const b = pair.to.to;
    evidence.push({
      message: message('power.links', { from: names.get(a) ?? a, to: names.get(b) ?? b, cross: pair.cross ? 'yes' : 'no' }),
      value: pair.strength,
      ids: [a, id, b],
    });
  }
  return evidence;
}

/** A score whose `explanation` is computed once, when first read. */
function lazyExplanation(base: Omit<PowerScoreResult, 'explanation'>, explain: () => ScoreFactorResult[]): PowerScoreResult {
  let explanation: ScoreFactorResult[] | undefined;
  return Object.defineProperty(base, 'explanation', {
    enumerable: true,
    get: () => (explanation ??= explain()),
  }) as PowerScoreResult;
}

function factor(name: string, value: number, weight: number, evidence: ScoreEvidence[]): ScoreFactorResult {
  return { factor: name, value, weight, contribution: value * weight, evidence };
}

function normaliseWeights(weights: PowerWeights): PowerWeights {
  const parts = [weights.formal, weights.influence, weights.brokerage];
  if (parts.some((w) => !Number.isFinite(w) || w < 0)) {
    throw new RangeError('Power weights must be finite and not negative (formal, influence, brokerage).');
  }
  const total = parts.reduce((a, b) => a + b, 0);
  if (total <= 0) throw new RangeError('At least one power weight (formal, influence, brokerage) must be above 0.');
  return {
    formal: weights.formal / total,
    influence: weights.influence / total,
    brokerage: weights.brokerage / total,
  };
}

function maxOf(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Drops floating-point noise so people in symmetric positions tie and fall back to id order. */
function round12(value: number): number {
  return Math.round(value * 1e12) / 1e12;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
