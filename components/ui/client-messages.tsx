import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/**
 * The messages the client components below need, and only those: a provider without `messages` puts the whole
 * catalogue (about 68 KB) in every page's RSC payload (docs/performance.md §8). A nested provider replaces its
 * parent's messages, so a route lists every namespace its client components use;
 * `__tests__/unit/client-messages.test.ts` follows each route's imports and fails on a namespace left out.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
