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

export const CreatePersonFromUnmatchedMutation = graphql(`
  mutation CreatePersonFromUnmatched($id: ID!, $input: PersonInput!, $institutionId: ID, $position: String) {
    createPersonFromUnmatched(id: $id, input: $input, institutionId: $institutionId, position: $position) {
      ok
      errors {
        field
        message
      }
      person {
        id
        name
      }
      openSuggestions
    }
  }
`);

// Queries a decision changes (only active ones are refetched): the review lists and the map's proposed ties.
export const AFTER_DECISION = ['TieSuggestions', 'UnmatchedPeople', 'MapTieSuggestions', 'TieSuggestion'];
