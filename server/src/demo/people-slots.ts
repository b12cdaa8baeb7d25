/**
 * Who works where: the named positions every institution has (minister, chief
 * physician, head of procurement...) and the ordinary staff mix that fills the rest of
 * a region. Pure data plus the deterministic share-out of head counts.
 */
import type { InstitutionKind, PERSON_CATEGORIES } from '../modules/graph/model.js';

export type Category = (typeof PERSON_CATEGORIES)[number];

export interface KeySlot {
  /** Stable role key, looked up later as `${institution}|${role}` (committees, tenders). */
  role: string;
  position: string;
  category: Category;
  head?: boolean;
  /** Ordinary staff of the institution report to this person instead of the head. */
  lead?: boolean;
  /** Heads of child units (departments, outlets) report to this person. */
  childLead?: boolean;
  title?: string;
  specialty?: string;
  /** Preferential-attachment weight: how strongly this person attracts influence ties. */
  weight: number;
}

export const KEY_SLOTS: Readonly<Partial<Record<InstitutionKind, readonly KeySlot[]>>> = {
  health_authority: [
    { role: 'minister', position: 'Minister of Health', category: 'official', head: true, title: 'Dr.', specialty: 'public health', weight: 7 },
    { role: 'deputy', position: 'Deputy Minister of Health', category: 'official', weight: 5, specialty: 'health economics' },
    { role: 'drug', position: 'Head of Drug Provision Department', category: 'official', lead: true, weight: 5, title: 'Dr.', specialty: 'clinical pharmacology' },
    { role: 'procurement', position: 'Head of Procurement Department', category: 'official', weight: 3 },
  ],
  insurance_fund: [
    { role: 'director', position: 'Director', category: 'official', head: true, weight: 4 },
    { role: 'expert', position: 'Head of Medical Expertise', category: 'official', lead: true, weight: 2, title: 'Dr.', specialty: 'health economics' },
  ],
  regional_administration: [
    { role: 'governor', position: 'Deputy Governor for Social Policy', category: 'vip', head: true, weight: 6 },
    { role: 'policy', position: 'Head of Health Policy Unit', category: 'official', lead: true, weight: 3 },
  ],
  hospital: [
    { role: 'chief', position: 'Chief Physician', category: 'vip', head: true, title: 'Dr.', weight: 6 },
    { role: 'deputy', position: 'Deputy Chief Physician for Medical Affairs', category: 'vip', childLead: true, title: 'Dr.', weight: 4 },
    { role: 'procurement', position: 'Head of Procurement', category: 'buyer', lead: true, weight: 2 },
    { role: 'pharmacologist', position: 'Clinical Pharmacologist', category: 'doctor', title: 'Dr.', specialty: 'clinical pharmacology', weight: 3 },
  ],
  department: [{ role: 'head', position: 'Head of Department', category: 'doctor', head: true, title: 'Dr.', weight: 3 }],
  clinic: [{ role: 'head', position: 'Clinic Director', category: 'vip', head: true, title: 'Dr.', specialty: 'general practice', weight: 3 }],
  university: [
    { role: 'rector', position: 'Rector', category: 'vip', head: true, title: 'Prof.', specialty: 'internal medicine', weight: 6 },
    { role: 'oncology', position: 'Head of the Chair of Oncology', category: 'kol', title: 'Prof.', specialty: 'oncology', weight: 10 },
    { role: 'haematology', position: 'Head of the Chair of Haematology', category: 'kol', title: 'Prof.', specialty: 'haematology', weight: 8 },
    { role: 'medicine', position: 'Head of the Chair of Internal Medicine', category: 'kol', title: 'Prof.', specialty: 'rheumatology', weight: 8 },
  ],
  society: [{ role: 'secretary', position: 'Executive Secretary', category: 'staff', head: true, weight: 1 }],
  pharmacy_chain: [
    { role: 'ceo', position: 'Chief Executive Officer', category: 'vip', head: true, weight: 4 },
    { role: 'category', position: 'Head of Category Management', category: 'buyer', weight: 2 },
    { role: 'purchasing', position: 'Head of Purchasing', category: 'buyer', lead: true, weight: 2 },
    { role: 'retail', position: 'Head of Retail Operations', category: 'staff', childLead: true, weight: 2 },
  ],
  pharmacy: [{ role: 'head', position: 'Pharmacy Manager', category: 'pharmacist', head: true, weight: 1 }],
  distributor: [
    { role: 'director', position: 'General Director', category: 'distributor_manager', head: true, weight: 3 },
    { role: 'accounts', position: 'Key Account Director', category: 'distributor_manager', lead: true, weight: 2 },
  ],
  state_warehouse: [{ role: 'director', position: 'Warehouse Director', category: 'official', head: true, weight: 2 }],
  company: [{ role: 'manager', position: 'Regional Manager', category: 'competitor_staff', lead: true, weight: 2 }],
};

