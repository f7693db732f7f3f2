import { Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ButtonLink } from '../ui/links';
import { SignOutButton } from '../ui/sign-out-button';

/** What a signed-in learner sees at /manage (#7): what the area is for, and where to go instead. */
export async function NotForYou({ languageSwitch }: { languageSwitch: ReactNode }) {
  const t = await getTranslations('manage.notForYou');
  return (
    <>
      <header className="site-header">
        <span className="site-brand">Cursus</span>
        <Group className="site-account" gap="md">
          {languageSwitch}
          <SignOutButton />
        </Group>
      </header>
      <Center component="main" id="main" mih="70vh" p="lg">
        <Paper p="xl" maw={560}>
          <Stack gap="md" align="flex-start">
            <ThemeIcon size="xl" radius="xl" variant="light" aria-hidden>
              <IconLock size={24} />
            </ThemeIcon>
            <Title order={1}>{t('title')}</Title>
            <Text>{t('body')}</Text>
            <ButtonLink href="/catalogue">{t('catalogue')}</ButtonLink>
          </Stack>
        </Paper>
      </Center>
    </>
  );
}
