import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiTokensPanel, TokenRow } from '../../components/account/api-tokens-panel';
import { renderScreen } from '../support/render';

// #8 screen 9: the secret of a new token is shown once, with a copy button; tokens are listed with their last
// use and revoked after a confirmation.
const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh }) }));

const fetchMock = jest.fn();
const writeText = jest.fn(() => Promise.resolve());
beforeEach(() => {
  fetchMock.mockReset();
  refresh.mockReset();
  writeText.mockClear();
  global.fetch = fetchMock as unknown as typeof fetch;
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const sent = () => fetchMock.mock.calls.map((call) => JSON.parse((call[1] as { body: string }).body));

const SECRET = 'cursus_s3cr3t-0f-th1s-t0k3n';
const TOKENS: TokenRow[] = [
  { id: '7', name: 'Export nocturne', lastCharacters: 'ab12', createdAt: '1 déc. 2026, 09:00', lastUsedAt: '1 déc. 2026, 10:30', revokedAt: null },
  { id: '3', name: 'Ancien script', lastCharacters: 'zz99', createdAt: '2 nov. 2026, 09:00', lastUsedAt: null, revokedAt: '3 nov. 2026, 12:00' },
];

function panel(tokens = TOKENS) {
  return renderScreen(<ApiTokensPanel tokens={tokens} zone="heure d’Europe centrale" />);
}

describe('ApiTokensPanel', () => {
  it('lists the tokens with their end, creation, last use and state; only active ones can be revoked', () => {
    panel();
    const table = screen.getByRole('table', { name: 'Vos jetons d’accès' });
    const active = within(table).getByRole('row', { name: /Export nocturne/ });
    expect(within(active).getByText('Se termine par …ab12')).toBeTruthy();
    expect(within(active).getByText('1 déc. 2026, 10:30')).toBeTruthy();
    expect(within(active).getByText('Actif')).toBeTruthy();
    expect(within(active).getByRole('button', { name: 'Révoquer «\u00a0Export nocturne\u00a0»' })).toBeTruthy();
    const revoked = within(table).getByRole('row', { name: /Ancien script/ });
    expect(within(revoked).getByText('Jamais')).toBeTruthy();
    expect(within(revoked).getByText('Révoqué le 3 nov. 2026, 12:00')).toBeTruthy();
    expect(within(revoked).queryByRole('button')).toBeNull();
    expect(screen.getByText('Dates en heure d’Europe centrale.')).toBeTruthy();
  });

  it('says what to do when there is no token yet', () => {
    panel([]);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/Vous n’avez encore aucun jeton/)).toBeTruthy();
  });

  it('shows the new secret once, with a copy button, until dismissed', async () => {
    fetchMock.mockImplementation(() => answer({ data: { createApiToken: { token: SECRET, apiToken: { id: '8', name: 'Mon script' } } } }));
    panel();
    fireEvent.change(screen.getByRole('textbox', { name: /^Nom du jeton/ }), { target: { value: '  Mon script ' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Créer le jeton' })));
    expect(sent()[0].variables).toEqual({ name: 'Mon script' });
    const secret = await screen.findByRole('textbox', { name: 'Nouveau jeton «\u00a0Mon script\u00a0»' });
    expect((secret as HTMLInputElement).value).toBe(SECRET);
    expect((secret as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByText('Il ne sera plus jamais affiché : seule une empreinte est conservée.')).toBeTruthy();
    expect(refresh).toHaveBeenCalled();
    // The name field is empty again, ready for another token.
    expect((screen.getByRole('textbox', { name: /^Nom du jeton/ }) as HTMLInputElement).value).toBe('');

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copier le jeton' })));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(await screen.findByRole('button', { name: 'Copié' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'J’ai copié le jeton' }));
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('shows the API refusal of a name next to the field', async () => {
    fetchMock.mockImplementation(() =>
      answer({ errors: [{ message: 'name must have 1 to 100 characters', extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_NAME', field: 'name' } }] }),
    );
    panel();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Créer le jeton' })));
    const field = screen.getByRole('textbox', { name: /^Nom du jeton/ });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(field);
    expect(screen.queryByRole('textbox', { name: /Nouveau jeton/ })).toBeNull();
  });

  it('revokes a token only after the confirmation, then refreshes the list', async () => {
    fetchMock.mockImplementation(() => answer({ data: { revokeApiToken: { id: '7', revokedAt: '2026-12-01T11:00:00Z' } } }));
    panel();
    fireEvent.click(screen.getByRole('button', { name: 'Révoquer «\u00a0Export nocturne\u00a0»' }));
    const dialog = await screen.findByRole('dialog', { name: 'Révoquer «\u00a0Export nocturne\u00a0»\u202f?' });
    expect(fetchMock).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Révoquer le jeton' })));
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(sent()[0].variables).toEqual({ id: '7' });
    expect(await screen.findByText('Le jeton « Export nocturne » a été révoqué.')).toBeTruthy();
  });
});
