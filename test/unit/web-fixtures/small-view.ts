// A hand-made map small enough to check by eye: two coalitions, a hospital with a
// department, a committee drafting a tender, our company.
// The API sends enum names (stage, basis, leaning); a node's `kind` is a String, here as the
// enum's name too.
import type { GraphEdgeFieldsFragment, GraphNodeFieldsFragment, MapCoalitionFieldsFragment } from '../../../web/src/gql/graphql.js';
import type { NodeLabel } from '../../../web/src/gql/vocabulary.js';

const person = (id: string, name: string, extra: Partial<GraphNodeFieldsFragment> = {}): GraphNodeFieldsFragment => ({
  id,
  label: 'Person',
  name,
  kind: 'DOCTOR',
  power: 0.5,
  rank: 5,
  coalition: 0,
  stance: null,
  stage: null,
  ownerId: null,
  optedOut: false,
  ...extra,
});

const node = (id: string, label: NodeLabel, name: string, kind: string | null): GraphNodeFieldsFragment => ({
  id,
  label,
  name,
  kind,
  power: null,
  rank: null,
  coalition: null,
  stance: null,
  stage: null,
  ownerId: null,
  optedOut: false,
});

const edge = (type: GraphEdgeFieldsFragment['type'], source: string, target: string, extra: Partial<GraphEdgeFieldsFragment> = {}): GraphEdgeFieldsFragment => ({
  id: `${type}|${source}|${target}|`,
  source,
  target,
  type,
  strength: null,
  role: null,
  basis: null,
  domain: null,
  since: null,
  until: null,
  provenance: null,
  confidence: null,
  ...extra,
});

export const nodes: GraphNodeFieldsFragment[] = [
  person('p1', 'Ana Chair', { power: 1, rank: 1, stance: 1.6, stage: 'LOYALTY', kind: 'KOL' }),
  person('p2', 'Bruno Author', { power: 0.6, rank: 2, stance: -1.2, stage: 'ACQUAINTANCE' }),
  person('p3', 'Carla Nurse', { power: 0.1, rank: 3, stance: 0.2, coalition: 1 }),
  person('p4', 'Davi Buyer', { power: 0, rank: 4, coalition: 1, stage: 'CONTACT', optedOut: true, kind: 'BUYER' }),
  node('h1', 'Institution', 'Regional Clinical Hospital No. 1 With A Very Long Name', 'HOSPITAL'),
  node('d1', 'Institution', 'Oncology Department', 'DEPARTMENT'),
  node('ph1', 'Institution', 'Botica Central', 'PHARMACY_CHAIN'),
  node('c1', 'Committee', 'Formulary Committee', 'formulary'),
  node('t1', 'Tender', 'Tender One', null),
  node('co', 'Institution', 'Lumera Pharma', 'COMPANY'),
];

export const edges: GraphEdgeFieldsFragment[] = [
  edge('INFLUENCES', 'p1', 'p2', { strength: 0.9, basis: 'SCIENCE', domain: 'area-oncology' }),
  edge('INFLUENCES', 'p3', 'p1', { strength: 0.3 }),
  edge('KNOWS', 'p2', 'p3', { strength: 0.5 }),
  edge('WORKS_AT', 'p1', 'd1', { role: 'Head' }),
  edge('WORKS_AT', 'p2', 'd1'),
  edge('WORKS_AT', 'p4', 'ph1'),
  edge('PART_OF', 'd1', 'h1'),
  edge('MEMBER_OF', 'p1', 'c1', { role: 'chair' }),
  edge('DRAFTS', 'c1', 't1'),
  edge('ROLE_IN', 'p2', 't1', { role: 'specification_author' }),
  // An edge to a node outside the view: never drawn.
  edge('INFLUENCES', 'p1', 'ghost', { strength: 0.5 }),
];

export const coalitions: MapCoalitionFieldsFragment[] = [
  { power: 1.6, lean: 0.4, leaning: 'US', memberCount: 2 },
  { power: 0.1, lean: null, leaning: 'UNKNOWN', memberCount: 2 },
];

export const smallView = { nodes, edges, coalitions };
