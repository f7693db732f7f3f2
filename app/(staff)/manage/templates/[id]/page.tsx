import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ForbiddenNotice } from '../../../../../components/manage/forbidden-notice';
import { PageHeader } from '../../../../../components/manage/page-header';
import { manageRoutes } from '../../../../../components/manage/routes';
import { TemplateForm } from '../../../../../components/templates/template-form';
import { TemplatePlaceholders } from '../../../../../components/templates/template-operations';
import { ownerValue } from '../../../../../components/ui/owner-values';
import { runOperation } from '../../../../../server/execute';
import { EditTemplateForm } from './operations';
import { ClientMessages } from '../../../../../components/ui/client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { template } = await runOperation(EditTemplateForm, { id: (await params).id });
  return { title: (await getTranslations('templates.form'))('editTitle', { name: template.name }) };
}

export default async function EditTemplatePage({ params }: Props) {
  const { id } = await params;
  const [{ viewer, template }, t, list] = await Promise.all([
    runOperation(EditTemplateForm, { id }),
    getTranslations('templates.form'),
    getTranslations('templates'),
  ]);
  const { templatePlaceholders } = await runOperation(TemplatePlaceholders, { kind: template.kind });
  const choices = { organisations: viewer.managedOrganisations, canShare: viewer.isAdmin };
  return (
    <ClientMessages namespaces={['errors', 'owner', 'templates']}>
      <>
        <PageHeader title={t('editTitle', { name: template.name })} crumbs={[{ label: list('title'), href: manageRoutes.templates }]} />
        {template.viewerCan.edit ? (
          <TemplateForm
            templateId={template.id}
            initialValues={{
              name: template.name,
              kind: template.kind,
              locale: template.locale,
              subject: template.subject,
              body: template.body,
              organisationId: ownerValue(template.organisation, choices),
            }}
            initialPlaceholders={templatePlaceholders}
            choices={choices}
          />
        ) : (
          <ForbiddenNotice />
        )}
      </>
    </ClientMessages>
  );
}
