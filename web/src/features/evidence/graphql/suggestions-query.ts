import { graphql } from '../../../gql/index.js';

/** A work as a review card shows it: its kind's identifier and a link to its source. */
export const EvidenceWorkFieldsFragment = graphql(`
  fragment EvidenceWorkFields on Work {
    __typename
    id
    title
    date
    url
    ... on Publication {
      pmid
      journal
    }
    ... on Trial {
      nctId
    }
    ... on Talk {
      session
      event {
        name
      }
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
          ...EvidenceWorkFields
        }
      }
    }
  }
`);
