import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AnchorLink } from '../ui/links';

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  href?: string;
}

/**
 * The top of every management page: breadcrumbs (Gestion › … › this page), the page's one h1, an optional
 * description and its main actions on the right.
 */
export async function PageHeader({
  title,
  crumbs = [],
  description,
  actions,
}: {
  title: string;
  crumbs?: Crumb[];
  description?: ReactNode;
  actions?: ReactNode;
}) {
  const t = await getTranslations('manage');
  const trail: Crumb[] = [{ label: t('home'), href: '/manage' }, ...crumbs, { label: title }];
  return (
    <Stack gap="xs" mb="lg">
      <nav aria-label={t('breadcrumbs')}>
        <Breadcrumbs separator="›" separatorMargin={6}>
          {trail.map((crumb, index) =>
            crumb.href && index < trail.length - 1 ? (
              <AnchorLink key={index} href={crumb.href} size="sm">
                {crumb.label}
              </AnchorLink>
            ) : (
              <Anchor key={index} component="span" size="sm" c="dimmed" underline="never" aria-current="page">
                {crumb.label}
              </Anchor>
            ),
          )}
        </Breadcrumbs>
      </nav>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
          <Title order={1}>{title}</Title>
          {description && (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}
