import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '../../../../components/manage/page-header';
import { UsersTable } from '../../../../components/users/users-table';
import { afterCursor } from '../../../../components/ui/table-state';
import { runOperation } from '../../../../server/execute';
import { UsersPage as UsersPageQuery } from './operations';
import { loadUsersView } from './search-params';
import { ClientMessages } from '../../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('users'))('title') };
}

/**
 * Users (#8 screen 8): administrators search, create, edit, deactivate and reactivate accounts, set passwords
 * and memberships; managers read the people of their organisations, as the API scopes them (`viewerCan`).
 */
export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = loadUsersView(await searchParams);
  const [data, t] = await Promise.all([
    runOperation(UsersPageQuery, { first: view.size, after: afterCursor(view.pages), search: view.q || null }),
    getTranslations('users'),
  ]);
  return (
    <ClientMessages namespaces={['account', 'common', 'errors', 'form', 'table', 'users']}>
      <>
        <PageHeader title={t('title')} description={data.viewer.isAdmin ? t('intro') : `${t('intro')} ${t('readOnly')}`} />
        <UsersTable
          users={data.users.nodes}
          totalCount={data.users.totalCount}
          pageInfo={data.users.pageInfo}
          organisations={data.organisations.nodes}
          timeZones={data.timeZones}
          canCreate={data.viewer.isAdmin}
        />
      </>
    </ClientMessages>
  );
}
