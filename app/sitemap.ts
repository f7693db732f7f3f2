import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { requestOrigin } from '../lib/request-origin';
import { runPublicOperation } from '../server/execute';
import { SitemapPage } from './sitemap-operations';
import type { SitemapPageQuery } from '../graphql-client/graphql';

export const dynamic = 'force-dynamic';

// A bound on one sitemap's work: 50 pages of 100 trainings (the protocol allows 50 000 addresses per file).
const MAX_PAGES = 50;

/** sitemap.xml (#9 §1): the catalogue, its public trainings with an open session, and those sessions. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = requestOrigin(await headers());
  const entries: MetadataRoute.Sitemap = [{ url: `${origin}/catalogue`, changeFrequency: 'daily', priority: 1 }];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { trainings }: SitemapPageQuery = await runPublicOperation(SitemapPage, { after });
    for (const training of trainings.nodes) {
      entries.push({ url: `${origin}/catalogue/trainings/${training.id}`, changeFrequency: 'weekly', priority: 0.8 });
      for (const session of training.sessions.nodes)
        entries.push({ url: `${origin}/catalogue/sessions/${session.id}`, changeFrequency: 'daily', priority: 0.6 });
    }
    if (!trainings.pageInfo.hasNextPage) break;
    after = trainings.pageInfo.endCursor;
  }
  return entries;
}
