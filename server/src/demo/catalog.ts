/**
 * The national layer: therapeutic areas, our company, two competitors and their
 * products. Tenders are run by INN, so competitors deliberately make biosimilars of the
 * same INNs as ours: that is what makes a tender a contest.
 */
import type { DemoContext } from './context.js';

export interface Area {
  id: string;
  name: string;
}

export interface Company {
  id: string;
  name: string;
  ours: boolean;
}

export interface Product {
  id: string;
  company: number;
  area: number;
  inn: string;
  ours: boolean;
}

export interface Catalog {
  areas: Area[];
  companies: Company[];
  products: Product[];
  /** Products per INN, for tender lots and programme lists. */
  byInn: Map<string, number[]>;
  /** Areas we sell in, so our KAMs' influence domains lean there. */
  ourAreas: number[];
}

const AREAS = [
  { slug: 'oncology', name: 'Oncology', code: 'ONC' },
  { slug: 'haematology', name: 'Haematology', code: 'HEM' },
  { slug: 'rheumatology', name: 'Rheumatology', code: 'RHE' },
  { slug: 'diabetes', name: 'Diabetes and Endocrinology', code: 'END' },
  { slug: 'cardiology', name: 'Cardiology', code: 'CAR' },
] as const;
export type AreaSlug = (typeof AREAS)[number]['slug'];

export function areaIndex(slug: AreaSlug): number {
  return AREAS.findIndex((a) => a.slug === slug);
}

const COMPANIES = [
  { id: 'company-ours', name: 'Lumera Pharma', ours: true },
  { id: 'company-veridian', name: 'Veridian Pharma', ours: false },
  { id: 'company-nordhaven', name: 'Nordhaven Therapeutics', ours: false },
] as const;

interface ProductSpec {
  company: number;
  area: AreaSlug;
  inn: string;
  brand: string;
  form: string;
  sku: string;
}

const PRODUCTS: readonly ProductSpec[] = [
  { company: 0, area: 'oncology', inn: 'trastuzumab', brand: 'Lumatrex', form: 'lyophilisate for infusion 150 mg', sku: 'LMX-150' },
  { company: 0, area: 'oncology', inn: 'bevacizumab', brand: 'Vasoleva', form: 'concentrate for infusion 100 mg/4 ml', sku: 'VSL-100' },
  { company: 0, area: 'haematology', inn: 'rituximab', brand: 'Rituvera', form: 'concentrate for infusion 500 mg/50 ml', sku: 'RTV-500' },
  { company: 0, area: 'haematology', inn: 'bortezomib', brand: 'Bortelum', form: 'powder for injection 3.5 mg', sku: 'BTL-35' },
  { company: 0, area: 'rheumatology', inn: 'adalimumab', brand: 'Adalira', form: 'pre-filled syringe 40 mg/0.4 ml', sku: 'ADL-40' },
  { company: 1, area: 'oncology', inn: 'trastuzumab', brand: 'Trastiva', form: 'lyophilisate for infusion 150 mg', sku: 'TRV-150' },
  { company: 1, area: 'oncology', inn: 'bevacizumab', brand: 'Bevanor', form: 'concentrate for infusion 400 mg/16 ml', sku: 'BVN-400' },
  { company: 1, area: 'diabetes', inn: 'insulin glargine', brand: 'Glarvia', form: 'pen 100 U/ml, 3 ml', sku: 'GLV-300' },
  { company: 1, area: 'diabetes', inn: 'liraglutide', brand: 'Liravex', form: 'pen 6 mg/ml, 3 ml', sku: 'LRX-18' },
  { company: 1, area: 'haematology', inn: 'bortezomib', brand: 'Velbora', form: 'powder for injection 3.5 mg', sku: 'VLB-35' },
  { company: 2, area: 'rheumatology', inn: 'adalimumab', brand: 'Hadralim', form: 'pre-filled pen 40 mg/0.8 ml', sku: 'HDL-40' },
  { company: 2, area: 'rheumatology', inn: 'etanercept', brand: 'Etanorv', form: 'pre-filled syringe 50 mg', sku: 'ETN-50' },
  { company: 2, area: 'haematology', inn: 'rituximab', brand: 'Ritunor', form: 'concentrate for infusion 500 mg/50 ml', sku: 'RTN-500' },
  { company: 2, area: 'cardiology', inn: 'enoxaparin', brand: 'Enoxahav', form: 'pre-filled syringe 4000 IU/0.4 ml', sku: 'ENX-40' },
  { company: 2, area: 'cardiology', inn: 'rivaroxaban', brand: 'Rivaxen', form: 'film-coated tablets 20 mg x 28', sku: 'RVX-20' },
];

export function buildCatalog(ctx: Pick<DemoContext, 'builder' | 'frame'>): Catalog {
  const { builder } = ctx;
  // Names as the country writes them (country pack demo.catalog); ids and INNs stay international.
  const local = ctx.frame.catalog;
  const areas = AREAS.map((a) => {
    const id = `area-${a.slug}`;
    const name = local?.areas[a.slug] ?? a.name;
    builder.addNode(id, 'TherapeuticArea', name, { code: a.code });
    return { id, name };
  });

  const companies = COMPANIES.map((c) => {
    builder.addNode(c.id, 'Institution', c.name, {
      kind: 'company',
      city: local?.companyCity ?? 'Vila Real',
      ours: c.ours,
      competitor: !c.ours,
    });
    return { id: c.id, name: c.name, ours: c.ours };
  });

  const byInn = new Map<string, number[]>();
  const products = PRODUCTS.map((p, index) => {
    const company = COMPANIES[p.company] as (typeof COMPANIES)[number];
    const slug = p.inn.replace(/\s+/g, '-');
    const id = `product-${company.id.replace('company-', '')}-${slug}`;
    const ours = company.ours;
    const form = local?.forms[p.form] ?? p.form;
    builder.addNode(id, 'Product', `${p.brand} (${p.inn}) ${form}`, { inn: p.inn, form, sku: p.sku, ours });
    const area = areaIndex(p.area);
    builder.addTie(company.id, 'MAKES', id);
    builder.addTie(id, 'IN_AREA', (areas[area] as Area).id);
    const list = byInn.get(p.inn) ?? [];
    list.push(index);
    byInn.set(p.inn, list);
    return { id, company: p.company, area, inn: p.inn, ours };
  });

  const ourAreas = [...new Set(products.filter((p) => p.ours).map((p) => p.area))];
  return { areas, companies, products, byInn, ourAreas };
}
