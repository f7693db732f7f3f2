import { graphql } from '../../../../../../graphql-client';

/** The edit form of one training: its values, and the organisations the viewer may choose. */
export const EditTrainingForm = graphql(`
  query EditTrainingForm($id: ID!) {
    viewer {
      managedOrganisations {
        id
        name
      }
    }
    training(id: $id) {
      id
      code
      title
      description
      objectives
      prerequisites
      durationHours
      audience
      accessibility
      defaultSessionDays
      maxUsers
      publicRegistration
      publicUnregistration
      registrationValidation
      eventInscriptionMode
      organisations {
        id
        name
      }
      viewerCan {
        edit
      }
    }
  }
`);
