import { graphql } from '../../../graphql-client';

/** The reader's zone: the catalogue's period is in the reader's days. */
export const CatalogueViewerZone = graphql(`
  query CatalogueViewerZone {
    viewer {
      timeZone
    }
  }
`);
