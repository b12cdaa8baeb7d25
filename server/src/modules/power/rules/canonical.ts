/**
 * One order for a projection's lists, whatever order the database returned them in.
 *
 * Several answers depend on the order of their input, not only on its content: the
 * sampled betweenness pivots are drawn by position, PageRank adds up in node order, a
 * repeated tie keeps the first of equal weight, and sorted lists keep their input order
 * among equals. Reading the projection in parallel streamed parts (repository.ts) gives
 * no order at all, so every list is put in one here: by person id first, then by every
 * other field. The same data then always give the same answer.
 */
import type { Participation } from '../../evidence/rules/types.js';
import type { FormalRole, InfluenceTie, PowerProjection, ProjectedPerson, StanceTie } from './types.js';

/** Code-unit order, as `<` compares strings (and as ids are sorted everywhere in power). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Field = string | number | boolean | null | undefined | readonly string[];

/** null and absent first, then numbers, booleans and strings in their natural order. */
function compareFields(a: Field, b: Field): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  if (Array.isArray(a) || Array.isArray(b)) return compareIds(String(a), String(b));
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return compareIds(String(a), String(b));
}

/** The order of one list: `primary` (a number per item, cheap to compare), then each of `fields` in turn. */
interface ListOrder<T> {
  primary: (item: T) => number;
  fields: ReadonlyArray<keyof T>;
}

/** Items of one primary key, field by field. */
function compareByFields<T>(a: T, b: T, fields: ReadonlyArray<keyof T>): number {
  for (const field of fields) {
    const byField = compareFields(a[field] as Field, b[field] as Field);
    if (byField !== 0) return byField;
  }
  return 0;
}

function compareBy<T>({ primary, fields }: ListOrder<T>): (a: T, b: T) => number {
  return (a, b) => {
    const byKey = primary(a) - primary(b);
    return byKey !== 0 ? byKey : compareByFields(a, b, fields);
  };
}

/**
 * `list` in `order`. The sort is stable, so items equal in every field keep their order,
 * which does not matter: they are interchangeable.
 */
function sortedBy<T>(list: readonly T[], { primary, fields }: ListOrder<T>): T[] {
  const keys = new Float64Array(list.length);
  for (let i = 0; i < list.length; i += 1) keys[i] = primary(list[i]!);
  const order = Array.from({ length: list.length }, (_, i) => i);
  order.sort((i, j) => {
    const byKey = keys[i]! - keys[j]!;
    return byKey !== 0 ? byKey : compareByFields(list[i]!, list[j]!, fields);
  });
  return order.map((i) => list[i]!);
}

/**
 * `base` (already in `order`) with `added` put in their places, as a stable sort of the
 * two one after the other would place them: each added item goes after every base item
 * it does not precede. A binary search per added item instead of sorting the whole list.
 */
function insertedInOrder<T>(base: readonly T[], added: readonly T[], order: ListOrder<T>): T[] {
  if (added.length === 0) return [...base];
  const compare = compareBy(order);
  const out = new Array<T>(base.length + added.length);
  let next = 0;
  let written = 0;
  for (const item of sortedBy(added, order)) {
    let low = next;
    let high = base.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(base[middle]!, item) <= 0) low = middle + 1;
      else high = middle;
    }
    while (next < low) out[written++] = base[next++]!;
    out[written++] = item;
  }
  while (next < base.length) out[written++] = base[next++]!;
  return out;
}

const TIE_FIELDS: ReadonlyArray<keyof InfluenceTie> = ['domain', 'since', 'until', 'strength', 'confidence', 'basis', 'source', 'domainName'];
const ROLE_FIELDS: ReadonlyArray<keyof FormalRole> = ['kind', 'atId', 'role', 'since', 'until', 'head', 'confidence', 'source', 'atName'];
const STANCE_FIELDS: ReadonlyArray<keyof StanceTie> = ['value', 'towardOurs'];
const WORK_FIELDS: ReadonlyArray<keyof Participation> = [
  'workId',
  'kind',
  'role',
  'date',
  'position',
  'authorCount',
  'last',
  'overall',
  'matchScore',
  'sessionKey',
  'label',
  'title',
  'areaIds',
];

