import { graphql } from '../../../gql/index.js';

/** A product: its maker, the programmes that list it (as of the map's date) and the tender lots it is in. */
export const ProductDetailsQuery = graphql(`
  query ProductDetails($id: ID!, $asOf: Date) {
    product(id: $id) {
      ...CatalogProductFields
      form
      sku
      therapeuticAreas {
        id
        name
      }
      programs(asOf: $asOf) {
        id
        name
        kind
        year
      }
      tenderLots {
        lot
        quantity
        tender {
          id
          name
          date
          status
        }
      }
    }
  }
`);
