import { screen, within } from '@testing-library/react';
import { TrainingCard } from '../../components/catalogue/training-card';
import type { CataloguePageQuery } from '../../graphql-client/graphql';
import { renderScreen } from '../support/render';

// #11: the catalogue's cards are plain elements (no Mantine component per card). What a reader and assistive
// tech get must stay the same: a list item named by its training's heading, links to the training and its
// sessions, the dates in the session's zone, the seats and registration badges, "more sessions".
type Training = CataloguePageQuery['trainings']['nodes'][number];

const session = (id: string, over: Partial<Training['sessions']['nodes'][number]> = {}) =>
  ({
    id,
    title: `Session ${id}`,
    startDate: '2027-03-03T08:00:00.000Z',
    endDate: '2027-03-05T16:00:00.000Z',
    status: 'SCHEDULED',
    maxUsers: 12,
    publicRegistration: true,
    registration: { open: true, seatsLeft: 3, full: false },
    locations: [{ id: '1', name: 'Campus Darwin', timeZone: 'Europe/Paris' }],
    ...over,
  }) as Training['sessions']['nodes'][number];

const training = {
  id: '4',
  code: 'XL',
  title: 'Excel perfectionnement',
  description: 'Tableaux croisés   dynamiques.\n\nPower Query.',
  durationHours: 14,
  organisations: [{ id: '1', name: 'Université de Lyon' }],
  sessions: {
    totalCount: 3,
    nodes: [session('7'), session('8', { registration: { open: false, seatsLeft: null, full: true }, locations: [] })],
  },
} as unknown as Training;

test('a training card says what the Mantine card said, with the same roles and names', () => {
  renderScreen(
    <ul>
      <TrainingCard training={training} readerZone="Europe/Paris" />
    </ul>,
  );
  const card = screen.getByRole('listitem', { name: 'Excel perfectionnement' });
  const heading = within(card).getByRole('heading', { level: 2, name: 'Excel perfectionnement' });
  expect(within(heading).getByRole('link').getAttribute('href')).toBe('/catalogue/trainings/4');
  within(card).getByText('Proposée par Université de Lyon');
  within(card).getByText('14 heures');
  within(card).getByText('Tableaux croisés dynamiques. Power Query.');
  within(card).getByRole('heading', { level: 3, name: 'Prochaines sessions' });

  const sessions = within(card).getAllByRole('list')[0];
  const [open, full] = within(sessions).getAllByRole('listitem');
  expect(within(open).getByRole('link', { name: 'Session 7' }).getAttribute('href')).toBe('/catalogue/sessions/7');
  within(open).getByText('3–5 mars 2027');
  within(open).getByText('Campus Darwin');
  within(open).getByText('3 places disponibles');
  within(open).getByText('Inscriptions ouvertes');
  within(full).getByText('Complet : liste d’attente');
  within(full).getByText('Inscriptions fermées');
  within(full).getByText('Lieu à préciser');

  expect(within(card).getByRole('link', { name: /1 autre session/ }).getAttribute('href')).toBe('/catalogue/trainings/4');
});
