/**
 * Tenders and programmes. Each region's health authority issues two or three tenders
 * whose dates lie ahead (one about nine months out: the article's preparation horizon),
 * drafted by the tender commission and one or two specification authors, with a
 * decision group around each. Programmes list products for regional benefit, regional
 * target and federal supply.
 */
import type { DECISION_ROLES } from '../modules/graph/model.js';
import type { Catalog } from './catalog.js';
import type { DemoContext } from './context.js';
import { keyPerson } from './people.js';
import type { Rng } from './prng.js';
import type { Institution, Region } from './skeleton.js';
import { NO_STANCE } from './stances.js';
import { fill } from './text-pools.js';

export type DecisionRole = (typeof DECISION_ROLES)[number];

const PREPARATION_DAYS = 270;

interface TenderPlan {
  area: string;
  lots: readonly { inn: string; quantity: number; unitPrice: number; unit: string }[];
  /** Days from today to the tender date. */
  daysOut: number;
}

const PLANS: readonly TenderPlan[] = [
  {
    area: 'area-oncology',
    lots: [
      { inn: 'trastuzumab', quantity: 4800, unitPrice: 310, unit: 'vials' },
      { inn: 'bevacizumab', quantity: 3600, unitPrice: 240, unit: 'vials' },
    ],
    daysOut: 270,
  },
  {
    area: 'area-haematology',
    lots: [
      { inn: 'rituximab', quantity: 2200, unitPrice: 520, unit: 'vials' },
      { inn: 'bortezomib', quantity: 1500, unitPrice: 380, unit: 'vials' },
    ],
    daysOut: 110,
  },
  {
    area: 'area-rheumatology',
    lots: [
      { inn: 'adalimumab', quantity: 26000, unitPrice: 95, unit: 'syringes' },
      { inn: 'etanercept', quantity: 9000, unitPrice: 110, unit: 'syringes' },
    ],
    daysOut: 330,
  },
];

/** 31200 -> "31,200" ("31 200" in Portuguese), without depending on the runtime's ICU data. */
function groupThousands(value: number, language: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, language.startsWith('pt') ? (language === 'pt-BR' ? '.' : ' ') : ',');
}

export interface TenderGroup {
  id: string;
  name: string;
  region: number;
  area: number;
  /** Lot INNs, in lot order. */
  inns: string[];
  members: Map<number, DecisionRole>;
}

export interface TenderResult {
  /** People holding a ROLE_IN any tender: every one of them gets a dossier. */
  decisionGroup: Set<number>;
  /** Every tender with its decision group, in id order per region. */
  tenders: TenderGroup[];
}

export function buildTenders(
  ctx: Pick<DemoContext, 'builder' | 'calendar' | 'catalog' | 'skeleton' | 'people' | 'memberships' | 'towardOurs' | 'pack' | 'frame'>,
  rng: Rng,
): TenderResult {
  const { builder, calendar, catalog, skeleton, people, pack, frame } = ctx;
  const { tenders: local } = frame;
  const decisionGroup = new Set<number>();
  const tenders: TenderGroup[] = [];
  const year = calendar.year + 1;
  const areaIndexOf = (id: string): number => catalog.areas.findIndex((a) => a.id === id);

  for (const region of skeleton.regions) {
    const count = region.people >= 250 ? 3 : 2;
    const scale = rng.score(0.6, 1.6);
    for (let k = 0; k < count; k++) {
      const plan = PLANS[k] as TenderPlan;
      const title = local.titles[k] as string;
      const daysOut = plan.daysOut + rng.range(-10, 10);
      const id = `tender-${region.slug}-${k + 1}`;
      const lots = plan.lots.map((lot) => ({ ...lot, quantity: Math.round((lot.quantity * scale) / 100) * 100 }));
      const value = Math.round(lots.reduce((sum, l) => sum + l.quantity * l.unitPrice * local.priceFactor, 0) / 1000) * 1000;
      const hospital = (skeleton.institutions[region.hospitals[0] ?? region.authority] as Institution).name;
      const specification = [
        ...lots.map((l, i) => fill(local.specification.lot, { n: i + 1, inn: l.inn, quantity: groupThousands(l.quantity, pack.language), unit: l.unit })),
        ...local.specification.rules.map((rule) => fill(rule, { hospital })),
      ].join(' ');
      builder.addNode(id, 'Tender', `${title}, ${year} (${region.name})`, {
        date: calendar.day(daysOut),
        value,
        currency: pack.currency,
        procedure: local.procedures[k] as string,
        status: daysOut > PREPARATION_DAYS ? 'planned' : daysOut <= 45 ? 'announced' : 'preparation',
        specification,
        preparationStart: calendar.day(daysOut - PREPARATION_DAYS),
      });
      builder.addTie(id, 'LOCATED_IN', region.territoryId);
      builder.addTie(id, 'IN_AREA', plan.area);
      builder.addTie((skeleton.institutions[region.authority] as Institution).id, 'ISSUES', id);
      builder.addTie((skeleton.committees[region.tenderCommission] as { id: string }).id, 'DRAFTS', id);

      const competing = new Set<number>();
      lots.forEach((lot, i) => {
        for (const product of catalog.byInn.get(lot.inn) ?? []) {
          const p = catalog.products[product] as Catalog['products'][number];
          builder.addTie(id, 'LOTS', p.id, { lot: i + 1, quantity: lot.quantity });
          competing.add(p.company);
        }
      });
      for (const company of competing) {
        builder.addTie((catalog.companies[company] as { id: string }).id, 'COMPETES_IN', id, { since: calendar.day(-rng.range(5, 120)) });
      }

      const area = areaIndexOf(plan.area);
      const group = decisionGroupFor(ctx, rng, region, area, k);
      tenders.push({
        id, name: `${title}, ${year} (${region.name})`, region: region.index, area, inns: lots.map((l) => l.inn), members: group,
      });
      for (const [person, role] of group) {
        decisionGroup.add(person);
        const personId = people.ids[person] as string;
        if (role === 'specification_author') builder.addTie(personId, 'DRAFTS', id, { since: calendar.day(-rng.range(5, 60)) });
        builder.addTie(personId, 'ROLE_IN', id, {
          role,
          since: calendar.day(-rng.range(5, 200)),
          confidence: rng.score(0.5, 0.95),
          source: 'KAM assessment',
        });
      }
    }
    buildPrograms(ctx, rng, region, year);
  }

  // National lists: everyone sees them (located in every region), drafted nowhere in the demo.
  frame.programs.national.forEach((program, k) => {
    const id = k === 0 && program.kind === 'federal_supply' ? `program-federal-supply-${year}` : `program-${program.kind.replace(/_/g, '-')}-${year}`;
    builder.addNode(id, 'Program', fill(program.name, { year }), { kind: program.kind, year });
    for (const region of skeleton.regions) builder.addTie(id, 'LOCATED_IN', region.territoryId);
    for (const product of rng.sample(catalog.products, 6)) {
      builder.addTie(id, 'INCLUDES', product.id, { since: calendar.day(-rng.range(30, 900)) });
    }
  });
  return { decisionGroup, tenders };
}

