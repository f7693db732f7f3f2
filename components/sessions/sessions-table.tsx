'use client';

import { ActionIcon, Anchor, Badge, Button, Group, Select, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconSearch } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { debounce } from 'nuqs';
import { useState } from 'react';
import { DEFAULT_SESSION_SORT, SESSION_STATUSES, sessionFilters } from '../../app/(staff)/manage/sessions/search-params';
import { manageRoutes } from '../manage/routes';
import { DataTable } from '../ui/data-table';
import { ButtonLink } from '../ui/links';
import { useServerTable } from '../ui/use-server-table';
import { DeleteSessionDialog } from './delete-session';
import { SessionRowActions } from './row-actions';
import { SendMessageDialog } from '../messages/send-message-button';
import { SessionEventsPanel } from './session-events';
import { SessionStatus, STATUS_COLOR } from './session-values';
import { TrainingFilter } from './training-filter';

/** One row, as the server page prepared it (dates already formatted in the viewer's zone). */
export interface SessionRow {
  id: string;
  title: string;
  training: { id: string; title: string };
  /** Day and time, in the viewer's zone (named above the table). */
  start: { date: string; time: string };
  end: { date: string; time: string };
  status: SessionStatus;
  learners: number;
  /** Null: unlimited. */
  capacity: number | null;
  pending: number;
  canEdit: boolean;
  canDelete: boolean;
  /** Message its learners (R13, the envelope); absent: no. */
  canMessage?: boolean;
}

function When({ value }: { value: { date: string; time: string } }) {
  return (
    <Stack gap={0}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {value.date}
      </Text>
      <Text size="xs" c="dimmed">
        {value.time}
      </Text>
    </Stack>
  );
}

export interface TrainingOption {
  id: string;
  code: string;
  title: string;
}

