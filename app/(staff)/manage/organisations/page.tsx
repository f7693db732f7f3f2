import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '../../../../components/manage/page-header';
import { OrganisationRow, OrganisationTree } from '../../../../components/organisations/organisation-tree';
import type { OrganisationsPageQuery as Page } from '../../../../graphql-client/graphql';
import { runOperation } from '../../../../server/execute';
import { OrganisationsPage as OrganisationsPageQuery } from './operations';
import { ClientMessages } from '../../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('organisations'))('title') };
}

/**
 * The organisation tree (#8 screen 8). A tree is shown whole, so the page reads every page of the list (the
 * API gives at most 100 at a time); administrators create, rename, move and delete, others read.
 */
export default async function OrganisationsPage() {
  const t = await getTranslations('organisations');
  const rows: OrganisationRow[] = [];
  let after: string | null = null;
  let viewer: Page['viewer'] = { isAdmin: false };
  do {
    const page: Page = await runOperation(OrganisationsPageQuery, { after });
    viewer = page.viewer;
    const { organisations } = page;
    rows.push(...organisations.nodes);
    after = organisations.pageInfo.hasNextPage ? organisations.pageInfo.endCursor ?? null : null;
  } while (after);
  return (
    <ClientMessages namespaces={['common', 'confirm', 'errors', 'organisations']}>
      <>
        <PageHeader title={t('title')} description={viewer.isAdmin ? t('intro') : `${t('intro')} ${t('readOnly')}`} />
        <OrganisationTree organisations={rows} canCreate={viewer.isAdmin} />
      </>
    </ClientMessages>
  );
}
