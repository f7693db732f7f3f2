'use client';

import { Alert, Button, CopyButton, Group, Modal, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '../../graphql-client';
import { applyApiErrors, fieldId } from '../ui/api-form-errors';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';

const CreateApiToken = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      token
      apiToken {
        id
        name
      }
    }
  }
`);

const RevokeApiToken = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

/** One token, as the page prepared it (dates formatted in the user's zone). */
export interface TokenRow {
  id: string;
  name: string;
  lastCharacters: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const FORM_ID = 'api-token-form';

/**
 * Personal API tokens (#8 screen 9, the developers' entry point): create one, whose secret the API gives this
 * once (shown with a copy button until dismissed, never again), list them with their last use, revoke one.
 */
export function ApiTokensPanel({ tokens, zone }: { tokens: TokenRow[]; zone: string }) {
  const t = useTranslations('account.tokens');
  const account = useTranslations('account');
  const common = useTranslations('common');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [general, setGeneral] = useState<string[]>([]);
  const [revoking, setRevoking] = useState<TokenRow | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const form = useForm({ mode: 'controlled', initialValues: { name: '' } });

  async function create({ name }: { name: string }) {
    setGeneral([]);
    try {
      const { createApiToken } = await graphqlFetch(CreateApiToken, { name: name.trim() });
      setCreated({ name: createApiToken.apiToken.name, token: createApiToken.token });
      form.reset();
      notifications.show({ color: 'green', message: t('created', { name: createApiToken.apiToken.name }) });
      router.refresh();
    } catch (error) {
      const errors = error instanceof ApiRequestError ? error.errors : [{ message: String(error) }];
      setGeneral(applyApiErrors(errors, { formId: FORM_ID, fields: ['name'], setFieldError: form.setFieldError, message: errorMessage }));
    }
  }

  async function revoke(token: TokenRow) {
    setPending(true);
    setRevokeError(null);
    try {
      await graphqlFetch(RevokeApiToken, { id: token.id });
      notifications.show({ color: 'green', message: t('revoked', { name: token.name }) });
      setRevoking(null);
      router.refresh();
    } catch (error) {
      setRevokeError(errorMessage(error instanceof ApiRequestError ? error.errors[0] : {}));
    } finally {
      setPending(false);
    }
  }

  return (
    <Paper p="lg" component="section" aria-labelledby="api-tokens-title">
      <Stack gap="md">
        <Title order={2} id="api-tokens-title">
          {t('title')}
        </Title>
        <Text size="sm">{t.rich('intro', { code: (chunks) => <code>{chunks}</code> })}</Text>

        {created && (
          <Alert color="cursus" variant="light" icon={<IconKey size={18} aria-hidden />} title={t('secretTitle')} role="status">
            <Stack gap="sm">
              <Text size="sm">{t('secretHelp')}</Text>
              <Group gap="sm" align="flex-end" wrap="nowrap">
                <TextInput
                  label={t('secretLabel', { name: created.name })}
                  value={created.token}
                  readOnly
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  style={{ flex: 1 }}
                  onFocus={(event) => event.currentTarget.select()}
                />
                <CopyButton value={created.token}>
                  {({ copied, copy }) => (
                    <Button
                      variant={copied ? 'filled' : 'default'}
                      color={copied ? 'green.9' : undefined}
                      leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                      onClick={copy}
                    >
                      {copied ? t('copied') : t('copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Group>
                <Button variant="subtle" size="compact-sm" onClick={() => setCreated(null)}>
                  {t('dismiss')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}

        <form id={FORM_ID} onSubmit={form.onSubmit(create)} noValidate>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              id={fieldId(FORM_ID, 'name')}
              label={t('name')}
              description={t('nameHelp')}
              required
              maxLength={100}
              miw={260}
              style={{ flex: 1 }}
              {...form.getInputProps('name')}
            />
            <Button type="submit" loading={form.submitting} mt={{ base: 0, sm: 46 }}>
              {t('create')}
            </Button>
          </Group>
          {general.length > 0 && (
            <Alert color="red" variant="light" mt="sm" role="alert" title={account('errorsTitle')}>
              {general.map((text) => (
                <Text key={text} size="sm">
                  {text}
                </Text>
              ))}
            </Alert>
          )}
        </form>

        {tokens.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('empty')}
          </Text>
        ) : (
          <Stack gap={4}>
            <Table.ScrollContainer minWidth={560} type="native">
              <Table verticalSpacing="xs">
                <caption>
                  <VisuallyHidden>{t('tableLabel')}</VisuallyHidden>
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('columns.createdAt')}</Table.Th>
                    <Table.Th scope="col">{t('columns.lastUsedAt')}</Table.Th>
                    <Table.Th scope="col">{t('columns.status')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{common('actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tokens.map((token) => (
                    <Table.Tr key={token.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {token.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t('ends', { end: token.lastCharacters })}
                        </Text>
                      </Table.Td>
                      <Table.Td>{token.createdAt}</Table.Td>
                      <Table.Td>{token.lastUsedAt ?? t('never')}</Table.Td>
                      <Table.Td>
                        {token.revokedAt ? (
                          <Text size="sm" c="dimmed">
                            {t('revokedOn', { date: token.revokedAt })}
                          </Text>
                        ) : (
                          <Text size="sm">{t('active')}</Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">
                        {!token.revokedAt && (
                          <Button
                            variant="default"
                            size="compact-sm"
                            aria-label={t('revokeFor', { name: token.name })}
                            onClick={() => {
                              setRevokeError(null);
                              setRevoking(token);
                            }}
                          >
                            {t('revoke')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed">
              {t('zone', { zone })}
            </Text>
          </Stack>
        )}
      </Stack>

      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={revoking ? t('revokeTitle', { name: revoking.name }) : ''} centered>
        <Stack gap="md">
          <Text size="sm">{t('revokeBody')}</Text>
          {revokeError && (
            <Text role="alert" c="red.9" size="sm">
              {revokeError}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setRevoking(null)} data-autofocus>
              {common('cancel')}
            </Button>
            <Button color="red.9" loading={pending} onClick={() => revoking && revoke(revoking)}>
              {t('revokeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
