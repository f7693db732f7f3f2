'use client';

import { Alert, Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecks, IconHistory, IconLock, IconPencil, IconQrcode } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { AttendanceStatus } from '../../graphql-client/graphql';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { MarkAllPresent, RecordAttendance } from './attendance-operations';
import type { AttendanceRow } from './attendance-rows';
import { AttendanceHistoryDialog } from './attendance-history-dialog';
import { CheckInDialog } from './check-in-dialog';
import { CorrectAttendanceDialog } from './correct-attendance-dialog';
import { ValidateAttendanceDialog } from './validate-attendance-dialog';

export const RECORDABLE: AttendanceStatus[] = ['PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED'];
export const STATUS_COLOR: Record<AttendanceStatus, string> = {
  UNKNOWN: 'gray',
  PRESENT: 'green',
  ABSENT_EXCUSED: 'orange',
  ABSENT_UNEXCUSED: 'red',
};

/**
 * An event's « Présences » (#10 §1): each registrant with a segmented control of the statuses, a comment, who
 * recorded it, when and how; « Tous présents »; « Valider les présences »; once validated, read-only rows with
 * « Corriger » for managers; a history per row; the rotating QR code for self check-in (#10 §2). What the
 * viewer may do comes from the API (attendanceCan); every change refreshes the server page.
 */
