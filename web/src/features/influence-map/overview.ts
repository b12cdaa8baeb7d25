// The overview of a large scope: what a KAM reads first instead of every person. Each
// coalition is one aggregate node sized by its members; beside it are drawn the most
// powerful people, our own contacts (people with a stage on our ladder), and whoever the
// page needs (the selected person, people lit by an answer). Ties among what is drawn are
// drawn; a tie into a collapsed coalition is drawn to its aggregate node, one per pair of
// ends and tie type. A coalition opened by a click (or by zooming into it) shows its
// members in place.
//
// Pure, like to-elements: it works on the map's answer, so it is unit-tested without a
// browser. The layout is a fixed slot per coalition (sized for all its members) with its
// members on a sunflower spiral, strongest nearest the centre: opening a coalition, or
// showing one more person, never moves anything else.
import type { ElementDefinition } from 'cytoscape';
import { coalitionColour, personSize } from '@shared/visual-encoding/encoding.js';
import { packIslands, placeOthers, type Positions } from './coalition-layout.js';
import { seededRandom, hashString } from './layout.js';
import { edgeElement, nodeElement, type MapData } from './to-elements.js';

/**
 * Above this many nodes the map opens on the overview: a laptop's canvas does not hold more
 * named discs than that, and Cytoscape's own styling and drawing grows with every node and
 * tie (the README's Performance section says what it costs and why this number).
 */
export const OVERVIEW_FROM_NODES = 400;
/** The most powerful people always drawn in the overview. */
export const OVERVIEW_TOP_PEOPLE = 25;
/** Our contacts drawn in the overview (the most powerful of them when there are more). */
export const OVERVIEW_CONTACTS = 40;
/** An institution, committee or tender is drawn in the overview when tied to this many people drawn. */
export const OVERVIEW_MEETING_PLACE = 2;
/** A filter that leaves at most this many people shows them all. */
export const OVERVIEW_REVEAL_UP_TO = 300;

export const AGGREGATE_PREFIX = 'group:';
/** People in no coalition are one group too: its key in the URL and in ids. */
export const NO_COALITION = -1;

export function aggregateId(coalition: number): string {
  return `${AGGREGATE_PREFIX}${coalition < 0 ? 'none' : coalition}`;
}

