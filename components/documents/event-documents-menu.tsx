'use client';

import { Menu } from '@mantine/core';
import { IconFileCheck, IconFileExport, IconPrinter } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { documentRoutes } from '../../lib/document-routes';
import { DocumentsMenu, DownloadItem } from './documents-menu';
import { ExportRegistrantsDialog } from './export-registrants-dialog';

/**
 * The event page's « Documents » (#10 §3, §7): its sign-in sheet, blank or filled, and the export of its
 * registrants. Shown when the API's `viewerCan.documents` says so. New documents of an event (invitations,
 * certificates) are one more section here.
 */
export function EventDocumentsMenu({ event }: { event: { id: string; name: string } }) {
  const t = useTranslations('documents');
  const [exporting, setExporting] = useState(false);
  return (
    <>
      <DocumentsMenu name={event.name}>
        <Menu.Label>{t('signInSheet')}</Menu.Label>
        <DownloadItem href={documentRoutes.signInSheet(event.id, false)} icon={<IconPrinter size={16} aria-hidden />}>
          {t('signInSheetBlank')}
        </DownloadItem>
        <DownloadItem href={documentRoutes.signInSheet(event.id, true)} icon={<IconFileCheck size={16} aria-hidden />}>
          {t('signInSheetFilled')}
        </DownloadItem>
        <Menu.Divider />
        <Menu.Label>{t('exports')}</Menu.Label>
        <Menu.Item leftSection={<IconFileExport size={16} aria-hidden />} onClick={() => setExporting(true)}>
          {t('exportRegistrants')}
        </Menu.Item>
      </DocumentsMenu>
      <ExportRegistrantsDialog
        opened={exporting}
        onClose={() => setExporting(false)}
        name={event.name}
        hrefOf={(roles, format) => documentRoutes.eventRegistrants(event.id, roles, format)}
      />
    </>
  );
}
