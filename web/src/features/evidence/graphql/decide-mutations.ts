import { graphql } from '../../../gql/index.js';

export const AcceptTieSuggestionMutation = graphql(`
  mutation AcceptTieSuggestion($id: ID!, $strength: Float) {
    acceptTieSuggestion(id: $id, strength: $strength) {
      ok
      errors {
        field
        message
      }
      tie {
        from
        to
        type
        strength
        source
      }
    }
  }
`);

export const RejectTieSuggestionMutation = graphql(`
  mutation RejectTieSuggestion($id: ID!, $reason: String) {
    rejectTieSuggestion(id: $id, reason: $reason) {
      ok
      id
      errors {
        field
        message
      }
    }
  }
`);

export const MergeUnmatchedPersonMutation = graphql(`
  mutation MergeUnmatchedPerson($id: ID!, $personId: ID!) {
    mergeUnmatchedPerson(id: $id, personId: $personId) {
      ok
      errors {
        field
        message
      }
      person {
        id
        name
      }
    }
  }
`);

export const IgnoreUnmatchedPersonMutation = graphql(`
  mutation IgnoreUnmatchedPerson($id: ID!, $reason: String) {
    ignoreUnmatchedPerson(id: $id, reason: $reason) {
      ok
      errors {
        field
        message
      }
    }
  }
`);

// Queries a decision changes (only active ones are refetched).
export const AFTER_DECISION = ['TieSuggestions', 'UnmatchedPeople'];
