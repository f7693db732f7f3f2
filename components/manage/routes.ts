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
  sessions: '/manage/sessions',
  /** Without a training: its first step, picking the training (seed 000). */
  newSession: (trainingId?: string) => (trainingId ? `/manage/sessions/new?trainingId=${encodeURIComponent(trainingId)}` : '/manage/sessions/new'),
  session: (session: { id: string; trainingId: string }) => `/manage/sessions/${session.id}`,
  editSession: (id: string) => `/manage/sessions/${id}/edit`,
};
