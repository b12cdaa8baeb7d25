/**
 * People: fills each region's institutions with named positions first (minister, chief
 * physicians, department heads, professors) and ordinary staff after, then writes
 * Person nodes with WORKS_AT (current and former jobs), REPORTS_TO and LOCATED_IN.
 * The result is kept as parallel typed arrays because later stages walk 100,000
 * people several times and objects per person would cost more memory than the ties.
 */
import type { DemoContext } from './context.js';
import type { Props } from './graph-builder.js';
import { asciiSlug, LOCALES, personName, type NameLocale } from './name-pools.js';
import {
  apportion,
  FORMER_POSITION,
  KEY_SLOTS,
  STAFF_MIX,
  type Category,
  type KeySlot,
  type StaffTemplate,
} from './people-slots.js';
import type { Rng } from './prng.js';
import type { Institution, Region } from './skeleton.js';

export interface People {
  count: number;
  ids: string[];
  names: string[];
  /** '' when the person carries no title. */
  titles: string[];
  category: Category[];
  institution: Int32Array;
  region: Int32Array;
  /** Person index of the direct superior, -1 for none. */
  boss: Int32Array;
  /** Therapeutic area index the person works in (their influence domain). */
  area: Int8Array;
  /** Preferential-attachment weight: KOLs and VIPs attract influence ties. */
  weight: Uint8Array;
  /** KOLs, VIPs, officials and heads: the people a balance of power is about. */
  influential: Uint8Array;
  head: Uint8Array;
  consent: Uint8Array;
  optedOut: Uint8Array;
  /** Day offset the current job started. */
  jobSince: Int32Array;
  /** `${institution}|${role}` for named positions, e.g. the minister or a chief physician. */
  roles: Map<string, number>;
  /** Per region, KOLs strongest first. */
  kols: number[][];
}

export function keyPerson(people: People, institution: number, role: string): number {
  return people.roles.get(`${institution}|${role}`) ?? -1;
}

/** How records name a person: "Dr. Ana Silva", or the bare name without a title. */
export function displayName(people: People, p: number): string {
  return `${people.titles[p] ? `${people.titles[p]} ` : ''}${people.names[p]}`;
}

const SPECIALTY_AREA: Readonly<Record<string, number>> = {
  oncology: 0,
  haematology: 1,
  rheumatology: 2,
  endocrinology: 3,
  cardiology: 4,
  'internal medicine': 4,
};

interface Seat {
  institution: number;
  slot?: KeySlot;
  template?: StaffTemplate;
}

/**
 * A department's specialty comes first, then the position's. Pass 1 derives the person's
 * area from it and pass 2 writes it on the node, so both must use this one rule.
 */
function specialtyOf(seat: Seat, inst: Institution): string | undefined {
  return inst.specialty ?? seat.slot?.specialty ?? seat.template?.specialty;
}

/** Named positions in priority order: a tiny demo keeps the minister before the outlets. */
function keySeats(region: Region, institutions: readonly Institution[]): Seat[] {
  const order: number[] = [region.authority, region.hospitals[0] ?? -1, ...(region.departments[0] ?? []),
    region.university, region.insurance, region.administration, ...region.chains, ...region.distributors,
    region.warehouse];
  region.hospitals.slice(1).forEach((h, k) => order.push(h, ...(region.departments[k + 1] ?? [])));
  order.push(...region.clinics, ...region.outlets.flat(), region.society, ...region.competitorOffices);
  const seats: Seat[] = [];
  for (const index of order) {
    if (index < 0) continue;
    for (const slot of KEY_SLOTS[(institutions[index] as Institution).kind] ?? []) seats.push({ institution: index, slot });
  }
  return seats;
}

function staffSeats(rng: Rng, region: Region, institutions: readonly Institution[], count: number): Seat[] {
  const units: { institution: number; weight: number; templates: readonly StaffTemplate[] }[] = [];
  const all = [region.authority, region.insurance, region.administration, region.university, region.society,
    region.warehouse, ...region.hospitals, ...region.departments.flat(), ...region.clinics, ...region.chains,
    ...region.outlets.flat(), ...region.distributors, ...region.competitorOffices];
  const perKind = new Map<string, number>();
  for (const i of all) {
    const kind = (institutions[i] as Institution).kind;
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
  }
  for (const i of all) {
    const inst = institutions[i] as Institution;
    const mix = STAFF_MIX[inst.kind];
    if (!mix) continue;
    // The flagship teaching hospital's departments are the largest.
    const flagship = inst.kind === 'department' && inst.parent === region.hospitals[0] ? 1.5 : 1;
    units.push({ institution: i, weight: (mix.share / (perKind.get(inst.kind) ?? 1)) * flagship, templates: mix.templates });
  }
  const counts = apportion(count, units.map((u) => u.weight));
  const seats: Seat[] = [];
  units.forEach((unit, k) => {
    const shares = unit.templates.map((t) => t.share);
    for (let n = 0; n < (counts[k] as number); n++) {
      seats.push({ institution: unit.institution, template: unit.templates[rng.weighted(shares)] as StaffTemplate });
    }
  });
  return seats;
}

