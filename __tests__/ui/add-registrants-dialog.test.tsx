import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddRegistrantsDialog } from '../../components/events/add-registrants-dialog';
import { renderScreen } from '../support/render';

// #8 screen 4: the event page's « bonhomme + » chooses several people by search and registers them in ONE
// request (addEventRegistrants), then says what happened to each, as the API answered.
const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const sent = (call: unknown[]) => JSON.parse((call[1] as { body: string }).body) as { query: string; variables: Record<string, unknown> };
const calls = (operation: string) => fetchMock.mock.calls.map(sent).filter((c) => c.query.includes(operation));

const PEOPLE = [
  { id: '11', firstName: 'Lucas', lastName: 'Bernard', email: 'lucas.bernard@example.org' },
  { id: '12', firstName: 'Léa', lastName: 'Bernardin', email: 'lea.bernardin@example.org' },
  { id: '13', firstName: 'Hugo', lastName: 'Bernardi', email: null },
  { id: '14', firstName: 'Inès', lastName: 'Bernardo', email: null },
];

const RESULTS = [
  { userId: '11', outcome: 'ADDED', reason: null, inscription: { id: '1', state: 'CONFIRMED', position: null } },
  { userId: '12', outcome: 'ADDED', reason: null, inscription: { id: '2', state: 'WAITLISTED', position: 1 } },
  { userId: '13', outcome: 'ALREADY_REGISTERED', reason: null, inscription: { id: '3', state: 'CONFIRMED', position: null } },
  { userId: '14', outcome: 'REFUSED', reason: 'NOT_SESSION_LEARNER', inscription: null },
];

function serve() {
  fetchMock.mockImplementation((_url, init: { body: string }) => {
    const { query } = JSON.parse(init.body);
    if (query.includes('users(')) return answer({ data: { users: { nodes: PEOPLE } } });
    return answer({ data: { addEventRegistrants: RESULTS } });
  });
}

const EVENT = { id: '5', name: 'Atelier pratique', mode: 'MANUAL' as const };

async function choose(names: RegExp[]) {
  const picker = screen.getByRole('combobox', { name: /Personnes à inscrire/ });
  fireEvent.focus(picker);
  fireEvent.click(picker);
  // As one would: type, pick, type again (picking empties the search).
  for (const name of names) {
    fireEvent.change(picker, { target: { value: 'Bern' } });
    fireEvent.click(await screen.findByRole('option', { name }, { timeout: 2000 }));
  }
  expect(calls('users(').every((c) => c.variables.search === 'Bern')).toBe(true);
}

describe('AddRegistrantsDialog', () => {
  it('registers several people in one request and reports, per person, added, waitlisted, already there or refused and why', async () => {
    serve();
    const onAdded = jest.fn();
    renderScreen(<AddRegistrantsDialog event={EVENT} opened onClose={jest.fn()} onAdded={onAdded} />);
    await choose([/Lucas Bernard/, /Léa Bernardin/, /Hugo Bernardi/, /Inès Bernardo/]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Inscrire 4 personnes' })));
    await waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1));
    expect(calls('addEventRegistrants').map((c) => c.variables)).toEqual([{ eventId: '5', userIds: ['11', '12', '13', '14'] }]);
    const report = screen.getByRole('list', { name: 'Résultat pour chaque personne' });
    const line = (name: RegExp) => within(report).getAllByRole('listitem').find((item) => name.test(item.textContent ?? ''))!;
    expect(within(line(/Lucas Bernard/)).getByText('Inscrit·e')).toBeTruthy();
    expect(within(line(/Léa Bernardin/)).getByText('Liste d’attente, n° 1')).toBeTruthy();
    expect(within(line(/Hugo Bernardi/)).getByText('Déjà inscrit·e')).toBeTruthy();
    expect(within(line(/Inès Bernardo/)).getByText(/^Refusé\s:\s/)).toBeTruthy();
    expect(await screen.findByText('2 personnes inscrites.')).toBeTruthy();
  });

  it('shows the API refusal of the whole request and adds no one', async () => {
    fetchMock.mockImplementation((_url, init: { body: string }) =>
      JSON.parse(init.body).query.includes('users(')
        ? answer({ data: { users: { nodes: PEOPLE } } })
        : answer({ data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'NOT_SESSION_STAFF' } }] }),
    );
    const onAdded = jest.fn();
    renderScreen(<AddRegistrantsDialog event={EVENT} opened onClose={jest.fn()} onAdded={onAdded} />);
    await choose([/Lucas Bernard/]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Inscrire 1 personne' })));
    expect((await screen.findAllByRole('alert')).some((alert) => alert.textContent === 'Seule l’équipe de cette session peut faire cela.')).toBe(true);
    expect(onAdded).not.toHaveBeenCalled();
    expect(screen.queryByRole('list', { name: 'Résultat pour chaque personne' })).toBeNull();
  });

  it('an automatic-mode event says that the session’s learners are registered already', () => {
    renderScreen(<AddRegistrantsDialog event={{ ...EVENT, mode: 'AUTOMATIC' }} opened onClose={jest.fn()} onAdded={jest.fn()} />);
    expect(screen.getByText(/les apprenants confirmés de la session y sont déjà inscrits/)).toBeTruthy();
  });
});