/** The coalition an aggregate node stands for, or null for any other id. */
export function coalitionOfAggregate(id: string): number | null {
  if (!id.startsWith(AGGREGATE_PREFIX)) return null;
  const rest = id.slice(AGGREGATE_PREFIX.length);
  if (rest === 'none') return NO_COALITION;
  const n = Number(rest);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export function peopleCount(data: Pick<MapData, 'nodes'>): number {
  let people = 0;
  for (const n of data.nodes) if (n.label === 'Person') people += 1;
  return people;
}

/** Whether a scope's map opens on the overview. */
export function isLargeScope(data: Pick<MapData, 'nodes'>): boolean {
  return data.nodes.length > OVERVIEW_FROM_NODES;
}

export interface OverviewOptions {
  /** Coalitions opened (NO_COALITION for the people in none). */
  expanded: ReadonlySet<number>;
  /** People and nodes that must be drawn: the selection, people lit by an answer. */
  pinned: Iterable<string>;
  /** People left visible by the filters, when a people filter is on (null: no such filter). */
  filtered: ReadonlySet<string> | null;
  /** The aggregate's label: "Coalition 3 · 412 people". */
  label(coalition: number, members: number): string;
}

export interface Overview {
  elements: ElementDefinition[];
  /** Each person drawn inside a collapsed coalition's aggregate: person id -> aggregate id. */
  collapsedInto: Map<string, string>;
  /** Every aggregate node's members (collapsed or not), for the filters and the search. */
  members: Map<string, string[]>;
  /** Each tie drawn to an aggregate: its id -> the ids of the ties it stands for. */
  underlying: Map<string, string[]>;
  /** The other way: a tie of the answer -> the tie to an aggregate that stands for it. */
  tieDrawnAs: Map<string, string>;
  /** Ids of the answer's nodes drawn (people, institutions, committees, tenders). */
  shownIds: ReadonlySet<string>;
  /** People drawn, in all. */
  shownPeople: number;
  topPeople: number;
  /** Our contacts drawn, and how many we have in the scope. */
  contactsShown: number;
  contactsInScope: number;
  /** The filters left few enough people to show them all. */
  revealedByFilter: boolean;
}

const coalitionKey = (c: number | null | undefined) => (c === null || c === undefined ? NO_COALITION : c);

/** The overview's elements for the map's answer (see the file's comment). */
export function buildOverview(data: MapData, options: OverviewOptions): Overview {
  const people = data.nodes.filter((n) => n.label === 'Person');
  const byRank = [...people].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.id.localeCompare(b.id));
  const shown = new Set<string>();
  const top = byRank.slice(0, OVERVIEW_TOP_PEOPLE);
  for (const p of top) shown.add(p.id);
  const contacts = byRank.filter((p) => p.stage !== null && p.stage !== undefined);
  let contactsShown = 0;
  for (const p of contacts) {
    if (contactsShown >= OVERVIEW_CONTACTS) break;
    shown.add(p.id);
    contactsShown += 1;
  }
  // People drawn in full (an opened coalition, a filter's few, the selection): their
  // institutions are drawn too, not only the ones several people drawn meet at.
  const inFull = new Set<string>();
  for (const p of people) if (options.expanded.has(coalitionKey(p.coalition))) inFull.add(p.id);
  const revealedByFilter = options.filtered !== null && options.filtered.size <= OVERVIEW_REVEAL_UP_TO;
  if (revealedByFilter) for (const id of options.filtered!) inFull.add(id);
  const nodeIds = new Set(data.nodes.map((n) => n.id));
  for (const id of options.pinned) if (nodeIds.has(id)) inFull.add(id);
  for (const id of inFull) shown.add(id);

  // Aggregates: every coalition with members, collapsed or opened, as a disc holding them all.
  const slots = coalitionSlots(data);
  const members = new Map<string, string[]>();
  const collapsedInto = new Map<string, string>();
  for (const p of byRank) {
    const c = coalitionKey(p.coalition);
    const id = aggregateId(c);
    (members.get(id) ?? members.set(id, []).get(id)!).push(p.id);
    if (!shown.has(p.id) && !options.expanded.has(c)) collapsedInto.set(p.id, id);
  }

  // Institutions, committees and tenders tied to at least two of the people drawn: where
  // the powerful meet. (Each one's own workplace would put a hundred names in the middle of
  // the coalitions; they are drawn once the person's coalition is opened.)
  const personIds = new Set(people.map((p) => p.id));
  const drawnTies = new Map<string, number>();
  const tie = (person: string, other: string) => {
    if (!shown.has(person) || !personIds.has(person) || personIds.has(other)) return;
    drawnTies.set(other, (drawnTies.get(other) ?? 0) + (inFull.has(person) ? OVERVIEW_MEETING_PLACE : 1));
  };
  for (const e of data.edges) {
    tie(e.source, e.target);
    tie(e.target, e.source);
  }
  for (const [id, ties] of drawnTies) if (ties >= OVERVIEW_MEETING_PLACE) shown.add(id);

  const out: ElementDefinition[] = [];
  let shownPeople = 0;
  for (const [id, list] of members) {
    const c = coalitionOfAggregate(id)!;
    const open = options.expanded.has(c);
    out.push({
      group: 'nodes',
      data: {
        id,
        label: 'Group',
        name: options.label(c, list.length),
        display: options.label(c, list.length),
        coalition: c,
        members: list.length,
        colour: c < 0 ? '#9ca3af' : coalitionColour(c),
        size: Math.round(2 * (slots.get(c)?.radius ?? 40)),
        baseFont: 13,
        fontSize: 13,
        labelWidth: '150px',
      },
      classes: open ? 'aggregate expanded' : 'aggregate',
    });
  }
  for (const n of data.nodes) {
    if (!shown.has(n.id)) continue;
    if (n.label === 'Person') shownPeople += 1;
    const el = nodeElement(n);
    // Institutions are named once zoomed in: in the overview the coalitions and the people are the landmarks.
    if (n.label !== 'Person') {
      const { baseFont: _b, fontSize: _f, labelWidth: _w, ...rest } = el.data as Record<string, unknown>;
      out.push({ ...el, data: rest as typeof el.data });
    } else out.push(el);
  }

  const underlying = new Map<string, string[]>();
  const tieDrawnAs = new Map<string, string>();
  const tieCount = new Map<string, { source: string; target: string; type: string; strength: number }>();
  const memberOf = new Map<string, string>();
  for (const [id, list] of members) for (const m of list) memberOf.set(m, id);
  const endOf = (id: string) => (shown.has(id) ? id : collapsedInto.get(id));
  for (const e of data.edges) {
    if (shown.has(e.source) && shown.has(e.target)) {
      // Influence between two coalitions is drawn lighter, as on the full map.
      const ca = memberOf.get(e.source);
      const cb = memberOf.get(e.target);
      const none = aggregateId(NO_COALITION);
      out.push(edgeElement(e, e.type === 'INFLUENCES' && !!ca && !!cb && ca !== none && cb !== none && ca !== cb));
      continue;
    }
    const a = endOf(e.source);
    const b = endOf(e.target);
    if (!a || !b || a === b) continue;
    // A drawn member's ties into the rest of its own coalition stay inside its disc: not drawn.
    if (memberOf.get(a) === b || memberOf.get(b) === a) continue;
    const id = `${AGGREGATE_PREFIX}${e.type}|${a}|${b}`;
    tieDrawnAs.set(e.id, id);
    const list = underlying.get(id);
    if (list) {
      list.push(e.id);
      tieCount.get(id)!.strength = Math.max(tieCount.get(id)!.strength, e.strength ?? 0);
    } else {
      underlying.set(id, [e.id]);
      tieCount.set(id, { source: a, target: b, type: e.type, strength: e.strength ?? 0 });
    }
  }
  for (const [id, t] of tieCount) {
    const count = underlying.get(id)!.length;
    out.push({
      group: 'edges',
      data: { id, source: t.source, target: t.target, type: t.type, strength: t.strength, ties: count, width: Math.min(8, 1 + Math.log2(count)), colour: '#9ca3af' },
      classes: `${t.type.toLowerCase().replace(/_/g, '-')} aggregate-tie`,
    });
  }
  return {
    elements: out,
    collapsedInto,
    members,
    underlying,
    tieDrawnAs,
    shownIds: shown,
    shownPeople,
    topPeople: top.length,
    contactsShown,
    contactsInScope: contacts.length,
    revealedByFilter,
  };
}

