import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ForbiddenNotice } from '../../../../../components/manage/forbidden-notice';
import { PageHeader } from '../../../../../components/manage/page-header';
import { manageRoutes } from '../../../../../components/manage/routes';
import { TrainingForm } from '../../../../../components/trainings/training-form';
import { EMPTY_TRAINING } from '../../../../../components/trainings/training-values';
import { runOperation } from '../../../../../server/execute';
import { NewTrainingForm } from './operations';
import { ClientMessages } from '../../../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('trainings.form'))('createTitle') };
}

export default async function NewTrainingPage() {
  const [{ viewer }, t, list] = await Promise.all([runOperation(NewTrainingForm), getTranslations('trainings.form'), getTranslations('trainings')]);
  const organisations = viewer.managedOrganisations;
  return (
    <ClientMessages namespaces={['errors', 'inscriptionMode', 'trainings']}>
      <>
        <PageHeader title={t('createTitle')} crumbs={[{ label: list('title'), href: manageRoutes.trainings }]} />
        {viewer.canCreateTrainings ? (
          // A manager of a single organisation gets it chosen already.
          <TrainingForm initialValues={{ ...EMPTY_TRAINING, organisationIds: organisations.length === 1 ? [organisations[0].id] : [] }} organisations={organisations} />
        ) : (
          <ForbiddenNotice />
        )}
      </>
    </ClientMessages>
  );
}
