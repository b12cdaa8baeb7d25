import { graphql } from '../../../gql/index.js';

export const PlanQuery = graphql(`
  query Plan($id: ID!) {
    plan(id: $id) {
      ...PlanDetailFields
    }
  }
`);