const PEOPLE_ORDER: ListOrder<ProjectedPerson> = { primary: () => 0, fields: ['id', 'name', 'optedOut'] };

/** Each person's position among the (ordered) people, first occurrence of an id. */
function positionsOf(people: readonly ProjectedPerson[]): Map<string, number> {
  const position = new Map<string, number>();
  for (const person of people) if (!position.has(person.id)) position.set(person.id, position.size);
  return position;
}

/** The orders of the lists that name people, by the people's positions. */
function listOrders(position: ReadonlyMap<string, number>) {
  // Not a person of the projection (never expected): after everyone, in id order among themselves.
  const unknown = position.size;
  const at = (id: string) => position.get(id) ?? unknown;
  const pairs = unknown + 1;
  return {
    influence: { primary: (t: InfluenceTie) => at(t.from) * pairs + at(t.to), fields: ['from', 'to', ...TIE_FIELDS] } as ListOrder<InfluenceTie>,
    roles: { primary: (r: FormalRole) => at(r.personId), fields: ['personId', ...ROLE_FIELDS] } as ListOrder<FormalRole>,
    stances: { primary: (s: StanceTie) => at(s.personId), fields: ['personId', ...STANCE_FIELDS] } as ListOrder<StanceTie>,
    works: { primary: (w: Participation) => at(w.personId), fields: ['personId', ...WORK_FIELDS] } as ListOrder<Participation>,
  };
}

/** Gives ties' ends the people's own id strings, so a national projection holds each id once. */
function shareIds(ties: readonly InfluenceTie[], position: ReadonlyMap<string, number>, ids: readonly string[]): void {
  for (const tie of ties) {
    const from = position.get(tie.from);
    const to = position.get(tie.to);
    if (from !== undefined) tie.from = ids[from]!;
    if (to !== undefined) tie.to = ids[to]!;
  }
}

/**
 * The projection with every list in one order: people by id, the rest by the person (or
 * the tie's two ends) in that order, then field by field. Ties' ends are given the
 * people's own id strings, so a national projection holds each id once.
 */
export function canonicalProjection(projection: PowerProjection): PowerProjection {
  const people = sortedBy(projection.people, PEOPLE_ORDER);
  const position = positionsOf(people);
  shareIds(projection.influence, position, [...position.keys()]);
  const order = listOrders(position);
  return {
    people,
    influence: sortedBy(projection.influence, order.influence),
    roles: sortedBy(projection.roles, order.roles),
    stances: sortedBy(projection.stances, order.stances),
    works: sortedBy(projection.works ?? [], order.works),
  };
}

/**
 * What canonicalProjection gives for `base` and `added` put together, when `base` is
 * already in canonical order: each added item is inserted at its place instead of every
 * list being sorted again (after one tie is set, a 10,000-person territory's lists gain a
 * few dozen items, and sorting them whole held the event loop for tens of milliseconds).
 * The places are only known when the people's ids are those of `samePeopleAs` (the
 * projection `base` was part of): otherwise null.
 */
export function canonicalWithAdded(base: PowerProjection, added: PowerProjection, samePeopleAs: readonly ProjectedPerson[]): PowerProjection | null {
  const expected = positionsOf(samePeopleAs);
  const people = insertedInOrder(base.people, added.people, PEOPLE_ORDER);
  const position = positionsOf(people);
  if (position.size !== expected.size) return null;
  for (const id of position.keys()) if (!expected.has(id)) return null;
  shareIds(added.influence, position, [...position.keys()]);
  const order = listOrders(position);
  return {
    people,
    influence: insertedInOrder(base.influence, added.influence, order.influence),
    roles: insertedInOrder(base.roles, added.roles, order.roles),
    stances: insertedInOrder(base.stances, added.stances, order.stances),
    works: insertedInOrder(base.works ?? [], added.works ?? [], order.works),
  };
}
