import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UrlUpdateEvent } from 'nuqs/adapters/testing';
import { UserRow, UsersTable } from '../../components/users/users-table';
import { renderScreen } from '../support/render';

// #8 screen 8: the search is the API's (in the URL); actions only where the API says `viewerCan.edit`.
const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh }) }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  refresh.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });

const user = (id: string, lastName: string, overrides: Partial<UserRow> = {}): UserRow => ({
  id,
  email: `${lastName.toLowerCase()}@example.org`,
  firstName: 'Alex',
  lastName,
  locale: 'fr',
  timeZone: 'Europe/Paris',
  active: true,
  isAdmin: false,
  viewerCan: { edit: true },
  memberships: [{ role: 'MANAGER', organisation: { id: '1', name: 'Université de Lyon' } }],
  ...overrides,
});

function renderTable(users: UserRow[], canCreate = true, searchParams = '') {
  const updates: UrlUpdateEvent[] = [];
  renderScreen(
    <UsersTable users={users} totalCount={users.length} pageInfo={{ hasNextPage: false }} organisations={[]} timeZones={['UTC', 'Europe/Paris']} canCreate={canCreate} />,
    { searchParams, onUrlUpdate: (event) => updates.push(event) },
  );
  return updates;
}

describe('UsersTable', () => {
  it('shows each person with their organisations and role, and their state', () => {
    renderTable([user('1', 'Martin'), user('2', 'Durand', { active: false, memberships: [] })]);
    const rows = within(screen.getByRole('table', { name: 'Utilisateurs' })).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('(gestionnaire)')).toBeTruthy();
    expect(within(rows[0]).getByText('Actif')).toBeTruthy();
    expect(within(rows[1]).getByText('Aucune organisation')).toBeTruthy();
    expect(within(rows[1]).getByText('Désactivé')).toBeTruthy();
  });

  it('searches through the URL', async () => {
    jest.useFakeTimers();
    const updates = renderTable([user('1', 'Martin')]);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Rechercher' }), { target: { value: 'mart' } });
    await act(async () => jest.advanceTimersByTime(400));
    jest.useRealTimers();
    expect(updates[updates.length - 1]?.searchParams.get('q')).toBe('mart');
  });

  it('offers a manager (viewerCan.edit false) no action and no creation: the list is read-only', () => {
    renderTable([user('1', 'Martin', { viewerCan: { edit: false } })], false);
    expect(screen.queryByRole('button', { name: /Actions pour/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nouvel utilisateur' })).toBeNull();
  });

  it('deactivates an account from its row, then refreshes', async () => {
    fetchMock.mockImplementation(() => answer({ data: { updateUser: { id: '1', active: false } } }));
    renderTable([user('1', 'Martin')]);
    fireEvent.click(screen.getByRole('button', { name: 'Actions pour «\u00a0Alex Martin\u00a0»' }));
    await act(async () => fireEvent.click(await screen.findByRole('menuitem', { name: 'Désactiver le compte' })));
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(JSON.parse(fetchMock.mock.calls[0][1].body).variables).toEqual({ id: '1', active: false });
    expect(await screen.findByText(/Le compte de Alex Martin est désactivé/)).toBeTruthy();
  });
});