/** Room around each disc of the spiral, and how tightly the spiral is filled. */
const SPIRAL_GAP = 10;
const SPIRAL_FILL = 0.55;
/** The middle of a coalition's disc is left for nobody: its name is easier to click there. */
const SPIRAL_HOLE = 24;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SLOT_GAP = 70;

export interface Slot {
  coalition: number;
  /** Every member in rank order with its disc's size (drawn or not). */
  people: { id: string; size: number }[];
  /** Radius of the coalition's disc: all its members fit inside. */
  radius: number;
  /** Distance of each member from the disc's centre, in the order of `people`. */
  radii: number[];
}

const slotCache = new WeakMap<MapData, Map<number, Slot>>();

/**
 * One disc per coalition, as big as all its members need, each member at a fixed place of
 * a sunflower spiral (the strongest nearest the centre): the same for the same answer, so
 * a person's place never depends on who else is drawn. Kept per answer.
 */
export function coalitionSlots(data: MapData): Map<number, Slot> {
  const cached = slotCache.get(data);
  if (cached) return cached;
  const byCoalition = new Map<number, { id: string; size: number; rank: number }[]>();
  for (const n of data.nodes) {
    if (n.label !== 'Person') continue;
    const c = coalitionKey(n.coalition);
    (byCoalition.get(c) ?? byCoalition.set(c, []).get(c)!).push({ id: n.id, size: personSize(n.power), rank: n.rank ?? Infinity });
  }
  const slots = new Map<number, Slot>();
  for (const [coalition, list] of byCoalition) {
    list.sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
    let area = 0;
    const radii: number[] = [];
    for (const p of list) {
      const d = p.size + SPIRAL_GAP;
      radii.push(SPIRAL_HOLE + d / 2 + Math.sqrt(area / (Math.PI * SPIRAL_FILL)));
      area += d * d;
    }
    let radius = SPIRAL_HOLE * 2;
    radii.forEach((r, i) => (radius = Math.max(radius, r + list[i]!.size / 2 + SPIRAL_GAP)));
    slots.set(coalition, { coalition, people: list.map(({ id, size }) => ({ id, size })), radius, radii });
  }
  slotCache.set(data, slots);
  return slots;
}

/**
 * Positions for the overview's nodes: the coalitions' discs packed in rows by power (people
 * in no coalition last), each member at its place in its disc (see coalitionSlots), then
 * institutions, committees and tenders among the people they tie, as on the full map.
 */
export function overviewLayout(data: MapData, elements: readonly ElementDefinition[], seedKey: string, aspect = 1.6): Positions {
  const slots = [...coalitionSlots(data).values()].sort((a, b) => (a.coalition < 0 ? 1 : 0) - (b.coalition < 0 ? 1 : 0) || a.coalition - b.coalition);
  const corners = packIslands(
    slots.map((s) => ({ key: String(s.coalition), width: s.radius * 2, height: s.radius * 2, weight: 0 })),
    SLOT_GAP,
    aspect,
  );
  const all: Positions = {};
  for (const s of slots) {
    const corner = corners.get(String(s.coalition))!;
    const cx = corner.x + s.radius;
    const cy = corner.y + s.radius;
    all[aggregateId(s.coalition)] = { x: cx, y: cy };
    s.people.forEach((p, k) => {
      const angle = k * GOLDEN_ANGLE;
      all[p.id] = { x: cx + Math.cos(angle) * s.radii[k]!, y: cy + Math.sin(angle) * s.radii[k]! };
    });
  }
  const out: Positions = {};
  for (const el of elements) {
    if (el.group === 'edges' || el.data.source !== undefined) continue;
    const id = String(el.data.id);
    const p = all[id];
    if (p) out[id] = p;
  }
  return placeOthers(elements, out, seededRandom(hashString(`${seedKey}|overview`)));
}

/** What an id of the answer is drawn as in the overview: itself, its coalition's aggregate, or nothing. */
export function drawnAs(overview: Pick<Overview, 'collapsedInto'>, id: string): string {
  return overview.collapsedInto.get(id) ?? id;
}
