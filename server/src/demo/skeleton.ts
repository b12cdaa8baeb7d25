/**
 * The institutional skeleton of each region: territory, health authority and its
 * committees, insurance fund, administration, hospitals with departments, clinics,
 * pharmacy chains with outlets, distributors, warehouse, university and society.
 * People are hung on this frame later; nothing here knows about persons.
 */
import type { InstitutionKind } from '../modules/graph/model.js';
import { areaIndex, type AreaSlug } from './catalog.js';
import type { DemoContext } from './context.js';
import {
  CITIES,
  DISTRIBUTOR_NAMES,
  GENERIC_HOSPITAL_NAMES,
  HOSPITAL_NAMES,
  LOCALES,
  NEIGHBOURHOODS,
  PHARMACY_CHAIN_NAMES,
  regionName,
} from './name-pools.js';
import type { Rng } from './prng.js';

export interface Institution {
  index: number;
  id: string;
  name: string;
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

const DEPARTMENTS: readonly { name: string; specialty: string; area: AreaSlug }[] = [
  { name: 'Oncology Department', specialty: 'oncology', area: 'oncology' },
  { name: 'Haematology Department', specialty: 'haematology', area: 'haematology' },
  { name: 'Rheumatology Department', specialty: 'rheumatology', area: 'rheumatology' },
  { name: 'Cardiology Department', specialty: 'cardiology', area: 'cardiology' },
  { name: 'Endocrinology Department', specialty: 'endocrinology', area: 'diabetes' },
  { name: 'Chemotherapy Day Unit', specialty: 'oncology', area: 'oncology' },
  { name: 'Internal Medicine Department', specialty: 'internal medicine', area: 'cardiology' },
  { name: 'Bone Marrow Transplant Unit', specialty: 'haematology', area: 'haematology' },
];

/** About one region per 2,000 people; a 300-person demo is one region, territory-north. */
export function regionCount(people: number): number {
  return Math.max(1, Math.round(people / 2000));
}

export function buildSkeleton(ctx: Pick<DemoContext, 'builder' | 'catalog' | 'personCount'>, rng: Rng): Skeleton {
  const { builder, catalog, personCount: totalPeople } = ctx;
  const institutions: Institution[] = [];
  const committees: Committee[] = [];
  const regions: Region[] = [];
  const count = regionCount(totalPeople);
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
    builder.addNode(id, 'Institution', name, { kind, city });
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
    const label = regionName(r);
    const people = Math.floor(totalPeople / count) + (r < totalPeople % count ? 1 : 0);
    // The home region is Portuguese/Brazilian-named; others rotate through the locales.
    const locale = r % LOCALES.length;
    const localeCode = (LOCALES[locale] as (typeof LOCALES)[number]).code;
    const cities = rng.sample(CITIES[localeCode] ?? [], 3);
    const hoods = NEIGHBOURHOODS[localeCode] ?? (NEIGHBOURHOODS.other as readonly string[]);
    const capital = cities[0] as string;
    const region: Region = {
      index: r, slug: label.slug, name: label.name, territoryId: `territory-${label.slug}`, locale, cities, people,
      firstPerson, authority: -1, insurance: -1, administration: -1, warehouse: -1, university: -1, society: -1,
      hospitals: [], departments: [], clinics: [], chains: [], outlets: [], distributors: [], competitorOffices: [],
      formulary: -1, tenderCommission: -1, programBoard: -1, societyBoard: -1, hospitalCommittees: [],
    };
    firstPerson += people;
    regions.push(region);
    builder.addNode(region.territoryId, 'Territory', label.name, { code: label.code, level: 'region' });
    if (r === 0) {
      // Companies are national; their head offices sit in the home territory so that
      // every institution is located somewhere without inventing a national territory.
      for (const company of catalog.companies) builder.addTie(company.id, 'LOCATED_IN', region.territoryId);
    }

    const s = label.slug;
    region.authority = addInstitution(region, `authority-${s}`, 'health_authority', `Regional Ministry of Health, ${label.name}`, capital);
    region.insurance = addInstitution(region, `insurance-${s}`, 'insurance_fund', `Territorial Medical Insurance Fund, ${label.name}`, capital);
    region.administration = addInstitution(region, `administration-${s}`, 'regional_administration', `Administration of the ${label.name}`, capital);
    region.university = addInstitution(region, `university-${s}`, 'university', `State Medical University of ${capital}`, capital);
    region.society = addInstitution(region, `society-${s}`, 'society', `${label.name} Society of Oncology and Haematology`, capital);
    region.warehouse = addInstitution(region, `warehouse-${s}`, 'state_warehouse', `Regional Pharmaceutical Warehouse, ${capital}`, capital);

    // Hospital count grows with the region: 3 at a few hundred people, 5 from ~2,000.
    const hospitalCount = Math.min(5, 3 + Math.floor(people / 1000));
    const hospitalNames = [
      ...rng.sample(HOSPITAL_NAMES[localeCode] ?? [], 3),
      ...rng.sample(GENERIC_HOSPITAL_NAMES, GENERIC_HOSPITAL_NAMES.length),
    ];
    for (let h = 0; h < hospitalCount; h++) {
      const name = h === 0
        ? 'Regional Clinical Hospital No. 1'
        : (hospitalNames[h - 1] ?? `City Clinical Hospital No. {n}`).replace('{n}', String(h + 1));
      const city = h < 2 ? capital : rng.pick(cities);
      const hospital = addInstitution(region, `hospital-${s}-${h + 1}`, 'hospital', name, city);
      region.hospitals.push(hospital);
      // The flagship hospital is the teaching hospital with every specialty.
      const specs = h === 0
        ? DEPARTMENTS.slice(0, people >= 1000 ? DEPARTMENTS.length : 6)
        : rng.sample(DEPARTMENTS.slice(0, 7), rng.range(4, 6));
      region.departments.push(specs.map((d, k) =>
        addInstitution(region, `department-${s}-${h + 1}-${k + 1}`, 'department', `${d.name}, ${name}`, city, hospital, d)));
      region.hospitalCommittees.push(addCommittee(region, `hospital-${s}-${h + 1}-formulary`, 'hospital_formulary',
        `Drug and Therapeutics Committee, ${name}`, hospital,
        'Decides which medicines the hospital lists and buys; reviews requests from departments.'));
    }

    const clinicCount = Math.max(1, Math.floor(people / 300));
    for (let c = 0; c < clinicCount; c++) {
      const city = cities[c % cities.length] as string;
      const name = c % 2 === 0 ? `City Polyclinic No. ${c + 1}` : `${city} Outpatient Centre`;
      region.clinics.push(addInstitution(region, `clinic-${s}-${c + 1}`, 'clinic', name, city));
    }

    const outletCount = Math.max(2, Math.min(16, Math.round(people / 150)));
    const chainNames = rng.sample(PHARMACY_CHAIN_NAMES, 2);
    chainNames.forEach((chainName, c) => {
      const chain = addInstitution(region, `chain-${s}-${c + 1}`, 'pharmacy_chain', chainName, capital);
      region.chains.push(chain);
      const outlets: number[] = [];
      for (let o = 0; o < outletCount; o++) {
        const hood = hoods[(o + c * 7) % hoods.length] as string;
        const suffix = o >= hoods.length ? ` ${Math.floor(o / hoods.length) + 1}` : '';
        const city = o % 3 === 2 ? rng.pick(cities) : capital;
        outlets.push(addInstitution(region, `pharmacy-${s}-${c + 1}-${o + 1}`, 'pharmacy', `${chainName}, ${hood}${suffix}`, city, chain));
      }
      region.outlets.push(outlets);
    });

    rng.sample(DISTRIBUTOR_NAMES, 2).forEach((name, d) => {
      region.distributors.push(addInstitution(region, `distributor-${s}-${d + 1}`, 'distributor', `${name}, ${capital} branch`, capital));
    });

    for (const company of catalog.companies) {
      if (company.ours) continue; // our own field force are User nodes, not people in the graph
      const index = institutions.length;
      institutions.push({
        index, id: company.id, name: `${company.name}, ${label.name} field team`, kind: 'company', region: r, parent: -1,
        city: capital, area: -1, specialty: undefined, members: [], head: -1, lead: -1, childLead: -1, office: true,
      });
      region.competitorOffices.push(index);
    }

    region.formulary = addCommittee(region, `${s}-formulary`, 'formulary', `Regional Formulary Committee, ${label.name}`,
      region.authority, 'Maintains the regional formulary and reviews inclusion requests for benefit programmes.');
    region.tenderCommission = addCommittee(region, `${s}-tender`, 'tender_commission', `Regional Tender Commission, ${label.name}`,
      region.authority, 'Drafts tender specifications, evaluates bids and awards regional drug supply tenders.');
    region.programBoard = addCommittee(region, `${s}-program-board`, 'program_board', `Regional Drug Benefit Programme Board, ${label.name}`,
      region.administration, 'Sets the regional benefit and target programme lists and their budgets.');
    region.societyBoard = addCommittee(region, `${s}-society-board`, 'society_board', `Board of the ${label.name} Society of Oncology and Haematology`,
      region.society, 'Runs the society, its guidelines working group and its annual conference.');
  }
  return { regions, institutions, committees };
}
