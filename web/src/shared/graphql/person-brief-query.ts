import { graphql } from '../../gql/index.js';

/** A person as a picker or a form names them: who, and how far our relationship has come. */
export const PersonBriefFieldsFragment = graphql(`
  fragment PersonBriefFields on Person {
    id
    name
    title
    category
    ourStage
  }
`);

/** The person a form was opened for (from a link such as ?createPlanFor=person-00001). */
export const PlanningPersonQuery = graphql(`
  query PlanningPerson($id: ID!) {
    person(id: $id) {
      ...PersonBriefFields
    }
  }
`);
