import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { DeleteSessionDialog } from '../../components/sessions/delete-session';
import { renderScreen } from '../support/render';

// #7 screen 4: deleting a session is confirmed in a dialog naming what goes with it, as the API counts it.
const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const operationOf = (call: unknown[]) => JSON.parse((call[1] as { body: string }).body).query as string;

function open(impact: { events: number; inscriptions: number }, locale: 'fr' | 'en' = 'fr') {
  const onClose = jest.fn();
  const onDeleted = jest.fn();
  fetchMock.mockImplementation((_url, init: { body: string }) =>
    JSON.parse(init.body).query.includes('deletionImpact')
      ? answer({ data: { session: { deletionImpact: impact } } })
      : answer({ data: { deleteSession: { id: '11' } } }),
  );
  renderScreen(<DeleteSessionDialog session={{ id: '11', title: 'Printemps à Lyon' }} opened onClose={onClose} onDeleted={onDeleted} />, { locale });
  return { onClose, onDeleted };
}

describe('DeleteSessionDialog', () => {
  it('names the events and registrations that go with the session (ICU plurals) before anything is deleted', async () => {
    open({ events: 3, inscriptions: 42 });
    expect(screen.getByRole('dialog', { name: 'Supprimer «\u00a0Printemps à Lyon\u00a0»\u202f?' })).toBeTruthy();
    expect(await screen.findByText('3 séances et 42 inscriptions seront supprimées avec elle.')).toBeTruthy();
    expect(screen.getByText('Cette suppression est définitive.')).toBeTruthy();
    expect(fetchMock.mock.calls.map(operationOf).some((q) => q.includes('deleteSession'))).toBe(false);
  });

  it('says one and none in the singular', async () => {
    open({ events: 1, inscriptions: 0 });
    expect(await screen.findByText('1 séance et aucune inscription seront supprimées avec elle.')).toBeTruthy();
  });

  it('in English too', async () => {
    open({ events: 0, inscriptions: 1 }, 'en');
    expect(await screen.findByText('No events and 1 registration will be deleted with it.')).toBeTruthy();
  });

  it('deletes only on confirmation, then tells so', async () => {
    const { onDeleted } = open({ events: 3, inscriptions: 42 });
    await screen.findByText(/seront supprimées/);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Supprimer la session' })));
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    const mutation = fetchMock.mock.calls.find((call) => operationOf(call).includes('deleteSession'))!;
    expect(JSON.parse(mutation[1].body).variables).toEqual({ id: '11' });
    expect(await screen.findByText('La session « Printemps à Lyon » a été supprimée.')).toBeTruthy();
  });

  it('cancelling deletes nothing', async () => {
    const { onClose, onDeleted } = open({ events: 3, inscriptions: 42 });
    await screen.findByText(/seront supprimées/);
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(onClose).toHaveBeenCalled();
    expect(onDeleted).not.toHaveBeenCalled();
    expect(fetchMock.mock.calls.map(operationOf).some((q) => q.includes('deleteSession'))).toBe(false);
  });
});
