'use client';

import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { InscriptionMode } from '../../graphql-client/graphql';
import { RemoveInscriptionDialog } from '../sessions/remove-inscription';
import type { PersonRow } from '../sessions/session-people';
import { DataTable } from '../ui/data-table';
import { useServerTable } from '../ui/use-server-table';
import { AddRegistrantsDialog } from './add-registrants-dialog';

/** A registrant as the server page prepared it (the session page's rows: date formatted in the event's zone). */
export type RegistrantRow = PersonRow;

const STATE_COLOR = { PENDING: 'orange', CONFIRMED: 'green', WAITLISTED: 'cursus', CANCELLED: 'gray' } as const;
/** The registrants are listed in the API's one order (registration time: the waiting list's, R6). */
const NO_SORT = { id: '', desc: false };

/**
 * An event's registrants (#8 screen 4): « 3 / 12 », a page of learners with their state and place on the
 * waiting list (pages in the URL), the « bonhomme + » to add several, and removing one after a confirmation.
 * Adding and removing are offered when the API says the viewer may (viewerCan.registerLearners).
 */
export function EventRegistrants({
  event,
  canRegister,
  rows,
  totalCount,
  pageInfo,
}: {
  event: { id: string; name: string; mode: InscriptionMode; capacity: number | null; confirmed: number };
  canRegister: boolean;
  rows: RegistrantRow[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}) {
  const t = useTranslations('eventPage.registrants');
  const people = useTranslations('sessionPage.people');
  const common = useTranslations('common');
  const router = useRouter();
  const table = useServerTable({}, NO_SORT);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<RegistrantRow | null>(null);

  const columns: ColumnDef<RegistrantRow, unknown>[] = [
    { id: 'name', header: people('name'), cell: ({ row }) => <Text size="sm" fw={600}>{row.original.name}</Text> },
    {
      id: 'email',
      header: people('email'),
      meta: { visibleFrom: 'md' },
      cell: ({ row }) => (
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {row.original.email ?? people('noEmail')}
        </Text>
      ),
    },
    {
      id: 'state',
      header: people('state'),
      cell: ({ row }) => (
        <Badge variant="dot" color={STATE_COLOR[row.original.state]} styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}>
          {row.original.state === 'WAITLISTED' && row.original.position != null
            ? people('position', { position: row.original.position })
            : people(`states.${row.original.state}`)}
        </Badge>
      ),
    },
    {
      id: 'date',
      header: people('date'),
      cell: ({ row }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {row.original.date}
        </Text>
      ),
    },
  ];
  if (canRegister)
    columns.push({
      id: 'actions',
      header: common('actions'),
      meta: { align: 'right' },
      cell: ({ row }) => (
        <Button
          size="xs"
          variant="outline"
          color="red.9"
          leftSection={<IconUserMinus size={14} aria-hidden />}
          aria-label={t('removeLabel', { name: row.original.name })}
          onClick={() => setRemoving(row.original)}
        >
          {t('remove')}
        </Button>
      ),
    });

  const seats = event.capacity == null ? t('countUnlimited', { count: event.confirmed }) : `${event.confirmed} / ${event.capacity}`;
  // The table's toolbar carries its heading, seats and « bonhomme + », so the section is one card.
  const toolbar = (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={2} style={{ flex: 1, minWidth: 220 }}>
        <Title order={2} id="event-registrants-title">
          {t('title')}
        </Title>
        <Text size="sm" c="dimmed">
          {event.mode === 'AUTOMATIC' ? t('automatic') : t('help')}
        </Text>
      </Stack>
      <Group gap="lg" align="center">
        <div className="seat-count" style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
          <Text fw={700} fz={28} lh={1.1} aria-describedby="event-seat-count-label">
            {seats}
          </Text>
          <Text size="xs" c="dimmed" id="event-seat-count-label">
            {event.capacity == null ? t('countHelpUnlimited') : t('countHelp')}
          </Text>
        </div>
        {canRegister && (
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('add')}
          </Button>
        )}
      </Group>
    </Group>
  );
  return (
    <section aria-labelledby="event-registrants-title">
      <DataTable
        label={t('tableLabel', { name: event.name })}
        columns={columns}
        rows={rows}
        getRowId={(row) => row.inscriptionId}
        totalCount={totalCount}
        {...table.viewProps(pageInfo)}
        empty={
          <Text size="sm" c="dimmed" ta="center" py="md">
            {canRegister ? t('emptyCanAdd') : t('empty')}
          </Text>
        }
        toolbar={toolbar}
      />
      <AddRegistrantsDialog event={event} opened={adding} onClose={() => setAdding(false)} onAdded={() => router.refresh()} />
      <RemoveInscriptionDialog person={removing} role="LEARNER" event={event} onClose={() => setRemoving(null)} onRemoved={() => router.refresh()} />
    </section>
  );
}
