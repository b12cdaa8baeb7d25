import { graphql } from '../../gql/index.js';

/**
 * Whatever stands at the other end of a tie (a person, an institution, a programme ...): its
 * type, name and kind, enough to label it and to open it from a list (influence-map's EntityLink).
 */
export const EntityRefFieldsFragment = graphql(`
  fragment EntityRefFields on Entity {
    __typename
    id
    name
    ... on Person {
      category
    }
    ... on Institution {
      kind
      ours
    }
    ... on Committee {
      committeeKind: kind
    }
    ... on Program {
      programKind: kind
    }
    ... on Event {
      eventKind: kind
      date
    }
    ... on Product {
      ours
    }
  }
`);

type EntityRef = {
  __typename?: string;
  category?: string | null;
  kind?: string | null;
  committeeKind?: string | null;
  programKind?: string | null;
  eventKind?: string | null;
};

/** The kind an entity reference carries, whatever its type names it (a person's category, a committee's kind ...). */
export function entityKind(ref: EntityRef): string | null {
  return ref.category ?? ref.kind ?? ref.committeeKind ?? ref.programKind ?? ref.eventKind ?? null;
}