export interface StaffTemplate {
  position: string;
  category: Category;
  share: number;
  title?: string;
  specialty?: string;
}

/** The ordinary staff mix per institution kind, and that kind's share of a region's people. */
export const STAFF_MIX: Readonly<Partial<Record<InstitutionKind, { share: number; templates: readonly StaffTemplate[] }>>> = {
  department: {
    share: 0.44,
    templates: [
      { position: 'Physician', category: 'doctor', share: 0.6, title: 'Dr.' },
      { position: 'Senior Physician', category: 'doctor', share: 0.15, title: 'Dr.' },
      { position: 'Resident Physician', category: 'doctor', share: 0.1, title: 'Dr.' },
      { position: 'Ward Nurse', category: 'staff', share: 0.15 },
    ],
  },
  hospital: {
    share: 0.04,
    templates: [
      { position: 'Procurement Specialist', category: 'buyer', share: 0.4 },
      { position: 'Hospital Pharmacist', category: 'pharmacist', share: 0.4, specialty: 'hospital pharmacy' },
      { position: 'Economist', category: 'staff', share: 0.2 },
    ],
  },
  clinic: {
    share: 0.1,
    templates: [
      { position: 'General Practitioner', category: 'doctor', share: 0.5, title: 'Dr.', specialty: 'general practice' },
      { position: 'Physician', category: 'doctor', share: 0.4, title: 'Dr.' },
      { position: 'Nurse', category: 'staff', share: 0.1 },
    ],
  },
  pharmacy: {
    share: 0.17,
    templates: [
      { position: 'Pharmacist', category: 'pharmacist', share: 0.85, specialty: 'pharmacy' },
      { position: 'Pharmacy Assistant', category: 'staff', share: 0.15 },
    ],
  },
  pharmacy_chain: {
    share: 0.03,
    templates: [
      { position: 'Category Manager', category: 'buyer', share: 0.5 },
      { position: 'Purchasing Specialist', category: 'buyer', share: 0.3 },
      { position: 'Marketing Manager', category: 'staff', share: 0.2 },
    ],
  },
  health_authority: {
    share: 0.05,
    templates: [
      { position: 'Chief Specialist', category: 'official', share: 0.5 },
      { position: 'Consultant', category: 'official', share: 0.3 },
      { position: 'Procurement Officer', category: 'official', share: 0.2 },
    ],
  },
  insurance_fund: {
    share: 0.02,
    templates: [
      { position: 'Medical Expert', category: 'official', share: 0.6, title: 'Dr.' },
      { position: 'Economist', category: 'official', share: 0.4, specialty: 'health economics' },
    ],
  },
  regional_administration: { share: 0.02, templates: [{ position: 'Advisor', category: 'official', share: 1 }] },
  distributor: {
    share: 0.04,
    templates: [
      { position: 'Sales Manager', category: 'distributor_manager', share: 0.5 },
      { position: 'Account Manager', category: 'distributor_manager', share: 0.3 },
      { position: 'Logistics Specialist', category: 'staff', share: 0.2 },
    ],
  },
  state_warehouse: { share: 0.01, templates: [{ position: 'Inventory Specialist', category: 'staff', share: 1 }] },
  university: {
    share: 0.04,
    templates: [
      { position: 'Associate Professor', category: 'doctor', share: 0.3, title: 'Prof.' },
      { position: 'Lecturer', category: 'doctor', share: 0.5, title: 'Dr.' },
      { position: 'Researcher', category: 'staff', share: 0.2 },
    ],
  },
  society: { share: 0.005, templates: [{ position: 'Programme Coordinator', category: 'staff', share: 1 }] },
  company: {
    share: 0.035,
    templates: [
      { position: 'Medical Representative', category: 'competitor_staff', share: 0.7 },
      { position: 'Key Account Manager', category: 'competitor_staff', share: 0.3 },
    ],
  },
};

/** The position someone held at a previous employer of this kind. */
export const FORMER_POSITION: Readonly<Partial<Record<InstitutionKind, string>>> = {
  department: 'Physician',
  hospital: 'Physician',
  clinic: 'Physician',
  pharmacy: 'Pharmacist',
  pharmacy_chain: 'Purchasing Specialist',
  health_authority: 'Chief Specialist',
  insurance_fund: 'Medical Expert',
  regional_administration: 'Advisor',
  distributor: 'Sales Manager',
  state_warehouse: 'Inventory Specialist',
  university: 'Lecturer',
  society: 'Programme Coordinator',
  company: 'Medical Representative',
};

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder), so
 * the people count comes out exact and the split is deterministic.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const i = (order[k] as { i: number }).i;
    parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}
