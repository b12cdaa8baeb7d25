// How data becomes ink: stance colours, stage rings, node shapes and sizes, edge widths and
// the colours of lit answers. One place for the map's elements, its stylesheet, the legend
// and the side panels, so they can never disagree.
import { InstitutionKind, type NodeLabel, type RelationshipStage, type TieType } from '../../gql/vocabulary.js';
import { INSTITUTION_KIND_LABELS, NODE_LABEL_LABELS } from '../vocabulary/labels.js';
import { stageRank } from '../vocabulary/ladder.js';
import type { StanceWord } from '../vocabulary/stance.js';
import { enumValue, valuesOf } from '../vocabulary/values.js';

/**
 * ColorBrewer PuOr (5 classes), a diverging scale that stays readable with the common
 * colour-vision deficiencies: orange leans away from us (opposed), purple to us (preferring).
 * Unknown is a mid grey so it is not mistaken for the near-white "neutral".
 */
export const STANCE_COLOURS: Record<StanceWord, string> = {
  opposed: '#e66101',
  sceptical: '#fdb863',
  neutral: '#f4f1ea',
  favourable: '#b2abd2',
  preferring: '#5e3c99',
  unknown: '#c4c7cc',
};

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

/** Institution kinds grouped into a few shapes, so the legend stays short. */
const KIND_GROUP: Record<InstitutionKind, Exclude<NodeShapeGroup, 'person' | 'committee' | 'tender'>> = {
  HOSPITAL: 'care',
  CLINIC: 'care',
  DEPARTMENT: 'care',
  HEALTH_AUTHORITY: 'authority',
  MEDICINES_AGENCY: 'authority',
  HTA_BODY: 'authority',
  CENTRAL_PURCHASING_BODY: 'authority',
  STATE_HEALTH_SECRETARIAT: 'authority',
  MUNICIPAL_HEALTH_SECRETARIAT: 'authority',
  LOCAL_HEALTH_UNIT: 'care',
  INSURANCE_FUND: 'authority',
  REGIONAL_ADMINISTRATION: 'authority',
  PHARMACY_CHAIN: 'trade',
  PHARMACY: 'trade',
  DISTRIBUTOR: 'trade',
  STATE_WAREHOUSE: 'trade',
  UNIVERSITY: 'academia',
  SOCIETY: 'academia',
  COMPANY: 'company',
};

/** A node's shape group; `kind` is the map's String (an institution's kind in either case). */
export function shapeGroup(label: NodeLabel, kind: string | null | undefined): NodeShapeGroup {
  if (label === 'Person') return 'person';
  if (label === 'Committee') return 'committee';
  if (label === 'Tender') return 'tender';
  const k = enumValue(InstitutionKind, kind);
  return k ? KIND_GROUP[k] : 'care';
}

/** The legend's words for a shape: the node label, or the institution kinds it stands for (read when used: they follow the language). */
export const SHAPE_LABELS: Record<NodeShapeGroup, string> = (() => {
  const kinds = (group: NodeShapeGroup) =>
    valuesOf(InstitutionKind)
      .filter((k) => KIND_GROUP[k] === group)
      .map((k, i) => (i === 0 ? INSTITUTION_KIND_LABELS[k] : INSTITUTION_KIND_LABELS[k].toLowerCase()))
      .join(', ');
  const words: Record<NodeShapeGroup, () => string> = {
    person: () => NODE_LABEL_LABELS.Person,
    care: () => kinds('care'),
    authority: () => kinds('authority'),
    trade: () => kinds('trade'),
    academia: () => kinds('academia'),
    company: () => kinds('company'),
    committee: () => NODE_LABEL_LABELS.Committee,
    tender: () => NODE_LABEL_LABELS.Tender,
  };
  const table = {} as Record<NodeShapeGroup, string>;
  for (const [group, read] of Object.entries(words)) Object.defineProperty(table, group, { enumerable: true, get: read });
  return table;
})();

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

/** Our relationship stage as a ring, 1.5 px wider per step of the ladder: none without a stage. */
export function stageRing(stage: RelationshipStage | null | undefined): number {
  return 1.5 * (stageRank(stage) + 1);
}

/** Influence width grows with strength, faster for strong ties (0..1 -> 0.5..5 px). */
export function influenceWidth(strength: number | null | undefined): number {
  const s = Math.max(0, Math.min(1, strength ?? 0.3));
  return Math.round((0.5 + 4.5 * s * s) * 10) / 10;
}

export interface TieStyle {
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
  arrow: boolean;
}

/** Influence is the heart of the map: dark arrows. Formal ties are thin and light. */
export const TIE_STYLES: Partial<Record<TieType, TieStyle>> = {
  INFLUENCES: { colour: '#3a4a5c', line: 'solid', arrow: true },
  KNOWS: { colour: '#8fa3b5', line: 'dotted', arrow: false },
  REPORTS_TO: { colour: '#9a8f80', line: 'dashed', arrow: true },
  WORKS_AT: { colour: '#c3c9d0', line: 'solid', arrow: false },
  MEMBER_OF: { colour: '#1b8a7a', line: 'dashed', arrow: false },
  PART_OF: { colour: '#c3c9d0', line: 'dotted', arrow: false },
  ROLE_IN: { colour: '#b5478d', line: 'dashed', arrow: true },
  DRAFTS: { colour: '#b5478d', line: 'solid', arrow: true },
  ISSUES: { colour: '#a0805a', line: 'dotted', arrow: true },
};

/**
 * Ties the evidence proposes and nobody has accepted yet: long dashes in Okabe-Ito orange, a
 * hue no confirmed tie uses (several confirmed ties are dashed or dotted too, so the dash
 * alone would not tell them apart), and a hollow arrow for proposed influence.
 */
export const PROPOSED_TIE_STYLE = { colour: '#e69f00', dash: [7, 4] as [number, number], width: 2.5 } as const;

/** Colour of lit paths (spec shapers, introductions): Okabe-Ito blue, outside the stance scale. */
export const PATH_COLOUR = '#0072b2';
/** Marks members of decision-group roles we do not reach: Okabe-Ito vermillion. */
export const UNCOVERED_COLOUR = '#d55e00';
export const SELECTED_COLOUR = '#111827';
/** Marks people and ties that changed (since the last read, or lately): Okabe-Ito bluish green. */
export const CHANGED_COLOUR = '#009e73';

/** Okabe-Ito hues for coalition groups (index = GraphView coalition). */
export const COALITION_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

export function coalitionColour(index: number): string {
  return COALITION_COLOURS[index % COALITION_COLOURS.length]!;
}
