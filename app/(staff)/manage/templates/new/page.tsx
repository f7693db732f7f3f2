import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ForbiddenNotice } from '../../../../../components/manage/forbidden-notice';
import { PageHeader } from '../../../../../components/manage/page-header';
import { manageRoutes } from '../../../../../components/manage/routes';
import { TemplateForm } from '../../../../../components/templates/template-form';
import { TemplatePlaceholders } from '../../../../../components/templates/template-operations';
import { TEMPLATE_KINDS } from '../../../../../components/templates/template-values';
import { ownerValue } from '../../../../../components/ui/owner-values';
import { runOperation } from '../../../../../server/execute';
import { NewTemplateForm } from './operations';
import { ClientMessages } from '../../../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('templates.form'))('createTitle') };
}

export default async function NewTemplatePage() {
  const kind = TEMPLATE_KINDS[0];
  const [{ viewer }, t, list] = await Promise.all([runOperation(NewTemplateForm), getTranslations('templates.form'), getTranslations('templates')]);
  const header = <PageHeader title={t('createTitle')} crumbs={[{ label: list('title'), href: manageRoutes.templates }]} />;
  if (!viewer.canCreateTrainings)
    return (
      <>
        {header}
        <ForbiddenNotice />
      </>
    );
  const { templatePlaceholders } = await runOperation(TemplatePlaceholders, { kind });
  const choices = { organisations: viewer.managedOrganisations, canShare: viewer.isAdmin };
  return (
    <ClientMessages namespaces={['errors', 'owner', 'templates']}>
      <>
        {header}
        <TemplateForm
          initialValues={{ name: '', kind, locale: 'fr', subject: '', body: '', organisationId: ownerValue(undefined, choices) }}
          initialPlaceholders={templatePlaceholders}
          choices={choices}
        />
      </>
    </ClientMessages>
  );
}
