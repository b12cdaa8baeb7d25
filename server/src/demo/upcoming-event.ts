/**
 * A round table in the home region within the next weeks, where the people our plans
 * are about speak or have registered: the "meet at the event" plan step and the agenda
 * need one. The main KAM and the region's hospital KAM colleagues are registered too.
 */
import type { DemoContext } from './context.js';
import { addEvent, addKamAttendance, addSpeaker } from './events.js';
import type { Rng } from './prng.js';

export interface UpcomingEvent {
  id: string;
  name: string;
  /** Day offset from today. */
  offset: number;
}

export function buildUpcomingEvent(
  ctx: Pick<DemoContext, 'builder' | 'calendar' | 'catalog' | 'skeleton' | 'people' | 'users' | 'targets'>,
  rng: Rng,
): UpcomingEvent | undefined {
  const { builder, calendar, catalog, skeleton, people, targets } = ctx;
  const region = skeleton.regions[0];
  const home = targets.filter((t) => t.region === 0);
  const lead = home[0];
  if (!region || !lead) return undefined;

  const area = people.area[lead.account.person] as number;
  const areaName = (catalog.areas[area] as { name: string }).name;
  const offset = rng.range(8, 25);
  const date = calendar.day(offset);
  const city = region.cities[0] as string;
  const id = `event-${region.slug}-upcoming-round-table`;
  const name = `Round Table: Patient Access to ${areaName} Therapies, ${city}`;
  const areaId = (catalog.areas[area] as { id: string }).id;
  addEvent(ctx, { id, name, kind: 'round_table', date, city, territoryId: region.territoryId, areaId });

  const speakers = new Set<number>();
  const speak = (p: number): void => {
    if (speakers.has(p)) return;
    speakers.add(p);
    addSpeaker(ctx, rng, p, id, areaName);
  };
  // The lead plan's person speaks if a KOL (a reason to meet there), plus one or two peers.
  if (people.category[lead.account.person] === 'kol') speak(lead.account.person);
  const kols = (people.kols[0] ?? []).filter((p) => people.optedOut[p] === 0);
  const peers = kols.filter((p) => people.area[p] === area && !speakers.has(p));
  for (const p of rng.sample(peers.length > 0 ? peers : kols, rng.range(1, 2))) speak(p);

  const attending = new Set<number>();
  const attend = (p: number): void => {
    if (speakers.has(p) || attending.has(p)) return;
    attending.add(p);
    builder.addTie(people.ids[p] as string, 'ATTENDED', id);
  };
  for (const t of home) attend(t.account.person);
  const wanted = Math.min(20, Math.max(3, Math.round(region.people * 0.04)));
  for (let attempt = 0; attending.size < wanted + home.length && attempt < wanted * 4; attempt++) {
    const p = region.firstPerson + rng.int(region.people);
    if (people.area[p] === area || rng.chance(0.3)) attend(p);
  }
  addKamAttendance(ctx, rng, 0, id, 0.5);
  return { id, name, offset };
}
