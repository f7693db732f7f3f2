import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LearnersTab, LearnersTabProps } from '../../components/sessions/learners-tab';
import type { PersonRow } from '../../components/sessions/session-people';
import { renderScreen } from '../support/render';

// getByText compares with whitespace collapsed (the narrow no-break space reads as a space); roles keep it.
// #7 screen 5: the session page's Learners tab, in its states (empty, pending with accept/refuse, waitlist).
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

const person = (id: string, name: string, state: PersonRow['state'], position: number | null = null): PersonRow => ({
  inscriptionId: id,
  userId: `u${id}`,
  name,
  email: `${name.split(' ')[0].toLowerCase()}@example.org`,
  state,
  position,
  date: '2 mars 2026, 09:00',
});
const list = (rows: PersonRow[]) => ({ rows, totalCount: rows.length });
const none = list([]);

function renderTab(props: Partial<LearnersTabProps> = {}) {
  return renderScreen(
    <LearnersTab
      sessionId="7"
      canManage
      validation={false}
      capacity={20}
      pending={none}
      confirmed={none}
      waitlisted={none}
      refused={none}
      {...props}
    />,
  );
}

describe('LearnersTab', () => {
  it('empty: « 0 / 20 », says how to register people, offers the search, and no pending section without validation', () => {
    renderTab();
    expect(screen.getByText('0 / 20')).toBeTruthy();
    expect(screen.getByText('apprenants / capacité')).toBeTruthy();
    expect(screen.getByText('Personne n’est encore inscrit : recherchez des personnes ci-dessus pour les inscrire.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /Inscrire des apprenants/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Inscrire' }).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('heading', { name: /En attente de validation/ })).toBeNull();
    expect(screen.getByText('Personne n’attend de place.')).toBeTruthy();
  });

  it('read-only for a viewer who does not manage the training: no search, no action', () => {
    renderTab({ canManage: false, confirmed: list([person('1', 'Alice Martin', 'CONFIRMED')]) });
    expect(screen.queryByRole('combobox', { name: /Inscrire des apprenants/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Retirer/ })).toBeNull();
  });

  it('pending: accepting sends validateInscription(accept: true), tells the outcome and refreshes the page', async () => {
    fetchMock.mockImplementation(() => answer({ data: { validateInscription: { id: '3', state: 'WAITLISTED' } } }));
    renderTab({ validation: true, pending: list([person('3', 'Chloé Petit', 'PENDING'), person('4', 'Denis Roux', 'PENDING')]) });
    const table = screen.getByRole('table', { name: 'Inscriptions en attente de validation' });
    expect(within(table).getAllByText('En attente de validation')).toHaveLength(2);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Accepter l’inscription de Chloé Petit' })));
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(sent(fetchMock.mock.calls[0]).variables).toEqual({ id: '3', accept: true });
    expect(sent(fetchMock.mock.calls[0]).query).toContain('validateInscription');
    expect(await screen.findByText('La session est complète : Chloé Petit est sur la liste d’attente.')).toBeTruthy();
  });

  it('pending: refusing sends accept: false; a refusal of the API is shown in French', async () => {
    fetchMock.mockImplementation(() =>
      answer({ errors: [{ message: 'no', extensions: { code: 'CONFLICT', reason: 'NOT_PENDING', field: 'id' } }] }),
    );
    renderTab({ validation: true, pending: list([person('4', 'Denis Roux', 'PENDING')]) });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Refuser l’inscription de Denis Roux' })));
    expect(sent(fetchMock.mock.calls[0]).variables).toEqual({ id: '4', accept: false });
    expect(await screen.findByText('Cette inscription n’est plus en attente de validation : elle a déjà été traitée.')).toBeTruthy();
    expect(refresh).not.toHaveBeenCalled();
  });

  it('with validation on and nothing pending, says nothing awaits a decision', () => {
    renderTab({ validation: true });
    expect(screen.getByRole('heading', { name: 'En attente de validation (0)' })).toBeTruthy();
    expect(screen.getByText('Aucune inscription n’attend votre décision.')).toBeTruthy();
  });

  it('the waiting list in its order, each with its place; « 2 / 2 » when full', () => {
    renderTab({
      capacity: 2,
      confirmed: list([person('1', 'Alice Martin', 'CONFIRMED'), person('2', 'Bruno Leroy', 'CONFIRMED')]),
      waitlisted: list([person('5', 'Emma Blanc', 'WAITLISTED', 1), person('6', 'Farid Nour', 'WAITLISTED', 2)]),
    });
    expect(screen.getByText('2 / 2')).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: 'Liste d’attente' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(0, 3).map((cell) => cell.textContent))).toEqual([
      ['Emma Blanc', 'emma@example.org', 'Liste d’attente, n° 1'],
      ['Farid Nour', 'farid@example.org', 'Liste d’attente, n° 2'],
    ]);
  });

  it('removing asks first, naming what goes, then sends removeInscription', async () => {
    fetchMock.mockImplementation(() => answer({ data: { removeInscription: { id: '1' } } }));
    renderTab({ confirmed: list([person('1', 'Alice Martin', 'CONFIRMED')]) });
    fireEvent.click(screen.getByRole('button', { name: 'Retirer Alice Martin de la session' }));
    expect(await screen.findByText(/sa place ira à la première personne de la liste d’attente/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
    const dialog = screen.getByRole('dialog', { name: 'Retirer Alice Martin de la session\u202f?' });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Retirer' })));
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(sent(fetchMock.mock.calls[0]).variables).toEqual({ id: '1' });
  });
});
