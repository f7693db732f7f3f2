/**
 * Runs once when a Next.js server process starts, before it serves its first request (#11 §5): the runtime is
 * built here, so the migrations run at start and not lazily on the first GraphQL call. A database that cannot
 * serve yet does not stop the process: it answers 503 (/api/health, /api/graphql) and the next request tries
 * again (#6 §9). Once built, the runtime starts the outbox worker when SMTP_URL is set (#10 §8).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getRuntime } = await import('./server/runtime');
  // server.js serves /api/graphql with it, beside Next (server/graphql-http.ts).
  (await import('./server/graphql-http')).publishGraphQLHandler();
  const started = await getRuntime()
    .then((runtime) => runtime.startMailWorker())
    .catch((error: unknown) => {
      console.error('cursus: could not start on the database; requests answer 503 until it can', error instanceof Error ? error.message : error);
      return 'later' as const;
    });
  // No database yet: the worker starts once the runtime builds (looked at every 30 s).
  if (started === 'later' && process.env.SMTP_URL) {
    const retry = setInterval(() => {
      getRuntime()
        .then((runtime) => (runtime.startMailWorker(), clearInterval(retry)))
        .catch(() => undefined);
    }, 30_000);
    retry.unref();
  }
}
