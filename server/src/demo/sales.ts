/**
 * Key-account health: yearly sales to the accounts our company sells to (hospitals,
 * pharmacy chains, distributors, the state warehouse), as Sales nodes FOR each
 * Institution. Revenue per territory is Pareto-like (a power law over the accounts'
 * ranks): the top 20% of accounts bring roughly 60-85% of it. The Northern Region stays
 * within 55-80%; the second territory of a multi-territory demo is mono-dependent
 * (above 75%), which the key-account analysis must flag. Two to four accounts per
 * territory are key accounts: the biggest, plus one strategic leader outside the top
 * 20% that earns little.
 */
import type { DemoContext } from './context.js';
import type { Rng } from './prng.js';
import type { Institution, Region } from './skeleton.js';

/** Share of the accounts that counts as "the top 20%": at least one account. */
export function topShareCount(accounts: number): number {
  return Math.max(1, Math.ceil(accounts * 0.2));
}

export interface SalesAccount {
  institution: number;
  /** Current-year revenue and profit, in the country's currency. */
  revenue: number;
  profit: number;
  key: boolean;
}

export interface Sales {
  /** Per region, accounts sorted by current-year revenue, largest first. */
  byRegion: SalesAccount[][];
}

/** How likely an account of this kind is to be among the biggest (drawn without replacement). */
function sizeWeight(inst: Institution, region: Region): number {
  if (inst.index === region.hospitals[0]) return 8; // the flagship teaching hospital
  switch (inst.kind) {
    case 'state_warehouse':
      return 3;
    case 'distributor':
      return 1.8;
    case 'hospital':
      return 1.2;
    default:
      return 1;
  }
}

/**
 * Revenue shares for `n` ranked accounts whose top 20% hold `target` of the total:
 * rank r gets r^-a times a little noise, with `a` found by bisection.
 */
function paretoShares(rng: Rng, n: number, target: number): number[] {
  const noise = Array.from({ length: n }, () => 0.85 + rng.next() * 0.3);
  const k = topShareCount(n);
  const valuesFor = (a: number): number[] => noise.map((m, r) => m * (r + 1) ** -a).sort((x, y) => y - x);
  const topShare = (values: number[]): number => {
    let top = 0;
    let all = 0;
    values.forEach((v, i) => {
      all += v;
      if (i < k) top += v;
    });
    return top / all;
  };
  let lo = 0;
  let hi = 8;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (topShare(valuesFor(mid)) < target) lo = mid;
    else hi = mid;
  }
  const values = valuesFor((lo + hi) / 2);
  const total = values.reduce((s, v) => s + v, 0);
  return values.map((v) => v / total);
}

/** Rounded to a multiple of `step`, never -0. */
const roundTo = (value: number, step: number): number => Math.round(value / step) * step || 0;

export function buildSales(ctx: Pick<DemoContext, 'builder' | 'calendar' | 'skeleton' | 'frame'>, rng: Rng): Sales {
  const { builder, calendar, skeleton } = ctx;
  // Amounts in the country's currency at its price level (the shares and margins do not change).
  const priceFactor = ctx.frame.tenders.priceFactor;
  const byRegion: SalesAccount[][] = [];
  const current = calendar.year;
  const periods = [String(current - 1), String(current)] as const;

  for (const region of skeleton.regions) {
    const candidates = [...region.hospitals, ...region.chains, ...region.distributors, region.warehouse]
      .filter((i) => i >= 0)
      .map((i) => skeleton.institutions[i] as Institution);
    const n = candidates.length;
    // Rank order: bigger kinds tend to come first, but not always.
    const ranked: Institution[] = [];
    const pool = candidates.slice();
    while (pool.length > 0) {
      const pick = rng.weighted(pool.map((inst) => sizeWeight(inst, region)));
      ranked.push(pool.splice(pick, 1)[0] as Institution);
    }
    // Regional variation: the home region is healthy, the second one mono-dependent.
    const target = region.index === 0 ? rng.score(0.6, 0.68) : region.index === 1 ? rng.score(0.79, 0.86) : rng.score(0.6, 0.8);
    const shares = paretoShares(rng, n, target);
    const total = region.people * rng.range(9_000, 16_000) * priceFactor;
    const k = topShareCount(n);

    // Key accounts: the top 20%, sometimes the next one too (not at home, where the key
    // accounts' share must stay under the 75% flag), and the smallest hospital outside
    // the top as the strategic leader in science that earns little.
    const key = new Set<number>(ranked.slice(0, k).map((inst) => inst.index));
    if (region.index !== 0 && k < n && rng.chance(0.4)) key.add((ranked[k] as Institution).index);
    const strategic = ranked.slice(k).filter((inst) => inst.kind === 'hospital').at(-1);
    if (strategic) {
      key.add(strategic.index);
      // A leader in science, not in volume: second smallest, so the key accounts' share
      // at home stays under the mono-dependency flag.
      const at = Math.max(k, n - 2);
      ranked.splice(ranked.indexOf(strategic), 1);
      ranked.splice(at, 0, strategic);
    }
    // A small account sold at a loss (always at home, so the demo shows one).
    const lossMaker = ranked.filter((inst) => inst !== strategic).at(-1);
    const losing = lossMaker !== undefined && (region.index === 0 || rng.chance(0.5));

    const accounts: SalesAccount[] = [];
    ranked.forEach((inst, rank) => {
      const revenue = Math.max(1_000, roundTo(total * (shares[rank] as number), 100));
      const isKey = key.has(inst.index);
      let margin: number;
      if (inst === strategic) margin = rng.score(0.005, 0.03);
      else if (losing && inst === lossMaker) margin = -rng.score(0.01, 0.08);
      else if (rank < k) margin = rng.score(0.1, 0.22); // tender volumes: big but keenly priced
      else margin = rng.score(0.12, 0.32);
      const opportunities = isKey ? rng.range(2, 6) : rng.range(0, 3);
      // Last year: the same account a little smaller or larger.
      const growth = rng.score(0.82, 1.12);
      const last = Math.max(1_000, roundTo(revenue / growth, 100));
      const lastMargin = margin + rng.score(-0.03, 0.03);
      const lastOpportunities = Math.max(0, Math.min(6, opportunities + rng.range(-1, 1)));
      const rows = [
        { period: periods[0], revenue: last, profit: roundTo(last * lastMargin, 100), newOpportunities: lastOpportunities },
        { period: periods[1], revenue, profit: roundTo(revenue * margin, 100), newOpportunities: opportunities },
      ];
      for (const row of rows) {
        const id = `sales-${inst.id}-${row.period}`;
        builder.addNode(id, 'Sales', `Sales ${row.period} — ${inst.name}`, {
          period: row.period,
          revenue: row.revenue,
          profit: row.profit,
          newOpportunities: row.newOpportunities,
        });
        builder.addTie(id, 'FOR', inst.id);
        builder.addTie(id, 'LOCATED_IN', region.territoryId);
      }
      if (isKey) builder.setProp(inst.id, 'keyAccount', true);
      accounts.push({ institution: inst.index, revenue, profit: (rows[1] as { profit: number }).profit, key: isKey });
    });
    byRegion.push(accounts);
  }
  return { byRegion };
}
