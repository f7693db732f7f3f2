/**
 * Runs once when a Next.js server process starts, before it serves its first request (#11 §5): the runtime is
 * built here, so the migrations run at start and not lazily on the first GraphQL call. A database that cannot
 * serve yet does not stop the process: it answers 503 (/api/health, /api/graphql) and the next request tries
 * again (#6 §9).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getRuntime } = await import('./server/runtime');
  // server.js serves /api/graphql with it, beside Next (server/graphql-http.ts).
  (await import('./server/graphql-http')).publishGraphQLHandler();
  await getRuntime().catch((error: unknown) => {
    console.error('cursus: could not start on the database; requests answer 503 until it can', error instanceof Error ? error.message : error);
  });
}
