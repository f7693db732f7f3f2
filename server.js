// Cursus's HTTP server (#11 §3): `node server.js [-p 3000] [-H 0.0.0.0] [--dev]` (npm start, npm run dev, the
// e2e runner, the bench). /api/graphql goes straight to the Apollo server on node:http (server/graphql-http.ts);
// everything else to Next. Next's instrumentation hook (instrumentation.ts) builds the runtime, running the
// migrations, while `prepare` waits, and hands over the GraphQL handler: it must come from Next's bundles,
// which share that runtime (server/runtime.ts), not from a second copy of the code loaded here.
const http = require('node:http');

const args = process.argv.slice(2);
const dev = args.includes('--dev');
// What `next start` and `next dev` set themselves; read by React, Next and Cursus (graphql/server.ts).
process.env.NODE_ENV = dev ? 'development' : 'production';
// #11 (server memory under load < 300 MB): by default V8 lets the heap grow to several times what survived the
// last full collection before it collects again, and a rendered page allocates several MB that outlive their
// young-generation collections (requests in flight for a few hundred ms), so under load the process swelled to
// 500-900 MB while it kept only 100-140 MB alive. Growing by 30 % collects sooner; unlike
// --max-old-space-size it is no ceiling the process could die against. V8 reads it at every collection, so it
// can be set here. HEAP_GROWING_PERCENT=<n> sets another value, 0 leaves V8's default; a
// --heap-growing-percent given to node itself wins.
if (!dev && process.env.HEAP_GROWING_PERCENT !== '0' && !process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) {
  require('node:v8').setFlagsFromString(`--heap-growing-percent=${Number(process.env.HEAP_GROWING_PERCENT) || 30}`);
}
const next = require('next');

const GRAPHQL_PATH = '/api/graphql';
const PUBLISHED = Symbol.for('cursus.graphql-http');

const option = (...names) => {
  const at = args.findIndex((arg) => names.includes(arg));
  return at === -1 ? undefined : args[at + 1];
};
const port = Number(option('-p', '--port') ?? process.env.PORT ?? 3000);
const hostname = option('-H', '--hostname') ?? '0.0.0.0';

const app = next({ dev, dir: __dirname, hostname, port });
const handleNext = app.getRequestHandler();

/** Until the hook has run (`next dev` compiles it on its own schedule), the API is not ready: 503. */
function handleGraphQL(request, response) {
  const handler = globalThis[PUBLISHED];
  if (handler) return handler(request, response);
  response.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' });
  response.end(JSON.stringify({ errors: [{ message: 'the server is starting; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
}

app.prepare().then(
  () => {
    const server = http.createServer((request, response) => {
      const url = request.url ?? '/';
      const query = url.indexOf('?');
      if ((query === -1 ? url : url.slice(0, query)) === GRAPHQL_PATH) handleGraphQL(request, response);
      else handleNext(request, response);
    });
    if (dev) server.on('upgrade', app.getUpgradeHandler());
    server.listen(port, hostname, () => console.log(`cursus: ready on http://${hostname}:${port}${dev ? ' (development)' : ''}`));
    // A stop (a deploy, a load balancer draining this process, the bench) lets the requests in flight finish,
    // within 10 s, and exits normally, which is also when `node --cpu-prof` writes its profile.
    for (const signal of ['SIGTERM', 'SIGINT'])
      process.once(signal, () => {
        server.close(() => process.exit(0));
        server.closeIdleConnections();
        setTimeout(() => process.exit(0), 10_000).unref();
      });
  },
  (error) => {
    console.error('cursus: Next could not start', error);
    process.exit(1);
  },
);
