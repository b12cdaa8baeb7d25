import { graphql } from '../../../gql/index.js';

/** An event: who spoke (on what) and who attended. */
export const EventDetailsQuery = graphql(`
  query EventDetails($id: ID!) {
    event(id: $id) {
      id
      name
      kind
      date
      city
      territories {
        id
        name
      }
      therapeuticAreas {
        id
        name
      }
      speakers {
        topic
        person {
          ...CatalogPersonFields
        }
      }
      attendees {
        ...CatalogPersonFields
      }
    }
  }
`);
