import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ForbiddenNotice } from '../../../../components/manage/forbidden-notice';
import { PageHeader } from '../../../../components/manage/page-header';
import { manageRoutes } from '../../../../components/manage/routes';
import { TemplatesTable } from '../../../../components/templates/templates-table';
import { TEMPLATE_KINDS, type TemplateRow } from '../../../../components/templates/template-values';
import { formatInstant, zoneName } from '../../../../components/ui/dates';
import { ButtonLink } from '../../../../components/ui/links';
import { afterCursor, parseSort } from '../../../../components/ui/table-state';
import type { TemplateKind } from '../../../../graphql-client/graphql';
import { runOperation } from '../../../../server/execute';
import { TemplatesTable as TemplatesTableQuery, TemplatesViewer } from './operations';
import { DEFAULT_TEMPLATE_SORT, loadTemplatesView, TEMPLATE_ORDERS } from './search-params';
import { ClientMessages } from '../../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('templates'))('title') };
}

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = loadTemplatesView(await searchParams);
  const [{ viewer }, t, locale] = await Promise.all([runOperation(TemplatesViewer), getTranslations('templates'), getLocale()]);
  // Those who may create trainings (administrators, organisation managers) are those who manage templates.
  if (!viewer.canCreateTrainings)
    return (
      <>
        <PageHeader title={t('title')} />
        <ForbiddenNotice />
      </>
    );
  const sorting = parseSort(view.sort, DEFAULT_TEMPLATE_SORT);
  const order = TEMPLATE_ORDERS[sorting.id as keyof typeof TEMPLATE_ORDERS] ?? TEMPLATE_ORDERS.name;
  const kind = TEMPLATE_KINDS.includes(view.kind as TemplateKind) ? (view.kind as TemplateKind) : null;
  const { templates } = await runOperation(TemplatesTableQuery, {
    first: view.size,
    after: afterCursor(view.pages),
    search: view.q || null,
    kind,
    orderBy: sorting.desc ? order.desc : order.asc,
  });
  // Dates are formatted here, once, in the viewer's zone; the client table shows strings.
  const rows: TemplateRow[] = templates.nodes.map((template) => ({
    id: template.id,
    name: template.name,
    kind: template.kind,
    locale: template.locale,
    subject: template.subject,
    updated: formatInstant(locale, template.updatedAt, viewer.timeZone, 'dateTime'),
    organisation: template.organisation?.name ?? null,
    canEdit: template.viewerCan.edit,
    canDelete: template.viewerCan.delete,
  }));
  return (
    <ClientMessages namespaces={['common', 'confirm', 'errors', 'owner', 'table', 'templates']}>
      <>
        <PageHeader
          title={t('title')}
          description={t('intro', { zone: zoneName(locale, viewer.timeZone) })}
          actions={<ButtonLink href={manageRoutes.newTemplate}>{t('new')}</ButtonLink>}
        />
        <TemplatesTable rows={rows} totalCount={templates.totalCount} pageInfo={templates.pageInfo} canCreate />
      </>
    </ClientMessages>
  );
}
