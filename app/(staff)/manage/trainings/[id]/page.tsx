import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '../../../../../components/manage/page-header';
import { manageRoutes } from '../../../../../components/manage/routes';
import { TrainingActions } from '../../../../../components/trainings/training-actions';
import { formatInstant, zoneName } from '../../../../../components/ui/dates';
import { AnchorLink } from '../../../../../components/ui/links';
import { runOperation } from '../../../../../server/execute';
import { TrainingPage as TrainingPageQuery } from './operations';
import { ClientMessages } from '../../../../../components/ui/client-messages';

const SESSIONS_SHOWN = 50;
type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { training } = await runOperation(TrainingPageQuery, { id: (await params).id, sessions: SESSIONS_SHOWN });
  return { title: training.title };
}

const STATUS_COLOR = { UPCOMING: 'cursus', ONGOING: 'green', ENDED: 'gray' } as const;

export default async function TrainingDetailPage({ params }: Props) {
  const { id } = await params;
  const [{ viewer, training }, t, common, status, modes, locale] = await Promise.all([
    runOperation(TrainingPageQuery, { id, sessions: SESSIONS_SHOWN }),
    getTranslations('trainings'),
    getTranslations('common'),
    getTranslations('status'),
    getTranslations('inscriptionMode'),
    getLocale(),
  ]);
  const zone = viewer.timeZone;
  const day = (iso: string) => formatInstant(locale, iso, zone, 'date');
  const yesNo = (value: boolean) => (value ? common('yes') : common('no'));
  const settings: [string, string][] = [
    [t('page.duration'), t('page.durationDays', { count: training.defaultSessionDays })],
    [t('page.capacity'), training.maxUsers == null ? common('unlimited') : String(training.maxUsers)],
    [t('form.publicRegistration'), yesNo(training.publicRegistration)],
    [t('form.publicUnregistration'), yesNo(training.publicUnregistration)],
    [t('form.registrationValidation'), yesNo(training.registrationValidation)],
    [t('form.eventInscriptionMode'), modes(training.eventInscriptionMode)],
  ];
  const sessions = training.sessions;

  return (
    <ClientMessages namespaces={['common', 'confirm', 'errors', 'trainings']}>
      <>
        <PageHeader
          title={training.title}
          crumbs={[{ label: t('title'), href: manageRoutes.trainings }]}
          description={
            <>
              {t('page.code')} : <Text span ff="monospace" size="sm">{training.code}</Text>
            </>
          }
          actions={<TrainingActions training={{ id: training.id, title: training.title }} canEdit={training.viewerCan.edit} canDelete={training.viewerCan.delete} />}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mb="lg">
          <Paper p="lg">
            <Stack gap="sm">
              <Title order={2}>{t('page.description')}</Title>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }} c={training.description ? undefined : 'dimmed'}>
                {training.description || t('page.noDescription')}
              </Text>
              <Title order={3} mt="sm">
                {t('page.organisations')}
              </Title>
              <Group gap={6}>
                {training.organisations.map((o) => (
                  <Badge key={o.id} variant="light" color="gray" tt="none" fw={500}>
                    {o.name}
                  </Badge>
                ))}
              </Group>
            </Stack>
          </Paper>
          <Paper p="lg">
            <Title order={2}>{t('page.defaults')}</Title>
            <Text size="sm" c="dimmed" mt={4} mb="sm">
              {t('page.defaultsHelp')}
            </Text>
            <dl className="settings-list">
              {settings.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </Paper>
        </SimpleGrid>
        <Paper p={0}>
          <Group justify="space-between" p="md">
            <Title order={2}>{t('page.sessions')}</Title>
            <Text size="sm" c="dimmed">
              {t('page.sessionsCount', { count: sessions.totalCount })} · {zoneName(locale, zone)}
            </Text>
          </Group>
          {sessions.nodes.length === 0 ? (
            <Text size="sm" c="dimmed" px="md" pb="md">
              {t('page.sessionsEmpty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={560} type="native">
              <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('page.sessions')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('page.sessionTitle')}</Table.Th>
                    <Table.Th scope="col">{t('page.start')}</Table.Th>
                    <Table.Th scope="col">{t('page.end')}</Table.Th>
                    <Table.Th scope="col">{t('page.status')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('page.learners')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sessions.nodes.map((s) => (
                    <Table.Tr key={s.id} id={`session-${s.id}`}>
                      <Table.Td>
                        <AnchorLink href={manageRoutes.session(s.id)} fw={600}>
                          {s.title}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{day(s.startDate)}</Table.Td>
                      <Table.Td>{day(s.endDate)}</Table.Td>
                      <Table.Td>
                        <Badge variant="dot" color={STATUS_COLOR[s.status]}>
                          {status(s.status)}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right">
                        {s.maxUsers == null ? s.learners.totalCount : `${s.learners.totalCount} / ${s.maxUsers}`}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {sessions.totalCount > sessions.nodes.length && (
            <Text size="sm" c="dimmed" p="md">
              {t('page.moreSessions', { shown: sessions.nodes.length, total: sessions.totalCount })}
            </Text>
          )}
        </Paper>
      </>
    </ClientMessages>
  );
}
