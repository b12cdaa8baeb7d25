// How data becomes ink: stance colours, stage rings, node shapes and sizes, edge widths and
// the colours of lit answers. One place for the map's elements, its stylesheet, the legend
// and the side panels, so they can never disagree.
import { humanize } from '../format.js';

/** Our relationship stages, weakest first. */
export const STAGES = ['unknown', 'introduced', 'acquainted', 'loyal', 'advocate'] as const;
export type Stage = (typeof STAGES)[number];

/** The mean stance toward us, read to the nearest whole step (see stanceBucket). */
export const STANCE_BUCKETS = ['hostile', 'sceptical', 'neutral', 'favourable', 'advocate', 'unknown'] as const;
export type StanceBucket = (typeof STANCE_BUCKETS)[number];

/**
 * ColorBrewer PuOr (5 classes), a diverging scale that stays readable with the common
 * colour-vision deficiencies: orange leans to competitors, purple to us. Unknown is a mid
 * grey so it is not mistaken for the near-white "neutral".
 */
export const STANCE_COLOURS: Record<StanceBucket, string> = {
  hostile: '#e66101',
  sceptical: '#fdb863',
  neutral: '#f4f1ea',
  favourable: '#b2abd2',
  advocate: '#5e3c99',
  unknown: '#c4c7cc',
};

export const STANCE_LABELS: Record<StanceBucket, string> = {
  hostile: 'Competitor-leaning (−2)',
  sceptical: 'Sceptical (−1)',
  neutral: 'Neutral (0)',
  favourable: 'Favourable (+1)',
  advocate: 'Advocate (+2)',
  unknown: 'Unknown',
};

/** The mean stance is a float in -2..2; it is read to the nearest whole step. */
export function stanceBucket(stance: number | null | undefined): StanceBucket {
  if (stance === null || stance === undefined || Number.isNaN(stance)) return 'unknown';
  const step = Math.max(-2, Math.min(2, Math.round(stance)));
  return (['hostile', 'sceptical', 'neutral', 'favourable', 'advocate'] as const)[step + 2]!;
}

export type NodeShapeGroup = 'person' | 'care' | 'authority' | 'trade' | 'academia' | 'company' | 'committee' | 'tender';

/** Shape by what a node is; institution kinds are grouped so the legend stays short. */
export const SHAPE_OF: Record<NodeShapeGroup, string> = {
  person: 'ellipse',
  care: 'round-rectangle',
  authority: 'barrel',
  trade: 'cut-rectangle',
  academia: 'round-tag',
  company: 'star',
  committee: 'diamond',
  tender: 'hexagon',
};

export const SHAPE_LABELS: Record<NodeShapeGroup, string> = {
  person: 'Person',
  care: 'Hospital, clinic, department',
  authority: 'Authority, payer, administration',
  trade: 'Pharmacy, distributor, warehouse',
  academia: 'University, society',
  company: 'Company',
  committee: 'Committee',
  tender: 'Tender',
};

/** Fill of non-person nodes: muted so that people (coloured by stance) stand out. */
export const GROUP_FILL: Record<Exclude<NodeShapeGroup, 'person'>, string> = {
  care: '#d9e4ec',
  authority: '#dde3d5',
  trade: '#e6e0d4',
  academia: '#e3dcea',
  company: '#cfd6dd',
  committee: '#c9dedb',
  tender: '#f0d9c8',
};

const KIND_GROUP: Record<string, NodeShapeGroup> = {
  hospital: 'care',
  clinic: 'care',
  department: 'care',
  health_authority: 'authority',
  insurance_fund: 'authority',
  regional_administration: 'authority',
  pharmacy_chain: 'trade',
  pharmacy: 'trade',
  distributor: 'trade',
  state_warehouse: 'trade',
  university: 'academia',
  society: 'academia',
  company: 'company',
};

export function shapeGroup(label: string, kind: string | null | undefined): NodeShapeGroup {
  if (label === 'Person') return 'person';
  if (label === 'Committee') return 'committee';
  if (label === 'Tender') return 'tender';
  return KIND_GROUP[kind ?? ''] ?? 'care';
}

/** People: 18 px for the weakest to 64 px for the strongest, by area so power reads fairly. */
export function personSize(power: number | null | undefined): number {
  const p = Math.max(0, Math.min(1, power ?? 0));
  return Math.round(18 + 46 * Math.sqrt(p));
}

export const NODE_SIZE: Record<Exclude<NodeShapeGroup, 'person'>, number> = {
  care: 34,
  authority: 40,
  trade: 30,
  academia: 32,
  company: 40,
  committee: 40,
  tender: 44,
};

/** Our relationship stage as a ring: no ring when unknown, a thick dark one for advocates. */
export const STAGE_RING: Record<string, number> = { unknown: 0, introduced: 1.5, acquainted: 3, loyal: 4.5, advocate: 6 };

export const STAGE_LABELS: Record<string, string> = {
  unknown: 'Unknown',
  introduced: 'Introduced',
  acquainted: 'Acquainted',
  loyal: 'Loyal',
  advocate: 'Advocate',
};

/** Influence width grows with strength, faster for strong ties (0..1 -> 0.5..5 px). */
export function influenceWidth(strength: number | null | undefined): number {
  const s = Math.max(0, Math.min(1, strength ?? 0.3));
  return Math.round((0.5 + 4.5 * s * s) * 10) / 10;
}

export interface TieStyle {
  label: string;
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
  arrow: boolean;
}

/** Influence is the heart of the map: dark arrows. Formal ties are thin and light. */
export const TIE_STYLES: Record<string, TieStyle> = {
  INFLUENCES: { label: 'Influences (width = strength)', colour: '#3a4a5c', line: 'solid', arrow: true },
  KNOWS: { label: 'Knows', colour: '#8fa3b5', line: 'dotted', arrow: false },
  REPORTS_TO: { label: 'Reports to', colour: '#9a8f80', line: 'dashed', arrow: true },
  WORKS_AT: { label: 'Works at', colour: '#c3c9d0', line: 'solid', arrow: false },
  MEMBER_OF: { label: 'Committee member', colour: '#1b8a7a', line: 'dashed', arrow: false },
  PART_OF: { label: 'Part of', colour: '#c3c9d0', line: 'dotted', arrow: false },
  ROLE_IN: { label: 'Decision-group role', colour: '#b5478d', line: 'dashed', arrow: true },
  DRAFTS: { label: 'Drafts specification', colour: '#b5478d', line: 'solid', arrow: true },
  ISSUES: { label: 'Issues tender', colour: '#a0805a', line: 'dotted', arrow: true },
};

/** A tie type's name in lists and panels (the legend's label without its width note). */
export function tieName(type: string): string {
  return TIE_STYLES[type]?.label.replace(' (width = strength)', '') ?? humanize(type);
}

/** Colour of lit paths (spec shapers, introductions): Okabe-Ito blue, outside the stance scale. */
export const PATH_COLOUR = '#0072b2';
/** Marks members of decision-group roles we do not reach: Okabe-Ito vermillion. */
export const UNCOVERED_COLOUR = '#d55e00';
export const SELECTED_COLOUR = '#111827';

/** Okabe-Ito hues for coalition groups (index = GraphView coalition). */
export const COALITION_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

export function coalitionColour(index: number): string {
  return COALITION_COLOURS[index % COALITION_COLOURS.length]!;
}
