import type { GraphContext } from '../../context.js';
import { seesEverything } from '../../kernel/auth/viewer.js';
import { BadInputError, ForbiddenError, NotFoundError, intInRange } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n/catalogue.js';
import type { IntroductionPathModel } from './models.js';
import { strongestPaths, TwoWayTies } from './rules/paths.js';

export interface IntroductionPathsArgs {
  fromId: string;
  toId: string;
  maxHops?: number | null;
  first?: number | null;
  asOf?: string | null;
}

export async function introductionPaths(ctx: GraphContext, args: IntroductionPathsArgs): Promise<IntroductionPathModel[]> {
  const maxHops = intInRange('maxHops', args.maxHops, 4, 1, 6);
  const first = intInRange('first', args.first, 3, 1, 10);
  const asOf = args.asOf ?? ctx.today;
  if (args.fromId === args.toId) throw new BadInputError('toId', message('error.sameFromTo'));
  const types = await ctx.repositories.graph.entityTypes([args.fromId, args.toId]);
  const fromType = types.get(args.fromId);
  if (fromType !== 'Person' && fromType !== 'User') throw new NotFoundError('fromId', 'personOrUser', args.fromId);
  if (types.get(args.toId) !== 'Person') throw new NotFoundError('toId', 'person', args.toId);

  // Every path of at most maxHops ties has its first half within ceil(maxHops/2) of the
  // start and its second half within floor(maxHops/2) of the target.
  const [near, far] = await Promise.all([
    ctx.repositories.introductions.contactBall([args.fromId], asOf, Math.ceil(maxHops / 2)),
    ctx.repositories.introductions.contactBall([args.toId], asOf, Math.floor(maxHops / 2)),
  ]);
  const ties = TwoWayTies.of(near.edges).with(far.edges);
  // Opted-out people are never asked to introduce; other users cannot stand inside a chain of people.
  const exclude = new Set([...near.optedOut, ...far.optedOut, ...near.users, ...far.users]);
  exclude.delete(args.fromId);
  if (exclude.has(args.toId) && (near.optedOut.has(args.toId) || far.optedOut.has(args.toId))) return [];
  exclude.delete(args.toId);

  const fromUser = fromType === 'User';
  const viewer = ctx.viewer;
  if (fromUser && !seesEverything(viewer) && args.fromId !== viewer.userId && !viewer.teamIds.has(args.fromId)) {
    throw new ForbiddenError(message('error.pathsFrom', { userId: viewer.userId, fromId: args.fromId }), 'fromId');
  }
  await ctx.access.assertVisible([fromUser ? null : args.fromId, args.toId], fromUser ? 'toId' : 'fromId/toId');
  if (!seesEverything(viewer)) {
    // People outside the user's territories are not revealed as intermediaries.
    const people = [...new Set([...near.edges, ...far.edges].flatMap((e) => [e.from, e.to]))].filter((id) => !exclude.has(id) && id !== args.fromId);
    const visible = await ctx.access.visible(people);
    for (const id of people) if (!visible.has(id)) exclude.add(id);
  }
  return strongestPaths(ties, args.fromId, args.toId, { maxHops, first, exclude }).map((path) => ({
    personIds: fromUser ? path.nodes.slice(1) : path.nodes,
    strength: path.strength,
    tieTypes: path.edgeTypes,
    viaUserId: fromUser ? args.fromId : null,
  }));
}

/**
 * The introduction paths from one person or user to many people at once, each answer the
 * one `introductionPaths` gives for that pair (none where it would refuse: a target
 * that is not a visible person). One path search for them all: the types, the contact
 * balls (the start's and every target's, one round trip per hop for all of them) and
 * the visibility checks are read once; only the strongest-path search runs per target.
 */
export async function introductionPathsToMany(
  ctx: GraphContext,
  args: { fromId: string; toIds: readonly string[]; maxHops?: number | null; first?: number | null; asOf?: string | null },
): Promise<Map<string, IntroductionPathModel[]>> {
  const maxHops = intInRange('maxHops', args.maxHops, 4, 1, 6);
  const first = intInRange('first', args.first, 3, 1, 10);
  const asOf = args.asOf ?? ctx.today;
  const out = new Map<string, IntroductionPathModel[]>(args.toIds.map((id) => [id, []]));
  const targets = [...new Set(args.toIds)].filter((id) => id !== args.fromId);
  if (targets.length === 0) return out;
  const types = await ctx.repositories.graph.entityTypes([args.fromId, ...targets]);
  const fromType = types.get(args.fromId);
  if (fromType !== 'Person' && fromType !== 'User') return out;
  const fromUser = fromType === 'User';
  const viewer = ctx.viewer;
  if (fromUser && !seesEverything(viewer) && args.fromId !== viewer.userId && !viewer.teamIds.has(args.fromId)) return out;
  const people = targets.filter((id) => types.get(id) === 'Person');
  const visible = await ctx.access.visible(fromUser ? people : [args.fromId, ...people]);
  if (!fromUser && !visible.has(args.fromId)) return out;
  const shown = people.filter((id) => visible.has(id));
  if (shown.length === 0) return out;

  const [near, ...far] = await ctx.repositories.introductions.contactBalls(
    [{ starts: [args.fromId], hops: Math.ceil(maxHops / 2) }, ...shown.map((id) => ({ starts: [id], hops: Math.floor(maxHops / 2) }))],
    asOf,
  );
  // The start's contacts are shared by every search; each adds its target's.
  const nearTies = TwoWayTies.of(near!.edges);
  const searches = shown.map((toId, i) => {
    const ball = far[i]!;
    const exclude = new Set([...near!.optedOut, ...ball.optedOut, ...near!.users, ...ball.users]);
    exclude.delete(args.fromId);
    const optedOut = exclude.has(toId) && (near!.optedOut.has(toId) || ball.optedOut.has(toId));
    exclude.delete(toId);
    return { toId, ball, exclude, optedOut };
  });
  if (!seesEverything(viewer)) {
    // People outside the user's territories are not revealed as intermediaries: one check for every search.
    const nearPeople = new Set(near!.edges.flatMap((e) => [e.from, e.to]));
    function* peopleOf(search: (typeof searches)[number]): Generator<string> {
      yield* nearPeople;
      for (const e of search.ball.edges) {
        yield e.from;
        yield e.to;
      }
    }
    const intermediaries = new Set<string>();
    for (const search of searches) for (const id of peopleOf(search)) if (!search.exclude.has(id) && id !== args.fromId) intermediaries.add(id);
    const seen = await ctx.access.visible([...intermediaries]);
    for (const search of searches) for (const id of peopleOf(search)) if (id !== args.fromId && !search.exclude.has(id) && !seen.has(id)) search.exclude.add(id);
  }
  for (const { toId, ball, exclude, optedOut } of searches) {
    if (optedOut) continue;
    out.set(
      toId,
      strongestPaths(nearTies.with(ball.edges), args.fromId, toId, { maxHops, first, exclude }).map((path) => ({
        personIds: fromUser ? path.nodes.slice(1) : path.nodes,
        strength: path.strength,
        tieTypes: path.edgeTypes,
        viaUserId: fromUser ? args.fromId : null,
      })),
    );
  }
  return out;
}
