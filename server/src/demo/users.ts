/**
 * Our own staff as User nodes (never Person): admin, the main demo KAM, a manager per two
 * regions, the strategist, and a hospital, pharmacy-chain and distributor KAM per region. A
 * KAM's territory is its LOCATED_IN tie. KAMs OWN accounts and RELATE to people at a
 * relationship stage; stages lean with the person's stance so the demo tells one story.
 */
import type { RelationshipStage } from '../modules/graph/model.js';
import { criteriaClaimedBy } from '../modules/people/rules/ladder.js';
import type { DemoContext } from './context.js';
import type { Props } from './graph-builder.js';
import { asciiSlug, STAFF_NAMES } from './name-pools.js';
import type { Rng } from './prng.js';
import type { Institution } from './skeleton.js';
import { NO_STANCE } from './stances.js';

export type Stage = RelationshipStage;
export type KamKind = 'hospital' | 'pharmacy_chain' | 'distributor';

/** The ladder by index: 0 is no relationship yet (owned, no stage), then contact ... near-friendly. */
export const STAGES: readonly (Stage | null)[] = [null, 'contact', 'acquaintance', 'loyalty', 'near_friendly'];

/**
 * A RELATES tie's properties for a stage reached on `since` (a day offset): the stage and
 * the ladder's criteria that show it, those of lower steps seen on `earlier` when the
 * relationship climbed from there.
 */
export function relatesProps(ctx: Pick<DemoContext, 'calendar'>, stage: number, since: number, earlier?: { stage: number; since: number }): Props {
  const word = STAGES[stage] as Stage;
  const before = earlier && earlier.stage > 0 ? new Set(criteriaClaimedBy(STAGES[earlier.stage] as Stage)) : new Set<string>();
  const criteria = criteriaClaimedBy(word).map((c) => `${c} ${ctx.calendar.day(before.has(c) ? earlier!.since : since)}`);
  return { stage: word, criteria, since: ctx.calendar.day(since) };
}

export interface Kam {
  id: string;
  name: string;
  region: number;
  kind: KamKind;
  /** Owned people and the stage index (into STAGES) we have reached with each. */
  accounts: Account[];
}

export interface Account {
  person: number;
  /** Index into STAGES of the open RELATES tie. */
  stage: number;
  /** Day offsets: when the account was taken over, when the current stage began. */
  owned: number;
  since: number;
  /** When the previous stage began, if its closed RELATES tie exists (it ends at `since`). */
  previousSince?: number;
}

export interface Users {
  kams: Kam[];
  kamsByRegion: Kam[][];
}

/** Which KAM kind looks after people at an institution of this kind (docs/domain.md#key-account-managers). */
const KAM_FOR_KIND: Readonly<Record<string, KamKind>> = {
  hospital: 'hospital',
  department: 'hospital',
  clinic: 'hospital',
  health_authority: 'hospital',
  university: 'hospital',
  society: 'hospital',
  pharmacy_chain: 'pharmacy_chain',
  pharmacy: 'pharmacy_chain',
  distributor: 'distributor',
  state_warehouse: 'distributor',
  insurance_fund: 'distributor',
  regional_administration: 'distributor',
};

const EMAIL_DOMAIN = 'lumera.example';

/** The KAM the demo is shown as: the hospital KAM of the home region. */
export const MAIN_KAM_ID = 'user-kam';

export function mainKam(users: Users): Kam | undefined {
  return users.kams.find((k) => k.id === MAIN_KAM_ID);
}