function decisionGroupFor(
  ctx: Pick<DemoContext, 'skeleton' | 'people' | 'memberships' | 'towardOurs'>,
  rng: Rng,
  region: Region,
  area: number,
  tenderIndex: number,
): Map<number, DecisionRole> {
  const { skeleton, people, memberships, towardOurs } = ctx;
  const group = new Map<number, DecisionRole>();
  const assign = (person: number | undefined, role: DecisionRole): void => {
    if (person === undefined || person < 0 || group.has(person)) return;
    group.set(person, role);
  };
  const commission = memberships[region.tenderCommission] ?? [];
  const seatOf = (role: string): number | undefined => commission.find((s) => s.role === role)?.person;
  const hospitalFor = (k: number): number => region.hospitals[k % region.hospitals.length] ?? -1;
  const areaHead = (h: number): number => {
    const k = region.hospitals.indexOf(h);
    const dept = (region.departments[k] ?? []).find((d) => (skeleton.institutions[d] as Institution).area === area);
    return dept === undefined ? -1 : keyPerson(people, dept, 'head');
  };
  const kols = people.kols[region.index] ?? [];
  const areaKols = kols.filter((p) => people.area[p] === area);

  assign(seatOf('chair') ?? keyPerson(people, region.authority, 'minister'), 'decision_maker');
  // Specification authors: the flagship's clinical pharmacologist and the head of the
  // department that will use the product; they shape what the tender asks for.
  assign(keyPerson(people, hospitalFor(0), 'pharmacologist'), 'specification_author');
  if (rng.chance(0.7)) assign(areaHead(hospitalFor(0)), 'specification_author');
  assign(seatOf('secretary'), 'gatekeeper');
  const fundDirector = keyPerson(people, region.insurance, 'director');
  const procurementHead = keyPerson(people, region.authority, 'procurement');
  assign(fundDirector >= 0 && rng.chance(0.5) ? fundDirector : procurementHead, 'financial_evaluator');
  assign(keyPerson(people, hospitalFor(1), 'pharmacologist'), 'technical_evaluator');
  assign(areaKols[0] ?? kols[tenderIndex], 'influencer');
  assign(areaHead(hospitalFor(1 + tenderIndex)), 'user');
  assign(keyPerson(people, region.authority, 'minister'), 'influencer');

  // Champion and blocker come from the people around the tender who already lean.
  const around = [...commission.map((s) => s.person), ...(memberships[region.formulary] ?? []).map((s) => s.person), ...kols];
  const leaning = (test: (value: number) => boolean): number | undefined => {
    const candidates = around.filter((p) => !group.has(p) && towardOurs[p] !== NO_STANCE && test(towardOurs[p] as number));
    return candidates.length > 0 ? rng.pick(candidates) : undefined;
  };
  assign(leaning((v) => v >= 1), 'champion');
  assign(leaning((v) => v <= -1), 'blocker');
  return group;
}

function buildPrograms(ctx: Pick<DemoContext, 'builder' | 'calendar' | 'catalog' | 'skeleton' | 'frame'>, rng: Rng, region: Region, year: number): void {
  const { builder, calendar, catalog, skeleton } = ctx;
  const [benefitKind, targetKind] = ctx.frame.programs.regional as [{ kind: string; name: string }, { kind: string; name: string }];
  const board = (skeleton.committees[region.programBoard] as { id: string }).id;
  const benefit = `program-${region.slug}-benefit-${year}`;
  builder.addNode(benefit, 'Program', fill(benefitKind.name, { year, region: region.name }), { kind: benefitKind.kind, year });
  const target = `program-${region.slug}-oncology-target-${year}`;
  builder.addNode(target, 'Program', fill(targetKind.name, { year, region: region.name }), { kind: targetKind.kind, year });
  for (const program of [benefit, target]) {
    builder.addTie(program, 'LOCATED_IN', region.territoryId);
    builder.addTie(board, 'DRAFTS', program);
  }
  for (const product of rng.sample(catalog.products, rng.range(4, 6))) {
    builder.addTie(benefit, 'INCLUDES', product.id, { since: calendar.day(-rng.range(30, 700)) });
  }
  for (const product of catalog.products.filter((p) => p.area === 0)) {
    // Recent inclusions make the programme list differ between "as of" dates.
    builder.addTie(target, 'INCLUDES', product.id, { since: calendar.day(-rng.range(10, 400)) });
  }
}
