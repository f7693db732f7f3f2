/**
 * Where each object's management page is. One place, so a screen that lands (the sessions engineer's
 * /manage/sessions/[id]) changes one line here instead of every link.
 */
export const manageRoutes = {
  dashboard: '/manage',
  trainings: '/manage/trainings',
  newTraining: '/manage/trainings/new',
  training: (id: string) => `/manage/trainings/${id}`,
  editTraining: (id: string) => `/manage/trainings/${id}/edit`,
  /** A new session; without a training, its first step is picking the training (seed 000). */
  newSession: (trainingId?: string) => (trainingId ? `/manage/sessions/new?trainingId=${encodeURIComponent(trainingId)}` : '/manage/sessions/new'),
  /** The session page (#7 screen 5), a tab of it, its edit form and its events tab. */
  session: (id: string) => `/manage/sessions/${id}`,
  sessionTab: (id: string, tab: 'learners' | 'trainers' | 'events') => `/manage/sessions/${encodeURIComponent(id)}?tab=${tab}`,
  editSession: (id: string) => `/manage/sessions/${id}/edit`,
  sessionEvents: (id: string) => `/manage/sessions/${id}/events`,
  sessions: '/manage/sessions',
  locations: '/manage/locations',
  templates: '/manage/templates',
  newTemplate: '/manage/templates/new',
  template: (id: string) => `/manage/templates/${id}`,
  /** An event's page and all events (#8 screens 4–5). */
  event: (id: string) => `/manage/events/${id}`,
  events: '/manage/events',
  /** The e-mail outbox and one of its e-mails (#10 §8, administrators). */
  outbox: '/manage/outbox',
  outboxMail: (id: string) => `/manage/outbox/${id}`,
};
