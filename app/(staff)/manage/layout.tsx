import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ManageShell } from '../../../components/manage/manage-shell';
import { NotForYou } from '../../../components/manage/not-for-you';
import { ClientMessages } from '../../../components/ui/client-messages';
import { LanguageSwitch } from '../../../components/ui/language-switch';
import { redirectToSignIn, runOperation } from '../../../server/execute';
import { ManageViewer } from './operations';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('manage');
  return { title: { default: t('title'), template: `%s — ${t('title')} — Cursus` } };
}

/**
 * The management area (#7), for staff only: anonymous visitors sign in and come back; learners get a page
 * saying it is not for them. Every page runs its own operations too (a layout does not guard its pages:
 * the API does, with the same actor).
 */
export default async function ManageLayout({ children }: { children: ReactNode }) {
  const [{ viewer }, locale] = await Promise.all([runOperation(ManageViewer), getLocale()]);
  const user = viewer.user;
  if (!user) return redirectToSignIn();
  const languageSwitch = <LanguageSwitch locale={locale} />;
  if (!viewer.isStaff) return <NotForYou languageSwitch={languageSwitch} />;
  const role = viewer.isAdmin ? 'admin' : viewer.canCreateTrainings ? 'manager' : 'trainer';
  return (
    <ClientMessages namespaces={['common', 'errors', 'manage', 'messages', 'notifications']}>
      <ManageShell
        viewer={{ name: `${user.firstName} ${user.lastName}`, email: user.email ?? null, isAdmin: viewer.isAdmin, role }}
        languageSwitch={languageSwitch}
      >
        {children}
      </ManageShell>
    </ClientMessages>
  );
}
