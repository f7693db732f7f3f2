import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '../../../../components/manage/page-header';
import { manageRoutes } from '../../../../components/manage/routes';
import { TrainingRow, TrainingsTable } from '../../../../components/trainings/trainings-table';
import { formatInstant, zoneName } from '../../../../components/ui/dates';
import { ButtonLink } from '../../../../components/ui/links';
import { afterCursor, parseSort } from '../../../../components/ui/table-state';
import { runOperation } from '../../../../server/execute';
import { TrainingsTable as TrainingsTableQuery } from './operations';
import { DEFAULT_TRAINING_SORT, loadTrainingsView, TRAINING_ORDERS } from './search-params';
import { ClientMessages } from '../../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('trainings'))('title') };
}

export default async function TrainingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = loadTrainingsView(await searchParams);
  const sorting = parseSort(view.sort, DEFAULT_TRAINING_SORT);
  const order = TRAINING_ORDERS[sorting.id as keyof typeof TRAINING_ORDERS] ?? TRAINING_ORDERS.title;
  const [data, t, locale] = await Promise.all([
    runOperation(TrainingsTableQuery, {
      first: view.size,
      after: afterCursor(view.pages),
      search: view.q || null,
      organisationId: view.org || null,
      orderBy: sorting.desc ? order.desc : order.asc,
    }),
    getTranslations('trainings'),
    getLocale(),
  ]);
  const zone = data.viewer.timeZone;
  // Dates are formatted here, once, in the viewer's zone; the client table shows strings.
  const rows: TrainingRow[] = data.trainings.nodes.map((training) => ({
    id: training.id,
    code: training.code,
    title: training.title,
    organisations: training.organisations.map((o) => o.name),
    sessionCount: training.sessions.totalCount,
    nextSession: training.nextSession
      ? { title: training.nextSession.title, start: formatInstant(locale, training.nextSession.startDate, zone, 'date') }
      : null,
    canEdit: training.viewerCan.edit,
    canDelete: training.viewerCan.delete,
  }));
  return (
    <ClientMessages namespaces={['common', 'confirm', 'errors', 'table', 'trainings']}>
      <>
        <PageHeader
          title={t('title')}
          description={t('intro', { zone: zoneName(locale, zone) })}
          actions={data.viewer.canCreateTrainings ? <ButtonLink href={manageRoutes.newTraining}>{t('new')}</ButtonLink> : undefined}
        />
        <TrainingsTable
          rows={rows}
          totalCount={data.trainings.totalCount}
          pageInfo={data.trainings.pageInfo}
          organisations={data.organisations.nodes}
          canCreate={data.viewer.canCreateTrainings}
        />
      </>
    </ClientMessages>
  );
}
