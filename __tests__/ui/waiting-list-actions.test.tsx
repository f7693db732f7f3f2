import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LearnersTab } from '../../components/sessions/learners-tab';
import type { PersonRow } from '../../components/sessions/session-people';
import { renderScreen } from '../support/render';

// #9 §4: the waiting list in the session page's Learners tab: move up and down, promote by hand.
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

const waiting = (id: string, name: string, position: number): PersonRow => ({
  inscriptionId: id,
  userId: `u${id}`,
  name,
  email: null,
  state: 'WAITLISTED',
  position,
  date: '2 mars 2026, 09:00',
});
const line = [waiting('11', 'Alice Martin', 1), waiting('12', 'Bruno Petit', 2), waiting('13', 'Chloé Roux', 3)];
const none = { rows: [], totalCount: 0 };

function renderTab(freeSeats: number | null = 0, canManage = true) {
  return renderScreen(
    <LearnersTab
      sessionId="7"
      canManage={canManage}
      validation={false}
      capacity={2}
      pending={none}
      confirmed={none}
      waitlisted={{ rows: line, totalCount: 3 }}
      refused={none}
      freeSeats={freeSeats}
    />,
  );
}

describe('the waiting list of the Learners tab', () => {
  it('offers up for all but the first and down for all but the last; a move sends moveInWaitingList and refreshes', async () => {
    fetchMock.mockImplementation(() => answer({ data: { moveInWaitingList: { id: '13', position: 2 } } }));
    renderTab();
    const table = screen.getByRole('table', { name: 'Liste d’attente' });
    expect(within(table).queryByRole('button', { name: /Faire monter Alice Martin/ })).toBeNull();
    expect(within(table).queryByRole('button', { name: /Faire descendre Chloé Roux/ })).toBeNull();
    expect(within(table).getByRole('button', { name: 'Faire descendre Alice Martin d’une place (position 1)' })).toBeTruthy();
    await act(async () => fireEvent.click(within(table).getByRole('button', { name: 'Faire monter Chloé Roux d’une place (position 3)' })));
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(sent(fetchMock.mock.calls[0])).toMatchObject({ variables: { id: '13', position: 2 } });
    expect(sent(fetchMock.mock.calls[0]).query).toContain('moveInWaitingList');
    expect(await screen.findByText('Chloé Roux est maintenant en position 2.')).toBeTruthy();
    // No promotion without a free seat.
    expect(within(table).queryByRole('button', { name: /Donner une place libre/ })).toBeNull();
  });

  it('with a free seat (after the promotion cut-off), a manager promotes by hand', async () => {
    fetchMock.mockImplementation(() => answer({ data: { promoteInscription: { id: '12', state: 'CONFIRMED' } } }));
    renderTab(1);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Donner une place libre à Bruno Petit' })));
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(sent(fetchMock.mock.calls[0])).toMatchObject({ variables: { id: '12' } });
    expect(await screen.findByText('Bruno Petit a une place : son inscription est confirmée.')).toBeTruthy();
  });

  it('a refusal of the API is told in French, nothing refreshed', async () => {
    fetchMock.mockImplementation(() => answer({ errors: [{ message: 'no', extensions: { code: 'CONFLICT', reason: 'NOT_WAITLISTED', field: 'id' } }] }));
    renderTab();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Faire descendre Bruno Petit d’une place (position 2)' })));
    expect(await screen.findByText('Cette inscription n’est pas sur la liste d’attente.')).toBeTruthy();
    expect(refresh).not.toHaveBeenCalled();
  });

  it('read-only viewers get no reorder control', () => {
    renderTab(1, false);
    expect(screen.queryByRole('button', { name: /Faire monter|Faire descendre|Donner une place/ })).toBeNull();
  });
});
