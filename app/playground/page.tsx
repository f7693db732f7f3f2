import type { Metadata } from 'next';
import Playground from '@/components/playground';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'Éditeur GraphiQL pour l’API GraphQL de Cursus',
};

export default function PlaygroundPage() {
  return (
    <main className="playground">
      <Playground />
    </main>
  );
}
