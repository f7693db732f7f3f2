'use client';

import { Menu } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { documentRoutes } from '../../lib/document-routes';
import { DocumentsMenu } from './documents-menu';
import { ExportRegistrantsDialog } from './export-registrants-dialog';
import { LearnerDocumentItems, type LearnerDocumentsState, SendInvitationsDialog } from './learner-documents-section';

/**
 * The session page's « Documents » (#10 §5–§7), one menu in sections: its invitations and certificates when the
 * API gives their state (`learners`); the export of its registrants, with each learner's outcome and hours, when
 * the API's `viewerCan.documents` says so (`exports`). New documents of a session are one more section here.
 */
export function SessionDocumentsMenu({
  session,
  exports,
  learners,
}: {
  session: { id: string; title: string };
  exports: boolean;
  learners: LearnerDocumentsState;
}) {
  const t = useTranslations('documents');
  const [exporting, setExporting] = useState(false);
  const [sending, setSending] = useState(false);
  const of = { kind: 'session', id: session.id, name: session.title } as const;
  if (!exports && !learners.invitationSummary) return null;
  return (
    <>
      <DocumentsMenu name={session.title}>
        <LearnerDocumentItems of={of} state={learners} onSend={() => setSending(true)} />
        {exports && (
          <>
            {learners.invitationSummary && <Menu.Divider />}
            <Menu.Label>{t('exports')}</Menu.Label>
            <Menu.Item leftSection={<IconFileExport size={16} aria-hidden />} onClick={() => setExporting(true)}>
              {t('exportRegistrants')}
            </Menu.Item>
          </>
        )}
      </DocumentsMenu>
      <ExportRegistrantsDialog
        opened={exporting}
        onClose={() => setExporting(false)}
        name={session.title}
        hrefOf={(roles, format) => documentRoutes.sessionRegistrants(session.id, roles, format)}
      />
      <SendInvitationsDialog of={of} learners={learners.invitationSummary?.learners ?? 0} opened={sending} onClose={() => setSending(false)} />
    </>
  );
}
