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
  newSession: (trainingId: string) => `/manage/sessions/new?trainingId=${encodeURIComponent(trainingId)}`,
  /** Until the session page exists: the session's row on its training's page. */
  session: (session: { id: string; trainingId: string }) => `/manage/trainings/${session.trainingId}#session-${session.id}`,
  sessions: '/manage/sessions',
  /** A new session, starting with the choice of its training (#7 screen 3). */
  newSessionOfAnyTraining: '/manage/sessions/new',
  /** The session page (#7 screen 5), its edit form and its events tab. */
  sessionPage: (id: string) => `/manage/sessions/${id}`,
  editSession: (id: string) => `/manage/sessions/${id}/edit`,
  sessionEvents: (id: string) => `/manage/sessions/${id}/events`,
};
