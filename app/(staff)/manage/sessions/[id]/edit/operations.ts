import { graphql } from '../../../../../../graphql-client';

/** The edit form of one session (#7, screen 3): its values, its training and organisations (R1). */
export const EditSessionForm = graphql(`
  query EditSessionForm($id: ID!) {
    viewer {
      timeZone
    }
    session(id: $id) {
      id
      title
      description
      startDate
      endDate
      defaultSession
      publicRegistration
      publicUnregistration
      registrationValidation
      maxUsers
      eventInscriptionMode
      promotionCutoffHours
      registrationClosesAt
      organisations {
        id
        name
      }
      training {
        id
        code
        title
        viewerCan {
          edit
        }
      }
    }
  }
`);
