import { graphql } from '../../../gql/index.js';

/**
 * The open suggestions between two people of the map's scope, as the map draws them (ids,
 * type, strength, confidence); the rest of one is asked when it is clicked (TieSuggestionQuery).
 */
export const MapTieSuggestionsQuery = graphql(`
  query MapTieSuggestions($scope: ScopeInput!, $first: Int) {
    tieSuggestions(scope: $scope, withinScope: true, first: $first) {
      totalCount
      nodes {
        id
        fromId
        toId
        type
        strength
        confidence
      }
    }
  }
`);

/** One suggestion with its provenance, for the map's panel. */
export const TieSuggestionQuery = graphql(`
  query TieSuggestion($id: ID!) {
    tieSuggestion(id: $id) {
      ...TieSuggestionCardFields
      status
    }
  }
`);
