/** A JSON request body, parsed, or the 400 a client's empty or unparsable body gets (#6 §11). */
export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400; body: { errors: { message: string; extensions: { code: string } }[] } };

export function parseJsonBody(body: string): JsonBody {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const message = body.trim() ? 'the request body is not valid JSON' : 'the request body is empty';
    return { ok: false, status: 400, body: { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] } };
  }
}
