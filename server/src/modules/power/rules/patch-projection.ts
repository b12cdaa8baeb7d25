/**
 * A scope's projection brought up to date from the writes since it was read, instead of
 * read again whole (projection-memo.ts): after a KAM edits one tie of a 10,000-person
 * territory, only the two people it joins are read again.
 *
 * Only writes whose every effect on a projection is known can be patched: a tie of
 * influence (both ends) or of stance (the person), and an existing person's own
 * properties (name, opted out). None of these moves anyone into or out of a scope. Any
 * other write (a position, a committee seat, a node created, deleted or of another kind,
 * a write that left no footprint) may change who is in the scope or what their roles
 * say, and the projection is read whole again.
 */
import type { FootprintItem } from '../../graph/rules/write-footprint.js';
import { canonicalProjection, canonicalWithAdded } from './canonical.js';
import type { PowerProjection } from './types.js';

/**
 * The people whose part of a projection the writes may have changed, or null when some
 * write may have changed more than people's own parts (then read the projection whole).
 */
export function touchedPeople(footprints: ReadonlyArray<readonly FootprintItem[] | null>): Set<string> | null {
  const touched = new Set<string>();
  for (const footprint of footprints) {
    if (footprint === null) return null;
    for (const item of footprint) {
      if ('node' in item) {
        if (item.node !== 'Person' || item.created) return null;
        touched.add(item.id);
      } else if (item.tie === 'INFLUENCES') {
        touched.add(item.from);
        touched.add(item.to);
      } else if (item.tie === 'STANCE') {
        touched.add(item.from);
      } else {
        return null;
      }
    }
  }
  return touched;
}

/**
 * `kept` with the parts of the `touched` people replaced by `fresh` (their rows, roles,
 * stances, works, and every influence tie with an end among them, as read now), in
 * canonical order: the projection a whole read would give.
 */
export function patchProjection(kept: PowerProjection, touched: ReadonlySet<string>, fresh: PowerProjection): PowerProjection {
  const untouched = <T extends { personId: string }>(list: readonly T[]) => list.filter((item) => !touched.has(item.personId));
  const rest: PowerProjection = {
    people: kept.people.filter((person) => !touched.has(person.id)),
    influence: kept.influence.filter((tie) => !touched.has(tie.from) && !touched.has(tie.to)),
    roles: untouched(kept.roles),
    stances: untouched(kept.stances),
    works: untouched(kept.works ?? []),
  };
  // Someone's row was not read again (never expected of a patchable write): sorted whole.
  return (
    canonicalWithAdded(rest, fresh, kept.people) ??
    canonicalProjection({
      people: [...rest.people, ...fresh.people],
      influence: [...rest.influence, ...fresh.influence],
      roles: [...rest.roles, ...fresh.roles],
      stances: [...rest.stances, ...fresh.stances],
      works: [...(rest.works ?? []), ...(fresh.works ?? [])],
    })
  );
}
