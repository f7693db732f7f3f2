import { fireEvent, screen, waitFor } from '@testing-library/react';
import { LoginForm } from '../../components/login-form';
import { renderScreen } from '../support/render';

// The form's own behaviour: what it sends and how it reads next-auth's answer. The real sign-in (route,
// cookie, throttling) is covered over HTTP and in the browser tests.
const signIn = jest.fn();
const push = jest.fn();
jest.mock('next-auth/react', () => ({ signIn: (...args: unknown[]) => signIn(...args) }));
jest.mock('next/navigation', () => ({ useRouter: () => ({ push, refresh: jest.fn() }) }));

function submit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Adresse e-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

beforeEach(() => {
  signIn.mockReset();
  push.mockReset();
});

describe('LoginForm', () => {
  it('sends the credentials without a full-page redirect and goes to the callback page', async () => {
    signIn.mockResolvedValue({ ok: true, error: null });
    renderScreen(<LoginForm callbackUrl="/playground" />);
    submit('claire.dubois@example.org', 'cursus-demo');
    await waitFor(() => expect(push).toHaveBeenCalledWith('/playground'));
    expect(signIn).toHaveBeenCalledWith('credentials', {
      email: 'claire.dubois@example.org',
      password: 'cursus-demo',
      redirect: false,
    });
  });

  it('says the pair is wrong, without telling which part', async () => {
    signIn.mockResolvedValue({ ok: false, error: 'CredentialsSignin' });
    renderScreen(<LoginForm callbackUrl="/" />);
    submit('nobody@example.org', 'whatever-it-is');
    expect((await screen.findByRole('alert')).textContent).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(push).not.toHaveBeenCalled();
  });

  it('shows the retry delay of a throttled sign-in, in minutes', async () => {
    signIn.mockResolvedValue({ ok: false, error: 'THROTTLED:540' });
    renderScreen(<LoginForm callbackUrl="/" />);
    submit('claire.dubois@example.org', 'wrong-password');
    expect((await screen.findByRole('alert')).textContent).toBe('Trop de tentatives. Réessayez dans 9 min.');
  });
});
