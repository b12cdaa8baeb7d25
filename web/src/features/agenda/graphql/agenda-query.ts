import { graphql } from '../../../gql/index.js';

export const AgendaQuery = graphql(`
  query Agenda($userId: ID!, $from: Date!, $to: Date!) {
    agenda(userId: $userId, from: $from, to: $to) {
      date
      kind
      title
      subjectId
      overdue
    }
  }
`);
