import { personalProperties } from '../../graph/model.js';
import { interactionName } from './interaction-name.js';

/** How a text node concerns the person being erased (texts-about-person.cypher). */
export type TextRelation = 'participant' | 'target' | 'about' | 'mention';

export interface TextNode {
  id: string;
  label: 'Interaction' | 'Plan' | 'PlanStep';
  relation: TextRelation;
  props: Record<string, unknown>;
}

/** What the planning module writes in place of erased texts: the words live here only. */
export const ERASED_TEXTS = {
  planName: 'Relationship plan (person erased)',
  stepName: 'Plan step (text erased with the person)',
} as const;

const CLOSEST: readonly TextRelation[] = ['participant', 'target', 'about', 'mention'];

/** One row per node, keeping the closest relation when a node came several ways. */
export function closestRelations(nodes: readonly TextNode[]): TextNode[] {
  const byId = new Map<string, TextNode>();
  for (const node of nodes) {
    const seen = byId.get(node.id);
    if (!seen || CLOSEST.indexOf(node.relation) < CLOSEST.indexOf(seen.relation)) byId.set(node.id, node);
  }
  return [...byId.values()];
}

/**
 * The properties to write on one node so that nothing personal about the person is left:
 * - a person erased on request (`person`): texts written about them go, names that quote
 *   them are rewritten; a plan step about them keeps its title with the name replaced;
 *   texts elsewhere that mention them have the name replaced;
 * - retention run out (`dossier`): the notes and outcome of interactions they took part in go.
 * Returns null when the node needs no change.
 */
export function erasedTexts(
  node: TextNode,
  subject: { scope: 'person' | 'dossier'; formerName: string; placeholder: string },
): Record<string, unknown> | null {
  const personal = personalProperties('node', node.label);
  const cleared = Object.fromEntries(personal.filter((k) => node.props[k] !== undefined && node.props[k] !== null).map((k) => [k, null]));
  const kindName = () => interactionName(String(node.props.kind ?? 'interaction'), node.props.date == null ? null : String(node.props.date));
  if (subject.scope === 'dossier') {
    if (node.label !== 'Interaction' || node.relation !== 'participant') return null;
    return Object.keys(cleared).length ? cleared : null;
  }
  const replaced = (key: string) => replaceName(node.props[key], subject.formerName, subject.placeholder);
  switch (node.relation) {
    case 'participant':
      return { ...cleared, name: kindName() };
    case 'target':
      return { ...cleared, name: node.label === 'Plan' ? ERASED_TEXTS.planName : ERASED_TEXTS.stepName };
    case 'about':
      return { ...cleared, name: replaced('name') };
    case 'mention': {
      const changes: Record<string, unknown> = {};
      for (const key of ['name', ...personal]) {
        const value = replaced(key);
        if (value !== node.props[key]) changes[key] = value;
      }
      return Object.keys(changes).length ? changes : null;
    }
  }
}

function replaceName(value: unknown, name: string, placeholder: string): unknown {
  if (name === '') return value;
  if (typeof value === 'string') return value.split(name).join(placeholder);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v.split(name).join(placeholder) : v));
  return value;
}
