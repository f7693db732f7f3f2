import { headers } from 'next/headers';

/**
 * schema.org data for search engines (#9 §1). A data block, not a script that runs; it carries the page's
 * nonce anyway, so no Content-Security-Policy reading can object. `<` is escaped so no text can close the tag.
 */
export async function JsonLd({ data }: { data: object }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const json = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: json }} />;
}
