import { graphql } from '../../../gql/index.js';

/** What a list shows of one change: its sentence, day, kind, people, and for rank moves the ranks and their evidence. */
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
    recordedOn
    recordedBy {
      id
      name
    }
  }
`);
