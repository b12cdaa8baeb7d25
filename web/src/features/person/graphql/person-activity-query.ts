import { graphql } from '../../../gql/index.js';

/** What the person did and said over time (every date): talks, events attended, stances as recorded. */
export const PersonActivityQuery = graphql(`
  query PersonActivity($id: ID!) {
    person(id: $id) {
      id
      talks {
        topic
        event {
          ...PersonEventFields
        }
      }
      eventsAttended {
        ...PersonEventFields
      }
      stanceHistory {
        ...StanceRecordFields
      }
    }
  }
`);
