'use client';

import { ScrollArea, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useLocale, useTranslations } from 'next-intl';
import type { PlaceholderInfo } from './template-values';

/** How a placeholder is written in a template (domain/template-placeholders.ts: `{{ name }}`). */
export const placeholderTag = (name: string) => `{{ ${name} }}`;

/**
 * The placeholders the chosen kind may use, each with its description (from the API's registry); choosing one
 * inserts it into the body at the cursor.
 */
export function PlaceholderList({ placeholders, loading, onInsert }: { placeholders: PlaceholderInfo[]; loading: boolean; onInsert: (tag: string) => void }) {
  const t = useTranslations('templates.form');
  const language = useLocale() === 'en' ? 'en' : 'fr';
  return (
    <Stack gap="xs" component="section" aria-labelledby="placeholders-title" aria-busy={loading}>
      <Title order={3} id="placeholders-title" size="h4">
        {t('placeholders')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('placeholdersHelp')}
      </Text>
      {/* Beside the body: the list scrolls on its own rather than pushing the page down. */}
      <ScrollArea.Autosize mah={560} type="auto" offsetScrollbars>
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {placeholders.map((placeholder) => (
            <li key={placeholder.name}>
              <UnstyledButton
                onClick={() => onInsert(placeholderTag(placeholder.name))}
                className="placeholder-button"
                aria-label={t('insert', { name: placeholderTag(placeholder.name), description: placeholder.description[language] })}
                w="100%"
                p={6}
              >
                <Text ff="monospace" size="sm" fw={600} c="cursus.8">
                  {placeholderTag(placeholder.name)}
                </Text>
                <Text size="xs" c="dimmed">
                  {placeholder.description[language]}
                </Text>
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
