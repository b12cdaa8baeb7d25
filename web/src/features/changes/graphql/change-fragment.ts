import { graphql } from '../../../gql/index.js';

/** What a list shows of one change: its sentence, day, kind, people, and for rank moves the ranks, the moves (the inbox groups a scope's) and their evidence. */
export const ChangeFieldsFragment = graphql(`
  fragment ChangeFields on Change {
    id
    kind
    on
    summary
    weight
    personIds
    tieKeys
    rankBefore
    rankAfter
    people {
      id
      name
    }
    evidence {
      description
      value
    }
    moves {
      personId
      rankBefore
      rankAfter
      person {
        id
        name
      }
    }
    movedCount
    recordedOn
    recordedBy {
      id
      name
    }
  }
`);
