/**
 * The institutional skeleton of each region: territory, health authority and its
 * committees, insurance fund, administration, hospitals with departments, clinics,
 * pharmacy chains with outlets, distributors, warehouse, university and society.
 * People are hung on this frame later; nothing here knows about persons.
 */
import type { DemoFrame } from '../modules/country/pack.js';
import type { InstitutionKind } from '../modules/graph/model.js';
import { areaIndex, type AreaSlug } from './catalog.js';
import type { DemoContext } from './context.js';
import { fill } from './text-pools.js';
import { regionName } from './name-pools.js';
import type { Rng } from './prng.js';

export interface Institution {
  index: number;
  id: string;
  name: string;
  /**
   * Its part in the generator's frame (hospital, health authority, warehouse...): what
   * decides who works there. The kind stored in the graph is the country pack's word for
   * that part (a Portuguese hospital is a local_health_unit).
   */
  kind: InstitutionKind;
  region: number;
  parent: number;
  city: string;
  /** Therapeutic area of a department (drives influence domains), else -1. */
  area: number;
  specialty: string | undefined;
  /** Person indices whose current main job is here. */
  members: number[];
  head: number;
  /** Whom ordinary staff report to when that is not the head (e.g. head of procurement). */
  lead: number;
  /** Whom heads of child units (departments, outlets) report to. */
  childLead: number;
  /**
   * A competitor's regional field team: a workplace for the generator, but its staff
   * WORKS_AT the company node itself so the graph holds exactly one node per competitor.
   */
  office: boolean;
}

export interface Committee {
  index: number;
  id: string;
  name: string;
  kind: string;
  region: number;
  institution: number;
}

export interface Region {
  index: number;
  slug: string;
  name: string;
  territoryId: string;
  locale: number;
  cities: string[];
  people: number;
  firstPerson: number;
  authority: number;
  insurance: number;
  administration: number;
  warehouse: number;
  university: number;
  society: number;
  hospitals: number[];
  /** Departments per hospital, same order as `hospitals`. */
  departments: number[][];
  clinics: number[];
  chains: number[];
  outlets: number[][];
  distributors: number[];
  /** One field team per competitor company. */
  competitorOffices: number[];
  formulary: number;
  tenderCommission: number;
  programBoard: number;
  societyBoard: number;
  hospitalCommittees: number[];
}

export interface Skeleton {
  regions: Region[];
  institutions: Institution[];
  committees: Committee[];
}

/** The departments a hospital may have; their names are the country pack's, in this order. */
const DEPARTMENTS: readonly { specialty: string; area: AreaSlug }[] = [
  { specialty: 'oncology', area: 'oncology' },
  { specialty: 'haematology', area: 'haematology' },
  { specialty: 'rheumatology', area: 'rheumatology' },
  { specialty: 'cardiology', area: 'cardiology' },
  { specialty: 'endocrinology', area: 'diabetes' },
  { specialty: 'oncology', area: 'oncology' },
  { specialty: 'internal medicine', area: 'cardiology' },
  { specialty: 'haematology', area: 'haematology' },
];

/**
 * The country pack's demo regions (three for Portugal and Brazil at 300 people, one for the
 * generic pack), at least a hundred people each, and one more per 2,000 people beyond.
 */
export function regionCount(people: number, frame: Pick<DemoFrame, 'defaultRegions'>): number {
  return Math.max(1, Math.min(frame.defaultRegions, Math.floor(people / 100)), Math.round(people / 2000));
}

/** The country's own territory, which its regions are part of (none for the generic pack). */
export function countryTerritoryId(frame: DemoFrame): string | null {
  return frame.national.length > 0 ? `territory-${frame.country.code.toLowerCase()}` : null;
}

