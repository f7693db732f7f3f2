'use client';

import { Alert, Box, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { TemplateKind } from '../../graphql-client/graphql';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { TemplatePreviewQuery } from './template-operations';

/** How long typing pauses before the preview is asked again. */
const DEBOUNCE_MS = 400;

interface Shown {
  subject: string;
  html: string;
}

/**
 * #10 §4: the template as a learner would get it, rendered by the API with sample data (templatePreview),
 * asked again when the text has not changed for a moment. A refusal (an unknown placeholder…) shows in place of
 * the preview, in the words the save would use.
 */
export function TemplatePreview({ kind, locale, subject, body }: { kind: TemplateKind; locale: string; subject: string; body: string }) {
  const t = useTranslations('templates.preview');
  const errorMessage = useErrorMessage();
  const [source] = useDebouncedValue({ kind, locale, subject, body }, DEBOUNCE_MS);
  const [shown, setShown] = useState<Shown | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let current = true;
    setLoading(true);
    graphqlFetch(TemplatePreviewQuery, source)
      .then(
        (data) => current && (setShown(data.templatePreview), setProblem(null)),
        (error) => current && setProblem(errorMessage(error instanceof ApiRequestError ? (error.errors[0] ?? {}) : {})),
      )
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source.kind, source.locale, source.subject, source.body]);

  return (
    <Stack gap="xs" component="section" aria-labelledby="preview-title" aria-busy={loading} data-testid="template-preview">
      <Title order={3} id="preview-title" size="h4">
        {t('title')} {loading && <Loader size={14} aria-hidden />}
      </Title>
      <Text size="sm" c="dimmed">
        {t('help')}
      </Text>
      {problem && (
        <Alert color="red" variant="light" title={t('problem')}>
          <Text size="sm">{problem}</Text>
        </Alert>
      )}
      {shown && (
        <Box className="template-preview" p="sm" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-sm)' }}>
          <Text size="sm" fw={700} mb="xs">
            <Text span size="xs" c="dimmed" fw={400}>
              {t('subject')}{' '}
            </Text>
            {shown.subject || t('noSubject')}
          </Text>
          {/* The API escapes every value and every character of the template (domain/template-render.ts): only its <p> and <br> are markup. */}
          <Box fz="sm" style={{ overflowWrap: 'anywhere' }} dangerouslySetInnerHTML={{ __html: shown.html }} />
        </Box>
      )}
    </Stack>
  );
}
