/**
 * What the demo's stages share: the builder every record goes into, the calendar every
 * date is relative to, and what the stages before have produced. generateDemo grows one
 * context as stages complete; each stage names the part it reads with Pick, so calling a
 * stage before its inputs exist fails to compile instead of reading undefined.
 * Randomness is not in here: each stage gets its own stream (prng.ts, streamFor).
 */
import type { CountryPack, DemoFrame } from '../modules/country/pack.js';
import type { Catalog } from './catalog.js';
import type { Calendar } from './dates.js';
import type { GraphBuilder } from './graph-builder.js';
import type { Contacts } from './interactions.js';
import type { Memberships } from './memberships.js';
import type { People } from './people.js';
import type { PlanTarget } from './plan-targets.js';
import type { Skeleton } from './skeleton.js';
import type { TenderGroup } from './tenders.js';
import type { UpcomingEvent } from './upcoming-event.js';
import type { Users } from './users.js';

/** A slice of builder.ties, [from, to). */
export interface TieRange {
  from: number;
  to: number;
}

export interface DemoContext {
  /** How many Person nodes to make, exactly (DemoOptions.people). */
  personCount: number;
  builder: GraphBuilder;
  calendar: Calendar;
  /** The country pack the demo is a country of, and its demo frame (regions, names, procedures). */
  pack: CountryPack;
  frame: DemoFrame;
  catalog: Catalog;
  skeleton: Skeleton;
  people: People;
  memberships: Memberships;
  /** Where the social stage's KNOWS and INFLUENCES ties sit in builder.ties. */
  social: TieRange;
  /** Per person, the stance toward our company, or NO_STANCE. */
  towardOurs: Int8Array;
  /** People holding a ROLE_IN any tender: every one of them gets a dossier. */
  decisionGroup: ReadonlySet<number>;
  /** Every tender with its decision group, in id order per region. */
  tenders: readonly TenderGroup[];
  users: Users;
  contacts: Contacts;
  targets: readonly PlanTarget[];
  /** The home region's upcoming round table, if there is a plan to hang it on. */
  upcoming: UpcomingEvent | undefined;
}

/**
 * Adds what a stage produced to the context. The assertion lets the compiler see the
 * new fields from here on, so the next stage can be handed the same object.
 */
export function grow<C extends Partial<DemoContext>, A extends Partial<DemoContext>>(ctx: C, added: A): asserts ctx is C & A {
  Object.assign(ctx, added);
}
