import { graphql } from '../../../../../graphql-client';

/** What the new-training form offers: the organisations the viewer may give trainings to. */
export const NewTrainingForm = graphql(`
  query NewTrainingForm {
    viewer {
      canCreateTrainings
      managedOrganisations {
        id
        name
      }
    }
  }
`);
