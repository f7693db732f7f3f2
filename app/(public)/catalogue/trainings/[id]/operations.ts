import { graphql } from '../../../../../graphql-client';

/** A training's public page (#9 §1): what funders audit, and its open sessions. */
export const CatalogueTrainingPage = graphql(`
  query CatalogueTrainingPage($id: ID!, $sessions: Int!) {
    viewer {
      timeZone
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
      organisations {
        id
        name
      }
      sessions(first: $sessions, filter: { ended: false }) {
        totalCount
        nodes {
          ...CatalogueSessionCard
        }
      }
    }
  }
`);
