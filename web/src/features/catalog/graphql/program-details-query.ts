import { graphql } from '../../../gql/index.js';

/** A programme as of the map's date: its list of products, who drafts it, where it applies. */
export const ProgramDetailsQuery = graphql(`
  query ProgramDetails($id: ID!, $asOf: Date) {
    program(id: $id) {
      id
      name
      kind
      year
      territories {
        id
        name
      }
      therapeuticAreas {
        id
        name
      }
      products(asOf: $asOf) {
        ...CatalogProductFields
      }
      drafters(asOf: $asOf) {
        ...CatalogPersonFields
      }
      draftingCommittees(asOf: $asOf) {
        id
        name
        members(asOf: $asOf) {
          role
          person {
            ...CatalogPersonFields
          }
        }
      }
    }
  }
`);
