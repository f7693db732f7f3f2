'use client';

import { Alert, Button, Group, Loader, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye } from '@tabler/icons-react';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { graphql } from '../../graphql-client';
import type { EventCommentsQuery } from '../../graphql-client/graphql';
import { formatWithZone } from '../ui/dates';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';

const EventComments = graphql(`
  query EventComments($id: ID!) {
    event(id: $id) {
      id
      viewerCan {
        comment
      }
      comments(first: 100) {
        totalCount
        nodes {
          id
          content
          createdAt
          updatedAt
          author {
            id
            firstName
            lastName
          }
          viewerCan {
            edit
            delete
          }
        }
      }
    }
  }
`);

const AddComment = graphql(`
  mutation AddEventComment($eventId: ID!, $content: String!) {
    createComment(eventId: $eventId, content: $content) {
      id
    }
  }
`);

const UpdateComment = graphql(`
  mutation UpdateEventComment($id: ID!, $content: String!) {
    updateComment(id: $id, content: $content) {
      id
    }
  }
`);

const DeleteComment = graphql(`
  mutation DeleteEventComment($id: ID!) {
    deleteComment(id: $id) {
      id
    }
  }
`);

type CommentNode = EventCommentsQuery['event']['comments']['nodes'][number];

/**
 * The « i » of an event (seed 002) as a dialog: the comments panel in a modal, loaded each time it opens.
 */
export function EventCommentsDialog({
  event,
  opened,
  onClose,
}: {
  event: { id: string; name: string; timeZone: string };
  opened: boolean;
  onClose: () => void;
}) {
  const t = useTranslations('sessionsTable.comments');
  return (
    <Modal opened={opened} onClose={onClose} title={t('title', { name: event.name })} size="lg" centered>
      <EventCommentsPanel event={event} />
    </Modal>
  );
}

/**
 * An event's comments (seeds 001, 002, R11): to read, add, edit and delete as the API allows (viewerCan),
 * with the reminder that the event's users read them too. Inline on the event page (#8), inside the dialog
 * elsewhere; loaded when it appears.
 */
export function EventCommentsPanel({ event }: { event: { id: string; name: string; timeZone: string } }) {
  const t = useTranslations('sessionsTable.comments');
  const common = useTranslations('common');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const [data, setData] = useState<EventCommentsQuery['event'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: string; content: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const explain = useCallback(
    (e: unknown) => setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({})),
    [errorMessage],
  );
  const load = useCallback(
    () =>
      graphqlFetch(EventComments, { id: event.id }).then((result) => {
        setData(result.event);
        setError(null);
      }, explain),
    [event.id, explain],
  );

  useEffect(() => {
    void load();
    // Asked again for another event (the dialog mounts the panel each time it opens).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [event.id]);

  async function run(action: () => Promise<unknown>, done: string) {
    setPending(true);
    setError(null);
    try {
      await action();
      notifications.show({ color: 'green', message: done });
      await load();
      return true;
    } catch (e) {
      explain(e);
      return false;
    } finally {
      setPending(false);
    }
  }

  const author = (comment: CommentNode) =>
    comment.author ? `${comment.author.firstName} ${comment.author.lastName}` : t('formerUser');

  return (
    <Stack gap="md">
      <Alert variant="light" color="cursus" icon={<IconEye size={18} aria-hidden />}>
        <Text size="sm">{t('visible')}</Text>
      </Alert>
      {error && (
        <Text role="alert" c="red.9" size="sm">
          {error}
        </Text>
      )}
      {!data && !error && (
        <Group gap="sm">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t('loading')}</Text>
        </Group>
      )}
      {data && (
        <Stack gap="sm" component="ul" className="plain-list" aria-label={t('listLabel', { count: data.comments.totalCount })}>
          {!data.comments.nodes.length && (
            <Text component="li" size="sm" c="dimmed">
              {t('none')}
            </Text>
          )}
          {data.comments.nodes.map((comment) => (
            <Paper key={comment.id} component="li" withBorder p="sm">
              <Group justify="space-between" gap="xs" mb={4}>
                <Text size="sm" fw={600}>
                  {author(comment)}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatWithZone(locale, comment.createdAt, event.timeZone)}
                  {comment.updatedAt !== comment.createdAt && ` · ${t('edited')}`}
                </Text>
              </Group>
              {editing?.id === comment.id ? (
                <Stack gap="xs">
                  <Textarea
                    label={t('editLabel')}
                    value={editing.content}
                    onChange={(e) => setEditing({ id: comment.id, content: e.currentTarget.value })}
                    autosize
                    minRows={2}
                    data-autofocus
                  />
                  <Group justify="flex-end" gap="xs">
                    <Button variant="default" size="xs" onClick={() => setEditing(null)}>
                      {common('cancel')}
                    </Button>
                    <Button
                      size="xs"
                      loading={pending}
                      onClick={async () => {
                        if (await run(() => graphqlFetch(UpdateComment, { id: comment.id, content: editing.content }), t('saved')))
                          setEditing(null);
                      }}
                    >
                      {common('save')}
                    </Button>
                  </Group>
                </Stack>
              ) : (
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {comment.content}
                </Text>
              )}
              {editing?.id !== comment.id && (comment.viewerCan.edit || comment.viewerCan.delete) && (
                <Group justify="flex-end" gap="xs" mt="xs">
                  {confirming === comment.id ? (
                    <>
                      <Text size="sm" fw={600}>
                        {t('confirmDelete')}
                      </Text>
                      <Button variant="default" size="xs" onClick={() => setConfirming(null)}>
                        {common('cancel')}
                      </Button>
                      <Button
                        color="red.9"
                        size="xs"
                        loading={pending}
                        onClick={async () => {
                          await run(() => graphqlFetch(DeleteComment, { id: comment.id }), t('deleted'));
                          setConfirming(null);
                        }}
                      >
                        {t('delete')}
                      </Button>
                    </>
                  ) : (
                    <>
                      {comment.viewerCan.edit && (
                        <Button variant="default" size="xs" onClick={() => setEditing({ id: comment.id, content: comment.content })}>
                          {t('edit')}
                        </Button>
                      )}
                      {comment.viewerCan.delete && (
                        <Button variant="outline" color="red.9" size="xs" onClick={() => setConfirming(comment.id)}>
                          {t('delete')}
                        </Button>
                      )}
                    </>
                  )}
                </Group>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      {data?.viewerCan.comment && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => graphqlFetch(AddComment, { eventId: event.id, content: draft }), t('added'))) setDraft('');
          }}
        >
          <Stack gap="xs">
            <Textarea label={t('addLabel')} description={t('addHelp')} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} autosize minRows={2} />
            <Group justify="flex-end">
              <Button type="submit" loading={pending} disabled={!draft.trim()}>
                {t('add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
