'use client';

import { Badge, Group, Modal, Stack, Text, Timeline } from '@mantine/core';
import { useTranslations } from 'next-intl';
import type { AttendanceRow } from './attendance-rows';
import { STATUS_COLOR } from './event-attendance';

/** Every change of one registrant's attendance, oldest first: who, when, how, and a correction's reason (#10 §1). */
export function AttendanceHistoryDialog({ row, onClose }: { row: AttendanceRow | null; onClose: () => void }) {
  const t = useTranslations('attendance');
  return (
    <Modal opened={row !== null} onClose={onClose} title={row ? t('historyTitle', { name: row.name }) : ''} size="lg">
      {row && row.history.length === 0 && <Text c="dimmed">{t('historyEmpty')}</Text>}
      {row && row.history.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} active={row.history.length - 1}>
          {row.history.map((change) => (
            <Timeline.Item
              key={change.id}
              title={
                <Group gap={6}>
                  <Badge size="sm" variant="dot" color={STATUS_COLOR[change.from]} miw="max-content">
                    {t(`statuses.${change.from}`)}
                  </Badge>
                  <span aria-hidden>→</span>
                  <Badge size="sm" variant="dot" color={STATUS_COLOR[change.to]} miw="max-content">
                    {t(`statuses.${change.to}`)}
                  </Badge>
                </Group>
              }
            >
              <Stack gap={2}>
                <Text size="sm">{t('historyBy', { date: change.at, name: change.by ?? '—', method: t(`methods.${change.method}`) })}</Text>
                {change.comment && <Text size="sm">{change.comment}</Text>}
                {change.correctionReason && (
                  <Text size="sm" fw={600}>
                    {t('historyCorrection', { reason: change.correctionReason })}
                  </Text>
                )}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Modal>
  );
}
