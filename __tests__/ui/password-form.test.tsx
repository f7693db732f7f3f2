import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { PasswordForm } from '../../components/account/password-form';
import { renderScreen } from '../support/render';

// #8 screen 9: the API ends every session of the account when its password changes, this browser's
// included, so the form signs it in again with the new password; refusals go next to their field.
const signIn = jest.fn();
jest.mock('next-auth/react', () => ({ signIn: (...args: unknown[]) => signIn(...args) }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  signIn.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });

function fill(current: string, next: string) {
  fireEvent.change(screen.getByLabelText(/^Mot de passe actuel/), { target: { value: current } });
  fireEvent.change(screen.getByLabelText(/^Nouveau mot de passe/), { target: { value: next } });
}

describe('PasswordForm', () => {
  it('changes the password, then signs this browser in again with the new one', async () => {
    fetchMock.mockImplementation(() => answer({ data: { changePassword: true } }));
    signIn.mockResolvedValue({ ok: true, error: null });
    renderScreen(<PasswordForm email="camille.martin@example.org" />);
    fill('ancien-mot-de-passe', 'nouveau-mot-de-passe');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' })));
    await waitFor(() => expect(signIn).toHaveBeenCalledWith('credentials', { email: 'camille.martin@example.org', password: 'nouveau-mot-de-passe', redirect: false }));
    expect(JSON.parse(fetchMock.mock.calls[0][1].body).variables).toEqual({ currentPassword: 'ancien-mot-de-passe', newPassword: 'nouveau-mot-de-passe' });
    expect(await screen.findByText('Votre mot de passe a été changé.')).toBeTruthy();
    expect((screen.getByLabelText(/^Nouveau mot de passe/) as HTMLInputElement).value).toBe('');
  });

  it('shows a wrong current password next to its field, and signs nothing in', async () => {
    fetchMock.mockImplementation(() =>
      answer({ errors: [{ message: 'the current password is wrong', extensions: { code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD', field: 'currentPassword' } }] }),
    );
    renderScreen(<PasswordForm email="camille.martin@example.org" />);
    fill('pas-le-bon', 'nouveau-mot-de-passe');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' })));
    const current = screen.getByLabelText(/^Mot de passe actuel/);
    expect(await screen.findByText('Le mot de passe actuel est incorrect.')).toBeTruthy();
    expect(current.getAttribute('aria-describedby')).toContain(screen.getByText('Le mot de passe actuel est incorrect.').id);
    expect(document.activeElement).toBe(current);
    expect(signIn).not.toHaveBeenCalled();
  });
});
