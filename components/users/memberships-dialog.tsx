'use client';

import { ActionIcon, Button, Group, Modal, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '../../graphql-client';
import type { MembershipRole } from '../../graphql-client/graphql';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { fullName, type UserRow } from './users-table';

const SetMembership = graphql(`
  mutation SetMembership($userId: ID!, $organisationId: ID!, $role: MembershipRole!) {
    setMembership(userId: $userId, organisationId: $organisationId, role: $role) {
      role
    }
  }
`);

const RemoveMembership = graphql(`
  mutation RemoveMembership($userId: ID!, $organisationId: ID!) {
    removeMembership(userId: $userId, organisationId: $organisationId) {
      role
    }
  }
`);

const ROLES: MembershipRole[] = ['MEMBER', 'MANAGER'];

/**
 * A person's organisations and their role in each (#8 screen 8): change a role, remove one, add one. Each
 * change is one mutation; the list is the users table's row, refreshed after each.
 */
export function MembershipsDialog({
  user,
  organisations,
  onClose,
}: {
  user: UserRow;
  organisations: { id: string; name: string }[];
  onClose: () => void;
}) {
  const t = useTranslations('users.memberships');
  const roles = useTranslations('users');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [adding, setAdding] = useState<{ organisationId: string | null; role: MembershipRole }>({ organisationId: null, role: 'MEMBER' });
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const name = fullName(user);
  const taken = new Set(user.memberships.map((m) => m.organisation.id));
  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? id;

  async function run(change: () => Promise<unknown>, message: string) {
    setPending(true);
    setError(null);
    try {
      await change();
      notifications.show({ color: 'green', message });
      router.refresh();
      return true;
    } catch (e) {
      setError(errorMessage(e instanceof ApiRequestError ? e.errors[0] : {}));
      return false;
    } finally {
      setPending(false);
    }
  }

  const setRole = (organisationId: string, role: MembershipRole) =>
    run(
      () => graphqlFetch(SetMembership, { userId: user.id, organisationId, role }),
      t('saved', { name, role: roles(`role.${role}`), organisation: nameOf(organisationId) }),
    );

  return (
    <Modal opened onClose={onClose} title={t('title', { name })} size="lg" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('help')}
        </Text>
        {user.memberships.length === 0 ? (
          <Text size="sm">{t('none')}</Text>
        ) : (
          <Table verticalSpacing="xs">
            <caption>
              <VisuallyHidden>{t('tableLabel')}</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisation')}</Table.Th>
                <Table.Th scope="col">{t('role')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('remove')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {user.memberships.map((m) => (
                <Table.Tr key={m.organisation.id}>
                  <Table.Td>{m.organisation.name}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('roleFor', { organisation: m.organisation.name })}
                      data={ROLES.map((role) => ({ value: role, label: roles(`roleLabel.${role}`) }))}
                      value={m.role}
                      onChange={(role) => role && role !== m.role && setRole(m.organisation.id, role as MembershipRole)}
                      allowDeselect={false}
                      disabled={pending}
                      comboboxProps={{ withinPortal: true }}
                      w={180}
                    />
                  </Table.Td>
                  <Table.Td ta="right">
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      aria-label={t('removeFor', { organisation: m.organisation.name })}
                      disabled={pending}
                      onClick={() =>
                        run(
                          () => graphqlFetch(RemoveMembership, { userId: user.id, organisationId: m.organisation.id }),
                          t('removed', { name, organisation: m.organisation.name }),
                        )
                      }
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (!adding.organisationId) return;
            if (await setRole(adding.organisationId, adding.role)) setAdding({ organisationId: null, role: 'MEMBER' });
          }}
        >
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('addTitle')}
            </Title>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <Select
                label={t('organisation')}
                placeholder={t('organisationPlaceholder')}
                data={organisations.filter((o) => !taken.has(o.id)).map((o) => ({ value: o.id, label: o.name }))}
                value={adding.organisationId}
                onChange={(organisationId) => setAdding((a) => ({ ...a, organisationId }))}
                searchable
                comboboxProps={{ withinPortal: true }}
                style={{ flex: 1 }}
                miw={220}
              />
              <Select
                label={t('role')}
                data={ROLES.map((role) => ({ value: role, label: roles(`roleLabel.${role}`) }))}
                value={adding.role}
                onChange={(role) => role && setAdding((a) => ({ ...a, role: role as MembershipRole }))}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                w={180}
              />
              <Button type="submit" loading={pending} disabled={!adding.organisationId}>
                {t('add')}
              </Button>
            </Group>
          </Stack>
        </form>
        {error && (
          <Text role="alert" c="red.9" size="sm">
            {error}
          </Text>
        )}
      </Stack>
    </Modal>
  );
}
