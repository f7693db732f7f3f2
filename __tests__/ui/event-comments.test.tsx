import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { EventCommentsDialog } from '../../components/sessions/event-comments';
import { renderScreen } from '../support/render';

// #7 screen 4, seed 002: the « i » of an event lists its comments, with add / edit / delete as viewerCan says,
// and reminds that the event's users read them.
const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const calls = () => fetchMock.mock.calls.map((call) => JSON.parse(call[1].body) as { query: string; variables: Record<string, unknown> });

const comment = (id: string, content: string, can: { edit: boolean; delete: boolean }) => ({
  id,
  content,
  createdAt: '2027-03-01T08:00:00.000Z',
  updatedAt: '2027-03-01T08:00:00.000Z',
  author: { id: '5', firstName: 'Hélène', lastName: 'Fontaine' },
  viewerCan: can,
});

function open(mayComment = true) {
  fetchMock.mockImplementation((_url, init: { body: string }) => {
    const { query } = JSON.parse(init.body);
    if (query.includes('query EventComments'))
      return answer({
        data: {
          event: {
            id: '7',
            viewerCan: { comment: mayComment },
            comments: {
              totalCount: 2,
              nodes: [comment('1', 'Salle B, 2e étage', { edit: true, delete: true }), comment('2', 'Apporter une blouse', { edit: false, delete: false })],
            },
          },
        },
      });
    return answer({ data: { ok: { id: '1' } } });
  });
  renderScreen(<EventCommentsDialog event={{ id: '7', name: 'Accueil', timeZone: 'Europe/Paris' }} opened onClose={jest.fn()} />);
}

describe('EventCommentsDialog', () => {
  it('lists the comments with the reminder that users read them, and only the allowed actions', async () => {
    open();
    const dialog = screen.getByRole('dialog', { name: 'Commentaires\u202f: Accueil' });
    expect(within(dialog).getByText('Ces commentaires sont visibles par les utilisateurs.')).toBeTruthy();
    const mine = (await screen.findByText('Salle B, 2e étage')).closest('li')!;
    expect(within(mine).getByRole('button', { name: 'Modifier' })).toBeTruthy();
    const theirs = screen.getByText('Apporter une blouse').closest('li')!;
    expect(within(theirs).queryByRole('button')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Nouveau commentaire' })).toBeTruthy();
  });

  it('adds, edits and deletes (after a confirmation) through the API', async () => {
    open();
    await screen.findByText('Salle B, 2e étage');
    fireEvent.change(screen.getByRole('textbox', { name: 'Nouveau commentaire' }), { target: { value: 'Parking fermé' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Ajouter le commentaire' })));
    await waitFor(() => expect(calls().some((c) => c.query.includes('createComment'))).toBe(true));
    expect(calls().find((c) => c.query.includes('createComment'))!.variables).toEqual({ eventId: '7', content: 'Parking fermé' });

    const mine = screen.getByText('Salle B, 2e étage').closest('li')!;
    await act(async () => fireEvent.click(within(mine).getByRole('button', { name: 'Modifier' })));
    fireEvent.change(screen.getByRole('textbox', { name: 'Modifier le commentaire' }), { target: { value: 'Salle C' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' })));
    await waitFor(() => expect(calls().find((c) => c.query.includes('updateComment'))?.variables).toEqual({ id: '1', content: 'Salle C' }));

    const again = (await screen.findByText('Salle B, 2e étage')).closest('li')!;
    await act(async () => fireEvent.click(within(again).getByRole('button', { name: 'Supprimer' })));
    expect(calls().some((c) => c.query.includes('deleteComment'))).toBe(false);
    expect(within(again).getByText('Supprimer ce commentaire ?')).toBeTruthy();
    await act(async () => fireEvent.click(within(again).getByRole('button', { name: 'Supprimer' })));
    await waitFor(() => expect(calls().find((c) => c.query.includes('deleteComment'))?.variables).toEqual({ id: '1' }));
  });

  it('has no form for someone who may not comment', async () => {
    open(false);
    await screen.findByText('Salle B, 2e étage');
    expect(screen.queryByRole('textbox', { name: 'Nouveau commentaire' })).toBeNull();
  });
});
