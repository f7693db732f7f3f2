/**
 * The request header proxy.ts sets to the path and query being requested, so that a server component whose
 * operation needs a sign-in can send the reader to /login and back (server components do not see the URL).
 */
export const REQUEST_PATH_HEADER = 'x-cursus-path';
