'use client';

import { Alert, Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconChevronDown, IconFileTypePdf, IconMail } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type ReactNode, useState } from 'react';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { learnerDocumentPaths, type LearnerDocumentsOf } from './learner-document-paths';
import { SendEventInvitations, SendSessionInvitations } from './learner-documents-operations';

/** A download of the menu; with nothing to download, a disabled item (a disabled link is no menu item for axe). */
function LinkItem({ href, icon, children }: { href: string | null; icon: ReactNode; children: ReactNode }) {
  return href ? (
    <Menu.Item component="a" href={href} download leftSection={icon}>
      {children}
    </Menu.Item>
  ) : (
    <Menu.Item disabled leftSection={icon}>
      {children}
    </Menu.Item>
  );
}

export interface LearnerDocumentsState {
  /** What the API says sending would do (null: not staff, then no menu). */
  invitationSummary: { open: boolean; learners: number } | null;
  /** How many learners have a certificate (null: not staff). */
  certificateCount: number | null;
}

/**
 * #10 §5, §6 on the event and session pages: « Envoyer la convocation » (after a confirmation that says how many
 * learners get it), the invitations and the certificates as PDFs. What cannot apply (an ended event, nobody
 * PRESENT) is disabled and says why, as the API decides it.
 */
export function LearnerDocumentsMenu({ of, state }: { of: LearnerDocumentsOf; state: LearnerDocumentsState }) {
  const t = useTranslations('learnerDocuments');
  const common = useTranslations('common');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { invitationSummary: invitation, certificateCount } = state;
  if (!invitation) return null;
  const paths = learnerDocumentPaths(of);
  const learners = invitation.learners;
  const sendRefusal = !invitation.open ? t('endedReason') : learners === 0 ? t('noLearnerReason') : null;

  async function send() {
    setPending(true);
    setError(null);
    try {
      const sent =
        of.kind === 'event'
          ? (await graphqlFetch(SendEventInvitations, { eventId: of.id })).sendEventInvitations
          : (await graphqlFetch(SendSessionInvitations, { sessionId: of.id })).sendSessionInvitations;
      setConfirming(false);
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
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
            {t('menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconMail size={16} aria-hidden />} disabled={sendRefusal !== null} onClick={() => setConfirming(true)}>
            {t('send')}
            {sendRefusal && (
              <Text size="xs" c="dimmed" component="span" display="block">
                {sendRefusal}
              </Text>
            )}
          </Menu.Item>
          <LinkItem href={learners > 0 ? paths.invitations : null} icon={<IconFileTypePdf size={16} aria-hidden />}>
            {t('invitationsPdf')}
          </LinkItem>
          <LinkItem href={certificateCount ? paths.certificates : null} icon={<IconCertificate size={16} aria-hidden />}>
            {t(of.kind === 'event' ? 'eventCertificatesPdf' : 'sessionCertificatesPdf', { count: certificateCount ?? 0 })}
            {!certificateCount && (
              <Text size="xs" c="dimmed" component="span" display="block">
                {t(of.kind === 'event' ? 'noPresentReason' : 'noHoursReason')}
              </Text>
            )}
          </LinkItem>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('confirmTitle', { name: of.name })} centered>
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
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {common('cancel')}
            </Button>
            <Button onClick={send} loading={pending}>
              {t('confirmSend', { count: learners })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
