import { Container, Paper, Title } from '@mantine/core';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '../../../components/login-form';
import { sitePath } from '../../../lib/safe-redirect';
import { siteOrigin } from '../../../lib/site-url';
import { ClientMessages } from '../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('login'))('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const t = await getTranslations('login');
  const { callbackUrl } = await searchParams;
  // Only paths of this site (#6 §1); next-auth's own sign-in redirect passes an absolute URL of the site.
  const target = sitePath(callbackUrl, siteOrigin()) ?? '/';
  return (
    <ClientMessages namespaces={['login']}>
      <Container component="main" size={420} py="xl" className="page login-page">
        <Title order={1} mb="lg">
          {t('title')}
        </Title>
        <Paper p="lg">
          <LoginForm callbackUrl={target} />
        </Paper>
      </Container>
    </ClientMessages>
  );
}
