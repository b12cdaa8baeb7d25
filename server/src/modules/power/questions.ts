import type { CoalitionLeaning } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import { letOthersRun } from '../../kernel/let-others-run.js';
import { cachedAnswer } from '../../kernel/cache/analytics-cache.js';
import type { Clock } from '../../kernel/clock.js';
import { DbClient } from '../../kernel/database/db-client.js';
import { readGraphVersion } from '../../kernel/database/entities.js';
import type { Logger } from '../../kernel/logger.js';
import { seesEverything } from '../../kernel/auth/viewer.js';
import { BadInputError, ForbiddenError, NotFoundError, intInRange } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n/catalogue.js';
import type { BalanceOfPowerModel, PowerScoreModel, WhatMayChangeModel } from './models.js';
import type { MeasuresMemo } from './measures-memo.js';
import type { ProjectionMemo } from './projection-memo.js';
import type { PowerWorkers } from './power-workers.js';
import { PowerRepository, type ScopeKind } from './repository.js';
import { WholeGraphPower, type WholeGraphOptions } from './whole-graph.js';
import { standingByPerson } from '../evidence/rules/standing.js';
import { computePowerMeasures, finishBalanceOfPowerInSteps, prepareBalanceOfPower } from './rules/balance-of-power.js';
import type { BalanceOfPowerResult, PowerProjection, PowerScoreResult } from './rules/types.js';
import { whatMayChange } from './rules/what-may-change.js';

export interface ScopeArgs {
  territoryId?: string | null;
  institutionId?: string | null;
  committeeId?: string | null;
  tenderId?: string | null;
  everywhere?: boolean | null;
}

/** The id the whole-graph scope goes by (in cache keys and errors). */
export const EVERYWHERE = 'everywhere';

export interface BalanceOfPowerArgs {
  scope: ScopeArgs;
  asOf?: string | null;
  therapeuticArea?: string | null;
  without?: readonly string[] | null;
  first?: number | null;
}

const SCOPE_LABEL: Record<Exclude<ScopeKind, 'everywhere'>, string> = {
  territory: 'Territory',
  institution: 'Institution',
  committee: 'Committee',
  tender: 'Tender',
};

export function resolveScope(scope: ScopeArgs): { kind: ScopeKind; id: string } {
  const given = (
    [
      ['territory', scope.territoryId],
      ['institution', scope.institutionId],
      ['committee', scope.committeeId],
      ['tender', scope.tenderId],
      ['everywhere', scope.everywhere ? EVERYWHERE : null],
    ] as const
  ).filter(([, id]) => id !== null && id !== undefined && id !== '');
  if (given.length !== 1) {
    throw new BadInputError('scope', message('error.oneScope', { count: given.length }));
  }
  const [kind, id] = given[0]!;
  return { kind, id: id! };
}

/**
 * Refuses a scope the viewer may not see: the whole graph is for those who see every
 * territory (admins, strategists); anything else must lie in the viewer's territories.
 */
export async function assertMaySeeScope(ctx: GraphContext, args: ScopeArgs, also: ReadonlyArray<string | null | undefined> = []): Promise<{ kind: ScopeKind; id: string }> {
  const scope = resolveScope(args);
  if (scope.kind === 'everywhere') {
    if (!seesEverything(ctx.viewer)) {
      throw new ForbiddenError(message('error.everywhereOnly'), 'scope.everywhere');
    }
    await ctx.access.assertVisible(also, 'personId');
  } else {
    await ctx.access.assertVisible([scope.id, ...also], also.length ? 'scope/personId' : 'scope');
  }
  return scope;
}

/**
 * People in a scope with their power: shared by balanceOfPower and the map. The heavy
 * part (people, projection, scores) is kept per graph version when the context has an
 * analytics cache; the answer is shared between requests and must not be mutated.
 */
export type ScopePowerArgs = { scope: ScopeArgs; asOf?: string | null; therapeuticArea?: string | null; without?: readonly string[] | null };

/** The arguments a scope's power depends on, normalised: the analytics cache's key for it. */
export type ScopePowerKey = { kind: ScopeKind; id: string; asOf: string; area: string | null; without: string[] };

export function scopePowerKey(ctx: GraphContext, args: ScopePowerArgs): ScopePowerKey {
  const { kind, id } = resolveScope(args.scope);
  return { kind, id, asOf: args.asOf ?? ctx.today, area: args.therapeuticArea ?? null, without: [...new Set(args.without ?? [])].sort() };
}

/** A scope's people, projection and scores, and when the graph was read for them. */
export interface ScopePower {
  asOf: string;
  ids: string[];
  projection: PowerProjection;
  result: BalanceOfPowerResult;
  /** When the graph was read for it (ISO date-time). */
  computedAt: string;
}

