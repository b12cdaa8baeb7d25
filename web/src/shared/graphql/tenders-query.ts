import { graphql } from '../../gql/index.js';

export const TenderFieldsFragment = graphql(`
  fragment TenderFields on Tender {
    id
    name
    date
    value
    currency
    status
    procedure
    issuer {
      id
      name
    }
  }
`);

export const TendersQuery = graphql(`
  query Tenders($territoryId: ID) {
    tenders(territoryId: $territoryId, first: 100) {
      ...TenderFields
    }
  }
`);