export function EventAttendance({
  event,
  started,
  validated,
  can,
  rows,
}: {
  event: { id: string; name: string; timeZone: string };
  started: boolean;
  /** « validées le … par … », when validated. */
  validated: string | null;
  can: { record: boolean; validate: boolean; correct: boolean };
  rows: AttendanceRow[];
}) {
  const t = useTranslations('attendance');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  // The registrant whose history is open, looked up in `rows` so the dialog shows the refreshed page's history.
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<AttendanceRow | null>(null);
  const [validating, setValidating] = useState(false);
  const [showingQr, setShowingQr] = useState(false);
  const [comments, setComments] = useState<Record<string, string>>(() => Object.fromEntries(rows.map((r) => [r.userId, r.comment])));
  const locked = validated !== null;
  const editable = can.record && started && !locked;

  const fail = (error: unknown) =>
    notifications.show({ color: 'red', message: error instanceof ApiRequestError ? errorMessage(error.errors[0]) : errorMessage({}) });

  async function record(row: AttendanceRow, status: AttendanceStatus) {
    setBusy(row.userId);
    try {
      await graphqlFetch(RecordAttendance, { eventId: event.id, userId: row.userId, status, comment: comments[row.userId] ?? '' });
      notifications.show({ color: 'green', message: t('saved', { name: row.name }) });
      router.refresh();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }

  async function allPresent() {
    setBusy('all');
    try {
      const { markAllPresent } = await graphqlFetch(MarkAllPresent, { eventId: event.id });
      notifications.show({ color: 'green', message: t('allPresentDone', { count: markAllPresent.length }) });
      router.refresh();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }

  const statusOptions = RECORDABLE.map((value) => ({ value, label: t(`statuses.${value}`) }));

  return (
    <Paper p="lg" component="section" aria-labelledby="attendance-title" className="attendance-section">
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={2} id="attendance-title">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {locked ? validated : started ? t('help') : t('notStarted')}
          </Text>
        </Stack>
        {can.record && (
          <Group gap="xs">
            {!locked && (
              <Button variant="default" leftSection={<IconQrcode size={16} aria-hidden />} onClick={() => setShowingQr(true)}>
                {t('showQr')}
              </Button>
            )}
            {editable && rows.length > 0 && (
              <Button variant="default" leftSection={<IconChecks size={16} aria-hidden />} loading={busy === 'all'} onClick={allPresent}>
                {t('allPresent')}
              </Button>
            )}
            {editable && can.validate && rows.length > 0 && (
              <Button leftSection={<IconLock size={16} aria-hidden />} onClick={() => setValidating(true)}>
                {t('validate')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {locked && (
        <Alert color="cursus" icon={<IconLock size={18} aria-hidden />} mb="sm">
          {t('locked')}
        </Alert>
      )}
      {rows.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        // Where the section is narrower than the whole table (attendance-* in app/globals.css, a container query),
        // who recorded it and the row's buttons go under the status in the same cell, and their columns are
        // hidden (display: none, so screen readers too get a table of three columns); otherwise they have columns.
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" aria-label={t('caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('name')}</Table.Th>
                <Table.Th scope="col">{t('status')}</Table.Th>
                <Table.Th scope="col">{t('comment')}</Table.Th>
                <Table.Th scope="col" className="attendance-wide">
                  {t('recorded')}
                </Table.Th>
                <Table.Th scope="col" className="attendance-wide">
                  <VisuallyHidden>{t('history')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const recorded = <Recorded row={row} />;
                const actions = (
                  <RowActions row={row} correctable={locked && can.correct} onCorrect={() => setCorrecting(row)} onHistory={() => setHistoryOf(row.userId)} />
                );
                return (
                  <Table.Tr key={row.userId}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {row.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <SegmentedControl
                          size="xs"
                          aria-label={t('statusGroup', { name: row.name })}
                          data={statusOptions}
                          value={row.status === 'UNKNOWN' ? '' : row.status}
                          disabled={busy !== null}
                          onChange={(value) => record(row, value as AttendanceStatus)}
                        />
                      ) : (
                        <Badge color={STATUS_COLOR[row.status]} variant="dot" miw="max-content">
                          {t(`statuses.${row.status}`)}
                        </Badge>
                      )}
                      {row.correctionReason && (
                        <Text size="xs" c="dimmed" mt={4}>
                          {t('corrected', { reason: row.correctionReason })}
                        </Text>
                      )}
                      <Group className="attendance-inline" gap="xs" mt={6} justify="space-between" align="center" wrap="wrap">
                        {recorded}
                        {actions}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <TextInput
                          size="xs"
                          miw={120}
                          aria-label={t('commentLabel', { name: row.name })}
                          value={comments[row.userId] ?? ''}
                          onChange={(e) => setComments({ ...comments, [row.userId]: e.currentTarget.value })}
                          // A comment goes with a status: saved on leaving the field once one is recorded.
                          onBlur={() => row.status !== 'UNKNOWN' && (comments[row.userId] ?? '') !== row.comment && record(row, row.status)}
                          maxLength={2000}
                        />
                      ) : (
                        <Text size="sm">{row.comment}</Text>
                      )}
                    </Table.Td>
                    <Table.Td className="attendance-wide">{recorded}</Table.Td>
                    <Table.Td className="attendance-wide">{actions}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AttendanceHistoryDialog row={rows.find((r) => r.userId === historyOf) ?? null} onClose={() => setHistoryOf(null)} />
      <CorrectAttendanceDialog eventId={event.id} row={correcting} onClose={() => setCorrecting(null)} onDone={() => router.refresh()} />
      <ValidateAttendanceDialog
        event={event}
        opened={validating}
        onClose={() => setValidating(false)}
        onDone={() => router.refresh()}
      />
      <CheckInDialog event={event} opened={showingQr} onClose={() => setShowingQr(false)} />
    </Paper>
  );
}

/** Who recorded the current status, when and how; « Non saisie » while nobody has. */
function Recorded({ row }: { row: AttendanceRow }) {
  const t = useTranslations('attendance');
  if (!row.recordedAt)
    return (
      <Text size="sm" c="dimmed">
        {t('notRecorded')}
      </Text>
    );
  return (
    <Stack gap={0}>
      <Text size="sm">{row.recordedBy ? t('recordedBy', { name: row.recordedBy, date: row.recordedAt }) : t('recordedByNobody', { date: row.recordedAt })}</Text>
      {row.method && (
        <Text size="xs" c="dimmed">
          {t(`methods.${row.method}`)}
        </Text>
      )}
    </Stack>
  );
}

/** A row's buttons: « Corriger » (validated, for managers) and « Historique ». */
function RowActions({ row, correctable, onCorrect, onHistory }: { row: AttendanceRow; correctable: boolean; onCorrect(): void; onHistory(): void }) {
  const t = useTranslations('attendance');
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {correctable && (
        <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} aria-label={t('correctLabel', { name: row.name })} onClick={onCorrect}>
          {t('correct')}
        </Button>
      )}
      <Button size="xs" variant="subtle" leftSection={<IconHistory size={14} aria-hidden />} aria-label={t('historyLabel', { name: row.name })} onClick={onHistory}>
        {t('history')}
      </Button>
    </Group>
  );
}
