import { graphql } from '../../../gql/index.js';

/** A tie as the person panel lists it: its properties, where it comes from and how sure we are. */
export const TieDetailFieldsFragment = graphql(`
  fragment TieDetailFields on Tie {
    from
    to
    type
    strength
    role
    position
    head
    domain
    basis
    since
    until
    source
    confidence
    recordedBy {
      id
      name
    }
  }
`);

export const PersonTieFieldsFragment = graphql(`
  fragment PersonTieFields on PersonTie {
    direction
    other {
      ...EntityRefFields
    }
    tie {
      ...TieDetailFields
    }
  }
`);

export const DecisionRoleHeldFieldsFragment = graphql(`
  fragment DecisionRoleHeldFields on DecisionRoleHeld {
    role
    since
    until
    source
    confidence
    tender {
      id
      name
      date
      status
    }
  }
`);

export const PersonEventFieldsFragment = graphql(`
  fragment PersonEventFields on Event {
    id
    name
    kind
    date
    city
  }
`);

export const StanceRecordFieldsFragment = graphql(`
  fragment StanceRecordFields on StanceRecord {
    value
    since
    until
    source
    confidence
    toward {
      ...EntityRefFields
    }
    recordedBy {
      id
      name
    }
  }
`);
