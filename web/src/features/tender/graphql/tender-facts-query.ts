import { graphql } from '../../../gql/index.js';

/** A tender's own facts: lots, competitors, drafters (as of the map's date), its status over time and who won. */
export const TenderFactsQuery = graphql(`
  query TenderFacts($id: ID!, $asOf: Date) {
    tender(id: $id) {
      id
      status
      date
      preparationStart
      statusHistory {
        status
        on
      }
      lots {
        lot
        quantity
        product {
          id
          name
          inn
          ours
          maker {
            id
            name
          }
        }
      }
      competitors {
        id
        name
        ours
      }
      draftingCommittees(asOf: $asOf) {
        id
        name
        kind
      }
      draftingPeople(asOf: $asOf) {
        id
        name
        category
      }
      outcome {
        price
        currency
        on
        source
        winner {
          id
          name
          ours
        }
      }
    }
  }
`);
