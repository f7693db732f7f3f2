import {
  IconBuilding,
  IconCalendarEvent,
  IconCalendarTime,
  IconFileText,
  IconLayoutDashboard,
  IconMail,
  IconMapPin,
  IconSchool,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  /** Key of its label under `manage.nav` in the message files. */
  key: 'dashboard' | 'trainings' | 'sessions' | 'events' | 'locations' | 'templates' | 'organisations' | 'users' | 'outbox';
  href: string;
  icon: Icon;
  /** False until its screen exists: shown disabled with "coming soon", never a dead link (#7). */
  ready: boolean;
  /**
   * In the Administration part of the menu: for administrators only, or for managers too (#8: they read the
   * people of their organisations; the screen shows what the API lets them do).
   */
  administration?: 'admins' | 'managers';
}

/** The management area's menu, in the seeds' order. Flip `ready` when a screen lands. */
export const NAV_ITEMS: NavItem[] = [
  { key: 'dashboard', href: '/manage', icon: IconLayoutDashboard, ready: true },
  { key: 'trainings', href: '/manage/trainings', icon: IconSchool, ready: true },
  { key: 'sessions', href: '/manage/sessions', icon: IconCalendarEvent, ready: true },
  { key: 'events', href: '/manage/events', icon: IconCalendarTime, ready: true },
  { key: 'locations', href: '/manage/locations', icon: IconMapPin, ready: true },
  { key: 'templates', href: '/manage/templates', icon: IconFileText, ready: true },
  { key: 'organisations', href: '/manage/organisations', icon: IconBuilding, ready: true, administration: 'admins' },
  { key: 'users', href: '/manage/users', icon: IconUsers, ready: true, administration: 'managers' },
  { key: 'outbox', href: '/manage/outbox', icon: IconMail, ready: true, administration: 'admins' },
];

/** The item a path belongs to: the longest href that prefixes it. */
export function activeItem(pathname: string): NavItem | undefined {
  return [...NAV_ITEMS]
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
}
