'use client';

import { Menu } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { documentRoutes } from '../../lib/document-routes';
import { DocumentsMenu } from './documents-menu';
import { ExportRegistrantsDialog } from './export-registrants-dialog';

/**
 * The session page's « Documents » (#10 §7): the export of its registrants, with each learner's outcome and
 * hours. Shown when the API's `viewerCan.documents` says so. New documents of a session (invitations,
 * certificates) are one more section here.
 */
export function SessionDocumentsMenu({ session }: { session: { id: string; title: string } }) {
  const t = useTranslations('documents');
  const [exporting, setExporting] = useState(false);
  return (
    <>
      <DocumentsMenu name={session.title}>
        <Menu.Label>{t('exports')}</Menu.Label>
        <Menu.Item leftSection={<IconFileExport size={16} aria-hidden />} onClick={() => setExporting(true)}>
          {t('exportRegistrants')}
        </Menu.Item>
      </DocumentsMenu>
      <ExportRegistrantsDialog
        opened={exporting}
        onClose={() => setExporting(false)}
        name={session.title}
        hrefOf={(roles, format) => documentRoutes.sessionRegistrants(session.id, roles, format)}
      />
    </>
  );
}
