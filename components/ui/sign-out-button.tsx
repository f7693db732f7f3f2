'use client';

import { Button } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';

export function SignOutButton({ withIcon = false }: { withIcon?: boolean }) {
  const t = useTranslations('common');
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={withIcon ? <IconLogout size={16} aria-hidden /> : undefined}
      onClick={() => signOut({ callbackUrl: '/' })}
    >
      {t('signOut')}
    </Button>
  );
}
