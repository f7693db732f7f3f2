import { graphql } from '../../../../../graphql-client';

/** The edit form of one template: its values, and the owners the viewer may choose. */
export const EditTemplateForm = graphql(`
  query EditTemplateForm($id: ID!) {
    viewer {
      isAdmin
      managedOrganisations {
        id
        name
      }
    }
    template(id: $id) {
      id
      name
      kind
      locale
      subject
      body
      organisation {
        id
        name
      }
      viewerCan {
        edit
      }
    }
  }
`);
