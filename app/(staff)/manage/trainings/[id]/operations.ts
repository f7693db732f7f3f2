import { graphql } from '../../../../../graphql-client';

/** A training's page (#7): its settings, organisations and sessions. */
export const TrainingPage = graphql(`
  query TrainingPage($id: ID!, $sessions: Int!) {
    viewer {
      timeZone
    }
    training(id: $id) {
      id
      code
      title
      description
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
        delete
      }
      sessions(first: $sessions) {
        totalCount
        nodes {
          id
          title
          startDate
          endDate
          status
          maxUsers
          learners(first: 0) {
            totalCount
          }
        }
      }
    }
  }
`);
