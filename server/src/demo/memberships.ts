/**
 * Committee seats: who chairs, records, sits on and advises each formulary committee,
 * tender commission, programme board and society board, and for which term. Some
 * terms end within months of `today` and some have already ended, which is what the
 * "what may change" and "as of" questions feed on.
 */
import type { COMMITTEE_ROLES } from '../modules/graph/model.js';
import type { DemoContext } from './context.js';
import { keyPerson, type People } from './people.js';
import type { Rng } from './prng.js';
import type { Institution, Region } from './skeleton.js';

export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

export interface Seat {
  person: number;
  role: CommitteeRole;
}

/** Current seats per committee index. */
export type Memberships = Seat[][];

const TERM_DAYS = 3 * 365;

/** Ordinary staff (no named position) of an institution: secretaries come from here. */
function ordinaryStaff(people: People, inst: Institution): number[] {
  return inst.members.filter((p) => people.head[p] === 0 && (people.weight[p] as number) <= 1);
}

export function buildMemberships(ctx: Pick<DemoContext, 'builder' | 'calendar' | 'skeleton' | 'people'>, rng: Rng): Memberships {
  const { builder, calendar, skeleton, people } = ctx;
  const { institutions, committees } = skeleton;
  const memberships: Memberships = committees.map(() => []);

  /** A person (not -1) who holds no current seat on the committee. */
  const unseated = (committee: number, person: number): boolean =>
    person >= 0 && !(memberships[committee] as Seat[]).some((s) => s.person === person);

  /** One full term on the committee, ending `until` days from today. */
  const term = (committee: number, person: number, role: CommitteeRole, until: number): void => {
    builder.addTie(people.ids[person] as string, 'MEMBER_OF', (committees[committee] as { id: string }).id, {
      role,
      since: calendar.day(until - TERM_DAYS),
      until: calendar.day(until),
      source: 'committee order',
    });
  };

  const seat = (committee: number, person: number, role: CommitteeRole, endsSoon = false): void => {
    if (!unseated(committee, person)) return;
    (memberships[committee] as Seat[]).push({ person, role });
    people.influential[person] = 1;
    term(committee, person, role, endsSoon || rng.chance(0.2) ? rng.range(30, 180) : rng.range(181, TERM_DAYS - 60));
  };

  /** Someone whose term already ended: present in the graph as of last year, gone today. */
  const formerSeat = (committee: number, person: number): void => {
    if (!unseated(committee, person)) return;
    const until = -rng.range(20, 400);
    term(committee, person, rng.chance(0.7) ? 'member' : 'expert', until);
  };

  const inst = (index: number): Institution => institutions[index] as Institution;
  const pickStaff = (index: number, avoid: readonly number[] = []): number => {
    const staff = ordinaryStaff(people, inst(index)).filter((p) => !avoid.includes(p));
    return staff.length > 0 ? rng.pick(staff) : -1;
  };

  for (const region of skeleton.regions) {
    const kols = people.kols[region.index] as number[];
    const kol = (k: number): number => kols[k] ?? -1;
    const u = region.university;
    const oncologyChair = keyPerson(people, u, 'oncology');
    const haematologyChair = keyPerson(people, u, 'haematology');
    const chiefs = region.hospitals.map((h) => keyPerson(people, h, 'chief'));
    const pharmacologists = region.hospitals.map((h) => keyPerson(people, h, 'pharmacologist'));

    // Formulary committee: its chair's term always ends soon, so every region has a
    // visible "what may change" answer.
    const f = region.formulary;
    seat(f, oncologyChair >= 0 ? oncologyChair : kol(0), 'chair', true);
    seat(f, pickStaff(region.authority), 'secretary');
    seat(f, keyPerson(people, region.authority, 'drug'), 'member');
    chiefs.slice(0, 3).forEach((p) => seat(f, p, 'member'));
    seat(f, kol(1), 'member');
    seat(f, kol(2), 'member');
    pharmacologists.slice(0, 2).forEach((p) => seat(f, p, 'expert'));
    seat(f, keyPerson(people, region.insurance, 'expert'), 'expert');

    const t = region.tenderCommission;
    const tenderSecretary = pickStaff(region.authority, (memberships[f] as Seat[]).map((s) => s.person));
    seat(t, keyPerson(people, region.authority, 'deputy'), 'chair');
    seat(t, tenderSecretary, 'secretary');
    seat(t, keyPerson(people, region.authority, 'procurement'), 'member');
    seat(t, keyPerson(people, region.insurance, 'director'), 'member');
    seat(t, keyPerson(people, region.administration, 'policy'), 'member');
    seat(t, keyPerson(people, region.hospitals[0] ?? -1, 'procurement'), 'member', rng.chance(0.5));
    seat(t, pharmacologists[0] ?? -1, 'expert');
    seat(t, kol(1), 'expert');

    const b = region.programBoard;
    seat(b, keyPerson(people, region.administration, 'governor'), 'chair');
    seat(b, pickStaff(region.administration), 'secretary');
    seat(b, keyPerson(people, region.insurance, 'director'), 'member');
    seat(b, keyPerson(people, region.authority, 'drug'), 'member');
    seat(b, keyPerson(people, region.authority, 'minister'), 'member');
    seat(b, kol(0), 'expert');

    const s = region.societyBoard;
    seat(s, haematologyChair >= 0 ? haematologyChair : kol(1), 'chair');
    seat(s, keyPerson(people, region.society, 'secretary'), 'secretary');
    for (let k = 0; k < Math.min(kols.length, 6); k++) seat(s, kol(k), 'member');

    region.hospitals.forEach((h, k) => {
      const c = region.hospitalCommittees[k] as number;
      seat(c, keyPerson(people, h, 'deputy'), 'chair');
      seat(c, keyPerson(people, h, 'pharmacologist'), 'secretary');
      seat(c, keyPerson(people, h, 'procurement'), 'member');
      for (const d of region.departments[k] ?? []) seat(c, keyPerson(people, d, 'head'), 'member');
      const pharmacist = inst(h).members.find((p) => people.category[p] === 'pharmacist');
      if (pharmacist !== undefined) seat(c, pharmacist, 'expert');
    });

    // Former members: a couple per committee, drawn from the region's senior people.
    const senior = seniorPeople(people, region);
    for (const c of [f, t, b, s, ...region.hospitalCommittees]) {
      for (const p of rng.sample(senior, rng.range(1, 2))) formerSeat(c, p);
    }
  }
  return memberships;
}

function seniorPeople(people: People, region: Region): number[] {
  const out: number[] = [];
  for (let p = region.firstPerson; p < region.firstPerson + region.people; p++) {
    if (people.influential[p]) out.push(p);
  }
  return out;
}
