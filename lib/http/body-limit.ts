import type { IncomingMessage } from 'node:http';

/** The largest request body the GraphQL endpoint reads (a document plus its variables). */
export const MAX_BODY_BYTES = 64 * 1024;

/** The refusal of an over-long body: 413 with a GraphQL-shaped error. */
export const BODY_TOO_LARGE = {
  status: 413,
  body: { errors: [{ message: `the request body is larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_USER_INPUT' } }] },
};

/**
 * The request body as text, or null as soon as it is longer than MAX_BODY_BYTES (declared by Content-Length or
 * sent): an over-long body is refused before anything parses it, and the rest of it is never buffered.
 */
export function readLimitedBody(request: IncomingMessage): Promise<string | null> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    request.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
