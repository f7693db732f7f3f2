'use client';

import type { EventContentArg, EventSourceFuncArg } from '@fullcalendar/core';
import frLocale from '@fullcalendar/core/locales/fr';
import dayGridPlugin from '@fullcalendar/daygrid';
import luxonPlugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Alert } from '@mantine/core';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatInstant } from '../ui/dates';
import { graphqlFetch } from '../ui/graphql-fetch';
import { MyCalendarEvents } from './calendar-operations';

/**
 * FullCalendar 6's markup has accessibility faults axe reports as serious: icon fonts with role="img" and no
 * name inside buttons that have one (`title`), and day cells and column headers whose name is not their
 * visible text. The buttons and the visible dates say it all: the icons are hidden from assistive technology
 * and the mismatching names removed, each time the calendar renders.
 */
function repairAccessibility(root: HTMLElement) {
  for (const icon of root.querySelectorAll('.fc-icon')) {
    icon.removeAttribute('role');
    icon.setAttribute('aria-hidden', 'true');
  }
  for (const cell of root.querySelectorAll('td[aria-labelledby]')) cell.removeAttribute('aria-labelledby');
  for (const header of root.querySelectorAll('.fc-col-header-cell-cushion[aria-label]')) header.removeAttribute('aria-label');
  for (const button of root.querySelectorAll('button.fc-button[title]:not([aria-label])'))
    button.setAttribute('aria-label', button.getAttribute('title')!);
}

/**
 * My events as a week or month calendar (#9 §5), FullCalendar 6 with named time zones through luxon: the grid
 * is in my zone; an event held in another zone says its own local time and zone. The events of the shown
 * window are asked from the API as the reader moves (at most 100 a window).
 */
export default function MyCalendar({ timeZone }: { timeZone: string }) {
  const t = useTranslations('me');
  const locale = useLocale();
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    repairAccessibility(root);
    const observer = new MutationObserver(() => repairAccessibility(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  const load = useCallback(
    async (range: EventSourceFuncArg) => {
      try {
        const { events } = await graphqlFetch(MyCalendarEvents, { after: range.start.toISOString(), before: range.end.toISOString() });
        setFailed(false);
        return events.nodes.map((event) => ({
          id: event.id,
          title: event.name,
          start: event.startAt,
          end: event.endAt,
          url: `/catalogue/sessions/${event.session.id}#event-${event.id}`,
          extendedProps: {
            zone: event.timeZone,
            local: event.timeZone === timeZone ? null : `${formatInstant(locale, event.startAt, event.timeZone, 'time')} ${event.timeZone}`,
            where: event.location?.name ?? null,
          },
        }));
      } catch {
        setFailed(true);
        return [];
      }
    },
    [locale, timeZone],
  );

  const content = (arg: EventContentArg) => (
    <div className="my-calendar-event">
      {arg.timeText && <strong>{arg.timeText} </strong>}
      <span>{arg.event.title}</span>
      {arg.event.extendedProps.local && (
        <span className="my-calendar-zone"> ({t('localTime', { time: arg.event.extendedProps.local as string })})</span>
      )}
    </div>
  );

  return (
    <div ref={container}>
      {failed && (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {t('calendarFailed')}
        </Alert>
      )}
      <FullCalendar
        plugins={[dayGridPlugin, timeGridPlugin, luxonPlugin]}
        initialView="timeGridWeek"
        headerToolbar={{ left: 'prev,next today', center: 'title', right: 'timeGridWeek,dayGridMonth' }}
        locales={[frLocale]}
        locale={locale}
        timeZone={timeZone}
        firstDay={1}
        // Days of the neighbouring months are left blank: FullCalendar fades them below AA contrast.
        showNonCurrentDates={false}
        fixedWeekCount={false}
        slotMinTime="07:00:00"
        slotMaxTime="21:00:00"
        allDaySlot={false}
        height="auto"
        nowIndicator
        events={load}
        eventContent={content}
        // The theme's darkest blue: white text on it meets WCAG AA (FullCalendar's default blue does not).
        eventColor="#1b44a6"
        eventClick={(info) => {
          info.jsEvent.preventDefault();
          if (info.event.url) router.push(info.event.url);
        }}
      />
    </div>
  );
}
