'use client';

import { ScrollArea, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useLocale, useTranslations } from 'next-intl';
import type { PlaceholderInfo } from './template-values';

/** How a placeholder is written in a template (domain/template-placeholders.ts: `{{ name }}`). */
export const placeholderTag = (name: string) => `{{ ${name} }}`;

/** A loop as it is inserted: its opening and closing tags around an empty line for its content. */
const loopTag = (name: string) => `{{#${name}}}\n\n{{/${name}}}`;
const loopLabel = (name: string) => `{{#${name}}} … {{/${name}}}`;

/**
 * The placeholders the chosen kind may use, each with its description (from the API's registry); choosing one
 * inserts it into the body at the cursor. A loop comes with the placeholders of its items, listed under it.
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
          {placeholders
            .filter((placeholder) => !placeholder.within)
            .map((placeholder) => (
              <li key={placeholder.name}>
                <PlaceholderButton
                  label={placeholder.loop ? loopLabel(placeholder.name) : placeholderTag(placeholder.name)}
                  description={placeholder.description[language]}
                  onClick={() => onInsert(placeholder.loop ? loopTag(placeholder.name) : placeholderTag(placeholder.name))}
                />
                {placeholder.loop && (
                  <Stack gap={2} component="ul" aria-label={t('loopItems', { name: placeholder.name })} style={{ listStyle: 'none', margin: 0 }} pl="md">
                    {placeholders
                      .filter((item) => item.within === placeholder.name)
                      .map((item) => (
                        <li key={item.name}>
                          <PlaceholderButton label={placeholderTag(item.name)} description={item.description[language]} onClick={() => onInsert(placeholderTag(item.name))} />
                        </li>
                      ))}
                  </Stack>
                )}
              </li>
            ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}

function PlaceholderButton({ label, description, onClick }: { label: string; description: string; onClick: () => void }) {
  const t = useTranslations('templates.form');
  return (
    <UnstyledButton onClick={onClick} className="placeholder-button" aria-label={t('insert', { name: label, description })} w="100%" p={6}>
      <Text ff="monospace" size="sm" fw={600} c="cursus.8">
        {label}
      </Text>
      <Text size="xs" c="dimmed">
        {description}
      </Text>
    </UnstyledButton>
  );
}
