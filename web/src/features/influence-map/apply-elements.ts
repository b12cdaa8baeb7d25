// Brings a Cytoscape instance to a new element list by stable id, in one batch: removes
// what left, adds what came, updates data and base classes in place. Unchanged elements are
// not touched, so a refetch after an edit does not redraw or move the map.
import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';

export interface ApplyResult {
  added: string[];
  removed: string[];
  updated: string[];
  /** Added nodes that are not compound parents and were given no position: they need one. */
  freshNodes: NodeSingular[];
}

const BASE = '_baseClasses';

function sameData(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const key of Object.keys(next)) {
    // Scaled on zoom by the map itself, not by the data.
    if (key === 'parent' || key === 'fontSize' || key === 'labelWidth') continue;
    if (current[key] !== next[key]) return false;
  }
  return true;
}

function splitClasses(classes: ElementDefinition['classes']): string[] {
  if (!classes) return [];
  return (Array.isArray(classes) ? classes : String(classes).split(/\s+/)).filter(Boolean);
}

/**
 * `positions`: where nodes go. Added nodes are created there (one pass, before any style or
 * bounding box is computed); nodes already on the map are moved there.
 */
export function applyElements(cy: Core, next: readonly ElementDefinition[], positions?: Readonly<Record<string, { x: number; y: number }>>): ApplyResult {
  const result: ApplyResult = { added: [], removed: [], updated: [], freshNodes: [] };
  const wanted = new Map<string, ElementDefinition>();
  for (const el of next) wanted.set(String(el.data.id), el);

  cy.batch(() => {
    const gone = cy.elements().filter((el) => !wanted.has(el.id()));
    result.removed = gone.map((el) => el.id());
    // Children of a removed compound parent must survive: move them out first.
    gone.nodes().forEach((n) => {
      if (n.isParent()) n.children().filter((c) => wanted.has(c.id())).move({ parent: null });
    });
    cy.remove(gone);

    const toAdd: ElementDefinition[] = [];
    const toUpdate: [string, ElementDefinition][] = [];
    for (const [id, el] of wanted) {
      if (cy.getElementById(id).empty()) {
        const position = positions?.[id];
        toAdd.push({ ...el, data: { ...el.data }, classes: splitClasses(el.classes).join(' '), ...(position ? { position: { ...position } } : {}) });
      } else toUpdate.push([id, el]);
    }

    // Parents before children, nodes before edges: Cytoscape resolves references on add.
    toAdd.sort((a, b) => order(a) - order(b));
    const added: Collection = cy.add(toAdd);
    added.forEach((el) => {
      el.scratch(BASE, splitClasses(wanted.get(el.id())?.classes));
    });
    result.added = added.map((el) => el.id());
    result.freshNodes = added.nodes().filter((n) => !n.isParent() && !positions?.[n.id()]).toArray() as NodeSingular[];

    for (const [id, el] of toUpdate) {
      let existing = cy.getElementById(id);
      let changed = false;
      const data = el.data as Record<string, unknown>;
      if (!sameData(existing.data() as Record<string, unknown>, data)) {
        const { parent: _parent, ...rest } = data;
        existing.data(rest);
        changed = true;
      }
      if (existing.isNode()) {
        const wantParent = (data.parent as string | undefined) ?? null;
        const parent = (existing as NodeSingular).parent();
        const hasParent = parent.nonempty() ? parent.first().id() : null;
        if (wantParent !== hasParent) {
          // move() re-creates the node (and its edges): keep its scratch, then look it up again.
          const scratch = existing.scratch(BASE) as string[] | undefined;
          (existing as NodeSingular).move({ parent: wantParent });
          existing = cy.getElementById(id);
          existing.scratch(BASE, scratch);
          changed = true;
        }
      }
      const base = splitClasses(el.classes);
      const previous = (existing.scratch(BASE) as string[] | undefined) ?? [];
      if (base.join(' ') !== previous.join(' ')) {
        if (previous.length) existing.removeClass(previous.join(' '));
        if (base.length) existing.addClass(base.join(' '));
        existing.scratch(BASE, base);
        changed = true;
      }
      if (changed) result.updated.push(id);
      const position = positions?.[id];
      if (position && existing.isNode() && !(existing as NodeSingular).isParent()) existing.position(position);
    }
  });
  return result;
}

function order(el: ElementDefinition): number {
  if (el.group === 'edges' || (el.data.source !== undefined && el.data.target !== undefined)) return 2;
  return el.data.parent ? 1 : 0;
}

/** Sets a state class on exactly the given ids (and removes it from every other element). */
export function setClassOn(cy: Core, className: string, ids: Iterable<string>): void {
  const want = new Set(ids);
  cy.batch(() => {
    cy.$(`.${className}`).forEach((el) => {
      if (!want.has(el.id())) el.removeClass(className);
    });
    for (const id of want) {
      const el = cy.getElementById(id);
      if (el.nonempty() && !el.hasClass(className)) el.addClass(className);
    }
  });
}
