'use client';

import { Badge, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useLocale, useTranslations } from 'next-intl';
import type { AttendanceOutcomeKind } from '../../graphql-client/graphql';

export interface OutcomeRow {
  userId: string;
  name: string;
  scheduledHours: number;
  attendedHours: number;
  outcome: AttendanceOutcomeKind;
  /** Events recorded PRESENT, and how many they were registered to. */
  present: number;
  events: number;
}

const OUTCOME_COLOR: Record<AttendanceOutcomeKind, string> = { FULL: 'green', PARTIAL: 'orange', NONE: 'gray' };

/**
 * The session's « Assiduité » (#10 §1): per learner, hours attended of hours scheduled and full / partial / none,
 * as the API adds them up (sessionAttendanceOutcomes, the one place attendance is added up).
 */
export function SessionOutcomes({ rows }: { rows: OutcomeRow[] }) {
  const t = useTranslations('attendance.outcomes');
  const locale = useLocale();
  const hours = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return (
    <Paper p="lg" component="section" aria-labelledby="session-outcomes-title">
      <Stack gap={4} mb="sm">
        <Title order={2} id="session-outcomes-title">
          {t('title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('help')}
        </Text>
      </Stack>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="sm" aria-label={t('caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('learner')}</Table.Th>
                <Table.Th scope="col">{t('hours')}</Table.Th>
                <Table.Th scope="col">{t('events')}</Table.Th>
                <Table.Th scope="col">{t('outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.userId}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {row.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <Text size="sm">{t('hoursOf', { attended: hours(row.attendedHours), scheduled: hours(row.scheduledHours) })}</Text>
                      <Progress
                        size="sm"
                        value={row.scheduledHours ? (100 * row.attendedHours) / row.scheduledHours : 0}
                        color={OUTCOME_COLOR[row.outcome]}
                        aria-hidden
                      />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t('eventsOf', { present: row.present, count: row.events })}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={OUTCOME_COLOR[row.outcome]} variant="dot" miw="max-content">
                      {t(`kinds.${row.outcome}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
