'use client';

import { Anchor, AnchorProps, Button, ButtonProps } from '@mantine/core';
import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * Mantine's looks on Next's client-side links. Server components cannot pass `component={Link}` across the
 * client boundary, so every screen uses these.
 */
export function AnchorLink({ href, children, ...props }: AnchorProps & { href: string; children: ReactNode; lang?: string }) {
  return (
    <Anchor component={Link} href={href} {...props}>
      {children}
    </Anchor>
  );
}

export function ButtonLink({ href, children, ...props }: ButtonProps & { href: string; children: ReactNode }) {
  return (
    <Button component={Link} href={href} {...props}>
      {children}
    </Button>
  );
}
