'use client';

import { Menu } from '@mantine/core';
import { IconFileCheck, IconPrinter } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { documentRoutes } from '../../lib/document-routes';
import { DocumentsMenu, DownloadItem } from './documents-menu';
import { ExportRegistrantsDialog, ExportRegistrantsItems } from './export-registrants-dialog';
import { LearnerDocumentItems, type LearnerDocumentsState, SendInvitationsDialog } from './learner-documents-section';

/**
 * The event page's « Documents » (#10 §3, §5–§7), one menu in sections: its sign-in sheet, blank or filled, and
 * the export of its registrants when the API's `viewerCan.documents` says so (`sheets`); its invitations and
 * certificates when the API gives their state (`learners`). New documents of an event are one more section here.
 */
export function EventDocumentsMenu({ event, sheets, learners }: { event: { id: string; name: string }; sheets: boolean; learners: LearnerDocumentsState }) {
  const t = useTranslations('documents');
  const [exporting, setExporting] = useState(false);
  const [sending, setSending] = useState(false);
  const of = { kind: 'event', id: event.id, name: event.name } as const;
  if (!sheets && !learners.invitationSummary) return null;
  return (
    <>
      <DocumentsMenu name={event.name}>
        {sheets && (
          <>
            <Menu.Label>{t('signInSheet')}</Menu.Label>
            <DownloadItem href={documentRoutes.signInSheet(event.id, false)} icon={<IconPrinter size={16} aria-hidden />}>
              {t('signInSheetBlank')}
            </DownloadItem>
            <DownloadItem href={documentRoutes.signInSheet(event.id, true)} icon={<IconFileCheck size={16} aria-hidden />}>
              {t('signInSheetFilled')}
            </DownloadItem>
            <Menu.Divider />
          </>
        )}
        <LearnerDocumentItems of={of} state={learners} onSend={() => setSending(true)} />
        {sheets && <ExportRegistrantsItems divided={learners.invitationSummary !== null} onOpen={() => setExporting(true)} />}
      </DocumentsMenu>
      <ExportRegistrantsDialog
        opened={exporting}
        onClose={() => setExporting(false)}
        name={event.name}
        hrefOf={(roles, format) => documentRoutes.eventRegistrants(event.id, roles, format)}
      />
      <SendInvitationsDialog of={of} learners={learners.invitationSummary?.learners ?? 0} opened={sending} onClose={() => setSending(false)} />
    </>
  );
}
