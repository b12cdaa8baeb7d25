import type { CoalitionModel } from '../power/models.js';

export interface GraphNodeModel {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  power: number | null;
  rank: number | null;
  coalition: number | null;
  optedOut: boolean;
  ours: boolean;
  competitor: boolean;
}

export interface GraphEdgeModel {
  id: string;
  source: string;
  target: string;
  type: string;
  strength: number | null;
  role: string | null;
  basis: string | null;
  domain: string | null;
  since: string | null;
  until: string | null;
  provenance: string | null;
  confidence: number | null;
}

export interface GraphViewModel {
  asOf: string;
  peopleInScope: number;
  truncated: boolean;
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
  coalitions: CoalitionModel[];
}
