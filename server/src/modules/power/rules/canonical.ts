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

/**
 * `list` sorted by `primary` (a number per item, cheap to compare), then by each of
 * `fields` in turn. The sort is stable, so items equal in every field keep their order,
 * which does not matter: they are interchangeable.
 */
function sortedBy<T>(list: readonly T[], primary: (item: T) => number, fields: ReadonlyArray<keyof T>): T[] {
  const keys = new Float64Array(list.length);
  for (let i = 0; i < list.length; i += 1) keys[i] = primary(list[i]!);
  const order = Array.from({ length: list.length }, (_, i) => i);
  order.sort((i, j) => {
    const byKey = keys[i]! - keys[j]!;
    if (byKey !== 0) return byKey;
    for (const field of fields) {
      const byField = compareFields(list[i]![field] as Field, list[j]![field] as Field);
      if (byField !== 0) return byField;
    }
    return 0;
  });
  return order.map((i) => list[i]!);
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

/**
 * The projection with every list in one order: people by id, the rest by the person (or
 * the tie's two ends) in that order, then field by field. Ties' ends are given the
 * people's own id strings, so a national projection holds each id once.
 */
export function canonicalProjection(projection: PowerProjection): PowerProjection {
  const people = sortedBy<ProjectedPerson>(projection.people, () => 0, ['id', 'name', 'optedOut']);
  const position = new Map<string, number>();
  for (const person of people) if (!position.has(person.id)) position.set(person.id, position.size);
  const ids = [...position.keys()];
  // Not a person of the projection (never expected): after everyone, in id order among themselves.
  const unknown = position.size;
  const at = (id: string) => position.get(id) ?? unknown;
  for (const tie of projection.influence) {
    const from = position.get(tie.from);
    const to = position.get(tie.to);
    if (from !== undefined) tie.from = ids[from]!;
    if (to !== undefined) tie.to = ids[to]!;
  }
  const pairs = unknown + 1;
  const influence = sortedBy<InfluenceTie>(projection.influence, (t) => at(t.from) * pairs + at(t.to), ['from', 'to', ...TIE_FIELDS]);
  const roles = sortedBy<FormalRole>(projection.roles, (r) => at(r.personId), ['personId', ...ROLE_FIELDS]);
  const stances = sortedBy<StanceTie>(projection.stances, (s) => at(s.personId), ['personId', ...STANCE_FIELDS]);
  const works = sortedBy<Participation>(projection.works ?? [], (w) => at(w.personId), ['personId', ...WORK_FIELDS]);
  return { people, influence, roles, stances, works };
}