/** The sessions table (#7 screen 4, seed 002): sort, filters and pages in the URL; rows open to their events. */
export function SessionsTable({
  rows,
  totalCount,
  pageInfo,
  trainings,
  canCreate,
}: {
  rows: SessionRow[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  trainings: TrainingOption[];
  canCreate: boolean;
}) {
  const t = useTranslations('sessionsTable');
  const common = useTranslations('common');
  const statusLabel = useTranslations('status');
  const router = useRouter();
  const table = useServerTable(sessionFilters, DEFAULT_SESSION_SORT);
  const [search, setSearch] = useState(table.values.q);
  const [deleting, setDeleting] = useState<SessionRow | null>(null);
  const [messaging, setMessaging] = useState<SessionRow | null>(null);
  // Several rows may be open at once; opening one fetches only its events.
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const { q, training, status, from, to } = table.values;
  const filtered = Boolean(q || training || status || from || to);
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const knownTraining = rows.find((row) => row.training.id === training)?.training;

  const columns: ColumnDef<SessionRow, unknown>[] = [
    {
      id: 'training',
      header: t('columns.training'),
      enableSorting: true,
      meta: { visibleFrom: 'md' },
      cell: ({ row }) => (
        <Text size="sm" lineClamp={3} maw={150}>
          {row.original.training.title}
        </Text>
      ),
    },
    {
      id: 'title',
      header: t('columns.title'),
      enableSorting: true,
      cell: ({ row }) => {
        const session = row.original;
        const expanded = open.has(session.id);
        return (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-expanded={expanded}
              aria-label={t(expanded ? 'hideEvents' : 'showEvents', { title: session.title })}
              onClick={() => toggle(session.id)}
            >
              {expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
            </ActionIcon>
            <Stack gap={0} miw={150} maw={240}>
              <Anchor component={Link} href={manageRoutes.session(session.id)} fw={600} size="sm">
                {session.title}
              </Anchor>
              {/* The training, under the title where its own column is hidden (tablets). */}
              <Text size="xs" c="dimmed" hiddenFrom="md">
                {session.training.title}
              </Text>
            </Stack>
          </Group>
        );
      },
    },
    { id: 'start', header: t('columns.start'), enableSorting: true, cell: ({ row }) => <When value={row.original.start} /> },
    { id: 'end', header: t('columns.end'), enableSorting: true, cell: ({ row }) => <When value={row.original.end} /> },
    {
      id: 'status',
      header: t('columns.status'),
      enableSorting: true,
      cell: ({ row }) => (
        <Badge variant="dot" color={STATUS_COLOR[row.original.status]} miw="max-content">
          {statusLabel(row.original.status)}
        </Badge>
      ),
    },
    {
      id: 'learners',
      header: t('columns.learners'),
      enableSorting: true,
      meta: { align: 'right' },
      cell: ({ row }) => {
        const { learners, capacity } = row.original;
        return (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {capacity === null ? t('seatsUnlimited', { learners }) : t('seats', { learners, capacity })}
          </Text>
        );
      },
    },
    {
      id: 'pending',
      header: t('columns.pending'),
      enableSorting: true,
      meta: { align: 'right' },
      cell: ({ row }) =>
        row.original.pending ? (
          <Badge variant="dot" color="orange" miw="max-content">
            {row.original.pending}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            0
          </Text>
        ),
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{common('actions')}</VisuallyHidden>,
      meta: { label: common('actions'), align: 'right' },
      cell: ({ row }) => <SessionRowActions session={row.original} onDelete={() => setDeleting(row.original)} onMessage={() => setMessaging(row.original)} />,
    },
  ];

  const clear = () => {
    setSearch('');
    table.setFilters({ q: null, training: null, status: null, from: null, to: null });
  };

  const empty = (
    <Stack align="center" gap="sm" py="xl">
      <Text fw={600}>{t('empty.title')}</Text>
      <Text size="sm" c="dimmed" ta="center" maw={480}>
        {filtered ? t('empty.filtered') : t('empty.none')}
      </Text>
      {filtered ? (
        <Button variant="default" onClick={clear}>
          {t('empty.clear')}
        </Button>
      ) : (
        canCreate && <ButtonLink href={manageRoutes.newSession()}>{t('new')}</ButtonLink>
      )}
    </Stack>
  );

  const toolbar = (
    <Stack gap="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
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
          w={{ base: '100%', sm: 240 }}
        />
        <TrainingFilter
          options={trainings}
          value={training || null}
          known={knownTraining}
          onChange={(id) => table.setFilters({ training: id })}
        />
        <Select
          label={t('statusFilter')}
          placeholder={t('allStatuses')}
          data={SESSION_STATUSES.map((value) => ({ value, label: statusLabel(value) }))}
          value={status}
          onChange={(value) => table.setFilters({ status: (value as SessionStatus | null) ?? null })}
          clearable
          w={{ base: '100%', sm: 170 }}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('from')}
          value={from}
          onChange={(event) => table.setFilters({ from: event.currentTarget.value || null })}
          w={{ base: '100%', sm: 180 }}
        />
        <TextInput
          type="date"
          label={t('to')}
          value={to}
          onChange={(event) => table.setFilters({ to: event.currentTarget.value || null })}
          w={{ base: '100%', sm: 180 }}
        />
        {filtered && (
          <Button variant="subtle" onClick={clear}>
            {t('empty.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );

  return (
    <div className="sessions-table">
      <DataTable
        label={t('tableLabel')}
        columns={columns}
        rows={rows}
        getRowId={(row) => row.id}
        totalCount={totalCount}
        {...table.viewProps(pageInfo)}
        empty={empty}
        toolbar={toolbar}
        renderExpanded={(row) => (open.has(row.id) ? <SessionEventsPanel session={row} /> : null)}
      />
      {deleting && (
        <DeleteSessionDialog session={deleting} opened onClose={() => setDeleting(null)} onDeleted={() => router.refresh()} />
      )}
      {messaging && <SendMessageDialog target={{ sessionId: messaging.id, name: messaging.title }} onClose={() => setMessaging(null)} />}
    </div>
  );
}
