import { DateTime } from 'luxon';
import { In } from 'typeorm';
import { createTranslator } from 'use-intl/core';
import { Event, Session, User } from '../entities';
import { escapeHtml } from '../lib/html-escape';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/locale';
import { siteOrigin } from '../lib/site-url';
import en from '../messages/en/notifications.json';
import fr from '../messages/fr/notifications.json';
import { DomainContext } from './context';
import type { NotificationInput } from './notifications';
import type { MailInput } from './outbox';
import { defaultTimeZone } from './time-zone';


// The same words as the header's notifications (messages/<locale>/notifications.json): one text per notice.
const MESSAGES = { fr: { notifications: fr }, en: { notifications: en } } as const;
// « mardi 10 mars 2026, 09:00 », then the zone's name.
const WHEN = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' } as const;

/**
 * #10 §8: the e-mail that goes with each notification, in the recipient's language (their profile's, else
 * French): the notification's sentence, the séance's date in its location's zone (named), a link to their
 * trainings. The html part is the same text with every line escaped. Three queries whatever the number.
 */
export async function notificationMails(ctx: DomainContext, notices: NotificationInput[]): Promise<MailInput[]> {
  const ids = (pick: (n: NotificationInput) => number | null | undefined) => [...new Set(notices.map(pick).filter((id): id is number => id != null))];
  const [users, sessions, events] = await Promise.all([
    ctx.manager.find(User, { where: { id: In(ids((n) => n.userId)) }, select: { id: true, email: true, firstName: true, lastName: true, locale: true } }),
    ctx.manager.find(Session, { where: { id: In(ids((n) => n.sessionId)) }, select: { id: true, title: true } }),
    ctx.manager.find(Event, {
      where: { id: In(ids((n) => n.eventId)) },
      relations: { location: true },
      select: { id: true, name: true, startAt: true, location: { id: true, timeZone: true } },
    }),
  ]);
  const user = new Map(users.map((u) => [u.id, u]));
  const session = new Map(sessions.map((s) => [s.id, s]));
  const event = new Map(events.map((e) => [e.id, e]));
  const site = siteOrigin();
  return notices.flatMap((notice) => {
    const to = user.get(notice.userId);
    const about = session.get(notice.sessionId);
    if (!to || !about) return [];
    const locale: Locale = isLocale(to.locale) ? to.locale : DEFAULT_LOCALE;
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'notifications' });
    const onEvent = notice.eventId != null ? event.get(notice.eventId) : undefined;
    const values = { session: about.title, event: onEvent?.name ?? '', onEvent: onEvent ? 'yes' : 'no' };
    const lines = [t('mail.greeting', { name: to.firstName }), '', t(`kind.${notice.kind}`, values)];
    if (onEvent) {
      const zone = onEvent.location?.timeZone ?? defaultTimeZone();
      const start = DateTime.fromJSDate(onEvent.startAt, { zone }).setLocale(locale);
      lines.push(t('mail.when', { when: start.toLocaleString(WHEN), zone }));
    }
    if (site) lines.push('', t('mail.link', { url: `${site}/me` }));
    lines.push('', t('mail.signature'));
    return [
      {
        purpose: 'NOTIFICATION',
        toAddress: to.email,
        toName: `${to.firstName} ${to.lastName}`,
        userId: to.id,
        sessionId: notice.sessionId,
        eventId: notice.eventId ?? null,
        subject: t(`mail.subject.${notice.kind}`, values),
        text: lines.join('\n'),
        html: lines.filter(Boolean).map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'),
      },
    ];
  });
}
