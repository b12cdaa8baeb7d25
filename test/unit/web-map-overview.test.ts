import { describe, expect, it } from 'vitest';
import type { GraphEdgeDrawFieldsFragment, GraphNodeFieldsFragment } from '../../web/src/gql/graphql.js';
import { overviewClasses } from '../../web/src/features/influence-map/hooks/use-overview.js';
import {
  aggregateId,
  buildOverview,
  coalitionOfAggregate,
  isLargeScope,
  NO_COALITION,
  OVERVIEW_CONTACTS,
  OVERVIEW_FROM_NODES,
  OVERVIEW_TOP_PEOPLE,
  overviewLayout,
  type OverviewOptions,
} from '../../web/src/features/influence-map/overview.js';
import type { MapData } from '../../web/src/features/influence-map/to-elements.js';

/** `people` people in `coalitions` coalitions (person i in i % coalitions; the last ten in none), a stage on every third, one hospital. */
function scope(people: number, coalitions = 4): MapData {
  const nodes: GraphNodeFieldsFragment[] = Array.from({ length: people }, (_, i) => ({
    id: `p${i}`,
    label: 'Person',
    name: `Person ${i}`,
    kind: 'DOCTOR',
    power: 1 - i / people,
    rank: i + 1,
    coalition: i >= people - 10 ? null : i % coalitions,
    stance: null,
    stage: i % 3 === 2 ? 'CONTACT' : null,
    ownerId: null,
    optedOut: false,
  })) as GraphNodeFieldsFragment[];
  nodes.push({ id: 'h1', label: 'Institution', name: 'Hospital', kind: 'HOSPITAL', power: null, rank: null, coalition: null, stance: null, stage: null, ownerId: null, optedOut: false } as GraphNodeFieldsFragment);
  const edges: GraphEdgeDrawFieldsFragment[] = [];
  for (let i = 1; i < people; i++) edges.push({ id: `I|p${i}|p${i - 1}`, source: `p${i}`, target: `p${i - 1}`, type: 'INFLUENCES', strength: 0.5 } as GraphEdgeDrawFieldsFragment);
  edges.push({ id: 'W|p0|h1', source: 'p0', target: 'h1', type: 'WORKS_AT', strength: null } as GraphEdgeDrawFieldsFragment);
  edges.push({ id: 'W|p1|h1', source: 'p1', target: 'h1', type: 'WORKS_AT', strength: null } as GraphEdgeDrawFieldsFragment);
  nodes.push({ id: 'h2', label: 'Institution', name: 'Clinic', kind: 'CLINIC', power: null, rank: null, coalition: null, stance: null, stage: null, ownerId: null, optedOut: false } as GraphNodeFieldsFragment);
  edges.push({ id: 'W|p0|h2', source: 'p0', target: 'h2', type: 'WORKS_AT', strength: null } as GraphEdgeDrawFieldsFragment);
  edges.push({ id: 'W|p401|h2', source: 'p401', target: 'h2', type: 'WORKS_AT', strength: null } as GraphEdgeDrawFieldsFragment);
  edges.push({ id: 'W|p400|h1', source: 'p400', target: 'h1', type: 'WORKS_AT', strength: null } as GraphEdgeDrawFieldsFragment);
  return { nodes, edges, coalitions: [] };
}

const options = (over: Partial<OverviewOptions> = {}): OverviewOptions => ({ expanded: new Set(), pinned: [], filtered: null, label: (c, n) => `C${c}:${n}`, ...over });
const nodeIds = (o: ReturnType<typeof buildOverview>) => o.elements.filter((e) => e.group === 'nodes').map((e) => String(e.data.id));

