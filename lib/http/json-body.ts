/**
 * An empty or unparsable JSON body is the client's mistake: 400 with a GraphQL-shaped error (#6 §11).
 * The Next adapter of Apollo parses an `application/json` body itself and, when it is not JSON, throws before
 * Apollo sees the request, which Next answers as a 500 with an empty body.
 */
export function invalidJsonBody(request: Request, body: string): Response | null {
  const mediaType = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/json') return null;
  try {
    JSON.parse(body);
    return null;
  } catch {
    return Response.json(
      { errors: [{ message: body.trim() ? 'the request body is not valid JSON' : 'the request body is empty', extensions: { code: 'BAD_REQUEST' } }] },
      { status: 400 },
    );
  }
}
