import { graphql } from '../../../../graphql-client';

/** Who is looking: templates are for managers and administrators (trainers get a notice, not an error). */
export const TemplatesViewer = graphql(`
  query TemplatesViewer {
    viewer {
      timeZone
      canCreateTrainings
    }
  }
`);

/** The templates table (issue 8 screen 7): one page in the API's order. */
export const TemplatesTable = graphql(`
  query TemplatesTable($first: Int!, $after: String, $search: String, $kind: TemplateKind, $orderBy: TemplateOrder!) {
    templates(first: $first, after: $after, search: $search, kind: $kind, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        kind
        locale
        subject
        updatedAt
        organisation {
          id
          name
        }
        viewerCan {
          edit
          delete
        }
      }
    }
  }
`);