/** Former employers plausible for someone of this category, within the region. */
function formerEmployers(region: Region, category: Category): number[] {
  switch (category) {
    case 'doctor':
    case 'kol':
      return [...region.departments.flat(), ...region.clinics, region.university];
    case 'vip':
      return [...region.departments.flat(), region.authority];
    case 'pharmacist':
      return region.outlets.flat();
    case 'buyer':
      return [...region.hospitals, ...region.chains];
    case 'official':
      return [region.authority, region.insurance, region.administration, ...region.hospitals];
    case 'distributor_manager':
      return [...region.distributors, region.warehouse];
    case 'competitor_staff':
      return [...region.departments.flat(), ...region.outlets.flat()];
    default:
      return [...region.hospitals, ...region.clinics, ...region.chains, region.insurance];
  }
}

function bossOf(seat: Seat, inst: Institution, region: Region, institutions: readonly Institution[]): number {
  const parent = inst.parent >= 0 ? (institutions[inst.parent] as Institution) : undefined;
  if (seat.slot?.head) {
    if (parent) return parent.childLead >= 0 ? parent.childLead : parent.head;
    const authority = institutions[region.authority] as Institution;
    if (inst.kind === 'hospital' || inst.kind === 'clinic' || inst.kind === 'state_warehouse') return authority.head;
    if (inst.kind === 'health_authority') return (institutions[region.administration] as Institution).head;
    return -1;
  }
  if (seat.slot) return inst.head;
  return inst.lead >= 0 ? inst.lead : inst.head;
}