export function buildSkeleton(ctx: Pick<DemoContext, 'builder' | 'catalog' | 'personCount' | 'frame'>, rng: Rng): Skeleton {
  const { builder, catalog, personCount: totalPeople, frame } = ctx;
  const names = frame.institutions;
  const storedKind = (slot: InstitutionKind): InstitutionKind => {
    switch (slot) {
      case 'health_authority': return names.authority.kind;
      case 'insurance_fund': return names.payer.kind;
      case 'regional_administration': return names.administration.kind;
      case 'university': return names.university.kind;
      case 'society': return names.society.kind;
      case 'state_warehouse': return names.warehouse.kind;
      case 'hospital': return names.hospital.kind;
      case 'clinic': return names.clinic.kind;
      default: return slot;
    }
  };
  const country = countryTerritoryId(frame);
  if (country) {
    builder.addNode(country, 'Territory', frame.country.name, { code: frame.country.code, level: 'country' });
    for (const n of frame.national) {
      builder.addNode(n.id, 'Institution', n.name, { kind: n.kind });
      builder.addTie(n.id, 'LOCATED_IN', country);
    }
  }
  const institutions: Institution[] = [];
  const committees: Committee[] = [];
  const regions: Region[] = [];
  const count = regionCount(totalPeople, frame);
  let firstPerson = 0;

  const addInstitution = (
    region: Region,
    id: string,
    kind: InstitutionKind,
    name: string,
    city: string,
    parent = -1,
    department?: (typeof DEPARTMENTS)[number],
  ): number => {
    const index = institutions.length;
    institutions.push({
      index, id, name, kind, region: region.index, parent, city,
      area: department ? areaIndex(department.area) : -1,
      specialty: department?.specialty,
      members: [], head: -1, lead: -1, childLead: -1, office: false,
    });
    builder.addNode(id, 'Institution', name, { kind: storedKind(kind), city });
    builder.addTie(id, 'LOCATED_IN', region.territoryId);
    if (parent >= 0) builder.addTie(id, 'PART_OF', (institutions[parent] as Institution).id);
    return index;
  };

  const addCommittee = (region: Region, suffix: string, kind: string, name: string, institution: number, description: string): number => {
    const index = committees.length;
    const owner = institutions[institution] as Institution;
    const id = `committee-${suffix}`;
    committees.push({ index, id, name, kind, region: region.index, institution });
    builder.addNode(id, 'Committee', name, { kind, description });
    builder.addTie(id, 'PART_OF', owner.id);
    builder.addTie(id, 'LOCATED_IN', region.territoryId);
    return index;
  };

  for (let r = 0; r < count; r++) {
    const label = regionName(r, frame.regions);
    const people = Math.floor(totalPeople / count) + (r < totalPeople % count ? 1 : 0);
    const locale = r % frame.people.locales.length;
    const cities = rng.sample(label.cities, 3);
    const hoods = names.neighbourhoods;
    const capital = cities[0] as string;
    const at = { region: label.name, capital };
    const region: Region = {
      index: r, slug: label.slug, name: label.name, territoryId: `territory-${label.slug}`, locale, cities, people,
      firstPerson, authority: -1, insurance: -1, administration: -1, warehouse: -1, university: -1, society: -1,
      hospitals: [], departments: [], clinics: [], chains: [], outlets: [], distributors: [], competitorOffices: [],
      formulary: -1, tenderCommission: -1, programBoard: -1, societyBoard: -1, hospitalCommittees: [],
    };
    firstPerson += people;
    regions.push(region);
    builder.addNode(region.territoryId, 'Territory', label.name, { code: label.code, level: 'region' });
    if (country) builder.addTie(region.territoryId, 'PART_OF', country);
    if (r === 0) {
      // Companies are national; their head offices sit in the home territory so that
      // every institution is located somewhere without inventing a national territory.
      for (const company of catalog.companies) builder.addTie(company.id, 'LOCATED_IN', region.territoryId);
    }

    const s = label.slug;
    region.authority = addInstitution(region, `authority-${s}`, 'health_authority', fill(names.authority.name, at), capital);
    region.insurance = addInstitution(region, `insurance-${s}`, 'insurance_fund', fill(names.payer.name, at), capital);
    region.administration = addInstitution(region, `administration-${s}`, 'regional_administration', fill(names.administration.name, at), capital);
    region.university = addInstitution(region, `university-${s}`, 'university', fill(names.university.name, at), capital);
    region.society = addInstitution(region, `society-${s}`, 'society', fill(names.society.name, at), capital);
    region.warehouse = addInstitution(region, `warehouse-${s}`, 'state_warehouse', fill(names.warehouse.name, at), capital);

    // Hospital count grows with the region: 3 at a few hundred people, 5 from ~2,000.
    const hospitalCount = Math.min(5, 3 + Math.floor(people / 1000));
    const hospitalNames = rng.sample(names.hospital.names, names.hospital.names.length);
    for (let h = 0; h < hospitalCount; h++) {
      const city = h < 2 ? capital : rng.pick(cities);
      const template = h === 0 ? names.hospital.flagship : (hospitalNames[h - 1] as string);
      const name = fill(template, { ...at, city, n: String(h + 1) });
      const hospital = addInstitution(region, `hospital-${s}-${h + 1}`, 'hospital', name, city);
      region.hospitals.push(hospital);
      // The flagship hospital is the teaching hospital with every specialty.
      const picked = h === 0
        ? DEPARTMENTS.map((d, k) => ({ d, k })).slice(0, people >= 1000 ? DEPARTMENTS.length : 6)
        : rng.sample(DEPARTMENTS.slice(0, 7).map((d, k) => ({ d, k })), rng.range(4, 6));
      region.departments.push(picked.map(({ d, k: which }, k) =>
        addInstitution(region, `department-${s}-${h + 1}-${k + 1}`, 'department', `${names.departments[which] as string}, ${name}`, city, hospital, d)));
      const committee = frame.committees.hospital;
      region.hospitalCommittees.push(addCommittee(region, `hospital-${s}-${h + 1}-formulary`, committee.kind,
        fill(committee.name, { ...at, hospital: name }), hospital, committee.description));
    }

    const clinicCount = Math.max(1, Math.floor(people / 300));
    for (let c = 0; c < clinicCount; c++) {
      const city = cities[c % cities.length] as string;
      const template = names.clinic.names[c % names.clinic.names.length] as string;
      const name = fill(template, { ...at, city, hood: hoods[c % hoods.length] as string, n: String(c + 1) });
      region.clinics.push(addInstitution(region, `clinic-${s}-${c + 1}`, 'clinic', name, city));
    }

    const outletCount = Math.max(2, Math.min(16, Math.round(people / 150)));
    const chainNames = rng.sample(names.chains, 2).map((n) => fill(n, at));
    chainNames.forEach((chainName, c) => {
      const chain = addInstitution(region, `chain-${s}-${c + 1}`, 'pharmacy_chain', chainName, capital);
      region.chains.push(chain);
      const outlets: number[] = [];
      for (let o = 0; o < outletCount; o++) {
        const hood = hoods[(o + c * 7) % hoods.length] as string;
        const suffix = o >= hoods.length ? ` ${Math.floor(o / hoods.length) + 1}` : '';
        const city = o % 3 === 2 ? rng.pick(cities) : capital;
        const name = `${fill(names.pharmacy, { ...at, chain: chainName, hood })}${suffix}`;
        outlets.push(addInstitution(region, `pharmacy-${s}-${c + 1}-${o + 1}`, 'pharmacy', name, city, chain));
      }
      region.outlets.push(outlets);
    });

    rng.sample(names.distributors, 2).forEach((name, d) => {
      region.distributors.push(addInstitution(region, `distributor-${s}-${d + 1}`, 'distributor', fill(name, at), capital));
    });

    for (const company of catalog.companies) {
      if (company.ours) continue; // our own field force are User nodes, not people in the graph
      const index = institutions.length;
      institutions.push({
        index, id: company.id, name: `${company.name}, ${label.name}`, kind: 'company', region: r, parent: -1,
        city: capital, area: -1, specialty: undefined, members: [], head: -1, lead: -1, childLead: -1, office: true,
      });
      region.competitorOffices.push(index);
    }

    const c = frame.committees;
    region.formulary = addCommittee(region, `${s}-formulary`, c.formulary.kind, fill(c.formulary.name, at), region.authority, c.formulary.description);
    region.tenderCommission = addCommittee(region, `${s}-tender`, c.tender.kind, fill(c.tender.name, at), region.authority, c.tender.description);
    region.programBoard = addCommittee(region, `${s}-program-board`, c.programBoard.kind, fill(c.programBoard.name, at), region.administration, c.programBoard.description);
    region.societyBoard = addCommittee(region, `${s}-society-board`, c.societyBoard.kind, fill(c.societyBoard.name, at), region.society, c.societyBoard.description);
  }
  return { regions, institutions, committees };
}
