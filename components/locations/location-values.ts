import type { OwnerChoices } from '../ui/owner-values';

// Plain values shared by the server page and the client components (see training-values.ts).

/** One row of the locations table, as the server page prepared it. */
export interface LocationRow {
  id: string;
  name: string;
  address: string;
  timeZone: string;
  /** The zone's name in the reader's language (« heure de La Réunion »). */
  zoneLabel: string;
  capacity: number | null;
  /** Events held here (all of them); null when the viewer does not manage the location. */
  eventCount: number | null;
  organisation: { id: string; name: string } | null;
  canEdit: boolean;
  canDelete: boolean;
}

/** What the location form offers, as the API gave it. */
export interface LocationChoices extends OwnerChoices {
  /** The zones to pick from (the API's `timeZones`), each labelled with its name in the reader's language. */
  timeZones: { value: string; label: string }[];
}
