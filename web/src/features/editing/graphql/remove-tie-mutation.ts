import { graphql } from '../../../gql/index.js';

export const RemoveTieMutation = graphql(`
  mutation RemoveTie($from: ID!, $to: ID!, $type: TieType!, $since: Date) {
    removeTie(from: $from, to: $to, type: $type, since: $since) {
      ok
      id
      errors {
        field
        message
      }
    }
  }
`);
