/**
 * Whom the relationship plans are about. The main KAM gets three plans that tell the
 * planning story (one on track with an overdue step, one behind its own dates, one achieved), the
 * home region's pharmacy-chain KAM one, and the second region's hospital KAM one. Only
 * the choice is made here; plans.ts writes the records, so the upcoming event that the
 * plans refer to can be built in between.
 */
import type { DemoContext } from './context.js';
import type { Rng } from './prng.js';
import { mainKam, type Account, type Kam } from './users.js';

export type PlanKind = 'active' | 'behind' | 'achieved';

export interface PlanTarget {
  /** 1-based: the plan's id is `plan-<n>`. */
  n: number;
  kind: PlanKind;
  kam: Kam;
  account: Account;
  region: number;
}

/** A plan behind its dates is for a person who has had no interaction for longer than this. */
export const QUIET_CONTACT_DAYS = 60;

export function choosePlanTargets(ctx: Pick<DemoContext, 'people' | 'users' | 'contacts'>, rng: Rng): PlanTarget[] {
  const { people, users, contacts } = ctx;
  const taken = new Set<number>();
  const usable = (a: Account): boolean => people.influential[a.person] === 1 && people.optedOut[a.person] === 0 && !taken.has(a.person);
  const kolOrVip = (a: Account): boolean => people.category[a.person] === 'kol' || people.category[a.person] === 'vip';
  /** One of the three most influential candidates, preferring those `prefer` accepts. */
  const pickFrom = (candidates: Account[], prefer: (a: Account) => boolean = () => true): Account | undefined => {
    const preferred = candidates.filter(prefer);
    const pool = (preferred.length > 0 ? preferred : candidates)
      .slice()
      .sort((a, b) => (people.weight[b.person] as number) - (people.weight[a.person] as number) || a.person - b.person);
    if (pool.length === 0) return undefined;
    const chosen = rng.pick(pool.slice(0, 3));
    taken.add(chosen.person);
    return chosen;
  };
  const lastContact = (a: Account): number => contacts.lastContact.get(a.person) ?? -Infinity;

  const targets: PlanTarget[] = [];
  const add = (n: number, kind: PlanKind, kam: Kam | undefined, account: Account | undefined): void => {
    if (kam && account) targets.push({ n, kind, kam, account, region: kam.region });
  };

  const main = mainKam(users);
  if (main) {
    const open = (a: Account): boolean => usable(a) && a.stage <= 2;
    // Achieved: the current stage began in the plan's lifetime (30 to 200 days ago), so
    // the plan can have been made before it.
    const achieved = pickFrom(
      main.accounts.filter((a) => usable(a) && (a.stage === 2 || a.stage === 3) && a.since >= -185 && a.since <= -45),
      kolOrVip,
    );
    const behind = pickFrom(
      main.accounts.filter((a) => open(a) && lastContact(a) < -QUIET_CONTACT_DAYS),
      // Best if the stage has not moved for a while either.
      (a) => kolOrVip(a) && a.stage >= 1 && a.since <= -90,
    );
    const active = pickFrom(main.accounts.filter(open), (a) => kolOrVip(a) && a.stage >= 1 && lastContact(a) >= -QUIET_CONTACT_DAYS);
    add(1, 'active', main, active);
    add(2, 'behind', main, behind);
    add(3, 'achieved', main, achieved);
  }

  const home = users.kamsByRegion[0] ?? [];
  const chainKam = home.find((k) => k.kind === 'pharmacy_chain' && k.accounts.some((a) => usable(a) && a.stage <= 2))
    ?? home.find((k) => k.kind === 'distributor');
  if (chainKam) add(4, 'active', chainKam, pickFrom(chainKam.accounts.filter((a) => usable(a) && a.stage <= 2)));

  const away = (users.kamsByRegion[1] ?? []).find((k) => k.kind === 'hospital');
  if (away) add(5, 'active', away, pickFrom(away.accounts.filter((a) => usable(a) && a.stage <= 2), kolOrVip));
  return targets;
}
