import { Container, Stack, Text, Title } from '@mantine/core';
import { getTranslations } from 'next-intl/server';
import { AnchorLink, ButtonLink } from '../../components/ui/links';

export default async function HomePage() {
  const t = await getTranslations('home');
  return (
    <Container component="main" size="md" py="xl" className="page">
      <Stack gap="md">
        <Title order={1}>{t('title')}</Title>
        <Text>{t('intro')}</Text>
        <Text>{t('catalogue')}</Text>
        <div>
          <ButtonLink href="/catalogue" size="md">
            {t('openCatalogue')}
          </ButtonLink>
        </div>
        <Text>{t('api')}</Text>
        <Text>{t('playground')}</Text>
        <Text>
          <AnchorLink href="/playground">{t('openPlayground')}</AnchorLink>
        </Text>
      </Stack>
    </Container>
  );
}
