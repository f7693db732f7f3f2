/** schema.org `Course` and `CourseInstance` (#9 §1) from what the catalogue pages read. Absolute URLs. */
interface TrainingLike {
  id: string;
  code: string;
  title: string;
  description: string;
  durationHours?: number | null;
  organisations: { name: string }[];
}

interface SessionLike {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  maxUsers?: number | null;
  registration?: { seatsLeft?: number | null };
  locations: { name: string; address?: string }[];
}

export function courseInstance(session: SessionLike, origin: string) {
  return {
    '@type': 'CourseInstance',
    name: session.title,
    url: `${origin}/catalogue/sessions/${session.id}`,
    startDate: session.startDate,
    endDate: session.endDate,
    courseMode: 'onsite',
    ...(session.maxUsers != null && { maximumAttendeeCapacity: session.maxUsers }),
    ...(session.registration?.seatsLeft != null && { remainingAttendeeCapacity: session.registration.seatsLeft }),
    ...(session.locations.length && {
      location: session.locations.map((l) => ({ '@type': 'Place', name: l.name, ...(l.address && { address: l.address }) })),
    }),
  };
}

export function course(training: TrainingLike, sessions: SessionLike[], origin: string) {
  return {
    '@type': 'Course',
    name: training.title,
    courseCode: training.code,
    description: training.description || training.title,
    url: `${origin}/catalogue/trainings/${training.id}`,
    ...(training.durationHours != null && { timeRequired: `PT${training.durationHours}H` }),
    provider: training.organisations.map((o) => ({ '@type': 'Organization', name: o.name })),
    hasCourseInstance: sessions.map((s) => courseInstance(s, origin)),
  };
}
