// Plain values shared by server pages and the owner field (a 'use client' module's functions do not reach
// server components as values).

/** The owners the viewer may give a location or a template (#6 §3), as the API listed them. */
export interface OwnerChoices {
  /** The organisations the viewer manages (`viewer.managedOrganisations`). */
  organisations: { id: string; name: string }[];
  /** Administrators may keep it shared (no organisation). */
  canShare: boolean;
}

/** The option that stands for "no organisation" (the API's null). */
export const SHARED = 'shared';

/** The field's value for an owner; a new object is shared for administrators, else the only organisation managed. */
export function ownerValue(owner: { id: string } | null | undefined, choices: OwnerChoices): string | null {
  if (owner !== undefined) return owner?.id ?? SHARED;
  return choices.canShare ? SHARED : choices.organisations.length === 1 ? choices.organisations[0].id : null;
}

/** The input's `organisationId` for the field's value (null = shared; none chosen: omitted, the API decides). */
export const ownerInput = (value: string | null) => (value === SHARED ? null : (value ?? undefined));
