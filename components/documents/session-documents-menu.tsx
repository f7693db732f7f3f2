'use client';

import { useState } from 'react';
import { documentRoutes } from '../../lib/document-routes';
import { DocumentsMenu } from './documents-menu';
import { ExportRegistrantsDialog, ExportRegistrantsItems } from './export-registrants-dialog';
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
  const [exporting, setExporting] = useState(false);
  const [sending, setSending] = useState(false);
  const of = { kind: 'session', id: session.id, name: session.title } as const;
  if (!exports && !learners.invitationSummary) return null;
  return (
    <>
      <DocumentsMenu name={session.title}>
        <LearnerDocumentItems of={of} state={learners} onSend={() => setSending(true)} />
        {exports && <ExportRegistrantsItems divided={learners.invitationSummary !== null} onOpen={() => setExporting(true)} />}
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
