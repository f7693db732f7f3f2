import { Badge, SimpleGrid, Text } from '@mantine/core';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DashboardPanel } from '../../../components/manage/dashboard-panel';
import { PageHeader } from '../../../components/manage/page-header';
import { manageRoutes } from '../../../components/manage/routes';
import { formatInstant, formatWithZone, zoneName } from '../../../components/ui/dates';
import { ButtonLink } from '../../../components/ui/links';
import { runOperation } from '../../../server/execute';
import { Dashboard } from './dashboard-operations';

/** How far ahead "starting soon" looks for under-filled sessions. */
const SOON_DAYS = 30;
const PANEL_SIZE = 5;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage() {
  const now = new Date();
  const soonBefore = new Date(now.getTime() + SOON_DAYS * 24 * 3600_000);
  const [data, t, locale] = await Promise.all([
    runOperation(Dashboard, { now: now.toISOString(), soonBefore: soonBefore.toISOString(), first: PANEL_SIZE }),
    getTranslations('dashboard'),
    getLocale(),
  ]);
  const zone = data.viewer.timeZone;
  const day = (iso: string) => formatInstant(locale, iso, zone, 'date');
  const seats = (taken: number, capacity: number | null | undefined) =>
    capacity == null ? t('learners', { count: taken }) : t('seats', { taken, capacity });

  return (
    <>
      <PageHeader
        title={t('title')}
        description={`${t('intro')} ${t('zoneNote', { zone: zoneName(locale, zone) })}`}
        actions={
          data.viewer.canCreateTrainings ? (
            <ButtonLink href={manageRoutes.newTraining}>{t('newTraining')}</ButtonLink>
          ) : undefined
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <DashboardPanel
          title={t('nextSessions')}
          empty={t('nextSessionsEmpty')}
          items={data.nextSessions.nodes.map((s) => ({
            key: s.id,
            href: manageRoutes.session(s.id),
            title: s.title,
            details: [`${day(s.startDate)} – ${day(s.endDate)}`, s.training.title],
            aside: <Text size="sm">{seats(s.learners.totalCount, s.maxUsers)}</Text>,
          }))}
          footer={<TotalLine shown={data.nextSessions.nodes.length} total={data.nextSessions.totalCount} />}
        />
        <DashboardPanel
          title={t('nextEvents')}
          empty={t('nextEventsEmpty')}
          items={data.nextEvents.nodes.map((e) => ({
            key: e.id,
            href: manageRoutes.session(e.session.id),
            title: e.name,
            details: [formatWithZone(locale, e.startAt, e.timeZone), t('inSession', { title: e.session.title }), ...(e.location ? [e.location.name] : [])],
          }))}
          footer={<TotalLine shown={data.nextEvents.nodes.length} total={data.nextEvents.totalCount} />}
        />
        <DashboardPanel
          title={t('pending')}
          empty={t('pendingEmpty')}
          items={data.pending.nodes.map((s) => ({
            key: s.id,
            href: manageRoutes.session(s.id),
            title: s.title,
            details: [s.training.title],
            aside: (
              <Badge color="orange" variant="dot">
                {t('pendingCount', { count: s.inscriptions.totalCount })}
              </Badge>
            ),
          }))}
          footer={<TotalLine shown={data.pending.nodes.length} total={data.pending.totalCount} />}
        />
        <DashboardPanel
          title={t('underFilled')}
          help={t('underFilledHelp', { days: SOON_DAYS })}
          empty={t('underFilledEmpty', { days: SOON_DAYS })}
          items={data.underFilled.nodes.map((s) => ({
            key: s.id,
            href: manageRoutes.session(s.id),
            title: s.title,
            details: [day(s.startDate), s.training.title],
            aside: (
              <Badge color="red" variant="dot">
                {seats(s.learners.totalCount, s.maxUsers)}
              </Badge>
            ),
          }))}
          footer={<TotalLine shown={data.underFilled.nodes.length} total={data.underFilled.totalCount} />}
        />
      </SimpleGrid>
    </>
  );
}

async function TotalLine({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  const t = await getTranslations('dashboard');
  return (
    <Text size="sm" c="dimmed">
      {t('moreCount', { shown, total })}
    </Text>
  );
}
