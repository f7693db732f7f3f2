import { graphql } from '../../../graphql-client';

/** My account (#8 screen 9): the profile, the zones it may take, and the personal API tokens. */
export const AccountPage = graphql(`
  query AccountPage {
    me {
      id
      email
      firstName
      lastName
      locale
      timeZone
    }
    timeZones
    apiTokens(first: 100) {
      nodes {
        id
        name
        lastCharacters
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);
