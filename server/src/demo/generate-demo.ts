/**
 * The demo country generator: a deterministic, seeded country of pharma regions (its pack's) as
 * plain node and tie records, ready for import or for tests. No database, no clock,
 * no Math.random: the same options always give the same graph.
 */
import { countryPack, type CountryPack } from '../modules/country/pack.js';
import type { NodeRecord, TieRecord } from '../modules/graph/model.js';
import { buildBirthdays } from './birthdays.js';
import { buildCatalog } from './catalog.js';
import { grow } from './context.js';
import { Calendar } from './dates.js';
import { buildDossiers } from './dossiers.js';
import { buildEvents } from './events.js';
import { GraphBuilder } from './graph-builder.js';
import { buildInteractions } from './interactions.js';
import { buildMemberships } from './memberships.js';
import { buildPeople } from './people.js';
import { choosePlanTargets } from './plan-targets.js';
import { buildPlans } from './plans.js';
import { streamFor, type Rng } from './prng.js';
import { buildProposals } from './proposals.js';
import { buildSales } from './sales.js';
import { buildSkeleton } from './skeleton.js';
import { buildSocialTies } from './social-ties.js';
import { buildStances } from './stances.js';
import { buildTenders } from './tenders.js';
import { buildUpcomingEvent } from './upcoming-event.js';
import { buildUsers } from './users.js';
import { buildWatches } from './watches.js';

export interface DemoOptions {
  /** Number of Person nodes, exactly. Default 300. */
  people?: number;
  /** Default 42. */
  seed?: number;
  /**
   * ISO date every generated date is relative to. Seeding passes the day it runs; the
   * fixed default keeps this pure function's output the same for tests.
   */
  today?: string;
  /** The country (COUNTRY_PACK): its regions, institutions, procedures, currency. Default Portugal. */
  country?: CountryPack;
}

export interface DemoGraph {
  nodes: NodeRecord[];
  ties: TieRecord[];
}

export const DEMO_DEFAULTS = { people: 300, seed: 42, today: '2026-11-27' } as const;

export function generateDemo(options: DemoOptions = {}): DemoGraph {
  const personCount = options.people ?? DEMO_DEFAULTS.people;
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  if (!Number.isInteger(personCount) || personCount < 1) {
    throw new RangeError(`DemoOptions.people must be a whole number of at least 1, got ${personCount}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`DemoOptions.seed must be an integer, got ${seed}`);
  const calendar = new Calendar(options.today ?? DEMO_DEFAULTS.today);
  const builder = new GraphBuilder();
  const stream = (stage: string): Rng => streamFor(seed, stage);

  const pack = options.country ?? countryPack('pt');
  const ctx = { personCount, builder, calendar, pack, frame: pack.demo };
  grow(ctx, { catalog: buildCatalog(ctx) });
  grow(ctx, { skeleton: buildSkeleton(ctx, stream('skeleton')) });
  grow(ctx, { people: buildPeople(ctx, stream('people')) });
  grow(ctx, { memberships: buildMemberships(ctx, stream('memberships')) });
  grow(ctx, { social: buildSocialTies(ctx, stream('social')) });
  grow(ctx, { towardOurs: buildStances(ctx, stream('stances')) });
  grow(ctx, buildTenders(ctx, stream('tenders')));
  grow(ctx, { users: buildUsers(ctx, stream('users')) });
  buildEvents(ctx, stream('events'));
  grow(ctx, { contacts: buildInteractions(ctx, stream('interactions')) });
  buildDossiers(ctx, stream('dossiers'));

  // Planning stages: they only add records (and set keyAccount and a few birthdays), each
  // from its own stream, so everything above stays the same for the same options.
  buildSales(ctx, stream('sales'));
  grow(ctx, { targets: choosePlanTargets(ctx, stream('plan-targets')) });
  grow(ctx, { upcoming: buildUpcomingEvent(ctx, stream('upcoming-event')) });
  buildPlans(ctx, stream('plans'));
  buildProposals(ctx, stream('proposals'));
  buildBirthdays(ctx, stream('birthdays'));
  // The change feed's stage: added days, tenders' status histories and users' watches.
  buildWatches(ctx, stream('watches'));

  return { nodes: builder.nodes, ties: builder.ties };
}
