import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '../../../../components/manage/page-header';
import { manageRoutes } from '../../../../components/manage/routes';
import { SessionRow, SessionsTable } from '../../../../components/sessions/sessions-table';
import { formatInstant, startOfDay, zoneName } from '../../../../components/ui/dates';
import { ButtonLink } from '../../../../components/ui/links';
import { afterCursor, parseSort } from '../../../../components/ui/table-state';
import { runOperation } from '../../../../server/execute';
import { SessionsTable as SessionsTableQuery, SessionsViewer } from './operations';
import { DEFAULT_SESSION_SORT, loadSessionsView, SESSION_ORDERS } from './search-params';
import { ClientMessages } from '../../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sessionsTable'))('title') };
}

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = loadSessionsView(await searchParams);
  const sorting = parseSort(view.sort, DEFAULT_SESSION_SORT);
  const order = SESSION_ORDERS[sorting.id as keyof typeof SESSION_ORDERS] ?? SESSION_ORDERS.status;
  // The viewer's zone decides what "from 3 March" means; ask it first (cheap), then the page.
  const [{ viewer }, t, locale] = await Promise.all([
    runOperation(SessionsViewer, {}),
    getTranslations('sessionsTable'),
    getLocale(),
  ]);
  const zone = viewer.timeZone;
  const data = await runOperation(SessionsTableQuery, {
    first: view.size,
    after: afterCursor(view.pages),
    orderBy: sorting.desc ? order.desc : order.asc,
    filter: {
      search: view.q || null,
      trainingId: view.training || null,
      status: view.status,
      startsAfter: startOfDay(view.from, zone),
      // `to` is inclusive: sessions starting before the next day.
      startsBefore: startOfDay(view.to, zone, 1),
    },
  });
  // Dates are formatted here, once, in the viewer's zone; the client table shows strings.
  const rows: SessionRow[] = data.sessions.nodes.map((session) => ({
    id: session.id,
    title: session.title,
    training: { id: session.training.id, title: session.training.title },
    start: { date: formatInstant(locale, session.startDate, zone, 'date'), time: formatInstant(locale, session.startDate, zone, 'time') },
    end: { date: formatInstant(locale, session.endDate, zone, 'date'), time: formatInstant(locale, session.endDate, zone, 'time') },
    status: session.status,
    learners: session.learnerCount,
    capacity: session.maxUsers ?? null,
    pending: session.pendingCount,
    canEdit: session.viewerCan.edit,
    canDelete: session.viewerCan.delete,
    canMessage: session.viewerCan.message,
  }));
  return (
    <ClientMessages namespaces={['common', 'confirm', 'errors', 'messages', 'sessionsTable', 'status', 'table']}>
      <>
        <PageHeader
          title={t('title')}
          description={t('intro', { zone: zoneName(locale, zone) })}
          actions={viewer.canCreateTrainings ? <ButtonLink href={manageRoutes.newSession()}>{t('new')}</ButtonLink> : undefined}
        />
        <SessionsTable
          rows={rows}
          totalCount={data.sessions.totalCount}
          pageInfo={data.sessions.pageInfo}
          trainings={data.trainings.nodes.map((training) => ({ id: training.id, code: training.code, title: training.title }))}
          canCreate={viewer.canCreateTrainings}
        />
      </>
    </ClientMessages>
  );
}
