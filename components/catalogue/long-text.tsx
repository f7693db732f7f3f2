import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A free text as its author typed it: paragraphs and line breaks kept. */
export function LongText({ children }: { children: ReactNode }) {
  return <Text style={{ whiteSpace: 'pre-line' }}>{children}</Text>;
}
