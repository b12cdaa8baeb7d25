import { graphql } from '../../../gql/index.js';

export const TiePayloadFieldsFragment = graphql(`
  fragment TiePayloadFields on TiePayload {
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
      role
      position
      domain
      basis
      value
      stage
      since
      until
      source
      confidence
    }
  }
`);
