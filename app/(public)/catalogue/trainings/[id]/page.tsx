import { Container, Grid, GridCol, Paper, Stack, Text, Title } from '@mantine/core';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { JsonLd } from '../../../../../components/catalogue/json-ld';
import { LongText } from '../../../../../components/catalogue/long-text';
import { course } from '../../../../../components/catalogue/schema-org';
import { SessionCard } from '../../../../../components/catalogue/session-card';
import { AnchorLink } from '../../../../../components/ui/links';
import { requestOrigin } from '../../../../../lib/request-origin';
import { runOperation } from '../../../../../server/execute';
import { CatalogueTrainingPage } from './operations';

type Params = Promise<{ id: string }>;

// generateMetadata and the page read the same training: one operation per request.
const load = cache((id: string) => runOperation(CatalogueTrainingPage, { id, sessions: 50 }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { training } = await load((await params).id);
  const t = await getTranslations('catalogue');
  return {
    title: training.title,
    description: (training.description || training.objectives || t('metaDescription')).replace(/\s+/g, ' ').slice(0, 200),
    alternates: { canonical: `/catalogue/trainings/${training.id}` },
  };
}

/** A training's public page (#9 §1): description, what funders audit, and its upcoming sessions. */
export default async function CatalogueTrainingPageView({ params }: { params: Params }) {
  const [{ training, viewer }, t, origin] = await Promise.all([
    load((await params).id),
    getTranslations('catalogue'),
    headers().then(requestOrigin),
  ]);
  const facts: [string, string][] = [
    [t('training.duration'), training.durationHours != null ? t('durationHours', { count: training.durationHours }) : t('training.notGiven')],
    [t('training.code'), training.code],
    [t('training.organisations'), training.organisations.map((o) => o.name).join(', ')],
  ];
  const sections: [string, string, string][] = [
    ['objectives', t('training.objectives'), training.objectives || t('training.notGiven')],
    ['prerequisites', t('training.prerequisites'), training.prerequisites || t('training.noPrerequisites')],
    ['audience', t('training.audience'), training.audience || t('training.notGiven')],
    ['accessibility', t('training.accessibility'), training.accessibility || t('training.notGiven')],
  ];
  return (
    <Container component="main" size="lg" py="xl" className="page" id="main">
      <JsonLd data={course(training, training.sessions.nodes, origin)} />
      <Stack gap="lg">
        <AnchorLink href="/catalogue" size="sm">
          {t('training.backToCatalogue')}
        </AnchorLink>
        <Title order={1}>{training.title}</Title>
        <Grid gap="xl">
          <GridCol span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              {training.description && (
                <section aria-labelledby="presentation">
                  <Title order={2} size="h3" id="presentation" mb="xs">
                    {t('training.presentation')}
                  </Title>
                  <LongText>{training.description}</LongText>
                </section>
              )}
              {sections.map(([id, heading, text]) => (
                <section key={id} aria-labelledby={id}>
                  <Title order={2} size="h3" id={id} mb="xs">
                    {heading}
                  </Title>
                  <LongText>{text}</LongText>
                </section>
              ))}
            </Stack>
          </GridCol>
          <GridCol span={{ base: 12, md: 4 }}>
            <Paper withBorder p="md" radius="sm" component="aside" aria-labelledby="facts">
              <Title order={2} size="h4" id="facts" mb="sm">
                {t('training.facts')}
              </Title>
              <Stack gap="xs" component="dl" m={0}>
                {facts.map(([term, value]) => (
                  <div key={term}>
                    <Text component="dt" size="sm" c="dimmed">
                      {term}
                    </Text>
                    <Text component="dd" m={0}>
                      {value}
                    </Text>
                  </div>
                ))}
              </Stack>
            </Paper>
          </GridCol>
        </Grid>
        <section aria-labelledby="sessions">
          <Title order={2} size="h3" id="sessions" mb="sm">
            {t('training.sessions')}
          </Title>
          {training.sessions.nodes.length ? (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {training.sessions.nodes.map((session) => (
                <SessionCard key={session.id} session={session} readerZone={viewer.timeZone} />
              ))}
            </Stack>
          ) : (
            <Text>{t('training.noSessions')}</Text>
          )}
        </section>
      </Stack>
    </Container>
  );
}
