import { graphql } from '../../../gql/index.js';

/** A product as the catalogue panels list it: whose it is. */
export const CatalogProductFieldsFragment = graphql(`
  fragment CatalogProductFields on Product {
    id
    name
    inn
    ours
    maker {
      id
      name
    }
  }
`);

/** A person named in a programme or event (a drafter, a speaker, an attendee). */
export const CatalogPersonFieldsFragment = graphql(`
  fragment CatalogPersonFields on Person {
    id
    name
    title
    category
  }
`);
