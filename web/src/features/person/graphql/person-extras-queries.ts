import { graphql } from '../../../gql/index.js';

// Personal data and history are separate queries from the person's professional details:
// a dossier read is audited and may be refused, and neither should hold up the panel.

export const PersonDossierQuery = graphql(`
  query PersonDossier($id: ID!) {
    person(id: $id) {
      id
      consent
      dossierAccess
      dossier {
        birthday
        hobbies
        family
        values
        communicationStyle
        characterType
        source
        recordedOn
      }
    }
  }
`);

export const PersonInteractionsQuery = graphql(`
  query PersonInteractions($id: ID!) {
    person(id: $id) {
      id
      interactions {
        id
        name
        kind
        date
        outcome
        followUpStatus
        users {
          id
          name
        }
      }
    }
  }
`);
