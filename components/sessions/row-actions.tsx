'use client';

import { IconClock, IconExternalLink, IconMail, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { manageRoutes } from '../manage/routes';
import { RowAction, RowActions } from '../ui/row-actions';

/**
 * A session's actions in the table, as the seed lists them (clock: new event, pencil: edit, envelope: message
 * the learners, book: open, bin: delete), only those the API allows (viewerCan).
 */
export function SessionRowActions({
  session,
  onDelete,
  onMessage,
}: {
  /** canMessage: the session's staff (R13); absent, no envelope. */
  session: { id: string; title: string; canEdit: boolean; canDelete: boolean; canMessage?: boolean };
  onDelete: () => void;
  onMessage?: () => void;
}) {
  const t = useTranslations('sessionsTable.actions');
  const actions: RowAction[] = [
    ...(session.canEdit
      ? [
          // Until the events issue builds the event form: the session page's events tab.
          { key: 'event', label: t('newEvent'), icon: <IconClock size={16} aria-hidden />, href: manageRoutes.sessionEvents(session.id) },
          { key: 'edit', label: t('edit'), icon: <IconPencil size={16} aria-hidden />, href: manageRoutes.editSession(session.id) },
        ]
      : []),
    ...(session.canMessage && onMessage
      ? [{ key: 'message', label: t('message'), icon: <IconMail size={16} aria-hidden />, onClick: onMessage }]
      : []),
    { key: 'open', label: t('open'), icon: <IconExternalLink size={16} aria-hidden />, href: manageRoutes.session(session.id) },
    ...(session.canDelete
      ? [{ key: 'delete', label: t('delete'), icon: <IconTrash size={16} aria-hidden />, color: 'red.9', onClick: onDelete }]
      : []),
  ];
  return <RowActions name={session.title} actions={actions} />;
}
