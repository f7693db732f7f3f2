import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { AddPeople } from '../../components/sessions/add-people';
import { renderScreen } from '../support/render';

// #7 screen 5: adding several people found by search (users(search:), the viewer's scope), and someone from
// outside it by exact e-mail address (userByEmail, then addInscription with the address).
const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh }) }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  refresh.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const sent = (call: unknown[]) => JSON.parse((call[1] as { body: string }).body) as { query: string; variables: Record<string, unknown> };
const calls = (operation: string) => fetchMock.mock.calls.map(sent).filter((c) => c.query.includes(operation));

const PEOPLE = [
  { id: '11', firstName: 'Lucas', lastName: 'Bernard', email: 'lucas.bernard@example.org' },
  { id: '12', firstName: 'Léa', lastName: 'Bernardin', email: 'lea.bernardin@example.org' },
];

function serve() {
  fetchMock.mockImplementation((_url, init: { body: string }) => {
    const { query, variables } = JSON.parse(init.body);
    if (query.includes('users(')) return answer({ data: { users: { nodes: PEOPLE } } });
    if (query.includes('userByEmail'))
      return answer({ data: { userByEmail: variables.email === 'emily.carter@example.org' ? { id: '40', firstName: 'Emily', lastName: 'Carter' } : null } });
    return answer({ data: { addInscription: { id: '99', state: 'CONFIRMED' } } });
  });
}

describe('AddPeople', () => {
  it('searches the API as one types and registers every chosen person, then refreshes the page', async () => {
    serve();
    renderScreen(<AddPeople sessionId="7" role="LEARNER" />);
    const picker = screen.getByRole('combobox', { name: /Inscrire des apprenants/ });
    fireEvent.focus(picker);
    fireEvent.click(picker);
    fireEvent.change(picker, { target: { value: 'Bern' } });
    await waitFor(() => expect(calls('users(')).toHaveLength(1));
    fireEvent.click(await screen.findByRole('option', { name: /Lucas Bernard/ }, { timeout: 2000 }));
    fireEvent.click(await screen.findByRole('option', { name: /Léa Bernardin/ }));
    expect(calls('users(')[0].variables).toEqual({ search: 'Bern' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Inscrire 2 personnes' })));
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(calls('addInscription').map((c) => c.variables.input)).toEqual([
      { sessionId: '7', userId: '11', role: 'LEARNER' },
      { sessionId: '7', userId: '12', role: 'LEARNER' },
    ]);
    expect(await screen.findByText('2 apprenants inscrits.')).toBeTruthy();
  });

  it('someone from outside by exact e-mail address: names who it is, then registers by that address', async () => {
    serve();
    renderScreen(<AddPeople sessionId="7" role="LEARNER" />);
    fireEvent.change(screen.getByRole('textbox', { name: /Ou inscrire quelqu’un d’une autre organisation/ }), { target: { value: 'nobody@example.org' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Chercher l’adresse' })));
    expect(await screen.findByText('Aucun compte actif n’a cette adresse.')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: /Ou inscrire quelqu’un d’une autre organisation/ }), { target: { value: 'emily.carter@example.org' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Chercher l’adresse' })));
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Inscrire Emily Carter' })));
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(calls('addInscription').map((c) => c.variables.input)).toEqual([{ sessionId: '7', email: 'emily.carter@example.org', role: 'LEARNER' }]);
  });

  it('trainers are added by search only, as TRAINER', () => {
    renderScreen(<AddPeople sessionId="7" role="TRAINER" />);
    expect(screen.getByRole('combobox', { name: /Ajouter des formateurs/ })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /autre organisation/ })).toBeNull();
  });
});
