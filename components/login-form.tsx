'use client';

import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { FormEvent, useState } from 'react';

/**
 * The sign-in form; a throttled sign-in shows the server's retry delay in minutes. `callbackUrl` is a path of
 * this site, already decided by the page (lib/safe-redirect.ts, #6 §1).
 */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('login');
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
    if (throttled) setError(t('throttled', { minutes: Math.ceil(Number(throttled[1]) / 60) }));
    else setError(result?.error === 'CredentialsSignin' ? t('badCredentials') : t('failed'));
  }

  return (
    <form className="login-form" onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput name="email" type="email" label={t('email')} autoComplete="username" required withAsterisk={false} />
        <PasswordInput name="password" label={t('password')} autoComplete="current-password" required withAsterisk={false} />
        {error && (
          <Alert role="alert" color="red" variant="light" className="form-error">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={pending} loaderProps={{ 'aria-label': t('submitting') }}>
          {t('submit')}
        </Button>
      </Stack>
    </form>
  );
}