/** What computing a scope's power needs: the repository, the worker threads, the projections kept and measures remembered, the time. */
export interface ScopePowerDeps {
  power: PowerRepository;
  powerWorkers: PowerWorkers | null;
  projectionMemo: ProjectionMemo | null;
  measuresMemo: MeasuresMemo | null;
  now: () => Date;
}

/** Computes a scope's power from the database (no cache); throws NotFoundError for a scope that does not exist. */
export async function computeScopePower(deps: ScopePowerDeps, key: ScopePowerKey): Promise<ScopePower> {
  const { power, powerWorkers } = deps;
  const computedAt = deps.now().toISOString();
  const readWhole = async () => {
    if (key.kind !== 'everywhere') {
      const found = await power.scope(key.id);
      if (!found || found.type !== SCOPE_LABEL[key.kind]) throw new NotFoundError(`scope.${key.kind}Id`, key.kind, key.id);
    }
    const left = new Set(key.without);
    const all = await power.peopleInScope(key.kind, key.id, key.asOf);
    const ids = all.filter((id) => !left.has(id));
    return { ids, projection: await power.powerProjection(ids, key.asOf, key.area, key.kind === 'everywhere' && ids.length === all.length) };
  };
  // After a write that touched only some people's ties, only they are read again (projection-memo.ts).
  const { ids, projection } = deps.projectionMemo ? await deps.projectionMemo.read(JSON.stringify(key), power, key, readWhole) : await readWhole();
  // Each step below holds the event loop for up to tens of milliseconds on a 10,000-person
  // territory (finishing pauses within itself too): between them, other people's requests
  // waiting on it are answered.
  await letOthersRun();
  const standing = standingByPerson(projection.works ?? [], key.asOf, key.area);
  await letOthersRun();
  const prepared = prepareBalanceOfPower(projection);
  await letOthersRun();
  // The graph measures of a large scope run in worker threads (power-workers.ts).
  const measure = async () => (powerWorkers ? powerWorkers.measures(prepared.personIds, prepared.ties) : computePowerMeasures(prepared.personIds, prepared.ties));
  // A scope the last writes did not touch has the measures it had (measures-memo.ts).
  const measuring = deps.measuresMemo ? deps.measuresMemo.get(prepared.personIds, prepared.ties, measure) : measure();
  // While the threads measure, this one is free: what may change is built now rather
  // than after the scores, where it would be one more step on the answer's path.
  const [measures] = await Promise.all([measuring, letOthersRun().then(() => changesOf(projection, key.asOf))]);
  const result = await pausingBetween(finishBalanceOfPowerInSteps(prepared, measures, { standing }));
  await letOthersRun();
  return { asOf: key.asOf, ids, projection, result, computedAt };
}

/** Runs steps to their end, letting waiting requests run before each. */
async function pausingBetween<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    await letOthersRun();
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The whole graph as of today with nobody left out: the one scope kept up to date in the background (whole-graph.ts). */
function isWholeGraph(ctx: GraphContext, key: ScopePowerKey): boolean {
  return ctx.wholeGraph !== null && key.kind === 'everywhere' && key.asOf === ctx.today && key.area === null && key.without.length === 0;
}

/**
 * The whole graph's balance of power kept up to date in the background for a server
 * (whole-graph.ts), read through its own database client: a background computation is
 * no request's round trips.
 */
export function createWholeGraphPower(
  db: DbClient,
  powerWorkers: PowerWorkers | null,
  clock: Clock,
  logger: Pick<Logger, 'warn'>,
  options: Pick<WholeGraphOptions<ScopePower>, 'keepWarmMs' | 'pollMs' | 'settleMs' | 'maxProvisionalAgeMs'> = {},
): WholeGraphPower<ScopePower> {
  const own = new DbClient(db.driver, db.database);
  // The whole graph changes with every write: nothing to keep or remember for it.
  const deps: ScopePowerDeps = { power: new PowerRepository(own), powerWorkers, projectionMemo: null, measuresMemo: null, now: () => clock.now() };
  return new WholeGraphPower<ScopePower>({
    ...options,
    compute: (today) => computeScopePower(deps, { kind: 'everywhere', id: EVERYWHERE, asOf: today, area: null, without: [] }),
    readVersion: () => readGraphVersion(own),
    clock,
    logger,
  });
}

function scopePowerDeps(ctx: GraphContext): ScopePowerDeps {
  return { power: ctx.repositories.power, powerWorkers: ctx.powerWorkers, projectionMemo: ctx.projectionMemo, measuresMemo: ctx.measuresMemo, now: () => new Date() };
}

