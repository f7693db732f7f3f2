/** Whose learner documents: an event's or a session's (#10 §5, §6). */
export interface LearnerDocumentsOf {
  kind: 'event' | 'session';
  id: string;
  name: string;
}

/** The PDF routes (app/documents/…): every learner's the viewer may have, or one learner's with `userId`. */
export function learnerDocumentPaths(of: Pick<LearnerDocumentsOf, 'kind' | 'id'>, userId?: string) {
  const base = `/documents/${of.kind === 'event' ? 'events' : 'sessions'}/${encodeURIComponent(of.id)}`;
  const user = userId ? `?user=${encodeURIComponent(userId)}` : '';
  return { invitations: `${base}/invitations.pdf${user}`, certificates: `${base}/certificates.pdf${user}` };
}
