import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** One error as the API formats it (graphql/errors.ts): `code`, and for refusals `reason` and `field`. */
export interface ApiError {
  message: string;
  code?: string;
  reason?: string;
  field?: string;
  /** Values for the reason's message (domain/errors.ts `details`), e.g. `{ count: 3 }`. */
  details?: Record<string, string | number>;
  problems?: { field: string; messages: string[] }[];
}

/** The API refused the operation (or could not be reached: code NETWORK). */
export class ApiRequestError extends Error {
  constructor(readonly errors: ApiError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ApiRequestError';
  }
}

type TypedDocument<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { toString(): string };

/**
 * Client components send the same typed operations as the server pages to /api/graphql (#7), with the
 * session cookie. Resolves with the data, or rejects with an ApiRequestError listing the API's errors.
 */
export async function graphqlFetch<Result, Variables>(document: TypedDocument<Result, Variables>, variables?: Variables): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/api/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiRequestError([{ message: 'network error', code: 'NETWORK' }]);
  }
  const body = (await response.json().catch(() => null)) as {
    data?: Result;
    errors?: { message: string; extensions?: Omit<ApiError, 'message'> }[];
  } | null;
  if (!body) throw new ApiRequestError([{ message: `HTTP ${response.status}`, code: response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' }]);
  if (body.errors?.length) throw new ApiRequestError(body.errors.map((e) => ({ message: e.message, ...e.extensions })));
  return body.data as Result;
}
