'use client';

import type { ApiError } from './graphql-fetch';

/** The id every form field gets, so the first invalid one can be focused (#7, form pattern). */
export const fieldId = (form: string, field: string) => `${form}-${field}`;

/**
 * Spreads the API's refusal over the form (#7): every error naming a field (`extensions.field`, or each
 * problem of a validation error) goes next to that field, in the UI language; the rest is returned for a
 * message above the form. The first invalid field, in the form's order, gets the focus.
 */
export function applyApiErrors(
  errors: ApiError[],
  { formId, fields, setFieldError, message }: {
    formId: string;
    /** The form's fields in display order. */
    fields: readonly string[];
    setFieldError: (field: string, message: string) => void;
    message: (error: Pick<ApiError, 'code' | 'reason' | 'details'>) => string;
  },
): string[] {
  const byField = new Map<string, string>();
  const general: string[] = [];
  for (const error of errors) {
    const named = error.problems?.length ? error.problems.map((p) => p.field) : error.field ? [error.field] : [];
    const known = named.filter((field) => fields.includes(field));
    if (!known.length) general.push(message(error));
    for (const field of known) if (!byField.has(field)) byField.set(field, message(error));
  }
  byField.forEach((text, field) => setFieldError(field, text));
  const first = fields.find((field) => byField.has(field));
  if (first) document.getElementById(fieldId(formId, first))?.focus();
  return general;
}
