import type { CoalitionLeaning } from '../../__generated__/vocabulary.js';
import type { GraphContext } from '../../context.js';
import { cachedAnswer } from '../../kernel/cache/analytics-cache.js';
import { seesEverything } from '../../kernel/auth/viewer.js';
import { BadInputError, ForbiddenError, NotFoundError, intInRange } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n/catalogue.js';
import type { BalanceOfPowerModel, PowerScoreModel, WhatMayChangeModel } from './models.js';
import type { ScopeKind } from './repository.js';
import { standingByPerson } from '../evidence/rules/standing.js';
import { computePowerMeasures, finishBalanceOfPower, prepareBalanceOfPower } from './rules/balance-of-power.js';
import type { PowerProjection, PowerScoreResult } from './rules/types.js';
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
export function scopePowerKey(ctx: GraphContext, args: ScopePowerArgs) {
  const { kind, id } = resolveScope(args.scope);
  return { kind, id, asOf: args.asOf ?? ctx.today, area: args.therapeuticArea ?? null, without: [...new Set(args.without ?? [])].sort() };
}


export async function scopePower(ctx: GraphContext, args: ScopePowerArgs) {
  const key = scopePowerKey(ctx, args);
  const { asOf, area, without } = key;
  const scope = { kind: key.kind, id: key.id };
  const compute = async () => {
    const power = ctx.repositories.power;
    if (scope.kind !== 'everywhere') {
      const found = await power.scope(scope.id);
      if (!found || found.type !== SCOPE_LABEL[scope.kind]) throw new NotFoundError(`scope.${scope.kind}Id`, scope.kind, scope.id);
    }
    const left = new Set(without);
    const ids = (await power.peopleInScope(scope.kind, scope.id, asOf)).filter((id) => !left.has(id));
    const projection = await power.powerProjection(ids, asOf, area);
    const standing = standingByPerson(projection.works ?? [], asOf, area);
    // The graph measures of a large scope run in a worker thread (power-workers.ts).
    const prepared = prepareBalanceOfPower(projection);
    const measures = ctx.powerWorkers ? await ctx.powerWorkers.measures(prepared.personIds, prepared.ties) : computePowerMeasures(prepared.personIds, prepared.ties);
    return { asOf, ids, projection, result: finishBalanceOfPower(prepared, measures, { standing }) };
  };
  return cachedAnswer(ctx, 'scopePower', key, compute);
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
  const { asOf, ids, projection, result } = await scopePower(ctx, args);
  return {
    asOf,
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
