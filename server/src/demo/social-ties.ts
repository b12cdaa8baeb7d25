/**
 * Informal ties between people: INFLUENCES (directed, with strength, domain, basis,
 * confidence, source) and KNOWS (symmetric acquaintance). Targets are chosen locally
 * (the boss, colleagues, the region) plus a few long-range ties, with preferential
 * attachment so a handful of KOLs become hubs, as in real influence maps. Every choice
 * is O(1), so 100,000 people cost a linear pass, never a pairwise one.
 */
import type { INFLUENCE_BASES } from '../modules/graph/model.js';
import type { DemoContext, TieRange } from './context.js';
import { putWindow, tieWindow } from './dates.js';
import { PairSet, type Props } from './graph-builder.js';
import type { People } from './people.js';
import type { Rng } from './prng.js';
import type { Institution } from './skeleton.js';
import { INFLUENCE_SOURCES, KNOWS_SOURCES } from './text-pools.js';

type Basis = (typeof INFLUENCE_BASES)[number];

function strengthFor(rng: Rng, basis: Basis, sourceWeight: number): number {
  switch (basis) {
    case 'hierarchy':
      return rng.score(0.5, 0.9);
    case 'mentorship':
      return rng.score(0.5, 0.95);
    case 'science':
      // A stronger scientific reputation (higher attachment weight) moves people more.
      // Rounded to the scale's two decimals, so the sum shows no floating-point noise.
      return Math.min(0.95, Math.round((rng.score(0.25, 0.55) + sourceWeight * 0.04) * 100) / 100);
    case 'commercial':
      return rng.score(0.3, 0.7);
    default:
      return rng.score(0.2, 0.8);
  }
}

/** Why `source` sways `target`, judged from who the source is. */
function basisFor(rng: Rng, people: People, source: number, target: number): Basis {
  const category = people.category[source];
  if (category === 'kol') return rng.chance(0.3) ? 'mentorship' : 'science';
  if (category === 'vip' || category === 'official') return rng.chance(0.5) ? 'hierarchy' : 'personal';
  const buyerSide = people.category[target] === 'buyer' || people.category[target] === 'pharmacist';
  // Distributors and competitors' staff sway buyers through supply and purchasing terms.
  if ((category === 'distributor_manager' || category === 'competitor_staff') && buyerSide && rng.chance(0.4)) return 'commercial';
  return rng.chance(0.7) ? 'personal' : 'science';
}

/** Returns where its ties sit in builder.ties, for stages that look for who knows whom. */
export function buildSocialTies(
  ctx: Pick<DemoContext, 'builder' | 'calendar' | 'catalog' | 'skeleton' | 'people'>,
  rng: Rng,
): TieRange {
  const { builder, calendar, catalog, skeleton, people } = ctx;
  const from = builder.ties.length;
  const { ids, weight, institution, boss, area } = people;
  const influences = new PairSet(people.count, false);
  const knows = new PairSet(people.count, true);
  const areaIds = catalog.areas.map((a) => a.id);
  // National KOLs reach across regions; the pool grows with each pick (rich get richer).
  const national: number[] = people.kols.flat();
  const multiRegion = skeleton.regions.length > 1;

  const influence = (source: number, target: number, basis: Basis): void => {
    const props: Props = {
      strength: strengthFor(rng, basis, weight[source] as number),
      domain: areaIds[area[source] as number] as string,
      basis,
      confidence: rng.score(0.4, 0.95),
      source: rng.pick(INFLUENCE_SOURCES[basis] ?? ['KAM observation']),
    };
    putWindow(props, calendar, tieWindow(rng));
    builder.addTie(ids[source] as string, 'INFLUENCES', ids[target] as string, props);
  };

  const acquaint = (a: number, b: number): void => {
    const props: Props = { strength: rng.score(0.1, 0.9), source: rng.pick(KNOWS_SOURCES) };
    putWindow(props, calendar, tieWindow(rng, 20));
    builder.addTie(ids[a] as string, 'KNOWS', ids[b] as string, props);
  };

  for (const region of skeleton.regions) {
    const first = region.firstPerson;
    const end = first + region.people;
    const pool: number[] = [];
    for (let p = first; p < end; p++) for (let w = weight[p] as number; w > 0; w--) pool.push(p);
    if (pool.length === 0) continue;

    for (let p = first; p < end; p++) {
      const members = (skeleton.institutions[institution[p] as number] as Institution).members;
      const wanted = people.influential[p] ? rng.range(3, 6) : rng.range(2, 4);
      let made = 0;
      const superior = boss[p] as number;
      if (superior >= 0 && rng.chance(0.85) && influences.claim(superior, p)) {
        influence(superior, p, 'hierarchy');
        made++;
      }
      for (let attempt = 0; made < wanted && attempt < wanted * 3; attempt++) {
        const r = rng.next();
        let source: number;
        let basis: Basis | undefined;
        let fromPool = false;
        if (r < 0.25) {
          source = members[rng.int(members.length)] as number;
          basis = rng.chance(0.6) ? 'personal' : 'science';
        } else if (r < 0.92 || !multiRegion) {
          source = pool[rng.int(pool.length)] as number;
          fromPool = true;
        } else {
          source = national[rng.int(national.length)] ?? p;
          basis = 'science';
        }
        if (source === p || !influences.claim(source, p)) continue;
        influence(source, p, basis ?? basisFor(rng, people, source, p));
        made++;
        if (fromPool) pool.push(source);
        else if (basis === 'science' && r >= 0.92) national.push(source);
      }

      const acquaintances = rng.range(2, 4);
      for (let n = 0, attempt = 0; n < acquaintances && attempt < 8; attempt++) {
        const r = rng.next();
        const other = r < 0.6
          ? (members[rng.int(members.length)] as number)
          : r < 0.85 ? first + rng.int(region.people) : (pool[rng.int(pool.length)] as number);
        if (other === p || !knows.claim(p, other)) continue;
        acquaint(p, other);
        n++;
      }
    }
  }
  return { from, to: builder.ties.length };
}
