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
};