export function buildUsers(ctx: Pick<DemoContext, 'builder' | 'calendar' | 'skeleton' | 'people' | 'towardOurs'>, rng: Rng): Users {
  const { builder, calendar, skeleton, people, towardOurs } = ctx;
  let nameIndex = 0;
  const nextName = (): string => {
    const name = STAFF_NAMES[nameIndex % STAFF_NAMES.length] as string;
    const round = Math.floor(nameIndex / STAFF_NAMES.length);
    nameIndex++;
    // Past the fixed list, add a middle initial so names stay distinct.
    return round === 0 ? name : name.replace(' ', ` ${String.fromCharCode(65 + ((round - 1) % 26))}. `);
  };
  const user = (id: string, role: string, props: Props = {}): string => {
    const name = nextName();
    builder.addNode(id, 'User', name, { role, email: `${asciiSlug(name)}@${EMAIL_DOMAIN}`, ...props });
    return name;
  };

  user('user-admin', 'admin');
  user('user-manager', 'manager');
  user('user-strategist', 'strategist');

  // One manager per two regions, so that a manager sees their team's regions and not the
  // country: user-manager leads the home region and its neighbour; the others are named
  // after the first region they lead and named apart from the KAMs, so KAMs keep their names.
  const managerOf = (region: number): string => (region < 2 ? 'user-manager' : `user-manager-${(skeleton.regions[region - (region % 2)] as { slug: string }).slug}`);
  skeleton.regions.forEach((region, m) => {
    if (region.index < 2 || region.index % 2 !== 0) return;
    // Named from the end of the staff list (with an initial), so the KAMs keep their names.
    const name = (STAFF_NAMES[(((STAFF_NAMES.length - 1 - m / 2) % STAFF_NAMES.length) + STAFF_NAMES.length) % STAFF_NAMES.length] as string).replace(' ', ' M. ');
    builder.addNode(managerOf(region.index), 'User', name, { role: 'manager', email: `${asciiSlug(name)}.${region.slug}@${EMAIL_DOMAIN}` });
  });
  const kams: Kam[] = [];
  const kamsByRegion: Kam[][] = skeleton.regions.map(() => []);
  for (const region of skeleton.regions) {
    for (const kind of ['hospital', 'pharmacy_chain', 'distributor'] as const) {
      const id = region.index === 0 && kind === 'hospital' ? MAIN_KAM_ID : `user-kam-${region.slug}-${kind.replace('_', '-')}`;
      const name = user(id, 'kam', { kamKind: kind });
      builder.addTie(id, 'LOCATED_IN', region.territoryId, { since: calendar.day(-rng.range(200, 2000)) });
      builder.addTie(id, 'REPORTS_TO', managerOf(region.index), { since: calendar.day(-rng.range(200, 2000)) });
      const kam: Kam = { id, name, region: region.index, kind, accounts: [] };
      kams.push(kam);
      (kamsByRegion[region.index] as Kam[]).push(kam);
    }
  }

  for (const region of skeleton.regions) {
    const byKind = new Map((kamsByRegion[region.index] as Kam[]).map((k) => [k.kind, k]));
    for (let p = region.firstPerson; p < region.firstPerson + region.people; p++) {
      const inst = skeleton.institutions[people.institution[p] as number] as Institution;
      const kam = byKind.get(KAM_FOR_KIND[inst.kind] as KamKind);
      if (!kam) continue; // competitors' staff are nobody's account
      const key = people.influential[p] === 1;
      if (!rng.chance(key ? 0.9 : 0.07)) continue;
      const stage = stageFor(rng, key, towardOurs[p] as number);
      const personId = people.ids[p] as string;
      const owned = -rng.range(30, 1500);
      builder.addTie(kam.id, 'OWNS', personId, { since: calendar.day(owned) });
      const since = stage > 0 && rng.chance(0.15) ? -rng.range(1, 90) : Math.max(owned, -rng.range(91, 1200));
      const account: Account = { person: p, stage, owned, since };
      kam.accounts.push(account);
      if (stage >= 2 && rng.chance(0.3)) {
        // The relationship moved up a stage: the previous stage is kept as history.
        account.previousSince = since - rng.range(60, 500);
        builder.addTie(kam.id, 'RELATES', personId, {
          ...relatesProps(ctx, stage - 1, account.previousSince),
          until: calendar.day(since),
        });
      }
      // Owned but not reached yet: no stage to record.
      if (stage > 0) {
        const earlier = account.previousSince !== undefined ? { stage: stage - 1, since: account.previousSince } : undefined;
        builder.addTie(kam.id, 'RELATES', personId, relatesProps(ctx, stage, since, earlier));
      }
    }
  }
  return { kams, kamsByRegion };
}

function stageFor(rng: Rng, key: boolean, stance: number): number {
  let stage = rng.weighted(key ? [0.2, 0.25, 0.3, 0.17, 0.08] : [0.3, 0.35, 0.25, 0.08, 0.02]);
  if (stance !== NO_STANCE) {
    if (stance >= 1) stage = Math.min(4, stage + 1);
    if (stance <= -1) stage = Math.min(stage, 2);
  }
  return stage;
}