describe('the overview of a large scope', () => {
  it('is used above a number of nodes', () => {
    expect(isLargeScope(scope(OVERVIEW_FROM_NODES - 2))).toBe(false); // + two institutions
    expect(isLargeScope(scope(OVERVIEW_FROM_NODES - 1))).toBe(true);
  });

  it('draws each coalition as one node, the most powerful people, our strongest contacts and the institutions they tie', () => {
    const data = scope(1000);
    const o = buildOverview(data, options());
    const ids = nodeIds(o);
    expect(ids.filter((id) => id.startsWith('group:')).sort()).toEqual(['group:0', 'group:1', 'group:2', 'group:3', 'group:none']);
    const people = ids.filter((id) => id.startsWith('p'));
    for (let i = 0; i < OVERVIEW_TOP_PEOPLE; i++) expect(people).toContain(`p${i}`);
    const contacts = people.filter((id) => Number(id.slice(1)) % 3 === 2);
    expect(contacts).toHaveLength(OVERVIEW_CONTACTS);
    expect(o.contactsInScope).toBe(333);
    expect(people.length).toBe(o.shownPeople);
    // Where two people drawn work: drawn, named only when zoomed in. Where one works: once their coalition is opened.
    expect(ids).toContain('h1');
    expect(o.elements.find((e) => e.data.id === 'h1')!.data.baseFont).toBeUndefined();
    expect(ids).not.toContain('h2');
    expect(nodeIds(buildOverview(data, options({ expanded: new Set([data.nodes.find((n) => n.id === 'p401')!.coalition!]) })))).toContain('h2');
    const group0 = o.elements.find((e) => e.data.id === 'group:0')!;
    expect(group0.data.members).toBe(248);
    expect(group0.data.name).toBe('C0:248');
  });

  it('draws a tie into a collapsed coalition to its node, once per ends and type, and none inside one', () => {
    const o = buildOverview(scope(1000), options());
    const edges = o.elements.filter((e) => e.group === 'edges');
    const ids = new Set(edges.map((e) => String(e.data.id)));
    expect(ids.size).toBe(edges.length);
    // p998 -> p997 are both in no coalition and both collapsed: nothing drawn for that tie.
    expect(o.tieDrawnAs.has('I|p998|p997')).toBe(false);
    // p400 (coalition 0, collapsed) works at the hospital: drawn from coalition 0.
    expect(o.tieDrawnAs.get('W|p400|h1')).toBe('group:WORKS_AT|group:0|h1');
    for (const e of edges) {
      const ends = [String(e.data.source), String(e.data.target)];
      expect(ends.every((id) => ids.has(id) || nodeIds(o).includes(id))).toBe(true);
    }
    const aggregate = edges.find((e) => String(e.data.id).startsWith('group:INFLUENCES|'))!;
    expect(o.underlying.get(String(aggregate.data.id))!.length).toBe(aggregate.data.ties);
  });

  it('opens a coalition, shows a pinned person, and reveals the people a filter leaves', () => {
    const data = scope(1000);
    const open = buildOverview(data, options({ expanded: new Set([2]) }));
    const members = data.nodes.filter((n) => n.coalition === 2).map((n) => n.id);
    expect(members.every((id) => nodeIds(open).includes(id))).toBe(true);
    expect(open.elements.find((e) => e.data.id === 'group:2')!.classes).toContain('expanded');
    expect(buildOverview(data, options({ expanded: new Set([NO_COALITION]) })).shownIds.has('p999')).toBe(true);

    const pinned = buildOverview(data, options({ pinned: ['p801', 'nobody'] }));
    expect(nodeIds(pinned)).toContain('p801');
    expect(nodeIds(pinned)).not.toContain('nobody');

    const few = new Set(['p500', 'p501', 'p502']);
    const filtered = buildOverview(data, options({ filtered: few }));
    expect(filtered.revealedByFilter).toBe(true);
    expect([...few].every((id) => filtered.shownIds.has(id))).toBe(true);
    const many = new Set(data.nodes.map((n) => n.id));
    expect(buildOverview(data, options({ filtered: many })).revealedByFilter).toBe(false);
  });

  it('gives each person a fixed place: opening a coalition or pinning someone moves nobody else', () => {
    const data = scope(1000);
    const a = buildOverview(data, options());
    const b = buildOverview(data, options({ expanded: new Set([1]), pinned: ['p802'] }));
    const pa = overviewLayout(data, a.elements, 'key');
    const pb = overviewLayout(data, b.elements, 'key');
    for (const id of nodeIds(a)) {
      if (id.startsWith('h')) continue;
      expect(pb[id]).toEqual(pa[id]);
    }
    expect(Object.values(pb).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(Object.keys(pb).sort()).toEqual(nodeIds(b).sort());
    // No two people of an opened coalition share a place.
    const opened = data.nodes.filter((n) => n.coalition === 1).map((n) => pb[n.id]!);
    const distinct = new Set(opened.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(distinct.size).toBe(opened.length);
  });

  it('lends a collapsed person’s marks to the coalition, hides a coalition whose members are all hidden', () => {
    const data = scope(1000);
    const o = buildOverview(data, options());
    const members0 = o.members.get('group:0')!;
    const classes = overviewClasses({ hidden: new Set(members0), path: [], highlight: ['p800'], uncovered: [], changed: ['I|p401|p400'] }, o);
    expect(classes.highlight).toEqual([o.collapsedInto.get('p800')]);
    expect(classes.hidden.has('group:0')).toBe(true);
    expect(classes.hidden.has('group:1')).toBe(false);
    expect(classes.changed).toEqual([o.tieDrawnAs.get('I|p401|p400')]);
  });

  it('names aggregates by coalition index', () => {
    expect(aggregateId(3)).toBe('group:3');
    expect(aggregateId(NO_COALITION)).toBe('group:none');
    expect(coalitionOfAggregate('group:3')).toBe(3);
    expect(coalitionOfAggregate('group:none')).toBe(NO_COALITION);
    expect(coalitionOfAggregate('group:x')).toBeNull();
    expect(coalitionOfAggregate('p1')).toBeNull();
  });
});
