import { graphql } from '../../../gql/index.js';

export const PersonPositionFieldsFragment = graphql(`
  fragment PersonPositionFields on Position {
    title
    head
    since
    until
    institution {
      id
      name
      kind
    }
  }
`);

export const PersonCommitteeFieldsFragment = graphql(`
  fragment PersonCommitteeFields on CommitteeMembership {
    role
    since
    until
    committee {
      id
      name
      kind
    }
  }
`);

export const PersonStanceFieldsFragment = graphql(`
  fragment PersonStanceFields on Stance {
    towardId
    towardName
    value
    ours
    source
    since
  }
`);

export const PersonRelationshipFieldsFragment = graphql(`
  fragment PersonRelationshipFields on Relationship {
    stage
    owns
    since
    criteria {
      criterion
      since
    }
    missingCriteria
    user {
      id
      name
      role
    }
  }
`);

/** Everything the side panel shows about a person that the API has today. */
export const PersonDetailsFieldsFragment = graphql(`
  fragment PersonDetailsFields on Person {
    id
    name
    title
    category
    specialty
    optedOut
    stanceTowardUs
    ourStage
    owner {
      id
      name
    }
    positions {
      ...PersonPositionFields
    }
    committees {
      ...PersonCommitteeFields
    }
    stances {
      ...PersonStanceFields
    }
    relationships {
      ...PersonRelationshipFields
    }
    territories {
      id
      name
    }
  }
`);
