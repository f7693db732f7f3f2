'use client';

/**
 * Self-hosted GraphiQL playground for /api/graphql.
 *
 * Everything comes from our own bundle: the Monaco workers are set up by `graphiql/setup-workers/webpack`
 * (`new Worker(new URL(…, import.meta.url))`, which both webpack and Turbopack bundle), and GraphiQL's
 * stylesheet inlines its fonts. No CDN is involved, so it works with no internet access.
 *
 * GraphiQL and Monaco need `window`, so they are loaded on the client only (`next/dynamic`, `ssr: false`).
 */
import 'graphiql/style.css';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';

export const GRAPHQL_URL = '/api/graphql';

export const EXAMPLE_QUERY = `query Catalogue {
  trainings(first: 5) {
    totalCount
    nodes { id code title sessions(first: 3) { nodes { id title startDate status } } }
  }
}
`;

/** Sends the session cookie with every request (same origin only), so a later sign-in works. */
const sameOriginFetch: typeof fetch = (input, init) => fetch(input, { ...init, credentials: 'same-origin' });

function PlaygroundLoading() {
  const t = useTranslations('playground');
  return <p className="playground-loading">{t('loading')}</p>;
}

const GraphiQLPlayground = dynamic(
  async () => {
    // Must run before GraphiQL creates its first Monaco editor.
    // @ts-expect-error -- graphiql 5.4 ships an empty .d.ts for this side-effect-only entry ("is not a module").
    await import('graphiql/setup-workers/webpack');
    const [{ GraphiQL }, { createGraphiQLFetcher }] = await Promise.all([
      import('graphiql'),
      import('@graphiql/toolkit'),
    ]);
    const fetcher = createGraphiQLFetcher({ url: GRAPHQL_URL, fetch: sameOriginFetch });

    function CursusGraphiQL() {
      return <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE_QUERY} />;
    }
    return CursusGraphiQL;
  },
  {
    ssr: false,
    loading: () => <PlaygroundLoading />,
  },
);

export default function Playground() {
  return <GraphiQLPlayground />;
}
