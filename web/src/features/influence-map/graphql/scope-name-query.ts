import { graphql } from '../../../gql/index.js';

/** The names of the four kinds of scope, for the header; only the asked one is non-null. */
export const ScopeNameQuery = graphql(`
  query ScopeName($territory: ID!, $institution: ID!, $committee: ID!, $tender: ID!) {
    territory(id: $territory) {
      id
      name
    }
    institution(id: $institution) {
      id
      name
      kind
    }
    committee(id: $committee) {
      id
      name
    }
    tender(id: $tender) {
      id
      name
    }
  }
`);
