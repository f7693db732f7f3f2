import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { EventsTable, type EventsTableRow } from '../../../../components/events/events-table';
import { PageHeader } from '../../../../components/manage/page-header';
import { eventOrder, eventSorting } from '../../../../components/sessions/event-sort';
import { formatEnd, formatInstant, startOfDay, zoneName } from '../../../../components/ui/dates';
import { afterCursor } from '../../../../components/ui/table-state';
import { runOperation } from '../../../../server/execute';
import { EventsTable as EventsTableQuery, EventsViewer } from './operations';
import { DEFAULT_EVENTS_SORT, loadEventsView } from './search-params';
import { ClientMessages } from '../../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('eventsTable'))('title') };
}

/**
 * Every event the viewer manages or teaches, across sessions (#8 screen 5): filters, order and pages in the
 * URL, all applied by the API. Each event's times are shown in its own zone, named.
 */
export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = loadEventsView(await searchParams);
  const sorting = eventSorting(view.sort, DEFAULT_EVENTS_SORT);
  const [{ viewer }, t, locale] = await Promise.all([runOperation(EventsViewer, {}), getTranslations('eventsTable'), getLocale()]);
  const zone = viewer.timeZone;
  const data = await runOperation(EventsTableQuery, {
    first: view.size,
    after: afterCursor(view.pages),
    orderBy: eventOrder(sorting),
    filter: {
      asStaff: true,
      search: view.q || null,
      ended: view.state === null ? null : view.state === 'ended',
      startsAfter: startOfDay(view.from, zone),
      // `to` is inclusive: events starting before the next day.
      startsBefore: startOfDay(view.to, zone, 1),
      locationId: view.location || null,
      trainerId: view.trainer || null,
    },
  });
  const rows: EventsTableRow[] = data.events.nodes.map((e) => ({
    id: e.id,
    name: e.name,
    session: { id: e.session.id, title: e.session.title },
    training: e.session.training.title,
    start: formatInstant(locale, e.startAt, e.timeZone),
    end: formatEnd(locale, e.startAt, e.endAt, e.timeZone),
    zone: zoneName(locale, e.timeZone, e.startAt),
    location: e.location?.name ?? null,
    trainers: e.trainers.nodes.map((u) => ({ id: u.id, name: `${u.firstName} ${u.lastName}` })),
    moreTrainers: e.trainers.totalCount - e.trainers.nodes.length,
    registrants: e.registrants.totalCount,
    capacity: e.maxUsers ?? null,
    status: e.status,
  }));
  return (
    <ClientMessages namespaces={['eventsTable', 'sessionPage', 'status', 'table']}>
      <>
        <PageHeader title={t('title')} description={t('intro', { zone: zoneName(locale, zone) })} />
        <EventsTable
          rows={rows}
          totalCount={data.events.totalCount}
          pageInfo={data.events.pageInfo}
          locations={data.locations.nodes}
        />
      </>
    </ClientMessages>
  );
}