export function buildPeople(
  ctx: Pick<DemoContext, 'builder' | 'calendar' | 'catalog' | 'skeleton' | 'personCount' | 'frame'>,
  rng: Rng,
): People {
  // People are named as in the country (its locales, its dialling code) and hold its job titles.
  const locales = ctx.frame.people.locales.map((code) => LOCALES.find((l) => l.code === code) ?? (LOCALES[0] as NameLocale));
  const localPosition = (english: string): string => ctx.frame.positions[english] ?? english;
  const phonePrefix = ctx.frame.people.phonePrefix;
  const { builder, calendar, catalog, personCount: total } = ctx;
  const { institutions, regions } = ctx.skeleton;
  const people: People = {
    count: total,
    ids: new Array<string>(total),
    names: new Array<string>(total),
    titles: new Array<string>(total),
    category: new Array<Category>(total),
    institution: new Int32Array(total),
    region: new Int32Array(total),
    boss: new Int32Array(total).fill(-1),
    area: new Int8Array(total),
    weight: new Uint8Array(total),
    influential: new Uint8Array(total),
    head: new Uint8Array(total),
    consent: new Uint8Array(total),
    optedOut: new Uint8Array(total),
    jobSince: new Int32Array(total),
    roles: new Map(),
    kols: regions.map(() => []),
  };
  const width = Math.max(5, String(total).length);
  const areaCount = catalog.areas.length;

  for (const region of regions) {
    const keys = keySeats(region, institutions).slice(0, region.people);
    const seats = keys.concat(staffSeats(rng, region, institutions, region.people - keys.length));
    const positions: string[] = [];
    const emails: (string | undefined)[] = [];
    const phones: (string | undefined)[] = [];
    const localeOf = locales[region.locale % locales.length] as NameLocale;

    // Pass 1: who sits where, so that pass 3 can point REPORTS_TO at any seat.
    seats.forEach((seat, k) => {
      const p = region.firstPerson + k;
      const inst = institutions[seat.institution] as Institution;
      const slot = seat.slot;
      const template = seat.template;
      let category: Category = slot ? slot.category : (template as StaffTemplate).category;
      let title = slot?.title ?? template?.title ?? '';
      let weight = slot ? slot.weight : 1;
      const position = slot ? slot.position : (template as StaffTemplate).position;
      // Department heads of the teaching hospital are the region's clinical KOLs.
      if (slot?.role === 'head' && inst.kind === 'department') {
        const flagship = inst.parent === region.hospitals[0];
        if (flagship || rng.chance(0.3)) {
          category = 'kol';
          title = flagship || rng.chance(0.5) ? 'Prof.' : 'Dr.';
          weight = flagship ? 9 : 7;
        }
      } else if (!slot && category === 'doctor') {
        const p0 = position === 'Senior Physician' ? 0.08 : position === 'Associate Professor' ? 0.15 : 0.012;
        if (rng.chance(p0)) {
          category = 'kol';
          title = rng.chance(0.6) ? 'Prof.' : 'Dr.';
          weight = rng.range(5, 8);
        }
      }
      const specialty = specialtyOf(seat, inst);
      const locale = rng.chance(0.6) ? localeOf : rng.pick(locales);
      const name = personName(rng, locale);
      people.ids[p] = `person-${String(p + 1).padStart(width, '0')}`;
      people.names[p] = name.full;
      people.titles[p] = title;
      people.category[p] = category;
      people.institution[p] = seat.institution;
      people.region[p] = region.index;
      people.area[p] = specialty !== undefined && SPECIALTY_AREA[specialty] !== undefined
        ? (SPECIALTY_AREA[specialty] as number)
        : inst.area >= 0 ? inst.area : rng.int(areaCount);
      people.weight[p] = weight;
      people.head[p] = slot?.head ? 1 : 0;
      people.influential[p] = category === 'kol' || category === 'vip' || (slot !== undefined && weight >= 3) ? 1 : 0;
      people.jobSince[p] = slot ? -rng.range(120, 365 * 14) : rng.chance(0.04) ? -rng.range(1, 90) : -rng.range(91, 365 * 15);
      const out = rng.next();
      people.optedOut[p] = out < 0.004 ? 1 : 0;
      people.consent[p] = out < 0.025 ? 0 : 1;
      positions[k] = position;
      inst.members.push(p);
      if (slot) {
        people.roles.set(`${seat.institution}|${slot.role}`, p);
        if (slot.head) inst.head = p;
        if (slot.lead) inst.lead = p;
        if (slot.childLead) inst.childLead = p;
      }
      if (category === 'kol') (people.kols[region.index] as number[]).push(p);
      emails[k] = slot || rng.chance(0.35)
        ? `${asciiSlug(name.first)}.${asciiSlug(name.last)}@${inst.id}.example`
        : undefined;
      phones[k] = slot || category === 'kol'
        ? `${phonePrefix} ${rng.range(11, 99)} ${rng.range(1000, 9999)}-${rng.range(1000, 9999)}`
        : undefined;
    });

    const kols = people.kols[region.index] as number[];
    kols.sort((a, b) => (people.weight[b] as number) - (people.weight[a] as number) || a - b);
    if (region.index === 0) {
      // The demo needs visible privacy cases: a KOL who withheld consent and a department
      // head who asked to be forgotten.
      const lastKol = kols.length >= 3 ? (kols[kols.length - 1] as number) : -1;
      if (lastKol >= 0) people.consent[lastKol] = 0;
      const optOut = keyPerson(people, region.departments[1]?.at(-1) ?? -1, 'head');
      if (optOut >= 0) {
        people.optedOut[optOut] = 1;
        people.consent[optOut] = 0;
      }
    }

    // Pass 2: Person nodes.
    seats.forEach((seat, k) => {
      const p = region.firstPerson + k;
      const inst = institutions[seat.institution] as Institution;
      const category = people.category[p] as Category;
      const props: Props = { category };
      if (people.titles[p]) props.title = people.titles[p] as string;
      const specialty = specialtyOf(seat, inst);
      if (specialty !== undefined) props.specialty = specialty;
      const email = emails[k];
      const phone = phones[k];
      if (email !== undefined) props.email = email;
      if (phone !== undefined) props.phone = phone;
      props.consent = people.consent[p] === 1;
      if (people.optedOut[p]) props.optedOut = true;
      builder.addNode(people.ids[p] as string, 'Person', people.names[p] as string, props);
    });

    // Pass 3: formal ties, once every person of the region exists.
    seats.forEach((seat, k) => {
      const p = region.firstPerson + k;
      const inst = institutions[seat.institution] as Institution;
      const category = people.category[p] as Category;
      const id = people.ids[p] as string;
      const since = people.jobSince[p] as number;
      const job: Props = { position: localPosition(positions[k] as string) };
      if (seat.slot?.head) job.head = true;
      job.since = calendar.day(since);
      // A few heads have announced they are leaving: "what may change" in the next months.
      if (seat.slot?.head && seat.slot.role !== 'minister' && rng.chance(0.04)) job.until = calendar.day(rng.range(30, 180));
      job.source = seat.slot ? 'institution website' : 'HR directory';
      builder.addTie(id, 'WORKS_AT', inst.id, job);

      if (rng.chance(0.15)) {
        const options = formerEmployers(region, category);
        const former = options.length > 0 ? rng.pick(options) : -1;
        if (former >= 0 && former !== seat.institution) {
          const formerInst = institutions[former] as Institution;
          const until = since - rng.range(0, 60);
          builder.addTie(id, 'WORKS_AT', formerInst.id, {
            position: localPosition(FORMER_POSITION[formerInst.kind] ?? 'Specialist'),
            since: calendar.day(until - rng.range(365, 3650)),
            until: calendar.day(until),
            source: 'public CV',
          });
        }
      }

      const boss = bossOf(seat, inst, region, institutions);
      if (boss >= 0 && boss !== p) {
        people.boss[p] = boss;
        const start = Math.max(since, people.jobSince[boss] as number);
        builder.addTie(id, 'REPORTS_TO', people.ids[boss] as string, { since: calendar.day(start), source: 'org chart' });
      }

      if (people.influential[p] || category === 'competitor_staff' || rng.chance(0.05)) {
        builder.addTie(id, 'LOCATED_IN', region.territoryId);
      }
    });
  }
  return people;
}
