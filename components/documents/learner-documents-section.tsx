'use client';

import { Alert, Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconFileTypePdf, IconMail } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { DownloadItem } from './documents-menu';
import { learnerDocumentPaths, type LearnerDocumentsOf } from './learner-document-paths';
import { SendEventInvitations, SendSessionInvitations } from './learner-documents-operations';

export interface LearnerDocumentsState {
  /** What the API says sending would do (null: not staff, then no section). */
  invitationSummary: { open: boolean; learners: number } | null;
  /** How many learners have a certificate (null: not staff). */
  certificateCount: number | null;
}

/**
 * #10 §5, §6, the « Convocations et attestations » section of a page's « Documents » menu: « Envoyer la
 * convocation » (`onSend` opens its confirmation, outside the menu so that it outlives it), the invitations and
 * the certificates as PDFs. What cannot apply (an ended event, nobody PRESENT) is disabled and says why, as the
 * API decides it.
 */
export function LearnerDocumentItems({ of, state, onSend }: { of: LearnerDocumentsOf; state: LearnerDocumentsState; onSend: () => void }) {
  const t = useTranslations('learnerDocuments');
  const { invitationSummary: invitation, certificateCount } = state;
  if (!invitation) return null;
  const paths = learnerDocumentPaths(of);
  const learners = invitation.learners;
  const sendRefusal = !invitation.open ? t('endedReason') : learners === 0 ? t('noLearnerReason') : null;
  return (
    <>
      <Menu.Label>{t('menu')}</Menu.Label>
      <Menu.Item leftSection={<IconMail size={16} aria-hidden />} disabled={sendRefusal !== null} onClick={onSend}>
        {t('send')}
        {sendRefusal && (
          <Text size="xs" c="dimmed" component="span" display="block">
            {sendRefusal}
          </Text>
        )}
      </Menu.Item>
      <DownloadItem href={learners > 0 ? paths.invitations : null} icon={<IconFileTypePdf size={16} aria-hidden />}>
        {t('invitationsPdf')}
      </DownloadItem>
      <DownloadItem href={certificateCount ? paths.certificates : null} icon={<IconCertificate size={16} aria-hidden />}>
        {t(of.kind === 'event' ? 'eventCertificatesPdf' : 'sessionCertificatesPdf', { count: certificateCount ?? 0 })}
        {!certificateCount && (
          <Text size="xs" c="dimmed" component="span" display="block">
            {t(of.kind === 'event' ? 'noPresentReason' : 'noHoursReason')}
          </Text>
        )}
      </DownloadItem>
    </>
  );
}

/** The confirmation of « Envoyer la convocation »: says how many learners get it, then sends through the API. */
export function SendInvitationsDialog({ of, learners, opened, onClose }: { of: LearnerDocumentsOf; learners: number; opened: boolean; onClose: () => void }) {
  const t = useTranslations('learnerDocuments');
  const common = useTranslations('common');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send() {
    setPending(true);
    setError(null);
    try {
      const sent =
        of.kind === 'event'
          ? (await graphqlFetch(SendEventInvitations, { eventId: of.id })).sendEventInvitations
          : (await graphqlFetch(SendSessionInvitations, { sessionId: of.id })).sendSessionInvitations;
      onClose();
      notifications.show({
        color: 'green',
        message: t('sent', { count: sent.length }),
      });
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}));
    } finally {
      setPending(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('confirmTitle', { name: of.name })} centered>
      <Stack gap="md">
        <Alert variant="light" color="blue" icon={<IconMail size={18} aria-hidden />}>
          <Text size="sm">{t('confirmText', { count: learners })}</Text>
        </Alert>
        {error && (
          <Text role="alert" c="red.9" size="sm">
            {error}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {common('cancel')}
          </Button>
          <Button onClick={send} loading={pending}>
            {t('confirmSend', { count: learners })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
