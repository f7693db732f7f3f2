import { graphql } from '../../graphql-client';

// In a plain module: the new-session page runs it for the first results, the picker again as the user types.

/** How many trainings the picker lists at once; a longer list asks for a finer search. */
export const PICKER_SIZE = 20;

/** The first step of a new session (#7, seed 000): the trainings the viewer may create sessions of, by title or code. */
export const PickSessionTraining = graphql(`
  query PickSessionTraining($search: String, $first: Int!) {
    trainings(search: $search, managed: true, first: $first) {
      totalCount
      nodes {
        id
        code
        title
        organisations {
          id
          name
        }
      }
    }
  }
`);
