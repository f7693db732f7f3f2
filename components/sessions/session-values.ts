/** Plain values of the sessions screens (#7 screen 4), importable by server pages and client components. */
export type SessionStatus = 'UPCOMING' | 'ONGOING' | 'ENDED';

/** The status badges' colours, as on the training page (AA contrast on the light variant). */
export const STATUS_COLOR: Record<SessionStatus, string> = { UPCOMING: 'cursus', ONGOING: 'green', ENDED: 'gray' };
