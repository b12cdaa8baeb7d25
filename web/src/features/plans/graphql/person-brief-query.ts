import { graphql } from '../../../gql/index.js';

/** The person a form was opened for (from a link such as ?createPlanFor=person-00001). */
export const PlanningPersonQuery = graphql(`
  query PlanningPerson($id: ID!) {
    person(id: $id) {
      id
      name
      title
      category
      ourStage
    }
  }
`);
