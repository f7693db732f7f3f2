'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { FormEvent, useState } from 'react';
import type { Messages } from '../lib/i18n';

/**
 * The sign-in form. `texts.throttled` contains "{minutes}", replaced by the server's retry delay.
 * `callbackUrl` is a path of this site, already decided by the page (lib/safe-redirect.ts, #6 §1).
 */
export function LoginForm({ texts, callbackUrl }: { texts: Messages; callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.push(callbackUrl);
      router.refresh();
      return;
    }
    const throttled = result?.error?.match(/^THROTTLED:(\d+)$/);
    if (throttled) setError(texts.throttled.replace('{minutes}', String(Math.ceil(Number(throttled[1]) / 60))));
    else setError(result?.error === 'CredentialsSignin' ? texts.badCredentials : texts.failed);
  }

  return (
    <form className="login-form" onSubmit={submit} noValidate>
      <label>
        {texts.email}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {texts.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? texts.submitting : texts.submit}
      </button>
    </form>
  );
}
