import { In } from 'typeorm';
import { Organisation, User } from '../entities';
import { isManager, isPlatformAdmin, managedOrganisations } from './actor';
import { DomainContext } from './context';
import { isStaff } from './permissions';
import { defaultTimeZone } from './time-zone';

/**
 * Who is looking at the screens (#7, the management area): the screens ask this instead of deciding
 * themselves who is staff, who may create a training, and which zone and language to show.
 */
export interface Viewer {
  /** The signed-in user; null for anonymous visitors (and the system actor of scripts). */
  user: User | null;
  isAdmin: boolean;
  /** Administrators, organisation managers and confirmed trainers: they use the management area. */
  isStaff: boolean;
  /** Administrators and organisation managers (of at least one organisation). */
  canCreateTrainings: boolean;
  /** The zone instants are shown in when no event zone applies: the user's, else the platform's. */
  timeZone: string;
  /** The zone of events without a location (domain.md, "Time zones"). */
  eventDefaultTimeZone: string;
  /** Administrators and organisation managers create and edit locations (assertManager). */
  canManageLocations: boolean;
}

export async function describeViewer(ctx: DomainContext): Promise<Viewer> {
  const { actor } = ctx;
  const user = actor.kind === 'user' ? await ctx.manager.findOneBy(User, { id: actor.userId }) : null;
  return {
    user,
    isAdmin: isPlatformAdmin(actor),
    isStaff: await isStaff(ctx),
    canCreateTrainings: isManager(actor),
    timeZone: user?.timeZone ?? defaultTimeZone(),
    eventDefaultTimeZone: defaultTimeZone(),
    canManageLocations: isManager(actor),
  };
}

/**
 * The organisations the viewer may give trainings to (R1, assertManagesOrganisations): every one for
 * administrators, the managed ones and their sub-organisations for managers, none for the others. By name.
 */
export function organisationsViewerManages(ctx: DomainContext): Promise<Organisation[]> {
  if (isPlatformAdmin(ctx.actor)) return ctx.manager.find(Organisation, { order: { name: 'ASC', id: 'ASC' } });
  const managed = managedOrganisations(ctx.actor);
  if (!managed.length) return Promise.resolve([]);
  return ctx.manager.find(Organisation, { where: { id: In(managed) }, order: { name: 'ASC', id: 'ASC' } });
}
