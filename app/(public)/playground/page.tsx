import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Playground from '@/components/playground';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('playground');
  return { title: t('title'), description: t('description') };
}

export default function PlaygroundPage() {
  return (
    <main className="playground">
      <Playground />
    </main>
  );
}
