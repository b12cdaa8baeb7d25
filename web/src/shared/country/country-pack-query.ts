import { graphql } from '../../gql/index.js';

/**
 * The country the server runs with (COUNTRY_PACK): the words of its closed lists and its
 * currency, named in the app's language (`locale`, so each language is its own cache entry).
 */
export const CountryPackQuery = graphql(`
  query CountryPack($locale: Locale!) {
    countryPack {
      code
      currency
      name {
        label(locale: $locale)
      }
      vocabularies {
        kind
        values {
          value
          label(locale: $locale)
        }
      }
    }
  }
`);
