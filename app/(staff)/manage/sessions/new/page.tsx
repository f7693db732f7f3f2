import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ForbiddenNotice } from '../../../../../components/manage/forbidden-notice';
import { PageHeader } from '../../../../../components/manage/page-header';
import { manageRoutes } from '../../../../../components/manage/routes';
import { SessionForm } from '../../../../../components/sessions/session-form';
import { sessionFormValues } from '../../../../../components/sessions/session-values';
import { TrainingPicker } from '../../../../../components/sessions/training-picker';
import { PICKER_SIZE, PickSessionTraining } from '../../../../../components/sessions/training-picker-operations';
import { zoneName } from '../../../../../components/ui/dates';
import { ButtonLink } from '../../../../../components/ui/links';
import { runOperation } from '../../../../../server/execute';
import { NewSessionDraft, NewSessionTraining, NewSessionViewer } from './operations';
import { ClientMessages } from '../../../../../components/ui/client-messages';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sessionForm'))('newTitle') };
}

/**
 * A new session (#7, screen 3, seed 000), in two steps on one address: without `trainingId`, pick the
 * training (search by title or code); with it, the form pre-filled from the API's draft of that training.
 * The trainings screens link straight to the second step.
 */
export default async function NewSessionPage({ searchParams }: Props) {
  const trainingId = (await searchParams).trainingId;
  return (
    <ClientMessages namespaces={['errors', 'inscriptionMode', 'registration', 'sessionForm']}>
      {typeof trainingId === 'string' && trainingId ? <SessionStep trainingId={trainingId} /> : <PickStep />}
    </ClientMessages>
  );
}

async function PickStep() {
  const [{ viewer }, { trainings }, t] = await Promise.all([
    runOperation(NewSessionViewer),
    runOperation(PickSessionTraining, { search: null, first: PICKER_SIZE }),
    getTranslations('sessionForm'),
  ]);
  return (
    <>
      <PageHeader title={t('newTitle')} crumbs={[{ label: t('sessions'), href: manageRoutes.sessions }]} description={t('pick.intro')} />
      {viewer.canCreateTrainings ? (
        <TrainingPicker
          initial={{
            totalCount: trainings.totalCount,
            nodes: trainings.nodes.map((n) => ({ id: n.id, code: n.code, title: n.title, organisations: n.organisations.map((o) => o.name) })),
          }}
        />
      ) : (
        <ForbiddenNotice />
      )}
    </>
  );
}

async function SessionStep({ trainingId }: { trainingId: string }) {
  const [{ viewer, training }, t, locale] = await Promise.all([
    runOperation(NewSessionTraining, { id: trainingId }),
    getTranslations('sessionForm'),
    getLocale(),
  ]);
  // The draft is asked only of those who may create the session: for others the API would refuse it.
  const draft = training.viewerCan.edit ? (await runOperation(NewSessionDraft, { trainingId })).sessionDraft : null;
  const zone = viewer.timeZone;
  return (
    <>
      <PageHeader
        title={t('newTitle')}
        crumbs={[
          { label: t('trainings'), href: manageRoutes.trainings },
          { label: training.title, href: manageRoutes.training(training.id) },
        ]}
        description={t('fromTraining', { code: training.code, title: training.title })}
        actions={
          viewer.canCreateTrainings && (
            <ButtonLink href={manageRoutes.newSession()} variant="default">
              {t('changeTraining')}
            </ButtonLink>
          )
        }
      />
      {draft ? (
        <SessionForm
          training={{ id: training.id, title: training.title }}
          organisations={training.organisations}
          initialValues={sessionFormValues(draft, zone)}
          timeZone={zone}
          zoneLabel={zoneName(locale, zone)}
        />
      ) : (
        <ForbiddenNotice />
      )}
    </>
  );
}
