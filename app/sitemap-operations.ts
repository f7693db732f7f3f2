import { graphql } from '../graphql-client';

/** The public catalogue's trainings and their open sessions, a page at a time (#9 §1, sitemap.xml). */
export const SitemapPage = graphql(`
  query SitemapPage($after: String) {
    trainings(first: 100, after: $after, sessions: { ended: false }) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        sessions(first: 100, filter: { ended: false }) {
          nodes {
            id
          }
        }
      }
    }
  }
`);
