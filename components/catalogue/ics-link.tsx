import { Anchor, VisuallyHidden } from '@mantine/core';
import { useTranslations } from 'next-intl';

/**
 * An event's .ics download: « .ics » on screen, and which event for a screen reader. The accessible name starts
 * with the visible text (WCAG 2.5.3, label in name).
 */
export function IcsLink({ href, name }: { href: string; name: string }) {
  const t = useTranslations('catalogue.session');
  return (
    <Anchor href={href} size="sm">
      .ics<VisuallyHidden> {t('downloadEventOf', { name })}</VisuallyHidden>
    </Anchor>
  );
}
