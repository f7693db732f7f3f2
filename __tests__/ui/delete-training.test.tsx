import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { DeleteTrainingDialog } from '../../components/trainings/delete-training';
import { renderScreen } from '../support/render';

// French typography: no-break spaces inside « » and before ?, : and ;.
// #7: a destructive action is confirmed in a dialog that names what goes with it, as the API counts it.
const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const operationOf = (call: unknown[]) => JSON.parse((call[1] as { body: string }).body).query as string;

function open(onClose = jest.fn(), onDeleted = jest.fn()) {
  fetchMock.mockImplementation((_url, init: { body: string }) =>
    JSON.parse(init.body).query.includes('deletionImpact')
      ? answer({ data: { training: { deletionImpact: { sessions: 3, events: 12, inscriptions: 42 } } } })
      : answer({ data: { deleteTraining: { id: '5' } } }),
  );
  renderScreen(<DeleteTrainingDialog training={{ id: '5', title: 'Gestes et postures' }} opened onClose={onClose} onDeleted={onDeleted} />);
  return { onClose, onDeleted };
}

describe('DeleteTrainingDialog', () => {
  it('names the sessions, events and registrations that go with the training before anything is deleted', async () => {
    open();
    expect(screen.getByRole('dialog', { name: 'Supprimer «\u00a0Gestes et postures\u00a0»\u202f?' })).toBeTruthy();
    expect(await screen.findByText('3 sessions, 12 séances et 42 inscriptions seront supprimées avec elle.')).toBeTruthy();
    expect(screen.getByText('Cette suppression est définitive.')).toBeTruthy();
    expect(fetchMock.mock.calls.map(operationOf).some((q) => q.includes('deleteTraining'))).toBe(false);
  });

  it('deletes only on confirmation, then tells so', async () => {
    const { onDeleted } = open();
    await screen.findByText(/seront supprimées/);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Supprimer la formation' })));
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    const mutation = fetchMock.mock.calls.find((call) => operationOf(call).includes('deleteTraining'))!;
    expect(JSON.parse(mutation[1].body).variables).toEqual({ id: '5' });
    expect(await screen.findByText('La formation « Gestes et postures » a été supprimée.')).toBeTruthy();
  });

  it('cancelling deletes nothing', async () => {
    const { onClose, onDeleted } = open();
    await screen.findByText(/seront supprimées/);
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(onClose).toHaveBeenCalled();
    expect(onDeleted).not.toHaveBeenCalled();
    expect(fetchMock.mock.calls.map(operationOf).some((q) => q.includes('deleteTraining'))).toBe(false);
  });
});
