import { graphql } from '../../../gql/index.js';

/**
 * A work as a review card shows it: its kind's identifier and a link to its source. Spread
 * per kind (not on the Work interface): the cache matches fragments on concrete types
 * without a possible-types table.
 */
export const EvidencePublicationFieldsFragment = graphql(`
  fragment EvidencePublicationFields on Publication {
    __typename
    id
    title
    date
    url
    pmid
    journal
  }
`);
export const EvidenceTrialFieldsFragment = graphql(`
  fragment EvidenceTrialFields on Trial {
    __typename
    id
    title
    date
    url
    nctId
  }
`);
export const EvidenceTalkFieldsFragment = graphql(`
  fragment EvidenceTalkFields on Talk {
    __typename
    id
    title
    date
    url
    session
    event {
      id
      name
    }
  }
`);

/** What a suggestion's card shows, on /evidence and in the map's panel: who, what, how sure, and the works behind it. */
export const TieSuggestionCardFieldsFragment = graphql(`
  fragment TieSuggestionCardFields on TieSuggestion {
    id
    type
    basis
    strength
    confidence
    matchScore
    from {
      id
      name
    }
    to {
      id
      name
    }
    reasons {
      code
      count
      message
    }
    works {
      ...EvidencePublicationFields
      ...EvidenceTrialFields
      ...EvidenceTalkFields
    }
  }
`);

/** Open tie suggestions the viewer may decide, most confident first. */
export const TieSuggestionsQuery = graphql(`
  query TieSuggestions($first: Int, $after: String, $minConfidence: Float) {
    tieSuggestions(first: $first, after: $after, minConfidence: $minConfidence) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TieSuggestionCardFields
      }
    }
  }
`);
