/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SiteHeaderViewer {\n    viewer {\n      isStaff\n      user {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": typeof types.SiteHeaderViewerDocument,
    "\n  query ManageViewer {\n    viewer {\n      isStaff\n      isAdmin\n      canCreateTrainings\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n": typeof types.ManageViewerDocument,
    "\n  query ViewerPreferences {\n    viewer {\n      timeZone\n      user {\n        locale\n      }\n    }\n  }\n": typeof types.ViewerPreferencesDocument,
};
const documents: Documents = {
    "\n  query SiteHeaderViewer {\n    viewer {\n      isStaff\n      user {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": types.SiteHeaderViewerDocument,
    "\n  query ManageViewer {\n    viewer {\n      isStaff\n      isAdmin\n      canCreateTrainings\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n": types.ManageViewerDocument,
    "\n  query ViewerPreferences {\n    viewer {\n      timeZone\n      user {\n        locale\n      }\n    }\n  }\n": types.ViewerPreferencesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteHeaderViewer {\n    viewer {\n      isStaff\n      user {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"): typeof import('./graphql').SiteHeaderViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageViewer {\n    viewer {\n      isStaff\n      isAdmin\n      canCreateTrainings\n      user {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').ManageViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerPreferences {\n    viewer {\n      timeZone\n      user {\n        locale\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerPreferencesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
