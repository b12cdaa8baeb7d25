import { graphql } from '../../../gql/index.js';

/** People by name, for the plan and interaction forms (with our stage, to suggest a target). */
export const PlanningPeopleSearchQuery = graphql(`
  query PlanningPeopleSearch($search: String!) {
    people(search: $search, first: 8) {
      id
      name
      title
      category
      ourStage
    }
  }
`);
