import { graphql } from '../../../../../graphql-client';

/** What the new-template form offers: the owners the viewer may choose. */
export const NewTemplateForm = graphql(`
  query NewTemplateForm {
    viewer {
      isAdmin
      canCreateTrainings
      managedOrganisations {
        id
        name
      }
    }
  }
`);
