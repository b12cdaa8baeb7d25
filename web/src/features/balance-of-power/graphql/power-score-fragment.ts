import { graphql } from '../../../gql/index.js';

/** One ranked person with the explanation of the score. */
export const PowerScoreFieldsFragment = graphql(`
  fragment PowerScoreFields on PowerScore {
    rank
    score
    person {
      id
      name
      title
      category
    }
    explanation {
      factor
      value
      weight
      contribution
      evidence {
        description
        value
        ids
      }
    }
  }
`);
