/** The largest request body the GraphQL endpoint reads (a document plus its variables). */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Refuses an over-long body before anything parses it: 413 with a GraphQL-shaped error. Reads the body
 * (whatever Content-Length claims) and hands it to `rebuild`, which returns an equivalent request for the next
 * handler (or a response refusing the body).
 */
export async function limitBody<R extends Request>(request: R, rebuild: (body: string) => R | Response): Promise<R | Response> {
  if (request.method !== 'POST') return request;
  const declared = Number(request.headers.get('content-length') ?? 0);
  const body = declared > MAX_BODY_BYTES ? null : await request.text();
  if (body === null || Buffer.byteLength(body) > MAX_BODY_BYTES) {
    return Response.json(
      { errors: [{ message: `the request body is larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_USER_INPUT' } }] },
      { status: 413 },
    );
  }
  return rebuild(body);
}
