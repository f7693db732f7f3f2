import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getRuntime } from './runtime';
import { REQUEST_PATH_HEADER } from '../lib/request-path';

/** A typed document from graphql-client/ (codegen's TypedDocumentString). */
export type TypedDocument<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { toString(): string };

/** An operation refused for another reason than a missing object or a missing sign-in. */
export class OperationError extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    this.name = 'OperationError';
  }
}

/**
 * The context of the request being rendered: the same request → actor → context step as /api/graphql
 * (server/request-context.ts reads the session cookie or bearer token from these headers). Built once per
 * request (React cache), so the layout and the page share the actor and the DataLoaders.
 */
const renderContext = cache(async () => {
  const runtime = await getRuntime();
  return runtime.contextFor(await headers());
});

/**
 * An operation as an anonymous visitor would run it, whoever asks: for what must hold only public data
 * whoever requests it (the sitemap, #9), so a signed-in manager's request cannot leak their scope into it.
 */
export async function runPublicOperation<Result, Variables extends Record<string, unknown>>(
  document: TypedDocument<Result, Variables>,
  variables?: Variables,
): Promise<Result> {
  const runtime = await getRuntime();
  const contextValue = await runtime.contextFor(new Headers());
  const response = await runtime.server.executeOperation<Result, Variables>({ query: document.toString(), variables }, { contextValue });
  if (response.body.kind !== 'single' || response.body.singleResult.errors?.length)
    throw new OperationError(response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : []);
  return JSON.parse(JSON.stringify(response.body.singleResult.data)) as Result;
}

/** Sends the reader to sign in and come back to the page being rendered (its path comes from proxy.ts). */
export async function redirectToSignIn(): Promise<never> {
  const path = (await headers()).get(REQUEST_PATH_HEADER) ?? '/';
  redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
}

/**
 * Runs an operation of the public schema in process, for server components (#7): the same Apollo server,
 * schema, limits, error formatting and actor as a call to /api/graphql, without the HTTP hop. A missing (or
 * out-of-scope) object renders the not-found page, a missing sign-in goes to /login and back; any other
 * error is thrown.
 */
export async function runOperation<Result, Variables extends Record<string, unknown>>(
  document: TypedDocument<Result, Variables>,
  variables?: Variables,
): Promise<Result> {
  const [{ server }, contextValue] = await Promise.all([getRuntime(), renderContext()]);
  const response = await server.executeOperation<Result, Variables>({ query: document.toString(), variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by the screens');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) {
    const codes = errors.map((error) => error.extensions?.code);
    if (codes.includes('UNAUTHENTICATED')) await redirectToSignIn();
    if (codes.includes('NOT_FOUND')) notFound();
    throw new OperationError(errors);
  }
  // Plain JSON, exactly what /api/graphql would send: graphql-js builds its results on null prototypes,
  // which React refuses to pass to client components.
  return JSON.parse(JSON.stringify(data)) as Result;
}
