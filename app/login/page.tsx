import type { Metadata } from 'next';
import { LoginForm } from '../../components/login-form';
import { currentLocale, messages } from '../../lib/i18n';

export const metadata: Metadata = { title: 'Connexion' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const t = messages(await currentLocale());
  const { callbackUrl } = await searchParams;
  // Only paths of this site: never an open redirect.
  const target = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/';
  return (
    <main className="page login-page">
      <h1>{t.loginTitle}</h1>
      <LoginForm texts={t} callbackUrl={target} />
    </main>
  );
}