export async function scopePower(ctx: GraphContext, args: ScopePowerArgs): Promise<ScopePower> {
  const key = scopePowerKey(ctx, args);
  if (isWholeGraph(ctx, key)) return (await ctx.wholeGraph!.current(ctx.graphVersion)).value;
  return cachedAnswer(ctx, 'scopePower', key, () => computeScopePower(scopePowerDeps(ctx), key));
}

/**
 * The ids of the people in a scope (checked to exist) as of a date: for other modules'
 * lists that filter by scope (tie suggestions).
 */
export async function peopleInScope(ctx: GraphContext, args: { scope: ScopeArgs; asOf?: string | null }): Promise<string[]> {
  const { kind, id } = resolveScope(args.scope);
  const power = ctx.repositories.power;
  if (kind !== 'everywhere') {
    const found = await power.scope(id);
    if (!found || found.type !== SCOPE_LABEL[kind]) throw new NotFoundError(`scope.${kind}Id`, kind, id);
  }
  return power.peopleInScope(kind, id, args.asOf ?? ctx.today);
}

export async function balanceOfPower(ctx: GraphContext, args: BalanceOfPowerArgs): Promise<BalanceOfPowerModel> {
  const first = intInRange('first', args.first, 50, 1, 500);
  const key = scopePowerKey(ctx, args);
  let power: ScopePower;
  let upToDate = true;
  if (isWholeGraph(ctx, key)) {
    // The whole graph answers at once from its latest ranking while a newer one computes.
    const freshest = await ctx.wholeGraph!.freshest(ctx.graphVersion);
    power = freshest.answer.value;
    upToDate = freshest.upToDate;
    // An answer from before the request's graph version must not be kept for that version.
    if (!upToDate) ctx.provisional.marked = true;
  } else {
    power = await scopePower(ctx, args);
  }
  const { asOf, ids, projection, result, computedAt } = power;
  // Built with the measures (computeScopePower); a projection from elsewhere, first here: others' requests go first.
  if (!changesByProjection.has(projection)) await letOthersRun();
  return {
    asOf,
    computedAt,
    upToDate,
    peopleInScope: ids.length,
    ranking: result.ranking.slice(0, first).map(toPowerScore),
    coalitions: result.coalitions.map((c) => ({ memberIds: c.memberIds, power: c.power, lean: c.lean })),
    modularity: result.modularity,
    whatMayChange: changesOf(projection, asOf),
  };
}

/**
 * What may change, built once per projection: a cached projection is shared by every
 * request at its graph version, so the lists (thousands of entries on a 10,000-person
 * territory) are not rebuilt on each repeat question.
 */
const changesByProjection = new WeakMap<PowerProjection, WhatMayChangeModel>();

function changesOf(projection: PowerProjection, asOf: string): WhatMayChangeModel {
  const known = changesByProjection.get(projection);
  if (known) return known;
  const change = whatMayChange(projection.roles, projection.influence, asOf);
  const model: WhatMayChangeModel = {
    endingTerms: change.endingTerms.map((role) => ({
      personId: role.personId,
      kind: role.kind,
      role: role.role,
      at: role.atName,
      atId: role.atId,
      until: String(role.until),
    })),
    endingTermCount: change.endingTerms.length,
    newTies: change.newTies.map((tie) => ({
      from: tie.from,
      to: tie.to,
      strength: tie.strength,
      confidence: tie.confidence ?? null,
      source: tie.source ?? null,
      basis: tie.basis ?? null,
      domain: tie.domain ?? null,
      domainName: tie.domainName ?? null,
      since: tie.since ?? null,
      until: tie.until ?? null,
    })),
    newTieCount: change.newTies.length,
  };
  changesByProjection.set(projection, model);
  return model;
}

/** A score as the API gives it (its explanation is built when first read; see rules/balance-of-power.ts). */
export function toPowerScore(score: PowerScoreResult): PowerScoreModel {
  return { rank: score.rank, personId: score.personId, score: score.score, explanation: score.explanation };
}

/** One person's power in a scope, or null when they are not in it. */
export async function powerScoreOf(ctx: GraphContext, args: ScopePowerArgs & { personId: string }): Promise<PowerScoreModel | null> {
  const { result } = await scopePower(ctx, args);
  const score = result.ranking.find((r) => r.personId === args.personId);
  return score ? toPowerScore(score) : null;
}

/** us / competitors / neutral / unknown, from a coalition's lean. */
export function leaningOf(lean: number | null): CoalitionLeaning {
  if (lean === null) return 'unknown';
  if (lean > 0.25) return 'us';
  if (lean < -0.25) return 'competitors';
  return 'neutral';
}
