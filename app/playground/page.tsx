import type { Metadata } from 'next';
import Playground from '@/components/playground';
import { currentLocale, messages } from '../../lib/i18n';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'Éditeur GraphiQL pour l’API GraphQL de Cursus',
};

export default async function PlaygroundPage() {
  const t = messages(await currentLocale());
  return (
    <main className="playground">
      <Playground texts={t} />
    </main>
  );
}
