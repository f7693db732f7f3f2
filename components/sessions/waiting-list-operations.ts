import { graphql } from '../../graphql-client';

/** #9 §4: staff reorder a waiting list and promote by hand. */
export const MoveInWaitingList = graphql(`
  mutation MoveInWaitingList($id: ID!, $position: Int!) {
    moveInWaitingList(id: $id, position: $position) {
      id
      position
    }
  }
`);

export const PromoteInscription = graphql(`
  mutation PromoteInscription($id: ID!) {
    promoteInscription(id: $id) {
      id
      state
    }
  }
`);
