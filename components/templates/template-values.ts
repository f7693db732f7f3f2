import type { TemplateKind } from '../../graphql-client/graphql';

// Plain values shared by the server pages and the client components (see training-values.ts).

/** The kinds of template, in the order the screens offer them (the API's TemplateKind). */
export const TEMPLATE_KINDS: TemplateKind[] = ['SESSION_INVITATION', 'EVENT_INVITATION', 'ATTENDANCE_CERTIFICATE', 'SESSION_CERTIFICATE', 'EMAIL'];

/** The languages a template may be written in. */
export const TEMPLATE_LOCALES = ['fr', 'en'] as const;

export interface TemplateFormValues {
  name: string;
  kind: TemplateKind;
  locale: string;
  subject: string;
  body: string;
  organisationId: string | null;
}

/** One placeholder as `templatePlaceholders(kind)` gives it. */
export interface PlaceholderInfo {
  name: string;
  description: { fr: string; en: string };
}

/** One row of the templates table, as the server page prepared it (the date formatted in the viewer's zone). */
export interface TemplateRow {
  id: string;
  name: string;
  kind: TemplateKind;
  locale: string;
  subject: string;
  updated: string;
  organisation: string | null;
  canEdit: boolean;
  canDelete: boolean;
}
