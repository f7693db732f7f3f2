import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ForbiddenNotice } from '../../../../../../components/manage/forbidden-notice';
import { PageHeader } from '../../../../../../components/manage/page-header';
import { manageRoutes } from '../../../../../../components/manage/routes';
import { SessionForm } from '../../../../../../components/sessions/session-form';
import { sessionFormValues } from '../../../../../../components/sessions/session-values';
import { zoneName } from '../../../../../../components/ui/dates';
import { runOperation } from '../../../../../../server/execute';
import { EditSessionForm } from './operations';
import { ClientMessages } from '../../../../../../components/ui/client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { session } = await runOperation(EditSessionForm, { id: (await params).id });
  return { title: (await getTranslations('sessionForm'))('editTitle', { title: session.title }) };
}

/** Editing a session (#7, screen 3): the new-session form, pre-filled from the session. */
export default async function EditSessionPage({ params }: Props) {
  const { id } = await params;
  const [{ viewer, session }, t, locale] = await Promise.all([runOperation(EditSessionForm, { id }), getTranslations('sessionForm'), getLocale()]);
  const zone = viewer.timeZone;
  const { training } = session;
  return (
    <ClientMessages namespaces={['errors', 'inscriptionMode', 'registration', 'sessionForm']}>
      <>
        <PageHeader
          title={t('editTitle', { title: session.title })}
          crumbs={[
            { label: t('sessions'), href: manageRoutes.sessions },
            { label: session.title, href: manageRoutes.session(session.id) },
          ]}
          description={t('fromTraining', { code: training.code, title: training.title })}
        />
        {/* updateSession asks what editing the training asks (R1: the training's managers, administrators). */}
        {training.viewerCan.edit ? (
          <SessionForm
            sessionId={session.id}
            training={{ id: training.id, title: training.title }}
            organisations={session.organisations}
            initialValues={sessionFormValues(session, zone)}
            timeZone={zone}
            zoneLabel={zoneName(locale, zone)}
          />
        ) : (
          <ForbiddenNotice />
        )}
      </>
    </ClientMessages>
  );
}
