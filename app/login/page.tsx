import type { Metadata } from 'next';
import { LoginForm } from '../../components/login-form';
import { currentLocale, messages } from '../../lib/i18n';
import { sitePath } from '../../lib/safe-redirect';
import { siteOrigin } from '../../lib/site-url';

export const metadata: Metadata = { title: 'Connexion' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const t = messages(await currentLocale());
  const { callbackUrl } = await searchParams;
  // Only paths of this site (#6 §1); next-auth's own sign-in redirect passes an absolute URL of the site.
  const target = sitePath(callbackUrl, siteOrigin()) ?? '/';
  return (
    <main className="page login-page">
      <h1>{t.loginTitle}</h1>
      <LoginForm texts={t} callbackUrl={target} />
    </main>
  );
}
