import { graphql } from '../../../gql/index.js';

/** The review queue: names the evidence could not match with certainty, most works first. */
export const UnmatchedPeopleQuery = graphql(`
  query UnmatchedPeople($first: Int) {
    unmatchedPeople(first: $first) {
      totalCount
      nodes {
        id
        name
        lastName
        foreName
        orcid
        affiliations
        cities
        workCount
        works(first: 3) {
          ...EvidencePublicationFields
          ...EvidenceTrialFields
          ...EvidenceTalkFields
        }
        candidates {
          score
          person {
            id
            name
          }
        }
      }
    }
  }
`);
