import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { AnchorLink } from '../ui/links';

export interface PanelItem {
  key: string;
  href: string;
  title: string;
  /** Dimmed lines under the title (dates, training, place). */
  details: string[];
  /** On the right: a count, seats… */
  aside?: ReactNode;
}

/** One block of the dashboard: a heading, its items (each a link to its page), or what to do when empty. */
export function DashboardPanel({ title, help, items, empty, footer }: { title: string; help?: string; items: PanelItem[]; empty: string; footer?: ReactNode }) {
  const headingId = `panel-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Paper p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} id={headingId}>
            {title}
          </Title>
          {help && (
            <Text size="sm" c="dimmed" mt={4}>
              {help}
            </Text>
          )}
        </div>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <li key={item.key}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                  <div style={{ minWidth: 0 }}>
                    <AnchorLink href={item.href} fw={600}>
                      {item.title}
                    </AnchorLink>
                    {item.details.map((line, index) => (
                      <Text key={index} size="sm" c="dimmed">
                        {line}
                      </Text>
                    ))}
                  </div>
                  {item.aside && <div style={{ flexShrink: 0 }}>{item.aside}</div>}
                </Group>
              </li>
            ))}
          </Stack>
        )}
        {footer}
      </Stack>
    </Paper>
  );
}
