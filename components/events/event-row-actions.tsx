'use client';

import { IconCopy, IconInfoCircle, IconPencil, IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '../../graphql-client';
import { EventCommentsDialog } from '../sessions/event-comments';
import { ConfirmDeleteDialog } from '../ui/confirm-delete-dialog';
import { graphqlFetch } from '../ui/graphql-fetch';
import { RowAction, RowActions } from '../ui/row-actions';
import { EventFormDialog } from './event-form-dialog';
import { RepeatEventDialog } from './repeat-event-dialog';

const EventDeletionImpact = graphql(`
  query EventDeletionImpact($id: ID!) {
    event(id: $id) {
      inscriptions(role: LEARNER, first: 0) {
        totalCount
      }
      comments(first: 0) {
        totalCount
      }
    }
  }
`);

const DeleteEvent = graphql(`
  mutation DeleteEvent($id: ID!) {
    deleteEvent(id: $id) {
      id
    }
  }
`);

/** The event an actions menu is for, with what the API lets the viewer do with it. */
export interface ActionableEvent {
  id: string;
  name: string;
  sessionId: string;
  /** Its zone, for the comments' dates. */
  timeZone: string;
  viewerCan: { edit: boolean; delete: boolean; repeat: boolean };
}

type Dialog = 'edit' | 'comments' | 'repeat' | 'delete' | null;

/**
 * An event's actions (#8 screen 1, seed 001 « trois petits points »): edit (pencil), comments (« i »), repeat
 * (pile of sheets), delete (bin), only those the API allows (viewerCan: an ended event is not repeated).
 * Invitations and certificates come with the documents issue. `onChanged` is told after every change, so
 * the screen asks the API again (on deletion: `deleted` is true).
 */
export function EventRowActions({ event, onChanged }: { event: ActionableEvent; onChanged: (change: { deleted: boolean }) => void }) {
  const t = useTranslations('eventActions');
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const changed = () => onChanged({ deleted: false });
  const can = event.viewerCan;
  const actions: RowAction[] = [
    ...(can.edit ? [{ key: 'edit', label: t('menu.edit'), icon: <IconPencil size={16} aria-hidden />, onClick: () => setDialog('edit') }] : []),
    { key: 'comments', label: t('menu.comments'), icon: <IconInfoCircle size={16} aria-hidden />, onClick: () => setDialog('comments') },
    ...(can.repeat ? [{ key: 'repeat', label: t('menu.repeat'), icon: <IconCopy size={16} aria-hidden />, onClick: () => setDialog('repeat') }] : []),
    ...(can.delete
      ? [{ key: 'delete', label: t('menu.delete'), icon: <IconTrash size={16} aria-hidden />, color: 'red.9', onClick: () => setDialog('delete') }]
      : []),
  ];
  return (
    <>
      <RowActions name={event.name} actions={actions} />
      {can.edit && <EventFormDialog opened={dialog === 'edit'} onClose={close} sessionId={event.sessionId} event={event} onSaved={changed} />}
      <EventCommentsDialog opened={dialog === 'comments'} onClose={close} event={event} />
      {can.repeat && <RepeatEventDialog opened={dialog === 'repeat'} onClose={close} event={event} onRepeated={changed} />}
      {can.delete && (
        <ConfirmDeleteDialog
          opened={dialog === 'delete'}
          onClose={close}
          title={t('delete.title', { name: event.name })}
          confirmLabel={t('delete.confirm')}
          loadImpact={async () => {
            const { event: found } = await graphqlFetch(EventDeletionImpact, { id: event.id });
            return t('delete.impact', { registrants: found.inscriptions.totalCount, comments: found.comments.totalCount });
          }}
          onConfirm={async () => {
            await graphqlFetch(DeleteEvent, { id: event.id });
            notifications.show({ color: 'green', message: t('delete.done', { name: event.name }) });
            close();
            onChanged({ deleted: true });
          }}
        />
      )}
    </>
  );
}
