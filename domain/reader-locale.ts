import { User } from '../entities';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/locale';
import { DomainContext } from './context';

/**
 * The language a generated file is written in: the one the reader chose with the switch (its cookie), else
 * their profile's, else French — the same order as the screens (i18n/request.ts).
 */
export async function readerLocale(ctx: DomainContext, chosen: string | null): Promise<Locale> {
  if (isLocale(chosen)) return chosen;
  if (ctx.actor.kind !== 'user') return DEFAULT_LOCALE;
  const user = await ctx.manager.findOne(User, { where: { id: ctx.actor.userId }, select: { id: true, locale: true } });
  return isLocale(user?.locale) ? user.locale : DEFAULT_LOCALE;
}
