import { graphql } from '../../../../../graphql-client';

/** The new-session form's training (#7, screen 3): what it shows read-only, and whether the viewer may. */
export const NewSessionTraining = graphql(`
  query NewSessionTraining($id: ID!) {
    viewer {
      timeZone
      canCreateTrainings
    }
    training(id: $id) {
      id
      code
      title
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

/** What the form is pre-filled with (R2): the API's draft, never recomputed by the page. */
export const NewSessionDraft = graphql(`
  query NewSessionDraft($trainingId: ID!) {
    sessionDraft(trainingId: $trainingId) {
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
    }
  }
`);

/** The first step, before a training is chosen: may the viewer create sessions at all. */
export const NewSessionViewer = graphql(`
  query NewSessionViewer {
    viewer {
      canCreateTrainings
    }
  }
`);
