/** Who an export lists (#10 §7, seed 003): the `roles` of /documents/…/registrants.<format>. */
export type ExportRoles = 'LEARNER' | 'TRAINER' | 'LEARNER,TRAINER';
export type ExportFormat = 'csv' | 'xlsx';

/**
 * Where the generated documents download from (#10; server/document-files.ts serves them): one place for the
 * screens' menus and the tests.
 */
export const documentRoutes = {
  signInSheet: (eventId: string, filled: boolean) => `/documents/events/${encodeURIComponent(eventId)}/sign-in-sheet.pdf${filled ? '?filled=1' : ''}`,
  eventRegistrants: (eventId: string, roles: ExportRoles, format: ExportFormat) =>
    `/documents/events/${encodeURIComponent(eventId)}/registrants.${format}?roles=${roles}`,
  sessionRegistrants: (sessionId: string, roles: ExportRoles, format: ExportFormat) =>
    `/documents/sessions/${encodeURIComponent(sessionId)}/registrants.${format}?roles=${roles}`,
};
