import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ForbiddenNotice } from '../../../../components/manage/forbidden-notice';
import { PageHeader } from '../../../../components/manage/page-header';
import { OutboxTable } from '../../../../components/outbox/outbox-table';
import { MAIL_STATES, type OutboxRow } from '../../../../components/outbox/outbox-values';
import { formatInstant, zoneName } from '../../../../components/ui/dates';
import { afterCursor } from '../../../../components/ui/table-state';
import type { MailState } from '../../../../graphql-client/graphql';
import { runOperation } from '../../../../server/execute';
import { OutboxPage as OutboxPageQuery, OutboxViewer } from './operations';
import { loadOutboxView } from './search-params';
import { ClientMessages } from '../../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('outbox'))('title') };
}

/** The e-mail outbox (#10 §8), for administrators: what is waiting, what went, what was given up. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = loadOutboxView(await searchParams);
  const [{ viewer }, t, locale] = await Promise.all([runOperation(OutboxViewer), getTranslations('outbox'), getLocale()]);
  if (!viewer.isAdmin)
    return (
      <>
        <PageHeader title={t('title')} />
        <ForbiddenNotice />
      </>
    );
  const state = MAIL_STATES.includes(view.state as MailState) ? (view.state as MailState) : null;
  const { outboxMails } = await runOperation(OutboxPageQuery, {
    first: view.size,
    after: afterCursor(view.pages),
    filter: { state, search: view.q || null },
  });
  // Dates are formatted here, once, in the viewer's zone; the client table shows strings.
  const rows: OutboxRow[] = outboxMails.nodes.map((mail) => ({
    id: mail.id,
    toAddress: mail.toAddress,
    toName: mail.toName,
    subject: mail.subject,
    state: mail.state,
    attempts: mail.attempts,
    queued: formatInstant(locale, mail.createdAt, viewer.timeZone, 'dateTime'),
    sent: mail.sentAt ? formatInstant(locale, mail.sentAt, viewer.timeZone, 'dateTime') : null,
  }));
  return (
    <ClientMessages namespaces={['outbox', 'table']}>
      <>
        <PageHeader title={t('title')} description={t('intro', { zone: zoneName(locale, viewer.timeZone) })} />
        <OutboxTable rows={rows} totalCount={outboxMails.totalCount} pageInfo={outboxMails.pageInfo} />
      </>
    </ClientMessages>
  );
}
