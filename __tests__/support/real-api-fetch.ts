import type { Actor } from '../../domain/actor';
import type { TestApi } from './api';

/**
 * Points the browser's `fetch('/api/graphql')` of a UI test at the real schema on a real database (the test
 * API), as `actor`: the component's operations run exactly as the app runs them, nothing is mocked.
 */
export function serveRealApi(api: TestApi, actor: Actor) {
  const sent: { query: string; variables: Record<string, unknown> }[] = [];
  global.fetch = (async (_url: string, init: { body: string }) => {
    const { query, variables } = JSON.parse(init.body);
    sent.push({ query, variables });
    const result = await api.run(query, variables, actor);
    // Through JSON, as over HTTP (dates become strings).
    const body = JSON.parse(JSON.stringify(result));
    return { status: 200, json: async () => body };
  }) as unknown as typeof fetch;
  return sent;
}
