// Reading and keeping the user's chosen language (kept apart from preferred-locale.ts, which the
// first script loads and which must not bring the GraphQL documents with it).
import { graphql } from '../../gql/index.js';

export const PreferredLocaleQuery = graphql(`
  query PreferredLocale {
    me {
      preferredLocale
    }
  }
`);

export const SetPreferredLocaleMutation = graphql(`
  mutation SetPreferredLocale($locale: Locale) {
    setPreferredLocale(locale: $locale) {
      ok
      errors {
        field
        message
      }
      viewer {
        preferredLocale
      }
    }
  }
`);
