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
import type { IntrospectionQuery } from 'graphql';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
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

/**
 * What the API says about its schema to this visitor: the introspection result, or `null` when it refuses
 * introspection to anonymous callers (production), or `undefined` when it could not tell (GraphiQL then tries
 * itself and shows what went wrong).
 */
type SchemaAnswer = { schema: IntrospectionQuery | null | undefined };

async function askSchema(introspectionQuery: string): Promise<SchemaAnswer> {
  try {
    const response = await sameOriginFetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: introspectionQuery, operationName: 'IntrospectionQuery' }),
    });
    const body = (await response.json()) as { data?: IntrospectionQuery; errors?: { extensions?: { code?: string } }[] };
    if (body.data?.__schema) return { schema: body.data };
    if (body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') return { schema: null };
  } catch {
    // Left to GraphiQL, below.
  }
  return { schema: undefined };
}

function Loading() {
  const t = useTranslations('playground');
  return <p className="playground-loading">{t('loading')}</p>;
}

/**
 * #6 §18: anonymous visitors of a production site get no introspection. Instead of GraphiQL's raw
 * "introspection needs a signed-in user" error they see a short sign-in prompt, and GraphiQL runs without a
 * schema, so public queries such as the example still run.
 */
function SignInPrompt() {
  const t = useTranslations('playground');
  return (
    <p className="playground-sign-in" role="note">
      {t('signInPrompt')} <a href="/login?callbackUrl=/playground">{t('signIn')}</a>
    </p>
  );
}

const GraphiQLPlayground = dynamic(
  async () => {
    // Must run before GraphiQL creates its first Monaco editor.
    // @ts-expect-error -- graphiql 5.4 ships an empty .d.ts for this side-effect-only entry ("is not a module").
    await import('graphiql/setup-workers/webpack');
    const [{ GraphiQL }, { createGraphiQLFetcher }, { getIntrospectionQuery }] = await Promise.all([
      import('graphiql'),
      import('@graphiql/toolkit'),
      import('graphql'),
    ]);
    const fetcher = createGraphiQLFetcher({ url: GRAPHQL_URL, fetch: sameOriginFetch });

    function CursusGraphiQL() {
      // Asked on every mount, so coming back signed in (a client-side navigation) brings the schema.
      const [answer, setAnswer] = useState<SchemaAnswer>();
      useEffect(() => {
        let mounted = true;
        askSchema(getIntrospectionQuery()).then((result) => mounted && setAnswer(result));
        return () => {
          mounted = false;
        };
      }, []);
      if (!answer) return <Loading />;
      return (
        <>
          {answer.schema === null && <SignInPrompt />}
          <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE_QUERY} schema={answer.schema} />
        </>
      );
    }
    return CursusGraphiQL;
  },
  { ssr: false, loading: () => <Loading /> },
);

export default function Playground() {
  return <GraphiQLPlayground />;
}
