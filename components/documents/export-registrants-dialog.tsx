'use client';

import { Button, Group, Menu, Modal, Radio, Stack, Text } from '@mantine/core';
import { IconFileExport, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ExportFormat, ExportRoles } from '../../lib/document-routes';

const ROLES: ExportRoles[] = ['LEARNER', 'TRAINER', 'LEARNER,TRAINER'];

/**
 * Seed 003: export an event's or a session's registrants and/or trainers — the user chooses who — as CSV
 * (opens right in a French-locale spreadsheet) or .xlsx. `hrefOf` gives the download's address.
 */
export function ExportRegistrantsDialog({
  opened,
  onClose,
  name,
  hrefOf,
}: {
  opened: boolean;
  onClose: () => void;
  name: string;
  hrefOf: (roles: ExportRoles, format: ExportFormat) => string;
}) {
  const t = useTranslations('documents.export');
  const [roles, setRoles] = useState<ExportRoles>('LEARNER');
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={t('title', { name })} closeButtonProps={{ 'aria-label': t('close') }}>
      <Stack>
        <Radio.Group value={roles} onChange={(value) => setRoles(value as ExportRoles)} label={t('who')} description={t('whoHelp')}>
          <Stack gap="xs" mt="xs">
            {ROLES.map((value) => (
              <Radio key={value} value={value} label={t(value)} />
            ))}
          </Stack>
        </Radio.Group>
        <Text size="sm" c="dimmed">
          {t('csvHelp')}
        </Text>
        <Group justify="flex-end">
          <Button component="a" href={hrefOf(roles, 'xlsx')} download variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />}>
            {t('xlsx')}
          </Button>
          <Button component="a" href={hrefOf(roles, 'csv')} download leftSection={<IconFileTypeCsv size={16} aria-hidden />}>
            {t('csv')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The « Exports » section of a « Documents » menu (after a divider when it follows another): opens the dialog. */
export function ExportRegistrantsItems({ divided, onOpen }: { divided: boolean; onOpen: () => void }) {
  const t = useTranslations('documents');
  return (
    <>
      {divided && <Menu.Divider />}
      <Menu.Label>{t('exports')}</Menu.Label>
      <Menu.Item leftSection={<IconFileExport size={16} aria-hidden />} onClick={onOpen}>
        {t('exportRegistrants')}
      </Menu.Item>
    </>
  );
}
