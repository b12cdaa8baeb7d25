/**
 * What makes the demo's change feed read like a real one: the day each person was added
 * to the graph (most long ago, a few in the last two months), each tender's status
 * history (planned, then preparation nine months before it is held, then announced), and
 * what the demo's users watch (the main KAM their region, their closest accounts and a
 * tender of theirs; the manager every region), so their inbox has something in it.
 */
import type { DemoContext } from './context.js';
import type { Rng } from './prng.js';
import { MAIN_KAM_ID } from './users.js';

/** Share of people added to the graph within the last 60 days. */
const RECENTLY_ADDED = 0.03;
const PREPARATION_DAYS = 270;
const ANNOUNCED_DAYS = 45;

export function buildWatches(ctx: Pick<DemoContext, 'builder' | 'calendar' | 'people' | 'skeleton' | 'tenders' | 'users'>, rng: Rng): void {
  const { builder, calendar, people, skeleton, tenders, users } = ctx;
  for (const id of people.ids) {
    const offset = rng.chance(RECENTLY_ADDED) ? -rng.range(1, 60) : -rng.range(120, 1800);
    builder.setProp(id, 'addedOn', calendar.day(offset));
  }

  const today = Date.parse(`${calendar.today}T00:00:00Z`);
  for (const tender of tenders) {
    const date = builder.prop(tender.id, 'date');
    if (typeof date !== 'string') continue;
    const daysOut = Math.round((Date.parse(`${date}T00:00:00Z`) - today) / 86_400_000);
    const history = [`${calendar.day(Math.min(-30, daysOut - PREPARATION_DAYS - 120))} planned`];
    if (daysOut <= PREPARATION_DAYS) history.push(`${calendar.day(daysOut - PREPARATION_DAYS)} preparation`);
    if (daysOut <= ANNOUNCED_DAYS) history.push(`${calendar.day(daysOut - ANNOUNCED_DAYS)} announced`);
    builder.setProp(tender.id, 'statusHistory', history);
  }

  const kam = users.kams.find((k) => k.id === MAIN_KAM_ID);
  if (kam) {
    const region = skeleton.regions[kam.region];
    const watchedSince = calendar.day(-rng.range(60, 120));
    if (region) builder.addTie(kam.id, 'WATCHES', region.territoryId, { since: watchedSince });
    const closest = kam.accounts.filter((a) => a.stage >= 2).slice(0, 3);
    for (const account of closest) builder.addTie(kam.id, 'WATCHES', people.ids[account.person] as string, { since: watchedSince });
    const tender = tenders.find((t) => t.region === kam.region);
    if (tender) builder.addTie(kam.id, 'WATCHES', tender.id, { since: watchedSince });
  }
  if (builder.has('user-manager')) {
    for (const region of skeleton.regions) builder.addTie('user-manager', 'WATCHES', region.territoryId, { since: calendar.day(-rng.range(60, 120)) });
  }
}
