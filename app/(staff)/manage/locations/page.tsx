import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '../../../../components/manage/page-header';
import { LocationsTable, NewLocationButton } from '../../../../components/locations/locations-table';
import type { LocationChoices, LocationRow } from '../../../../components/locations/location-values';
import { zoneName } from '../../../../components/ui/dates';
import { afterCursor, parseSort } from '../../../../components/ui/table-state';
import { runOperation } from '../../../../server/execute';
import { LocationsTable as LocationsTableQuery } from './operations';
import { DEFAULT_LOCATION_SORT, loadLocationsView, LOCATION_ORDERS } from './search-params';
import { ClientMessages } from '../../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('locations'))('title') };
}

export default async function LocationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = loadLocationsView(await searchParams);
  const sorting = parseSort(view.sort, DEFAULT_LOCATION_SORT);
  const order = LOCATION_ORDERS[sorting.id as keyof typeof LOCATION_ORDERS] ?? LOCATION_ORDERS.name;
  const [data, t, locale] = await Promise.all([
    runOperation(LocationsTableQuery, {
      first: view.size,
      after: afterCursor(view.pages),
      search: view.q || null,
      orderBy: sorting.desc ? order.desc : order.asc,
    }),
    getTranslations('locations'),
    getLocale(),
  ]);
  // Those who may create trainings (administrators, organisation managers) are those who manage locations.
  const canManage = data.viewer.canCreateTrainings;
  // Zone names are formatted here, once, in the reader's language; the client shows strings.
  const choices: LocationChoices = {
    timeZones: data.timeZones.map((zone) => ({ value: zone, label: `${zone} — ${zoneName(locale, zone)}` })),
    organisations: data.viewer.managedOrganisations,
    canShare: data.viewer.isAdmin,
  };
  const rows: LocationRow[] = data.locations.nodes.map((location) => ({
    id: location.id,
    name: location.name,
    address: location.address,
    timeZone: location.timeZone,
    zoneLabel: zoneName(locale, location.timeZone),
    capacity: location.capacity ?? null,
    eventCount: location.eventCount ?? null,
    organisation: location.organisation ?? null,
    canEdit: location.viewerCan.edit,
    canDelete: location.viewerCan.delete,
  }));
  return (
    <ClientMessages namespaces={['common', 'confirm', 'errors', 'form', 'locations', 'owner', 'table']}>
      <>
        <PageHeader title={t('title')} description={t('intro')} actions={canManage ? <NewLocationButton choices={choices} /> : undefined} />
        {/* Trainers see the list read-only: each row's actions are the API's viewerCan. */}
        <LocationsTable rows={rows} totalCount={data.locations.totalCount} pageInfo={data.locations.pageInfo} choices={choices} canCreate={canManage} />
      </>
    </ClientMessages>
  );
}
