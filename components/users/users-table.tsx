'use client';

import { Badge, Button, Group, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuilding, IconKey, IconPencil, IconSearch, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { debounce } from 'nuqs';
import { useState } from 'react';
import { USERS_SORT, userFilters } from '../../app/(staff)/manage/users/search-params';
import { graphql } from '../../graphql-client';
import type { UsersPageQuery } from '../../graphql-client/graphql';
import { DataTable } from '../ui/data-table';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { RowActions } from '../ui/row-actions';
import { useServerTable } from '../ui/use-server-table';
import { MembershipsDialog } from './memberships-dialog';
import { UserFormDialog } from './user-form-dialog';
import { UserPasswordDialog } from './user-password-dialog';

export type UserRow = UsersPageQuery['users']['nodes'][number];

const SetUserActive = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    updateUser(id: $id, input: { active: $active }) {
      id
      active
    }
  }
`);

export const fullName = (user: { firstName: string; lastName: string }) => `${user.firstName} ${user.lastName}`;

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password' | 'memberships'; id: string };

/** The users table (#8 screen 8): server-side search and pages, row actions only where `viewerCan.edit`. */
export function UsersTable({
  users,
  totalCount,
  pageInfo,
  organisations,
  timeZones,
  canCreate,
}: {
  users: UserRow[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  organisations: { id: string; name: string }[];
  timeZones: string[];
  canCreate: boolean;
}) {
  const t = useTranslations('users');
  const common = useTranslations('common');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const table = useServerTable(userFilters, USERS_SORT);
  const [search, setSearch] = useState(table.values.q);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // The row the dialog is about, as the last refresh gave it (memberships change while it is open).
  const current = dialog && dialog.kind !== 'create' ? users.find((user) => user.id === dialog.id) ?? null : null;

  async function setActive(user: UserRow, active: boolean) {
    try {
      await graphqlFetch(SetUserActive, { id: user.id, active });
      notifications.show({ color: 'green', message: t(active ? 'reactivated' : 'deactivated', { name: fullName(user) }) });
      router.refresh();
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error instanceof ApiRequestError ? error.errors[0] : {}) });
    }
  }

  const columns: ColumnDef<UserRow, unknown>[] = [
    {
      id: 'name',
      header: t('columns.name'),
      cell: ({ row }) => (
        <Text size="sm">
          <Text span fw={700} inherit>
            {row.original.lastName}
          </Text>{' '}
          {row.original.firstName}
        </Text>
      ),
    },
    {
      id: 'email',
      header: t('columns.email'),
      cell: ({ row }) => (
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {row.original.email ?? t('hiddenEmail')}
        </Text>
      ),
    },
    {
      id: 'organisations',
      header: t('columns.organisations'),
      meta: { visibleFrom: 'md' },
      cell: ({ row }) =>
        row.original.memberships.length ? (
          <Stack gap={2}>
            {row.original.memberships.map((m) => (
              <Text key={m.organisation.id} size="sm">
                {m.organisation.name} <Text span size="xs" c="dimmed">({t(`role.${m.role}`)})</Text>
              </Text>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('noOrganisation')}
          </Text>
        ),
    },
    {
      id: 'status',
      header: t('columns.status'),
      cell: ({ row }) => (
        <Group gap={4}>
          {row.original.active ? (
            <Badge color="green" variant="dot">{t('active')}</Badge>
          ) : (
            <Badge color="gray" variant="dot">{t('inactive')}</Badge>
          )}
          {row.original.isAdmin && <Badge color="cursus" variant="dot">{t('admin')}</Badge>}
        </Group>
      ),
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{common('actions')}</VisuallyHidden>,
      meta: { label: common('actions'), align: 'right' },
      cell: ({ row }) => {
        const user = row.original;
        if (!user.viewerCan.edit) return null;
        return (
          <RowActions
            name={fullName(user)}
            actions={[
              { key: 'edit', label: t('actions.edit'), icon: <IconPencil size={16} aria-hidden />, onClick: () => setDialog({ kind: 'edit', id: user.id }) },
              { key: 'memberships', label: t('actions.memberships'), icon: <IconBuilding size={16} aria-hidden />, onClick: () => setDialog({ kind: 'memberships', id: user.id }) },
              { key: 'password', label: t('actions.password'), icon: <IconKey size={16} aria-hidden />, onClick: () => setDialog({ kind: 'password', id: user.id }) },
              user.active
                ? { key: 'deactivate', label: t('actions.deactivate'), icon: <IconUserOff size={16} aria-hidden />, color: 'red.9', onClick: () => setActive(user, false) }
                : { key: 'reactivate', label: t('actions.reactivate'), icon: <IconUserCheck size={16} aria-hidden />, onClick: () => setActive(user, true) },
            ]}
          />
        );
      },
    },
  ];

  const empty = (
    <Stack align="center" gap="sm" py="xl">
      <Text fw={600}>{t('empty.title')}</Text>
      <Text size="sm" c="dimmed" ta="center" maw={480}>
        {table.values.q ? t('empty.filtered') : t('empty.none')}
      </Text>
      {table.values.q && (
        <Button variant="default" onClick={() => { setSearch(''); table.setFilters({ q: null }); }}>
          {t('empty.clear')}
        </Button>
      )}
    </Stack>
  );

  const toolbar = (
    <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
      <TextInput
        label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        type="search"
        value={search}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setSearch(value);
          table.setFilters({ q: value || null }, { limitUrlUpdates: debounce(300) });
        }}
        w={{ base: '100%', sm: 320 }}
      />
      {canCreate && <Button onClick={() => setDialog({ kind: 'create' })}>{t('new')}</Button>}
    </Group>
  );

  const close = () => setDialog(null);
  return (
    <>
      <DataTable
        label={t('tableLabel')}
        columns={columns}
        rows={users}
        getRowId={(row) => row.id}
        totalCount={totalCount}
        {...table.viewProps(pageInfo)}
        empty={empty}
        toolbar={toolbar}
      />
      {dialog?.kind === 'create' && <UserFormDialog timeZones={timeZones} onClose={close} />}
      {dialog?.kind === 'edit' && current && <UserFormDialog user={current} timeZones={timeZones} onClose={close} />}
      {dialog?.kind === 'password' && current && <UserPasswordDialog user={current} onClose={close} />}
      {dialog?.kind === 'memberships' && current && <MembershipsDialog user={current} organisations={organisations} onClose={close} />}
    </>
  );
}
