import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AnchorLink } from '@/components/ui/links';
import Playground from '@/components/playground';
import { ClientMessages } from '../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('playground');
  return { title: t('title'), description: t('description') };
}

export default async function PlaygroundPage() {
  const t = await getTranslations('playground');
  return (
    <ClientMessages namespaces={['playground']}>
      <main className="playground">
        {/* #8: the developers' way to the API from a script is a personal token. */}
        <p className="playground-tokens">
          {t('tokensPrompt')} <AnchorLink href="/account">{t('tokensLink')}</AnchorLink>
        </p>
        <Playground />
      </main>
    </ClientMessages>
  );
}
