import { graphql } from '../../graphql-client';

/** « Renvoyer »: a given-up e-mail goes back to the outbox (#10 §8). */
export const RetryOutboxMail = graphql(`
  mutation RetryOutboxMail($id: ID!) {
    retryOutboxMail(id: $id) {
      id
      state
    }
  }
`);
