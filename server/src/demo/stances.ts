/**
 * STANCE: how each influential person leans toward our company and the competitors
 * (-2 hostile .. +2 advocate). The mix is deliberately split so the balance of power can
 * lean either way, and some stances changed recently so "as of" answers differ.
 */
import type { DemoContext } from './context.js';
import type { Props } from './graph-builder.js';
import type { Rng } from './prng.js';
import { STANCE_SOURCES } from './text-pools.js';

/** Marks "no stance recorded" in the returned array. */
export const NO_STANCE = -128;

export function buildStances(ctx: Pick<DemoContext, 'builder' | 'calendar' | 'catalog' | 'people'>, rng: Rng): Int8Array {
  const { builder, calendar, catalog, people } = ctx;
  const towardOurs = new Int8Array(people.count).fill(NO_STANCE);
  const ours = catalog.companies.findIndex((c) => c.ours);
  const rivals = catalog.companies.map((_, i) => i).filter((i) => i !== ours);

  const stance = (person: number, company: number, value: number, since: number, until?: number): void => {
    const target = catalog.companies[company] as { id: string };
    const props: Props = {
      value,
      toward: target.id,
      since: calendar.day(since),
    };
    if (until !== undefined) props.until = calendar.day(until);
    props.confidence = rng.score(0.4, 0.9);
    props.source = rng.pick(STANCE_SOURCES);
    builder.addTie(people.ids[person] as string, 'STANCE', target.id, props);
  };

  for (let p = 0; p < people.count; p++) {
    if (!people.influential[p]) continue;
    // 0: leans to us, 1..n: leans to that rival, last: neutral.
    const lean = rng.weighted([0.4, 0.25, 0.2, 0.15]);
    let value: number;
    if (lean === 0) value = rng.chance(0.6) ? 1 : 2;
    else if (lean === 3) value = rng.chance(0.7) ? 0 : rng.chance(0.5) ? 1 : -1;
    else value = rng.weighted([0.2, 0.5, 0.3]) - 2; // -2, -1 or 0
    const since = rng.chance(0.1) ? -rng.range(1, 90) : -rng.range(91, 1500);
    if (rng.chance(0.12)) {
      // The stance moved: the old reading held until the new one was recorded.
      const before = Math.max(-2, Math.min(2, value + (rng.chance(0.5) ? 1 : -1)));
      if (before !== value) stance(p, ours, before, since - rng.range(120, 900), since);
    }
    stance(p, ours, value, since);
    towardOurs[p] = value;

    if (lean === 1 || lean === 2) {
      stance(p, rivals[lean - 1] as number, rng.chance(0.6) ? 1 : 2, since);
    } else if (rng.chance(0.4)) {
      stance(p, rng.pick(rivals), rng.weighted([0.3, 0.4, 0.3]) - 1, -rng.range(30, 1200));
    }
  }
  return towardOurs;
}
