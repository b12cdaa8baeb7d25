/**
 * Events: regional conferences, round tables and webinars (plus a national congress
 * when there is more than one region). KOLs speak on topics, doctors and our KAMs
 * attend: shared attendance is one of the ways a KAM finds a warm introduction.
 */
import type { EVENT_KINDS } from '../modules/graph/model.js';
import type { DemoContext } from './context.js';
import type { Rng } from './prng.js';
import { EVENT_TITLES, fill, SPEAKER_TOPICS } from './text-pools.js';

type EventKind = (typeof EVENT_KINDS)[number];

export interface EventRecord {
  id: string;
  name: string;
  kind: EventKind;
  date: string;
  city: string;
  territoryId: string;
  areaId: string;
}

/** An Event node, LOCATED_IN its territory and IN_AREA of the therapeutic area it is about. */
export function addEvent(ctx: Pick<DemoContext, 'builder'>, event: EventRecord): void {
  ctx.builder.addNode(event.id, 'Event', event.name, { kind: event.kind, date: event.date, city: event.city });
  ctx.builder.addTie(event.id, 'LOCATED_IN', event.territoryId);
  ctx.builder.addTie(event.id, 'IN_AREA', event.areaId);
}

/** A SPOKE_AT tie with a topic drawn for the event's area. */
export function addSpeaker(
  ctx: Pick<DemoContext, 'builder' | 'people'>,
  rng: Rng,
  person: number,
  eventId: string,
  areaName: string,
): void {
  const topic = fill(rng.pick(SPEAKER_TOPICS), { area: areaName });
  ctx.builder.addTie(ctx.people.ids[person] as string, 'SPOKE_AT', eventId, { topic });
}

/** The region's hospital KAMs go to its events; its other KAMs with the chance given. */
export function addKamAttendance(
  ctx: Pick<DemoContext, 'builder' | 'users'>,
  rng: Rng,
  region: number,
  eventId: string,
  otherKamChance: number,
): void {
  for (const kam of ctx.users.kamsByRegion[region] ?? []) {
    if (kam.kind === 'hospital' || rng.chance(otherKamChance)) ctx.builder.addTie(kam.id, 'ATTENDED', eventId);
  }
}

export function buildEvents(
  ctx: Pick<DemoContext, 'builder' | 'calendar' | 'catalog' | 'skeleton' | 'people' | 'users'>,
  rng: Rng,
): void {
  const { builder, calendar, catalog, skeleton, people } = ctx;
  const kinds: readonly EventKind[] = ['conference', 'round_table', 'webinar'];

  for (const region of skeleton.regions) {
    const first = region.firstPerson;
    // People per area, so an oncology round table draws mostly oncologists.
    const byArea: number[][] = catalog.areas.map(() => []);
    for (let p = first; p < first + region.people; p++) (byArea[people.area[p] as number] as number[]).push(p);
    const kols = people.kols[region.index] as number[];
    const count = 2 + Math.floor(region.people / 400);
    const attendance = Math.round((region.people * 0.6) / count);

    for (let k = 0; k < count; k++) {
      const kind = kinds[rng.weighted([0.4, 0.35, 0.25])] as EventKind;
      const area = rng.chance(0.75) ? rng.pick(catalog.ourAreas) : rng.int(catalog.areas.length);
      const areaName = (catalog.areas[area] as { name: string }).name;
      const offset = rng.chance(0.75) ? -rng.range(7, 720) : rng.range(10, 180);
      const date = calendar.day(offset);
      const city = rng.pick(region.cities);
      const id = `event-${region.slug}-${k + 1}`;
      const title = fill(rng.pick(EVENT_TITLES[kind] ?? ['{area} meeting']), {
        region: region.name, area: areaName, year: date.slice(0, 4), city,
      });
      const areaId = (catalog.areas[area] as { id: string }).id;
      addEvent(ctx, { id, name: title, kind, date, city, territoryId: region.territoryId, areaId });

      const areaKols = kols.filter((p) => people.area[p] === area);
      const speakers = rng.sample(areaKols.length >= 2 ? areaKols : kols, rng.range(2, 4));
      for (const s of speakers) addSpeaker(ctx, rng, s, id, areaName);

      // Future events have registrations, not attendance; keep them smaller.
      const wanted = Math.min(region.people - speakers.length, Math.round(attendance * (offset > 0 ? 0.4 : 1) * rng.score(0.6, 1.4)));
      const taken = new Set<number>(speakers);
      const pool = byArea[area] as number[];
      for (let attempt = 0; taken.size - speakers.length < wanted && attempt < wanted * 3; attempt++) {
        const p = pool.length > 0 && rng.chance(0.6) ? (pool[rng.int(pool.length)] as number) : first + rng.int(region.people);
        if (taken.has(p)) continue;
        taken.add(p);
        builder.addTie(people.ids[p] as string, 'ATTENDED', id);
      }
      addKamAttendance(ctx, rng, region.index, id, 0.3);
    }
  }

  if (skeleton.regions.length > 1) {
    const home = skeleton.regions[0] as (typeof skeleton.regions)[number];
    const year = calendar.year + 1;
    const id = `event-national-congress-${year}`;
    const areaName = (catalog.areas[0] as { name: string }).name;
    addEvent(ctx, {
      id, name: `National ${areaName} and Haematology Congress ${year}`, kind: 'congress', date: calendar.day(rng.range(120, 200)),
      city: home.cities[0] as string, territoryId: home.territoryId, areaId: (catalog.areas[0] as { id: string }).id,
    });
    const top = skeleton.regions.slice(0, 6).map((r) => (people.kols[r.index] ?? [])[0]).filter((p) => p !== undefined);
    for (const s of top) addSpeaker(ctx, rng, s, id, areaName);
    for (const region of skeleton.regions) {
      for (const p of (people.kols[region.index] ?? []).slice(1, 8)) builder.addTie(people.ids[p] as string, 'ATTENDED', id);
    }
  }
}
