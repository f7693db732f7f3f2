'use client';

import { Group, Loader, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { graphql } from '../../graphql-client';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { EventForm, EventFormOptions, eventFormValues, EventFormValues } from './event-form';

/** What the form offers: the session's trainers (R9) and defaults (R3), the locations, the zones. */
const EventFormContext = graphql(`
  query EventFormContext($sessionId: ID!) {
    viewer {
      eventDefaultTimeZone
      canManageLocations
    }
    session(id: $sessionId) {
      id
      maxUsers
      eventInscriptionMode
      trainers(first: 100) {
        nodes {
          id
          firstName
          lastName
        }
      }
    }
    locations(first: 100) {
      nodes {
        id
        name
        timeZone
      }
    }
  }
`);

const EventToEdit = graphql(`
  query EventToEdit($id: ID!) {
    event(id: $id) {
      id
      name
      description
      startAt
      endAt
      locationExtra
      maxUsers
      inscriptionMode
      location {
        id
      }
      trainers(first: 100) {
        nodes {
          id
        }
      }
    }
  }
`);

const CreateEvent = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
      name
    }
  }
`);

const UpdateEvent = graphql(`
  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) {
      id
      name
    }
  }
`);

interface Loaded {
  options: EventFormOptions;
  values: EventFormValues;
}

/** Options and values of the form, asked of the API when the dialog opens. */
async function load(sessionId: string, eventId: string | undefined): Promise<Loaded> {
  const [context, edited] = await Promise.all([
    graphqlFetch(EventFormContext, { sessionId }),
    eventId ? graphqlFetch(EventToEdit, { id: eventId }) : Promise.resolve(null),
  ]);
  const options: EventFormOptions = {
    trainers: context.session.trainers.nodes.map((u) => ({ id: u.id, name: `${u.firstName} ${u.lastName}` })),
    locations: context.locations.nodes,
    defaultTimeZone: context.viewer.eventDefaultTimeZone,
    canManageLocations: context.viewer.canManageLocations,
  };
  const event = edited?.event;
  const values = event
    ? {
        name: event.name,
        description: event.description,
        startAt: event.startAt,
        endAt: event.endAt,
        locationId: event.location?.id ?? null,
        locationExtra: event.locationExtra,
        trainerIds: event.trainers.nodes.map((u) => u.id),
        maxUsers: event.maxUsers ?? null,
        inscriptionMode: event.inscriptionMode,
      }
    : {
        // A new event starts empty but for the session's capacity and mode (R3).
        name: '',
        description: '',
        startAt: null,
        endAt: null,
        locationId: null,
        locationExtra: '',
        trainerIds: [],
        maxUsers: context.session.maxUsers ?? null,
        inscriptionMode: context.session.eventInscriptionMode,
      };
  return { options, values: eventFormValues(values, options) };
}

/**
 * The event form in a dialog (#8 screen 2): « Créer une séance » of a session, or editing one of its events.
 * Tells the caller once saved, with a notification.
 */
export function EventFormDialog({
  opened,
  onClose,
  sessionId,
  event,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  sessionId: string;
  /** The event to edit; absent to create one. */
  event?: { id: string; name: string };
  onSaved: (saved: { id: string; name: string }) => void;
}) {
  const t = useTranslations('eventActions.form');
  const errorMessage = useErrorMessage();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    let current = true;
    setLoaded(null);
    setError(null);
    load(sessionId, event?.id).then(
      (result) => current && setLoaded(result),
      (e: unknown) => current && setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({})),
    );
    return () => {
      current = false;
    };
    // Asked again each time the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, sessionId, event?.id]);

  return (
    <Modal opened={opened} onClose={onClose} title={event ? t('editTitle', { name: event.name }) : t('createTitle')} size="xl" centered>
      {error && (
        <Text role="alert" c="red.9" size="sm">
          {error}
        </Text>
      )}
      {!loaded && !error && (
        <Group gap="sm">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t('loading')}</Text>
        </Group>
      )}
      {loaded && (
        <EventForm
          options={loaded.options}
          initialValues={loaded.values}
          submitLabel={event ? t('save') : t('create')}
          onCancel={onClose}
          onSubmit={async (input) => {
            const saved = event
              ? (await graphqlFetch(UpdateEvent, { id: event.id, input })).updateEvent
              : // An empty date goes as null: the API refuses it naming the field (VALUE_REQUIRED), the page does not decide.
                (await graphqlFetch(CreateEvent, { input: { ...(input as typeof input & { startAt: string; endAt: string }), sessionId } })).createEvent;
            notifications.show({ color: 'green', message: t(event ? 'saved' : 'created', { name: saved.name }) });
            onClose();
            onSaved(saved);
          }}
        />
      )}
    </Modal>
  );
}
