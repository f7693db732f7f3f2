import {
  IconBuilding,
  IconCalendarEvent,
  IconCalendarTime,
  IconFileText,
  IconLayoutDashboard,
  IconMapPin,
  IconSchool,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  /** Key of its label under `manage.nav` in the message files. */
  key: 'dashboard' | 'trainings' | 'sessions' | 'events' | 'locations' | 'templates' | 'organisations' | 'users';
  href: string;
  icon: Icon;
  /** False until its screen exists: shown disabled with "coming soon", never a dead link (#7). */
  ready: boolean;
  /** Shown to administrators only. */
  adminOnly?: boolean;
}

/** The management area's menu, in the seeds' order. Flip `ready` when a screen lands. */
export const NAV_ITEMS: NavItem[] = [
  { key: 'dashboard', href: '/manage', icon: IconLayoutDashboard, ready: true },
  { key: 'trainings', href: '/manage/trainings', icon: IconSchool, ready: true },
  { key: 'sessions', href: '/manage/sessions', icon: IconCalendarEvent, ready: true },
  { key: 'events', href: '/manage/events', icon: IconCalendarTime, ready: true },
  { key: 'locations', href: '/manage/locations', icon: IconMapPin, ready: false },
  { key: 'templates', href: '/manage/templates', icon: IconFileText, ready: false },
  { key: 'organisations', href: '/manage/organisations', icon: IconBuilding, ready: false, adminOnly: true },
  { key: 'users', href: '/manage/users', icon: IconUsers, ready: false, adminOnly: true },
];

/** The item a path belongs to: the longest href that prefixes it. */
export function activeItem(pathname: string): NavItem | undefined {
  return [...NAV_ITEMS]
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
}
