import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ForbiddenNotice } from '../../../../../../components/manage/forbidden-notice';
import { PageHeader } from '../../../../../../components/manage/page-header';
import { manageRoutes } from '../../../../../../components/manage/routes';
import { TrainingForm } from '../../../../../../components/trainings/training-form';
import { runOperation } from '../../../../../../server/execute';
import { EditTrainingForm } from './operations';
import { ClientMessages } from '../../../../../../components/ui/client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { training } = await runOperation(EditTrainingForm, { id: (await params).id });
  return { title: (await getTranslations('trainings.form'))('editTitle', { title: training.title }) };
}

export default async function EditTrainingPage({ params }: Props) {
  const { id } = await params;
  const [{ viewer, training }, t, list] = await Promise.all([
    runOperation(EditTrainingForm, { id }),
    getTranslations('trainings.form'),
    getTranslations('trainings'),
  ]);
  // The training's own organisations stay choosable even when the viewer manages only some of them.
  const organisations = [...viewer.managedOrganisations, ...training.organisations.filter((o) => !viewer.managedOrganisations.some((m) => m.id === o.id))];
  return (
    <ClientMessages namespaces={['errors', 'inscriptionMode', 'trainings']}>
      <>
        <PageHeader
          title={t('editTitle', { title: training.title })}
          crumbs={[
            { label: list('title'), href: manageRoutes.trainings },
            { label: training.title, href: manageRoutes.training(training.id) },
          ]}
        />
        {training.viewerCan.edit ? (
          <TrainingForm
            trainingId={training.id}
            organisations={organisations}
            initialValues={{
              code: training.code,
              title: training.title,
              description: training.description,
              objectives: training.objectives,
              prerequisites: training.prerequisites,
              durationHours: training.durationHours ?? '',
              audience: training.audience,
              accessibility: training.accessibility,
              organisationIds: training.organisations.map((o) => o.id),
              defaultSessionDays: training.defaultSessionDays,
              maxUsers: training.maxUsers ?? '',
              publicRegistration: training.publicRegistration,
              publicUnregistration: training.publicUnregistration,
              registrationValidation: training.registrationValidation,
              eventInscriptionMode: training.eventInscriptionMode,
            }}
          />
        ) : (
          <ForbiddenNotice />
        )}
      </>
    </ClientMessages>
  );
}
