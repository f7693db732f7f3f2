import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TrainingPicker } from '../../components/sessions/training-picker';
import { renderScreen } from '../support/render';

// #7, screen 3 (seed 000): « une recherche via le titre ou le code », results as you type, one click to
// the form; the keyboard moves from the search into the results.
const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const INITIAL = {
  totalCount: 2,
  nodes: [
    { id: '5', code: 'SST-INIT', title: 'Sauveteur secouriste du travail', organisations: ['Université de Lyon'] },
    { id: '6', code: 'GQS', title: 'Gestes qui sauvent', organisations: ['Faculté des Sciences'] },
  ],
};

describe('TrainingPicker', () => {
  it('lists the first trainings, each a link to the form of that training', () => {
    renderScreen(<TrainingPicker initial={INITIAL} />);
    const list = screen.getByRole('list', { name: 'Formations trouvées' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/manage/sessions/new?trainingId=5', '/manage/sessions/new?trainingId=6']);
    expect(links[0].textContent).toContain('SST-INIT');
    expect(links[0].textContent).toContain('Université de Lyon');
    expect(screen.getByRole('status').textContent).toBe('2 formations');
  });

  it('searches the API as the user types (title or code, managed trainings only) and shows the answer', async () => {
    fetchMock.mockReturnValue(
      answer({ data: { trainings: { totalCount: 1, nodes: [{ id: '5', code: 'SST-INIT', title: 'Sauveteur secouriste du travail', organisations: [] }] } } }),
    );
    renderScreen(<TrainingPicker initial={INITIAL} />);
    fireEvent.change(screen.getByRole('searchbox', { name: /^Formation/ }), { target: { value: 'sst-' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 formation'));
    const sent = JSON.parse(fetchMock.mock.calls[0][1].body);
    expect(sent.query).toMatch(/trainings\(search: \$search, managed: true/);
    expect(sent.variables).toEqual({ search: 'sst-', first: 20 });
    expect(within(screen.getByRole('list', { name: 'Formations trouvées' })).getAllByRole('link')).toHaveLength(1);
  });

  it('says when nothing matches', async () => {
    fetchMock.mockReturnValue(answer({ data: { trainings: { totalCount: 0, nodes: [] } } }));
    renderScreen(<TrainingPicker initial={INITIAL} />);
    fireEvent.change(screen.getByRole('searchbox', { name: /^Formation/ }), { target: { value: 'zzz' } });
    expect(await screen.findByText('Aucune de vos formations ne correspond à « zzz ». Vérifiez l’orthographe, ou cherchez par code.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Formations trouvées' })).toBeNull();
  });

  it('offers to create a training to a manager who has none', () => {
    renderScreen(<TrainingPicker initial={{ totalCount: 0, nodes: [] }} />);
    expect(screen.getByRole('link', { name: 'Nouvelle formation' }).getAttribute('href')).toBe('/manage/trainings/new');
  });

  it('shows a failed search as an error, in French', async () => {
    fetchMock.mockRejectedValue(new TypeError('offline'));
    renderScreen(<TrainingPicker initial={INITIAL} />);
    fireEvent.change(screen.getByRole('searchbox', { name: /^Formation/ }), { target: { value: 'sst' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Le serveur ne répond pas. Vérifiez votre connexion et réessayez.');
  });

  it('moves with the arrow keys from the search into the results and back', () => {
    renderScreen(<TrainingPicker initial={INITIAL} />);
    const search = screen.getByRole('searchbox', { name: /^Formation/ });
    const links = within(screen.getByRole('list', { name: 'Formations trouvées' })).getAllByRole('link');
    act(() => search.focus());
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[0]);
    fireEvent.keyDown(links[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[1]);
    fireEvent.keyDown(links[1], { key: 'ArrowUp' });
    fireEvent.keyDown(links[0], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(search);
  });
});
