import { graphql } from '../../../gql/index.js';

// Personal data and history are separate queries from the person's professional details:
// a dossier read is audited and may be refused, and neither should hold up the panel.

export const PersonDossierQuery = graphql(`
  query PersonDossier($id: ID!) {
    person(id: $id) {
      id
      consent
      anonymised
      dossierAccess
      dataProtection {
        lawfulBasis
        noticeOn
        noticeMethod
        effectiveRetentionMonths
        retainUntil
      }
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

export const ErasePersonMutation = graphql(`
  mutation ErasePerson($personId: ID!, $reason: String!) {
    erasePersonalData(personId: $personId, reason: $reason) {
      ok
      errors {
        field
        message
      }
      erased {
        module
        items
      }
      person {
        id
        name
        anonymised
      }
    }
  }
`);
