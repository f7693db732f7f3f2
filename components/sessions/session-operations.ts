import { graphql } from '../../graphql-client';

/** The session page's interactive islands (#7 screen 5): finding people, registering, deciding, removing. */

/** Someone outside the viewer's scope, by their exact e-mail address (managers only). */
export const PersonByEmail = graphql(`
  query PersonByEmail($email: String!) {
    userByEmail(email: $email) {
      id
      firstName
      lastName
    }
  }
`);

export const AddSessionInscription = graphql(`
  mutation AddSessionInscription($input: AddInscriptionInput!) {
    addInscription(input: $input) {
      id
      state
    }
  }
`);

export const RemoveSessionInscription = graphql(`
  mutation RemoveSessionInscription($id: ID!) {
    removeInscription(id: $id) {
      id
    }
  }
`);

export const ValidateSessionInscription = graphql(`
  mutation ValidateSessionInscription($id: ID!, $accept: Boolean!) {
    validateInscription(id: $id, accept: $accept) {
      id
      state
    }
  }
`);
