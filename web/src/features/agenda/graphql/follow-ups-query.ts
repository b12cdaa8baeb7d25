import { graphql } from '../../../gql/index.js';

/** Proposals waiting for the follow-up call (due or overdue), soonest first. */
export const FollowUpsQuery = graphql(`
  query FollowUps($userId: ID) {
    followUps(userId: $userId) {
      due
      overdue
      advice
      proposal {
        ...PlanningInteractionFields
      }
    }
  }
`);
